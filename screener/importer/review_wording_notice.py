"""The wording of the review items about the notice as a whole, in English and French: its
header facts (guessed, missing, unreadable), its conditions, who may apply, several notices in
one text, and answers a re-import could not carry over. review_wording.py holds the items about
the requirements and their lists and takes these in (review_text.py words an item with it)."""

from __future__ import annotations

# Template key -> (English, French), as in review_wording.py.
NOTICE_REVIEW_TEXT: dict[str, tuple[str, str]] = {
    "several_notices": (
        "The text holds other vacancies besides this one ({references}), as a newsletter or a "
        "job board's page does; the first was read. Import the others from their own text.",
        "Le texte contient d'autres vacances de poste que celle-ci ({references}), comme une "
        "lettre d'information ou la page d'un site d'emploi ; la première a été lue. Importez "
        "les autres à partir de leur propre texte.",
    ),
    "conditions_not_found": (
        "The paragraph on what appointment depends on (clearance, medical file, ...) was not "
        "found; add the conditions by hand.",
        "Le paragraphe sur les conditions de la nomination (habilitation, dossier médical, …) "
        "est introuvable ; ajoutez les conditions à la main.",
    ),
    "header_guessed": (
        "The {field} was not labelled in the notice; it was read from {where}. Check it.",
        "Le champ « {field} » n'était pas étiqueté dans l'avis ; il a été lu dans {where}. "
        "Vérifiez-le.",
    ),
    "header_guessed.joined_title": (
        "The title '{title}' was joined from two lines of the notice; check where it starts.",
        "Le titre « {title} » a été formé de deux lignes de l'avis ; vérifiez où il commence.",
    ),
    "header_missing": (
        "No {field} was found; please fill it in.",
        "Champ « {field} » introuvable ; veuillez le remplir.",
    ),
    "header_missing.reference": (
        "No reference number was found; '{placeholder}' is a placeholder.",
        "Aucun numéro de référence trouvé ; « {placeholder} » le remplace provisoirement.",
    ),
    "header_missing.title": (
        "No title was found; please type the post's title.",
        "Aucun titre trouvé ; veuillez saisir le titre du poste.",
    ),
    "header_missing.title_copied": (
        "No {half} title was found; the other language's title was copied.",
        "Aucun titre en {half} trouvé ; le titre de l'autre langue a été copié.",
    ),
    "header_missing.grade": (
        "No grade was found in the notice; '{placeholder}' stands in for it and is not a NATO "
        "grade: type the post's grade.",
        "Aucun grade trouvé dans l'avis ; « {placeholder} » le remplace et n'est pas un grade "
        "OTAN : saisissez le grade du poste.",
    ),
    "header_missing.deadline": (
        "No application deadline was found; today's date stands in for it and is not the "
        "notice's deadline: type the real one.",
        "Aucune date limite de candidature trouvée ; la date du jour la remplace et n'est pas "
        "celle de l'avis : saisissez la vraie date.",
    ),
    "header_missing.optional": (
        "No {field} was found; add it if the notice states one.",
        "Champ « {field} » introuvable ; ajoutez-le si l'avis en indique un.",
    ),
    "header_unreadable": (
        "The {field} '{raw}' could not be read.",
        "Le champ « {field} » (« {raw} ») n'a pas pu être lu.",
    ),
    "header_unreadable.currency": (
        "The {field} '{raw}' states no currency; add the salary with its currency by hand.",
        "Le champ « {field} » (« {raw} ») n'indique pas de devise ; ajoutez le salaire et sa "
        "devise à la main.",
    ),
    "nationality_not_found": (
        "The notice has no sentence on who may apply; the default rule of NATO bodies "
        "(nationals of NATO member countries) is assumed. Check the notice and the NATO body.",
        "L'avis n'a pas de phrase sur qui peut postuler ; la règle par défaut des organismes de "
        "l'OTAN (ressortissants des pays membres) est supposée. Vérifiez l'avis et l'organisme.",
    ),
    "nations_beyond_members": (
        "'{quote}' also opens the post to nationals of countries outside NATO (partners), whom "
        "this rule does not accept: a candidate from such a country must check it.",
        "« {quote} » ouvre aussi le poste aux ressortissants de pays hors de l'OTAN "
        "(partenaires), que cette règle n'accepte pas : un candidat d'un tel pays doit vérifier.",
    ),
    "nations_not_listed": (
        "'{quote}' names the nations of a programme or fund, but their list was not found; "
        "nationals of every NATO member country are accepted until you list them.",
        "« {quote} » nomme les nations d'un programme ou d'un fonds, mais leur liste est "
        "introuvable ; les ressortissants de tous les pays membres de l'OTAN sont acceptés tant "
        "que vous ne les indiquez pas.",
    ),
    "nationality_repeated": (
        "The requirement '{quote}' repeats who may apply; the nationality rule is kept once, "
        "first in the list.",
        "L'exigence « {quote} » répète qui peut postuler ; la règle de nationalité n'est gardée "
        "qu'une fois, en tête de liste.",
    ),
    "answers_not_matched": (
        "The previous file's requirement '{id}' ({quote}) has no counterpart in this notice: "
        "answers given to it stay in profiles but no longer count. If a requirement below "
        "replaces it, give that one this id.",
        "L'exigence « {id} » du fichier précédent ({quote}) n'a pas d'équivalent dans cet avis "
        ": les réponses qui y ont été données restent dans les profils mais ne comptent plus. "
        "Si une exigence ci-dessous la remplace, donnez-lui cet identifiant.",
    ),
}
