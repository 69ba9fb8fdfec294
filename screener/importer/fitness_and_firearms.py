"""Firearms and fitness bullets: experience with firearms, shooting tests, physical tests.

Close protection and security posts ask for both; a bullet asking for both tests at once is
flagged so a person splits it (one criterion holds one kind).
"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Lang, Typing, note
from screener.importer.wording import fold

_FIREARMS = re.compile(
    r"\bfirearms?\b|\bweapons?\b|armes? a feu|\barmes?\b|\bpistols?\b|\brifles?\b|\bhandguns?\b"
    r"|\bsidearms?\b"
)
_SHOOTING_TEST = re.compile(
    r"shooting (?:test|qualification|exam)|firing (?:test|range qualification)|epreuves? de tir"
    r"|(?:weapons?|firearms?|range|marksmanship) (?:qualification|test|proficiency test|check)"
    r"|tests? de tir|qualifications? de tir"
)
_FIREARMS_EXPERIENCE = re.compile(
    r"experienced in|experience (?:in|with) the (?:use|handling)|use of firearms|handling of"
    r"|experience (?:de l'|du |de la |dans l')(?:emploi|utilisation|usage|maniement|manipulation)"
    r"|experience (?:of|with) (?:firearms?|weapons?)|experience des armes"
    # "experience in handling firearms", "experience in using weapons", "experience carrying a
    # firearm", "expérience du port d'arme", "expérience dans le maniement des armes".
    r"|experience (?:in |of |with )?(?:handling|using|carrying|operating|the carrying of)\b"
    r"|experience (?:du|dans le) (?:port|maniement)|(?:maniement|port) d'armes?"
)


# "Medically fit to deploy and to work at height", "Medically fit for sea-going duty (sea
# medical certificate required)": the requirement is the person's fitness, which the
# candidate declares; not the deployment it is fit for, nor the certificate that proves it.
_FITNESS_FIRST = re.compile(
    r"^(?:(?:be|being|to be|must be) )?(?:medically|physically)(?: and (?:medically|physically))?"
    r" fit\b|^(?:medical|physical) fitness\b|^(?:etre )?apte (?:medicalement|physiquement)\b"
    r"|^(?:etre )?(?:medicalement|physiquement) apte\b|^aptitude (?:medicale|physique)\b"
)


def opens_with_fitness(folded: str) -> bool:
    """The folded bullet opens with being medically or physically fit."""
    return bool(_FITNESS_FIRST.match(folded.strip()))


def recognize_firearms(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    test = bool(_SHOOTING_TEST.search(folded))
    # A shooting test is about firearms whether or not the bullet names them ("réussir un test
    # de tir annuel"); beside a fitness test, the bullet's two tests are flagged there.
    if not _FIREARMS.search(folded) and not (test and not _FITNESS.search(folded)):
        return None
    experience = bool(_FIREARMS_EXPERIENCE.search(folded))
    if not (test or experience):
        return None  # "knowledge of ... firearms" or a certification: a statement
    return Typing("firearms", {"experience": experience, "shooting_test": test}, 0.85)


_FITNESS = re.compile(
    r"physical (?:fitness )?tests?|fitness tests?|physical (?:condition|fitness)|physically fit"
    r"|aptitude physique|epreuves? physiques?|condition physique|tests? physiques?"
)
_TEST = re.compile(r"\b(?:test|tests|pass|exam|examination|epreuves?|reussir|examens?)\b")
_RECURRING = re.compile(
    r"\b(?:annual|annually|yearly|every year|regular|regularly|periodic|annuel|annuels|annuelles?"
    r"|chaque annee|par an|reguliers?|periodiques?)\b"
)


def recognize_fitness(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _FITNESS.search(folded):
        return None
    if not _TEST.search(folded):
        return Typing("fitness_test", {"recurring": False}, 0.5, (note("no_test"),))
    recurring = bool(_RECURRING.search(folded))
    if _SHOOTING_TEST.search(folded):
        # Two tests in one bullet: one criterion holds one; a person splits it.
        return Typing(
            "fitness_test",
            {"recurring": recurring},
            0.5,
            (note("fitness_and_shooting"),),
        )
    return Typing("fitness_test", {"recurring": recurring}, 0.85)
