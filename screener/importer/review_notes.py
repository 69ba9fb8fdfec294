"""The words of the recognizers' notes, in English and French: why a reading is doubtful.

A low-confidence review item quotes them (review_text.py), worded in both languages when the
draft is made, since the item keeps values, not notes.
"""

from __future__ import annotations

from screener.importer.bullet_typing import Note

_LANGS = ("en", "fr")

# Why a reading is doubtful (Note codes), quoted in a low-confidence review item.
NOTE_TEXT: dict[str, tuple[str, str]] = {
    "award_named": ("a named qualification or licence", "une qualification ou un permis nommé"),
    "named_in_words": (
        "the certificate is named in words; check its name",
        "le certificat est nommé en toutes lettres ; vérifiez son nom",
    ),
    "also_degree": ("the bullet also names a degree", "la puce cite aussi un diplôme"),
    "regulation_licence": (
        "a licence named by its regulation, without the word licence",
        "un permis nommé par son règlement, sans le mot permis",
    ),
    "no_test": ("no test is mentioned", "aucune épreuve n'est mentionnée"),
    "fitness_and_shooting": (
        "the bullet also asks for a shooting test; split it into two requirements",
        "la puce demande aussi une épreuve de tir ; séparez-la en deux exigences",
    ),
    "level_name_contradiction": (
        'level {numeral} is called "{name}", which is level {named_level}',
        "le niveau {numeral} est appelé « {name} », qui est le niveau {named_level}",
    ),
    "several_levels_both": (
        "several levels for 'both'",
        "plusieurs niveaux pour « les deux »",
    ),
    "levels_unassigned": (
        "could not tell which language needs which level",
        "impossible de dire quelle langue demande quel niveau",
    ),
    "stanag_profile": (
        "a STANAG 6001 language profile (SLP), another scale than NATO's I-VI levels; kept as a "
        "statement the candidate declares",
        "un profil linguistique STANAG 6001 (SLP), une autre échelle que les niveaux I-VI de "
        "l'OTAN ; gardé comme une déclaration du candidat",
    ),
    "stanag_other_language": (
        "the level is a STANAG 6001 profile (SLP), another scale than NATO's I-VI levels: the "
        "language is asked without a level; set one if the notice's profile means one",
        "le niveau est un profil STANAG 6001 (SLP), une autre échelle que les niveaux I-VI de "
        "l'OTAN : la langue est demandée sans niveau ; indiquez-en un si le profil de l'avis "
        "en implique un",
    ),
    "slp_checked": (
        "the level is a STANAG 6001 language profile (SLP), another scale than NATO's I-VI "
        "levels: it is checked skill by skill against the SLP the candidate holds",
        "le niveau est un profil linguistique STANAG 6001 (SLP), une autre échelle que les "
        "niveaux I-VI de l'OTAN : il est comparé, compétence par compétence, au profil SLP du "
        "candidat",
    ),
    "other_official_level_not_given": (
        "the notice asks a level in one official language, either one, and nothing in the "
        "other: check it against the notice",
        "l'avis demande un niveau dans l'une des langues officielles, au choix, et rien dans "
        "l'autre : vérifiez-le dans l'avis",
    ),
    "either_language": (
        "several languages are alternatives ('or'), and a language criterion names one "
        "language; kept as a statement the candidate declares",
        "plusieurs langues sont au choix (« ou »), et un critère de langue n'en nomme qu'une ; "
        "gardé comme une déclaration du candidat",
    ),
    "stanag_and_is": (
        "a STANAG 6001 profile is also named; this criterion holds the NATO IS level given (a "
        "profile read whole is a criterion of its own)",
        "un profil STANAG 6001 est aussi cité ; ce critère retient le niveau OTAN (SI) indiqué "
        "(un profil lu en entier est un critère à part)",
    ),
    "experience_maximum": (
        "the notice sets a maximum of {years} years of experience; a criterion holds only a "
        "minimum, so it is kept as a statement the candidate declares",
        "l'avis fixe un maximum de {years} ans d'expérience ; un critère ne retient qu'un "
        "minimum : gardé comme une déclaration du candidat",
    ),
    "experience_range_maximum": (
        "the notice also sets a maximum of {years} years; a criterion holds only the minimum",
        "l'avis fixe aussi un maximum de {years} ans ; un critère ne retient que le minimum",
    ),
    "also_official": (
        "the bullet also names the official languages",
        "la puce cite aussi les langues officielles",
    ),
    "languages_together": (
        "several languages are required together: one language criterion each",
        "plusieurs langues sont demandées ensemble : un critère de langue pour chacune",
    ),
    "skill_levels": (
        "a level is given per skill (listening, speaking, reading, writing) and a profile holds "
        "one per language: the level kept is the first named; check it",
        "un niveau est donné par compétence (compréhension, expression, lecture, écriture) et un "
        "profil n'en tient qu'un par langue : le niveau retenu est le premier cité ; vérifiez-le",
    ),
    "skill_levels_lowest": (
        "a level is given per skill ('{words}') and a criterion holds one per language: the "
        "lowest, {level}, is kept, which every candidate the notice accepts meets; check it",
        "un niveau est donné par compétence (« {words} ») et un critère n'en tient qu'un par "
        "langue : le plus bas, {level}, est retenu, que tout candidat accepté par l'avis "
        "atteint ; vérifiez-le",
    ),
    "mother_tongue_or_profile": (
        "the notice also accepts the mother tongue ({language}) instead of the profile, which "
        "a profile criterion cannot hold: a native speaker without an SLP would not meet it; "
        "check it",
        "l'avis accepte aussi la langue maternelle ({language}) au lieu du profil, ce qu'un "
        "critère de profil ne peut pas retenir : un locuteur natif sans SLP ne le remplirait "
        "pas ; vérifiez-le",
    ),
    "mother_tongue_or_level": (
        "the mother tongue or level {level}: read as level {level}, which a mother tongue meets",
        "la langue maternelle ou le niveau {level} : lu comme le niveau {level}, qu'une langue "
        "maternelle atteint",
    ),
    "or_qualification": (
        "the notice also accepts a professional qualification instead of the degree; a "
        "candidate with the qualification alone is not met by this criterion: check it",
        "l'avis accepte aussi une qualification professionnelle au lieu du diplôme ; ce critère "
        "n'est pas rempli par qui n'a que la qualification : vérifiez-le",
    ),
    "or_diploma": (
        "the notice also accepts '{words}' instead of the degree: kept as another reading at "
        "higher secondary level, so that a candidate with it alone is not told he does not meet "
        "the notice; check it",
        "l'avis accepte aussi « {words} » au lieu du diplôme : gardé comme autre lecture au "
        "niveau secondaire supérieur, pour qu'un candidat qui n'a que cela ne soit pas dit "
        "non conforme ; vérifiez-le",
    ),
    "or_experience": (
        "the notice also accepts experience instead of the degree; a candidate with the "
        "experience alone is not met by this criterion: check it",
        "l'avis accepte aussi de l'expérience au lieu du diplôme ; ce critère n'est pas rempli "
        "par qui n'a que l'expérience : vérifiez-le",
    ),
    "also_licence": (
        "the bullet also asks for a licence, registration or admission, kept as a statement the "
        "candidate declares",
        "la puce demande aussi une autorisation, une inscription ou une admission, gardée comme "
        "une déclaration du candidat",
    ),
    "certificates_together": (
        "the bullet asks for all these certificates, and the criterion accepts any one of them: "
        "split it into one requirement each",
        "la puce demande tous ces certificats, et le critère en accepte un seul : faites-en une "
        "exigence par certificat",
    ),
    "no_level": (
        "no NATO level (I-VI) is given: kept as a statement the candidate declares; set a level "
        "if the notice means one",
        "aucun niveau OTAN (I-VI) n'est donné : gardé comme une déclaration du candidat ; "
        "indiquez un niveau si l'avis en veut un",
    ),
    "task_in_language": (
        "the bullet asks for a task done in the language, and its word '{word}' qualifies the "
        "task, not the language: no NATO level is given, so it is kept as a statement the "
        "candidate declares; add a language requirement if the notice sets a level elsewhere",
        "la puce demande une tâche faite dans cette langue, et son mot « {word} » qualifie la "
        "tâche, pas la langue : aucun niveau OTAN n'est donné, elle est donc gardée comme une "
        "déclaration du candidat ; ajoutez une exigence de langue si l'avis fixe un niveau "
        "ailleurs",
    ),
    "cefr_stated": (
        "level mapped from CEFR {cefr} to NATO level {level} (stated by NATO IS's table)",
        "niveau CECRL {cefr} converti en niveau OTAN {level} (selon le tableau du SI de l'OTAN)",
    ),
    "test_stated": (
        "level read from the test result {test}: NATO level {level} (stated by NATO IS's table)",
        "niveau déduit du résultat {test} : niveau OTAN {level} (selon le tableau du SI de l'OTAN)",
    ),
    "test_inferred": (
        "level read from the test result {test}: NATO level {level} (the equivalence is inferred)",
        "niveau déduit du résultat {test} : niveau OTAN {level} (équivalence déduite)",
    ),
    "cefr_inferred": (
        "level mapped from CEFR {cefr} to NATO level {level} (the equivalence is inferred)",
        "niveau CECRL {cefr} converti en niveau OTAN {level} (équivalence déduite)",
    ),
    "several_education_levels": (
        "several education levels are named",
        "plusieurs niveaux de formation sont cités",
    ),
    "vocational_level": (
        "vocational training has no level of its own on the education scale: taken as higher "
        "secondary level or equivalent, the level such training usually completes; check it",
        "la formation professionnelle n'a pas de niveau propre sur l'échelle des formations : "
        "prise comme secondaire supérieur ou équivalent, le niveau qu'elle sanctionne "
        "d'ordinaire ; vérifiez-le",
    ),
    "diploma_level": (
        "a diploma in a field, with no level: taken as higher secondary level, the schooling "
        "that admits to it; check whether the notice means a degree",
        "un diplôme dans un domaine, sans niveau : pris comme secondaire supérieur, la "
        "scolarité qui y donne accès ; vérifiez si l'avis demande un diplôme universitaire",
    ),
    "lower_level_with_years": (
        "a lower level counts with years of experience: kept as a second reading",
        "un niveau inférieur compte avec des années d'expérience : gardé comme seconde lecture",
    ),
    "alternative_paths": (
        "alternative paths of education and years of experience",
        "plusieurs voies de formation et d'années d'expérience",
    ),
    "no_domain": ("no domain found", "aucun domaine trouvé"),
    "mentions": ("mentions '{word}'", "mentionne « {word} »"),
    "licence_b_assumed": (
        "no licence category found; B assumed",
        "aucune catégorie de permis trouvée ; B supposée",
    ),
    "licence_to_obtain": (
        "the notice lets the candidate obtain category {categories} after appointment, so it "
        "is not asked for; add it as a desirable requirement if it should count",
        "l'avis permet d'obtenir la catégorie {categories} après la nomination : elle n'est "
        "donc pas exigée ; ajoutez-la comme exigence souhaitable si elle doit compter",
    ),
    "licence_category_wished": (
        "the notice only wishes for category {categories}, so it is not asked for here; add it "
        "as a desirable requirement",
        "l'avis souhaite seulement la catégorie {categories} : elle n'est donc pas exigée "
        "ici ; ajoutez-la comme exigence souhaitable",
    ),
    "certificate_to_obtain": (
        "the candidate may obtain the certificate or licence after appointment: kept as a "
        "statement the candidate declares",
        "le candidat peut obtenir le certificat ou le permis après sa nomination : gardé comme "
        "une déclaration du candidat",
    ),
    "first_stated": (
        "it also mentions education; the requirement it states first was taken",
        "elle cite aussi une formation ; l'exigence énoncée en premier a été retenue",
    ),
    "unusual": ("the wording is unusual", "la formulation est inhabituelle"),
}


def note_text(note: Note, lang: str) -> str:
    texts = NOTE_TEXT[note.code]
    return texts[_LANGS.index(lang if lang in _LANGS else "en")].format(**dict(note.values))


def notes_text(notes: tuple[Note, ...]) -> dict[str, str]:
    """The notes in both languages, as a review item's value."""
    shown = notes or (Note("unusual"),)
    return {lang: "; ".join(note_text(note, lang) for note in shown) for lang in _LANGS}
