"""Availability bullets: shifts, nights, weekends, short notice, overtime, travel, on-call.

A bullet is about availability when it asks the candidate to be willing or able to work in a
way; the needs are listed in the order the notice names them, as the bundled files keep them.
"""

from __future__ import annotations

import re

from screener.domain.criteria import AvailabilityNeed
from screener.importer.bullet_typing import Lang, Typing
from screener.importer.wording import fold

_NEEDS: tuple[tuple[AvailabilityNeed, re.Pattern[str]], ...] = (
    (
        AvailabilityNeed.SHIFTS,
        re.compile(r"\bshifts?\b|travail poste|par roulement|\bquarts?\b|horaires? decales?"),
    ),
    (
        AvailabilityNeed.OUTSIDE_OFFICE_HOURS,
        re.compile(
            r"outside (?:of )?(?:the )?(?:normal |regular |standard |usual )?(?:office |working "
            r"|business )?hours"
            r"|en dehors des heures (?:normales )?(?:de (?:service|bureau|travail))?"
            r"|irregular hours|horaires? irreguliers?|\bevenings?\b|\ble soir\b|en soiree"
        ),
    ),
    (AvailabilityNeed.WEEKENDS, re.compile(r"week-?ends?")),
    (AvailabilityNeed.HOLIDAYS, re.compile(r"\b(?:public )?holidays?\b|jours? feries?")),
    (AvailabilityNeed.NIGHTS, re.compile(r"\bnights?\b|\bnuits?\b|night-?time")),
    (
        AvailabilityNeed.SHORT_NOTICE,
        re.compile(r"short notice|court preavis|bref delai|breve echeance|immediately available"),
    ),
    (
        AvailabilityNeed.OVERTIME,
        re.compile(r"\bovertime\b|heures supplementaires|(?:long|extended) (?:working )?hours"),
    ),
    (
        AvailabilityNeed.TRAVEL,
        re.compile(
            r"\btravel(?:l?ing)?\b|\bdeploy(?:ments?)?\b|deplacements?|\bvoyager\b"
            r"|sea trials|\bat sea\b|aboard|embarked"
            r"|missions?\b[^.;]{0,30}\ba l'etranger|missions? abroad"
        ),
    ),
    (
        AvailabilityNeed.ON_CALL,
        re.compile(r"on[- ]call|stand-?by|astreintes?|permanences?|\bpiquet\b"),
    ),
)
_WILLING = re.compile(
    r"\b(?:willing|able to work|be flexible|flexib|availab|prepared to|ready to|work in a shift"
    r"|work outside|disposee?|disponib|pret(?:e|\(e\))? a|accepter de|travailler en dehors"
    r"|effectuer (?:un travail|des deplacements)|to travel|to work|to deploy|to participate)"
)


# The need named as the requirement itself: "Frequent duty travel (up to 40%)", "Shift work".
_NEED_ITSELF = re.compile(
    r"^(?:(?:frequent|regular|occasional|extensive|considerable|some|international|duty"
    r"|business|operational)\s){1,3}(?:travel(?:l?ing)?|deployments?)\b"
    r"|^(?:shift|night|weekend) work\b|^(?:on-call|standby) (?:duty|duties|service)\b"
)


def recognize_availability(text: str, lang: Lang) -> Typing | None:
    folded = fold(text)
    if not _WILLING.search(folded) and not _NEED_ITSELF.match(folded.strip()):
        return None
    found: list[tuple[int, AvailabilityNeed]] = []
    for need, pattern in _NEEDS:
        if match := pattern.search(folded):
            found.append((match.start(), need))
    if not found:
        return None
    # The order of the notice's own words, as the bundled files keep it.
    needs = [need for _, need in sorted(found, key=lambda pair: pair[0])]
    return Typing("availability", {"needs": needs}, 0.85)
