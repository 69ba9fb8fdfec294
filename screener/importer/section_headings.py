"""The ESSENTIAL / DESIRABLE headings of a notice's requirement lists in English and their
French twins (ACQUIS ESSENTIELS / ACQUIS SOUHAITABLES), in the forms notices and careers pages
write them: numbered, with a "Qualifications" word before or after, glossed in brackets, or
in a job board's own words. sections.py reads the lists under them."""

from __future__ import annotations

import re

# "4.", "4.1", "a.", "(a)", "(1)": a heading's number in Word-style numbering.
_NUMBER_PREFIX = r"(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|\(?[a-z]\)|[a-z]\.|\(?\d{1,2}\))\s?)?"
# "Qualifications and Experience – Essential", "Qualifications – Desirable:".
# ("Profile – essential", "Candidate profile: desirable": a profile's parts, its separator
# always written.)
_EN_QUALIF = (
    r"(?:(?:qualifications|requirements)(?: and experience)?\s?[:–—-]?\s?"
    r"|(?:required |candidate )?profile\s?[:–—-]\s?)?"
)
# "Profil – conditions indispensables", "Profil – atouts": a national circular's profile, split.
# ("Profil requis :" alone is a label over prose, read as such.)
_FR_QUALIF = (
    r"(?:qualifications et experience\s?[:–-]?\s?"
    r"|profil(?: recherche| requis)?\s?[:–-]\s?)?"
)
# "Essential Qualifications/Experience:", "Desirable requirements and/or experience".
_SUFFIX = (
    r"(?:\s(?:requirements|qualifications|criteria|skills|experience|knowledge|competencies))?"
    r"(?:\s?(?:and|&|/|and/or)\s?(?:experience|skills))?"
    # "DESIRABLE (not required):", "ESSENTIAL REQUIREMENTS (the candidate must meet all):".
    r"(?:\s?\([^()]{2,40}\))?\s?[:.]?"
)

# Whole-line patterns on folded lines (lower case, no accents).
# "Requirements (essential)": the word in brackets after the noun.
_BRACKETED = r"^{}(?:requirements|qualifications|criteria)\s?\({}\)\s?:?$"
# "Qualifications required:" / "Qualifications desired:": the word after the noun.
_AFTER = r"^{}(?:qualifications|requirements|criteria|skills)\s(?:{})\s?:?$"
# A job board's heading in its own words, any of them, glossed by the notice's word: "What you
# need to bring (essential)", "It would be a plus if you have (desirable)". It speaks to the
# reader and ends where the list's items would go on (never an item: "Degree (essential)").
_BOARD_PHRASE = (
    # (Never an item's words: "You have a degree in law (essential)", "Your English (required)".)
    r"^(?![^()]*\b(?:degree|diploma|knowledge|experience|licen[cs]e|certif\w*|english|french"
    r"|level|years?|slp|stanag|ability|able|proficien\w*|fluen\w*"
    r"|you (?:are|have|hold|speak|possess) (?:a|an)|team)\b)"
    r"(?:what|who|it would|it'd|you|you'll|your|we|we'd|we'll|our|ideally|even better|extra"
    r"|bonus|things|must[- ]haves?|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|preferred"
    r"|skills (?:we|you))\b[^.;:()\d]{0,60}?\s?"
)
EN_ESSENTIAL = re.compile(
    rf"^{_NUMBER_PREFIX}{_EN_QUALIF}(?:essentials?|required|mandatory){_SUFFIX}$"
    rf"|{_BRACKETED.format(_NUMBER_PREFIX, 'essentials?')}"
    rf"|{_AFTER.format(_NUMBER_PREFIX, 'required|essential|mandatory')}"
    # A call for consultants' or an internship board's words for the same list.
    rf"|^{_NUMBER_PREFIX}(?:required|requested|minimum) (?:profile|qualifications)\s?:?$"
    rf"|^{_NUMBER_PREFIX}(?:profile|eligibility) (?:required|criteria|requirements)\s?:?$"
    # "REQUIRED (ESSENTIAL) QUALIFICATIONS": a job board's word glossed by the notice's.
    rf"|^{_NUMBER_PREFIX}(?:required|mandatory|minimum)\s?\(essentials?\)"
    r"(?:\s(?:qualifications|requirements|criteria|skills))?\s?:?$"
    # A job board's own heading glossed by the notice's word: "What you bring (essential)".
    r"|^(?:what you (?:bring|need|have|offer)|you (?:bring|have|need)|must haves?|your profile)"
    r"\s?\((?:essentials?|required|mandatory)\)\s?:?$"
    rf"|{_BOARD_PHRASE}\((?:essentials?|required|mandatory)\)\s?:?$"
    # A careers platform's heading alone over its lines of requirements ("What you bring",
    # "What you'll bring to the team"), desirable ones marked "(preferred)" at their end; never
    # "What you will do" (the duties).
    r"|^what you(?: will|'ll)? bring(?: to (?:the|our|this) (?:team|role|post|position))?\s?:?$"
)
EN_DESIRABLE = re.compile(
    rf"^{_NUMBER_PREFIX}{_EN_QUALIF}(?:additional |other )?"
    rf"(?:desirables?|advantageous|desired|optional|an asset|assets|nice to have|good to have)"
    rf"{_SUFFIX}$"
    rf"|{_BRACKETED.format(_NUMBER_PREFIX, 'desirables?')}"
    rf"|{_AFTER.format(_NUMBER_PREFIX, 'desired|desirable|preferred')}"
    rf"|^{_NUMBER_PREFIX}(?:preferred|additional) (?:profile|qualifications)\s?:?$"
    # "We will also look at", "We would also value": what an internship board would like.
    r"|^we (?:will|would|shall) also (?:look at|look for|value|consider|appreciate)\s?:?$"
    rf"|^{_NUMBER_PREFIX}(?:preferred|desired|additional|optional)\s?\(desirables?\)"
    r"(?:\s(?:qualifications|requirements|criteria|skills))?\s?:?$"
    # "Nice to have (desirable)", "Bonus (desirable)": the board's words glossed.
    r"|^(?:nice to have|good to have|bonus(?: points)?|a plus|what would (?:be a plus|help))"
    r"\s?\((?:desirables?|optional|an asset|preferred)\)\s?:?$"
    rf"|{_BOARD_PHRASE}\((?:desirables?|optional|an asset|preferred)\)\s?:?$"
    # "Additional qualifications that would be an advantage", "Skills which are an asset".
    rf"|^{_NUMBER_PREFIX}(?:additional |other |further )?(?:qualifications|requirements|skills"
    r"|criteria|knowledge|experience) (?:that|which) (?:would be|will be|are|is|could be)"
    r" (?:an? )?(?:advantage|asset|plus|advantageous|desirable)\s?:?$"
)
FR_ESSENTIAL = re.compile(
    rf"^{_NUMBER_PREFIX}{_FR_QUALIF}(?:acquis|exigences|criteres|qualifications|competences"
    r"|connaissances|conditions) (?:essentiel(?:le)?s|requis(?:es)?|obligatoires|exigee?s"
    r"|indispensables)"
    r"\s?:?$"
    # The bare word, as a bilingual PDF's French half or a French copy sets it: "ESSENTIEL",
    # "Essentiel :", "Obligatoire", "Requis", "3.1 Indispensables".
    rf"|^{_NUMBER_PREFIX}{_FR_QUALIF}(?:essentiel(?:le)?s?|obligatoires?|requis(?:es)?"
    r"|indispensables?)\s?:?$"
    # "What you bring"'s French twin on a careers platform: "Ce que vous apportez".
    r"|^ce que vous (?:apportez|apporterez)(?: a (?:l'equipe|l'agence|l'organisation))?\s?:?$"
)
FR_DESIRABLE = re.compile(
    rf"^{_NUMBER_PREFIX}{_FR_QUALIF}(?:acquis|exigences|criteres|qualifications|competences"
    r"|connaissances|experiences?) (?:souhaitables|souhaitee?s|appreciee?s)(?:\s?(?:/|et)\s?experiences?)?"
    r"\s?:?$"
    # "SOUHAITABLE", "Souhaitable :", "Atouts", "Un atout :", "Autres atouts" (after the
    # languages' own block), "Atouts supplémentaires".
    rf"|^{_NUMBER_PREFIX}{_FR_QUALIF}(?:souhaitables?|souhaitee?s?|(?:autres )?atouts?"
    r"(?: supplementaires| complementaires)?|un atout)\s?:?$"
    # "Qualifications supplémentaires qui seraient un atout", "... qui constitueraient un atout".
    rf"|^{_NUMBER_PREFIX}(?:qualifications|competences|connaissances|experiences?)"
    r"(?: supplementaires| complementaires)? qui (?:seraient|constitueraient|sont|serait)"
    r" (?:un atout|un avantage|souhaitables|appreciee?s)\s?:?$"
)
