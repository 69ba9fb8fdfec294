"""Education bullets: the level a bullet asks for (from "higher secondary" to a doctorate,
France's "bac+N", vocational training), whether an equivalent counts, the field, and the notes
for a person to check (several levels, a lower level with years, alternative paths). Split
from recognizers.py, which tries every kind in turn.
"""

from __future__ import annotations

import re

from screener.domain.scales import EducationLevel
from screener.importer.bullet_typing import Lang, Note, Typing, note
from screener.importer.joined_levels import joined_level
from screener.importer.vocational import VOCATIONAL, is_vocational
from screener.importer.wording import EDUCATION_CUES, all_years, fold
from screener.report.catalogue import EDUCATION_NAMES

_PREFERABLY = re.compile(r",?\s?\b(?:preferably|ideally|de preference|idealement)\b")
_BAC_PLUS_LEVELS = (
    (EducationLevel.DOCTORATE, "78"),
    (EducationLevel.MASTER, "56"),
    (EducationLevel.BACHELOR, "34"),
    (EducationLevel.HIGHER_SECONDARY, "12"),
)


def _bac_plus(years: str) -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:diplome|titre|niveau)\b[^;]{{0,60}}?)?\bbac ?\+ ?[{years}]\b\)?")


# The European and UNESCO frameworks' levels: "a degree at EQF level 7", "ISCED level 6".
_FRAMEWORK_LEVELS = tuple(
    (level, re.compile(rf"\b(?:eqf|isced|nqf|cec)(?: level| niveau)? ?{figures}\b"))
    for level, figures in (
        (EducationLevel.DOCTORATE, "8"),
        (EducationLevel.MASTER, "7"),
        (EducationLevel.BACHELOR, "6"),
        (EducationLevel.HIGHER_SECONDARY, "[345]"),
    )
)
# Most specific first: a matched phrase is blanked out before the next pattern looks, so the
# "degree" of "post-graduate degree" does not also count as a first degree.
_LEVEL_CUES: tuple[tuple[EducationLevel, re.Pattern[str]], ...] = (
    # Vocational training first: "master craftsman" is no master's degree (see vocational.py).
    (EducationLevel.HIGHER_SECONDARY, VOCATIONAL),
    *_FRAMEWORK_LEVELS,
    # "bac+5": France's years of study after the baccalauréat say the level; the diploma named
    # with them ("diplôme d'études supérieures (bac+5)") is blanked with them.
    *((level, _bac_plus(years)) for level, years in _BAC_PLUS_LEVELS),
    (
        EducationLevel.DOCTORATE,
        re.compile(r"\b(?:doctorate|doctoral(?: degree)?|ph\.?d|d\.?phil|doctorat)\b"),
    ),
    (
        EducationLevel.MASTER,
        re.compile(
            r"\b(?:master'?s?(?: degree)?|post-?graduate(?: university)?(?: degree| diploma)?"
            r"|advanced (?:university )?degree|(?:diplome|etudes) de (?:troisieme|deuxieme) cycle"
            r"|(?:diplome |etudes )?(?:universitaires? )?de (?:troisieme|deuxieme) cycle"
            r"|troisieme cycle|deuxieme cycle|mastere|master"
            # France's "diplôme d'ingénieur" confers the master's degree ("grade de master").
            r"|diplome d'ingenieur|titre d'ingenieur diplome)\b"
            # "An LL.M. in international law": the Master of Laws; "MSc", "MBA", "M.A.".
            r"|\bll\.\s?m\b|\b(?:msc|m\.sc|meng|m\.eng|mba|mphil|m\.a\.|msn)(?![a-z])|\bma(?= in [a-z])"
        ),
    ),
    (
        EducationLevel.HIGHER_SECONDARY,
        # "études secondaires du second degré / du second cycle": the French for upper secondary.
        re.compile(
            # Secondary school that qualifies for university: its upper cycle. Blanked whole,
            # so neither its "university" nor its "secondary" counts as a level of its own.
            # ("Completed secondary education" alone stays secondary: testers disagree.)
            r"\b(?:secondary (?:school )?(?:education )?(?:leading|giving access|qualifying)"
            r" (?:to|for) (?:an? )?university(?: entrance| admission| studies)?(?: qualification)?"
            r"|university entrance (?:qualification|certificate|examination|exam)"
            # "Technical secondary (school) diploma": the diploma that completes the
            # upper-secondary technical track (Italy's perito, Belgium's A2).
            r"|(?:technical|technological) secondary (?:school )?(?:diploma|certificate)"
            r"|secondary technical (?:school )?(?:diploma|certificate))"
            r"|\b(?:higher secondary|upper secondary|high school|secondaires? superieure?s?"
            # France's "baccalauréat" (a "baccalauréat en comptabilité" is Canada's or
            # Belgium's first university degree: bachelor, below).
            r"|baccalaureat(?! (?:\((?:bachelier|bachelor)|(?:en|universitaire|specialise"
            r"|de premier cycle)\b))"
            r"|secondaires? du second (?:degre|cycle)|second cycle (?:du|de l'enseignement) secondaire"
            # The diploma that completes secondary school, as "high school" above: "Diplôme
            # de fin d'études secondaires", "secondary school leaving certificate" (not
            # Canada's "diplôme d'études secondaires", read at secondary as its testers do).
            r"|diplome de fin d'etudes secondaires"
            r"|secondary (?:school )?leaving (?:certificate|diploma|examination|exam))"
        ),
    ),
    (
        EducationLevel.BACHELOR,
        re.compile(
            r"\b(?:degree(?! of )|bachelor'?s?|university|universitaire|universite|licence|diplome"
            r"|bachelier|baccalaureat"
            r"|first[- ]level)"
            r"|\b(?:bsc|b\.sc|beng|b\.eng|bba|llb|ll\.b|b\.a\.|bsn|bscn|bcom)(?![a-z])"
            # "BA (Hons)": an honours first degree (Scotland's "MA (Hons)" is one too).
            r"|\b(?:ba|bs|ma) ?\(hons?\)|\bba(?= in [a-z])"
        ),
    ),
    (EducationLevel.SECONDARY, re.compile(r"\bsecondary|secondaires?\b")),
)
_INSTITUTION = re.compile(
    r"\b(?:from|at|by|of) (?:a|an|the|any)\b[a-z ,'-]{0,40}?"
    r"\b(?:universit(?:y|ies)|institutions?|institutes?|colleges?)\b"
    r"|\b(?:d'une|dans une|par une|aupres d'une) (?:[a-z'-]+ ){0,3}?(?:universite|institution|ecole)"
)
# "... or higher secondary education with at least ten (10) years of relevant experience".
# ("une licence accompagnée de deux années d'expérience ... peut être acceptée": the same in French.)
_WITH = r"\b(?:with|plus|and|combined with|avec|et|accompagnee? d(?:e\b|'))"
_LOWER_WITH_YEARS = re.compile(
    rf"\b(?:or|ou)\b[^;]{{0,80}}?{_WITH}[^;]{{0,40}}?"
    r"\b(?:years?|ans|annees)\b"
    # "...; a degree at EQF level 6 combined with 2 additional years of relevant experience is
    # acceptable in lieu", "...; a Bachelor's degree with 2 years may replace it".
    rf"|;\s?[^;]{{0,80}}?{_WITH}[^;]{{0,40}}?"
    r"\b(?:years?|ans|annees)\b[^;]{0,80}?\b(?:in lieu|instead|acceptable|accepted|may replace"
    r"|can replace|may substitute|substitut\w*|en lieu|remplacer|accepte)"
)
_EQUIVALENT_DEGREE = re.compile(
    r"\b(?:or |and/or )?(?:an? |any )?equivalent (?:university |academic |higher )?"
    r"(?:degree|qualification|diploma)s?\b"
    # "Master 2 en droit ou diplôme équivalent": the equivalent of the master, not a degree.
    r"|\b(?:ou |et/ou )?(?:d'un |un |tout )?(?:diplome|titre)s? (?:de niveau )?equivalents?\b"
)
# ("secondary education, at least to higher secondary level": the level that counts, too.)
_EQUIVALENT_TO = re.compile(
    r"\b(?:equivalent to|at least to|equivalente? (?:au|a un)) (?:an? |the |niveau )?"
)
_EQUIVALENT = re.compile(r"\bequivalent|\bequivalente?\b|\bou (?:une )?formation equivalente")
# A field, or a list of fields closed by "or"/"and" ("in political science, international
# relations, economics or engineering"): a comma ends the field only where no list follows.
_NOT_A_FIELD = r"(?!(?:an? )?(?:equivalent|equal|similar|other)\b|(?:une? )?(?:equivalent|autre)\b)"
_FIELDS_EN = (
    r"in [a-z][a-z &/-]{2,80}"
    rf"(?:(?:, ?(?:in )?{_NOT_A_FIELD}[a-z][a-z &/-]{{1,60}})*"
    rf",? (?:or|and) (?:in )?{_NOT_A_FIELD}[a-z][a-z &/-]{{1,60}})?"
)
_FIELD_EN = re.compile(
    r"\bin (?:a|an|the)? ?(?:relevant|related|pertinent|appropriate) "
    r"(?:field|discipline|area|subject)(?: of study)?"
    rf"|(?:(?<=degree )|(?<=diploma )|(?<=training )|(?<=qualification )){_FIELDS_EN}"
    # "PhD in underwater acoustics", "Master's in law", "MSc in physics": the degree by its name.
    r"|(?:(?<=phd )|(?<=ph\.d\. )|(?<=doctorate )|(?<=master's )|(?<=masters )|(?<=msc )"
    rf"|(?<=bachelor's )|(?<=bsc )|(?<=mba )){_FIELDS_EN}"
)
# A diploma in a field, no level named ("Diploma in library science", "a diploma of nursing").
_DIPLOMA_IN_FIELD = re.compile(r"\bdiplomas?\s(?:in|of)\s(?!(?:an?|the|equivalent|hand)\b)[a-z]")
# "diplôme en bibliothéconomie", "diplôme d'assistant(e) de direction": the word alone, never
# with a university or a degree's name ("diplômé(e) d'une université", "diplôme de licence").
_FR_DIPLOMA_ONLY = re.compile(
    r"^(?!.*\b(?:universit\w*|licence|bachelier|baccalaureat|bac|grade|cycle|superieur\w*)\b)"
    r".*\bdiplomes?\s(?:en|de|d'|du|des)\s?(?!(?:niveau|fin|equivalent)\b)[a-z]"
)
# A level the bullet states itself, besides naming vocational training.
_STATED_LEVEL = re.compile(r"\b(?:secondary|secondaire|university|universit\w*|degree|bachelor)")
_FIELD_FR = re.compile(
    r"\bdans (?:un|le) domaine (?:en lien avec le poste|pertinent|approprie|connexe|lie au poste)"
    r"|\bdans (?:un|le) domaine [a-z' -]{2,80}"
    # "Master en acoustique, en physique ou en génie électrique", "licence en droit".
    r"|(?:(?<=master )|(?<=licence )|(?<=doctorat )|(?<=maitrise )|(?<=diplome )"
    r"|(?<=universitaire ))en [a-z][a-z' -]{2,80}"
    rf"(?:(?:, ?(?:en )?{_NOT_A_FIELD}[a-z][a-z' -]{{1,60}})*"
    rf",? (?:ou|et) (?:en )?{_NOT_A_FIELD}[a-z][a-z' -]{{1,60}})?"
)
# After a list of fields, what is no field: another path to the requirement ("..., or a
# secondary education qualification combined with ...", "..., or completed national staff
# college training"), a second degree ("..., with a PhD in ..."), what else is asked ("... and
# at least"). Looked for after the first comma only: the first field stands.
_BEYOND_FIELDS = re.compile(
    r",\s*(?:(?:or|and|ou|et)\s+)?[^,]*?\b(?:degree|diploma|qualification|education|training|"
    r"experience|years?|college|certificat\w*|with|combined|complemented|plus|including|"
    r"at least|preferably|diplome|formation|annees?|avec|complet\w*|graduat\w*|bachelor\w*|"
    r"master\w*|doctora\w*|phd|licence|baccalaureat|equivalent)\b"
)
_DANGLING = re.compile(r"\s+(?:and|or|et|ou)\s*$")
# "... or a related discipline and at least 5 years": the years are the next requirement.
_AND_MORE = re.compile(
    r"\s+(?:and|et)\s+(?:at least|a minimum|minimum|au moins|proven|experience)\b"
)


def _field_alone(field_text: str) -> str:
    """The field named, without what the bullet goes on to say beside it."""
    folded = fold(field_text)
    if more := _AND_MORE.search(folded):
        field_text, folded = field_text[: more.start()], folded[: more.start()]
    if (comma := folded.find(",")) >= 0 and (beyond := _BEYOND_FIELDS.search(folded, comma)):
        field_text, folded = field_text[: beyond.start()], folded[: beyond.start()]
    if wish := _WISH_TAIL.search(folded):
        field_text, folded = field_text[: wish.start()], folded[: wish.start()]
    if dangling := _DANGLING.search(folded):
        field_text = field_text[: dangling.start()]
    return field_text.strip(" ,;")


# What the bullet says of the field, not the field: "in energy policy would be an advantage",
# "en droit serait un atout", "in law (preferred)".
_WISH_TAIL = re.compile(
    r"\s*\(?\b(?:(?:would|will) be|is|are|being|serait|sera|est|constitue(?:rait)?)\s+"
    r"(?:(?:an?|un|considered|considere|very|most|highly|tres)\s+)*"
    r"(?:advantage|advantageous|asset|plus|desirable|preferred|preferable|atout|avantage|"
    r"souhaitable|apprecie|preferable)\b.*$"
    r"|\s*\(?\b(?:preferred|preferably|desirable|de preference|souhaite)\b\)?\s*$"
)


def _lower_note(lower: EducationLevel) -> dict[str, str]:
    en, fr = (EDUCATION_NAMES[lang][lower.value] for lang in ("en", "fr"))
    return {
        "en": f"The notice also accepts {en} together with years of experience.",
        "fr": f"L'avis accepte aussi : {fr}, avec des années d'expérience.",
    }


# "Master" as a rank or a title, not a degree: a ship's master ("sea service as Master or
# Chief Officer", "Master Mariner", "STCW II/2 Master (unlimited)"), a trade's or the forces'
# master ("Master Electrician", "Master Sergeant"), and the words of IT and planning that
# contain it ("Scrum Master", "master data", "master plan"). Blanked before levels are read.
_NOT_A_DEGREE_MASTER = re.compile(
    r"\bmaster (?:mariners?|sergeants?|chief|electricians?|plumbers?|mechanics?|technicians?"
    r"|divers?|riggers?|gunners?|chefs?|bakers?|carpenters?|welders?|builders?|black belt"
    r"|data|plans?|planning|schedules?|files?|records?|class(?:es)?|key)\b"
    r"|\b(?:scrum|ship'?s?|vessel'?s?|harbour|harbor|port|dock|yacht|tug|deck) master\b"
    r"|\bmaster of (?:a |the )?(?:vessels?|ships?|yachts?|tugs?|ferr(?:y|ies)|the vessel)\b"
    r"|\bmaster'?s? (?:certificates?|licen[cs]es?|tickets?|cocs?) of competency\b"
    r"|\bmaster \((?:unlimited|limited|near[- ]coastal|[<>]?\s?\d)"
    r"|\bmaster (?:or|and|/) (?:chief|first|second) (?:officer|mate|engineer)s?\b"
    r"|\b(?:chief|first) (?:officer|mate)s? (?:or|and|/) master\b"
    r"|\b(?:as|a serving|serving) (?:a |the )?master\b(?!'?s\b| degree| of (?:arts|science"
    r"|laws|business|engineering|philosophy|public))"
)


def _levels_named(required: str) -> list[EducationLevel]:
    """Each level a bullet names, in _LEVEL_CUES's order (most specific first); a phrase read
    is blanked out so that the next pattern does not read its words again."""
    levels: list[EducationLevel] = []
    remaining = required
    for level, pattern in _LEVEL_CUES:
        if pattern.search(remaining):
            if level not in levels:
                levels.append(level)
            remaining = pattern.sub(lambda m: " " * len(m[0]), remaining)
    return levels


# A bullet about experience that names a level of study only as where the work was done.
_EXPERIENCE = re.compile(r"\bexperiences?\b")
_DEGREE_WORD = re.compile(
    r"\b(?:degrees?|diplomas?|diplomes?|licence|masters?|master's|bachelor'?s?|doctora(?:te|t)"
    r"|phd|baccalaureat|titulaire|graduate|qualifications?|education|etudes|studies|schooling"
    r"|certificat|certificate)\b"
)


def recognize_education(text: str, lang: Lang) -> Typing | None:
    folded = _NOT_A_DEGREE_MASTER.sub(lambda m: " " * len(m[0]), fold(text))
    vocational = is_vocational(text, folded)
    if not EDUCATION_CUES.search(folded) and not vocational:
        return None
    if _EXPERIENCE.search(folded) and not _DEGREE_WORD.search(folded):
        # "Experience of teaching at university level", "University-level teaching
        # experience": where the work was done, not a degree.
        return None
    required = _PREFERABLY.split(folded, maxsplit=1)[0]
    # "a Master's degree in law from a university of recognised standing": where the degree is
    # from says nothing about its level.
    required = _INSTITUTION.sub(lambda m: " " * len(m[0]), required)
    # "a Master's degree in law or equivalent university degree in law": the equivalent of the
    # level named, not a lower level of its own.
    required = _EQUIVALENT_DEGREE.sub(lambda m: " " * len(m[0]), required)
    levels = _levels_named(required)
    if not levels and vocational:
        levels.append(EducationLevel.HIGHER_SECONDARY)  # "CAP/BEP", named without a cue word
    # "Diploma in library science", "diplôme en bibliothéconomie": a course of study after
    # school, at no level it states (French "diplôme" alone is otherwise a degree's word).
    unlevelled = not levels and bool(_DIPLOMA_IN_FIELD.search(required))
    if levels == [EducationLevel.BACHELOR] and _FR_DIPLOMA_ONLY.search(required):
        levels, unlevelled = [], True
    if unlevelled:
        levels.append(EducationLevel.HIGHER_SECONDARY)
    if not levels:
        return None
    # Several levels in one bullet ("higher secondary, or a university degree") are
    # alternatives: the minimum is the lowest, unless the bullet says which level counts
    # ("secondary education, equivalent to higher secondary level").
    level = min(levels, key=lambda lvl: lvl.rank)
    with_years = len(levels) > 1 and bool(_LOWER_WITH_YEARS.search(required))
    if with_years:
        # "a degree; or higher secondary education with ten years of experience": the lower
        # level counts only with experience, so it is an equivalent of the higher one. Taking
        # the lower level alone would pass a candidate without those years.
        level = max(levels, key=lambda lvl: lvl.rank)
    if (joined := joined_level(required, levels, _LEVEL_CUES)) is not None and not with_years:
        level = joined  # "a degree in physics, with a PhD in acoustics": both are asked for
    elif (stated := _EQUIVALENT_TO.search(required)) is not None:
        level = next((lvl for lvl, p in _LEVEL_CUES if p.match(required, stated.end())), level)
    elif framework := [lvl for lvl, p in _FRAMEWORK_LEVELS if p.search(required)]:
        level = framework[0]  # "a university degree at ISCED level 7": the degree's level
    elif (stated := _AT_LEVEL.search(required)) is not None:
        # "a law degree at master's level": the degree's level is the one stated.
        level = next((lvl for lvl, p in _LEVEL_CUES[1:] if p.search(_stated(stated))), level)
    params: dict[str, object] = {
        "min_level": level,
        "or_equivalent": with_years or bool(_EQUIVALENT.search(folded)),
    }
    pattern = _FIELD_EN if lang == "en" else _FIELD_FR
    if match := pattern.search(required):
        # The field ends where a blanked-out institution starts ("in law  ...").
        end = match.start() + len(match[0].split("  ")[0])
        # ("in nursing and registration with the ... Council": the field ends before what else
        # the bullet asks.)
        field_text = _AND_OTHER_NEED.split(text[match.start() : end], maxsplit=1)[0]
        params["field"] = _field_alone(field_text)
    confidence = 0.85 if len(levels) == 1 else 0.65
    notes: tuple[Note, ...] = () if len(levels) == 1 else (note("several_education_levels"),)
    if vocational and len(levels) == 1 and not _STATED_LEVEL.search(required):
        # The scale has no vocational level: the nearest one is taken, and a person checks it.
        confidence, notes = 0.65, (note("vocational_level"),)
        params["or_equivalent"] = True
    if unlevelled:
        # The least such a diploma implies is the schooling that admits to it; a person
        # checks whether the notice means a degree.
        confidence, notes = 0.6, (note("diploma_level"),)
    if with_years:
        lower = min(levels, key=lambda lvl: lvl.rank)
        # Met at the higher level: met; at the lower one only: can't tell (the years decide).
        params["alternative"] = {"params": {"min_level": lower.value}, "note": _lower_note(lower)}
        notes = (note("lower_level_with_years"),)
    if len(all_years(required)) > 1 and OR_WORD.search(required):
        # "a degree and 2 years, or a diploma and 6 years": no criterion holds a choice of
        # education-and-experience paths, so a person must check them (criteria_builder).
        notes = (*notes, ALTERNATIVE_PATHS_NOTE)
    return Typing("education", params, confidence, notes)


OR_WORD = re.compile(r"\b(?:or|ou)\b")
_AND_OTHER_NEED = re.compile(
    r",?\s(?:and|et)\s(?=(?:an?|the|current|valid|une?|registration|inscription)\s)"
)
# "a degree at master's level", "a master's-level degree", "at the level of a master's".
_AT_LEVEL = re.compile(
    r"\b((?:master|bachelor|doctoral|post-?graduate)(?:'?s)?)[- ]level\b"
    r"|\bat (?:the )?level of an? ((?:master|bachelor)(?:'?s)?)\b"
    # "University degree (Master's) in law", "diplôme universitaire (master) en ingénierie":
    # the level in brackets after the degree's word is the degree's.
    r"|\b(?:degree|diploma|diplome)(?: universitaire| d'etudes superieures)?\s?"
    r"\(((?:master|bachelor|doctorat|doctorate|ph\.?d|licence)(?:'?s)?)(?: degree| level)?\)"
)
ALTERNATIVE_PATHS_NOTE = note("alternative_paths")


def _stated(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group)
