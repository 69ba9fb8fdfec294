"""What a recognizer says about one bullet: the criterion kind, its parameters, a confidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from screener.domain.scales import LanguageLevel

Lang = Literal["en", "fr"]

# Below this a person should check the typing; the draft gets a review item for it.
REVIEW_BELOW = 0.7


@dataclass(frozen=True, slots=True)
class Note:
    """Why a reading is doubtful: a code worded in screener.importer.review_text, and the
    values its wording needs."""

    code: str
    values: tuple[tuple[str, str], ...] = ()


def note(code: str, **values: str) -> Note:
    return Note(code, tuple(values.items()))


@dataclass(frozen=True, slots=True)
class LevelContradiction:
    """A level whose name contradicts its numeral, as 'I ("Intermediate")' in notice 250717."""

    lang: Lang
    numeral: LanguageLevel
    name: str
    named_level: LanguageLevel


@dataclass(frozen=True, slots=True)
class Typing:
    """What a bullet was recognised as, in one language.

    `params` are the criterion model's fields, except that wording-dependent ones (`domain` of
    experience, `field` of education) are plain strings in the bullet's language; the draft
    builder pairs the English and French ones into `LocalizedText`. `notes` say why the
    confidence is low, for the review list. `also`: further requirements the same bullet
    states ("Russian and Ukrainian": one language criterion each), in the bullet's order.
    """

    kind: str
    params: dict[str, object] = field(default_factory=dict)
    confidence: float = 0.9
    notes: tuple[Note, ...] = ()
    contradictions: tuple[LevelContradiction, ...] = ()
    also: tuple[Typing, ...] = ()
