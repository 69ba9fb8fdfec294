"""What a sentence of a requirement paragraph is: one saying what candidates must be or have
(EN_MUST, FR_MUST: "The incumbent must ...", "You will hold ...", "Vous êtes titulaire ..."),
the alternative to the requirement before it, a fact about the languages of work, or a
requirement said without "must" (a paragraph the requirements go on with); and the titles
under which no requirement paragraph starts (the conditions of employment).

"The successful candidate will hold a doctorate ... Candidates holding a master's degree
together with at least three additional years of research experience will also be
considered.": the second sentence is another way to meet the first, read with it (the
education reader then sees the lower degree with its years as the alternative). "The working
languages of NATO are English and French." before the levels asked says what they are; it
asks for nothing.
"""

from __future__ import annotations

import re

from screener.importer.wording import fold

# On folded text (lower case, no accents): a sentence that says what candidates must be or have.
_EN_SUBJECT = (
    r"(?:the |all )?(?:incumbent|successful candidate|selected candidate|candidate|applicant"
    r"|post ?holder|job ?holder)s?|they|he or she|she or he|you"
)
EN_MUST = re.compile(
    rf"^(?:{_EN_SUBJECT})\s(?:must|should|shall|will need to|need to|are required to"
    r"|is required to)\s?:?\s(?:also\s)?(?=have|possess|hold|be|demonstrate|show|speak|pass"
    r"|complete|undergo)"
    # "The ideal candidate holds a degree ...", "The successful candidate will have ...": a
    # careers page's profile, said without "must" (never "the incumbent is responsible for").
    r"|^(?:the |an? )?(?:ideal|successful|selected|suitable|right|preferred) (?:candidate|applicant)"
    r"s?\s(?:also\s)?(?:holds?|has|have|possess(?:es)?|will (?:also )?(?:have|hold|possess|be)"
    r"|brings?|speaks?)\b"
    # "You will hold a university degree ...", "He or she will have a minimum of five years":
    # the profile said in the future (never "you will have the opportunity to", "he or she
    # will be responsible for").
    rf"|^(?:{_EN_SUBJECT})\s(?:will|would) (?:also )?(?:hold|possess|bring|speak"
    # (Nor "you will have a competitive, tax-free salary": what the post offers.)
    r"|have (?!the |to |access|responsibilit|opportunit|a chance|the chance"
    r"|(?:an? )?(?:[\w-]+,? ){0,3}(?:salary|package|benefits|contract|leave|allowances?)\b)"
    r"|be (?:able|willing|fluent|prepared|ready|required|expected))\b"
    # "You have completed ...", "You hold a valid licence", "You are willing to work ...": the
    # profile said to the reader in the present (never "you have the opportunity to").
    r"|^you (?:also )?(?:hold|possess|speak|have (?:completed|obtained|gained|earned|at least"
    r"|a minimum|an? (?!opportunit|chance)|\d|(?:good|sound|solid|proven|excellent|strong)\b)"
    r"|are (?:able|willing|fluent|prepared|ready|familiar|proficient|available))\b"
    # "We are looking for someone with a degree in ...", "We seek a candidate who has ...".
    r"|^we (?:are (?:looking for|seeking)|seek|need) (?:someone|a candidate|candidates"
    r"|an individual|a person|a professional)\b[^.]{0,40}?\b(?:with|who (?:has|have|holds?))\b"
)
FR_MUST = re.compile(
    r"^(?:les |la |le |le/la |la/le )?(?:candidate?s?|titulaires?(?: du poste)?|ils|elles|il ou elle|il|elle)"
    r"\s(?:doivent|doit)\s(?:egalement\s|aussi\s)?"
    # "Vous êtes titulaire d'un diplôme ...", "Le candidat retenu justifiera de cinq ans ...":
    # the profile said to the reader or in the future (never "vous aurez l'occasion de").
    # ("Le/la candidat(e) retenu(e) sera titulaire ...": both genders written in.)
    r"|^(?:vous|il ou elle|(?:le |la |le/la |la/le )?(?:candidat(?:e|\(e\))?|titulaire)s?"
    r"(?: retenu(?:e|\(e\))?s?| du poste)?)"
    r"\s(?:devrez|devra|devront|(?:etes|serez|sera|seront) (?:titulaires?|capables?|en mesure"
    r"|dispose)|possedez|possederez|possedera|justifiez|justifierez|justifiera"
    r"|(?:avez|aurez|aura) (?!l'occasion|la possibilite|acces|la charge|pour mission))"
    r"|^nous recherchons (?:un|une|des) (?:candidate?s?|personnes?|professionnel(?:le)?s?)\b"
    r"[^.]{0,40}?\b(?:titulaires?|qui (?:a|possede|justifie)|ayant|justifiant|possedant)\b"
)
# On folded text: a sentence offering another way to meet the requirement before it.
_ALTERNATIVE = re.compile(
    r"^(?:alternatively|failing that|in lieu of|instead of|a defaut|sinon)\b"
    r"|\b(?:will|may|can|could|would) (?:also|equally) be (?:considered|accepted|eligible)\b"
    r"|\b(?:is|are) also (?:accepted|acceptable|eligible|considered)\b"
    r"|\bmay also (?:apply|qualify|be considered)\b"
    r"|\b(?:sera|seront|peut|peuvent|pourra|pourront) (?:egalement|aussi) (?:etre )?"
    r"(?:prise?s? en (?:consideration|compte)|acceptee?s?|considere(?:e|s|es)?|postuler)\b"
)
# The degrees an alternative names ("a bachelor's degree with three more years", "une licence
# avec trois ans d'expérience"): it is another way to meet the education asked before it.
_DEGREE = re.compile(
    r"\b(?:degree|diploma|bachelor|master|doctorate|phd|licence|diplome|doctorat|baccalaureat)"
)


def alternative_to(placed: list[tuple[list[str], int]], sentence: str) -> tuple[list[str], int]:
    """Which item before it an alternative sentence is another way to meet: the education
    item when it names a degree (after the years of experience asked too), else the last."""
    if _DEGREE.search(fold(sentence)):
        for items, at in reversed(placed):
            if _DEGREE.search(fold(items[at])):
                return items, at
    return placed[-1]


# A requirement named with "or" beside it ("... or equivalent experience is also accepted")
# is still about the same thing; a new requirement opens with its own subject and verb.
_NEW_REQUIREMENT = re.compile(r"\b(?:must|is required|are required|doit|doivent)\b")


# "Knowledge of X would also be considered favourably", "... sera également considérée comme
# un atout": a wish of its own, not another way to meet the requirement before it.
_FAVOURED = re.compile(
    r"\b(?:considered|viewed|regarded|seen) (?:as )?(?:favou?rably|positively|an? (?:asset|plus"
    r"|advantage))|\b(?:considere|prise?) (?:en compte )?(?:favorablement|positivement"
    r"|comme un (?:atout|avantage|plus))"
)


def offers_alternative(sentence: str) -> bool:
    """Whether a sentence offers another way to meet the requirement before it."""
    folded = fold(sentence)
    return (
        bool(_ALTERNATIVE.search(folded))
        and not _NEW_REQUIREMENT.search(folded)
        and not _FAVOURED.search(folded)
    )


# "The working languages of NATO are English and French", "English is the working language
# of the Centre", "Les langues de travail de l'OTAN sont l'anglais et le français".
_WORKING_LANGUAGES = re.compile(
    r"^(?:the |nato's |natos )?(?:two )?(?:working|official) languages? (?:of|at|in|for)?"
    r"\s?[^,;]{0,40}?\b(?:is|are)\b"
    r"|^(?:english|french|english and french)(?: and french)? (?:is|are) the (?:two )?"
    r"(?:working|official) languages?\b"
    r"|^(?:les |la )?(?:deux )?langues? (?:de travail|officielles?)\b[^,;]{0,40}?\b(?:est|sont)\b"
    r"|^l'anglais (?:et le francais )?(?:est|sont) (?:la|les) (?:deux )?langues?\b"
)
# What would make such a sentence ask for something after all.
_ASKING = re.compile(
    r"\b(?:must|required|requires?|essential|minimum|at least|level|knowledge|proficien\w*"
    r"|command|fluen\w*|doit|doivent|exigee?s?|requise?s?|niveau|connaissance|maitrise)\b"
)


def states_working_languages(part: str) -> bool:
    """Whether a clause only says which languages are worked in (no requirement)."""
    folded = fold(part).strip()
    return bool(_WORKING_LANGUAGES.match(folded)) and not _ASKING.search(folded)


# The kinds a paragraph's first sentence may read as for the requirements to go on with it
# though it says neither "must" nor "is an asset" ("The role involves frequent travel ...").
_REQUIREMENT_KINDS = frozenset(
    {
        "availability",
        "education",
        "experience",
        "official_languages",
        "language",
        "language_profile",
        "driving_licence",
        "certification",
    }
)


# "The post requires occasional travel", "may be asked to travel": what the post may involve
# describes it (as obligations.py reads it), not a requirement said without "must".
_MAYBE = re.compile(r"\b(?:may|might|could|occasional(?:ly)?|pourra|pourrait|occasionnel\w*)\b")


def reads_as_requirement(sentence: str, lang: str) -> bool:
    """Whether a sentence, said without "must", reads as a requirement of a kind."""
    # Imported here: the recognizers import the prose readers' neighbours.
    from screener.importer.recognizers import recognize

    if _MAYBE.search(fold(sentence)):
        return False
    return recognize(sentence, lang).kind in _REQUIREMENT_KINDS  # type: ignore[arg-type]


# Titles of the sections after the requirements: what they say ("Applicants must be nationals
# of a NATO member state", "The successful candidate must hold, or be able to obtain, a NATO
# SECRET clearance") is the conditions of the appointment, read as such elsewhere.
_CONDITIONS_TITLE = re.compile(
    r"^(?:\d{1,2}\s?\.?\s?)?(?:conditions|(?:terms|conditions) of (?:employment|service|appointment)"
    r"|employment conditions|eligibility|contract|what we offer|how to apply|application process"
    r"|conditions (?:d'emploi|d'engagement|generales)|eligibilite|contrat|comment postuler"
    r"|modalites)\s?:?$"
)


def names_conditions(title: str) -> bool:
    """Whether a title names the conditions of employment (or another section after the
    requirements), under which no requirement paragraph starts."""
    return bool(_CONDITIONS_TITLE.match(fold(title).strip()))
