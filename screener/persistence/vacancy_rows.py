"""A vacancy's catalogue row as plain data, and the folded text a catalogue search looks in.

The catalogue shows a few fields of each vacancy (reference, title, grade, deadline, draft)
and searches its text. Those are kept as a small slotted row, so that a catalogue read from
the cache of validated vacancies needs no pydantic model until a vacancy is opened: 1,000
vacancies as models take ~22 MiB (42,000 instances), as rows well under 1 MiB. Every row is
made from a validated Vacancy by `row_of` (here or when the cache entry was written), so
what a row says is always what the model says.

No pydantic import here at module level: reading rows back from the cache must not load it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.domain.criterion_base import LocalizedText
    from screener.domain.vacancy import Vacancy

# The accents of Latin, Greek and Cyrillic letters, once decomposed (NFKD): the block of
# combining diacritical marks, less U+034F (a grapheme joiner, combining class 0).
_COMMON_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")  # one by one: faster than runs
# Whether a character is any other combining mark (Arabic, Hebrew, Indic ...), as found.
_IS_MARK: dict[str, bool] = {}


def _is_mark(char: str) -> bool:
    found = _IS_MARK.get(char)
    if found is None:
        found = _IS_MARK[char] = unicodedata.combining(char) != 0
    return found


def fold(text: str) -> str:
    """Lower case without accents, so "operationnel" finds "opérationnel".

    Every combining mark goes, as unicodedata.combining() defines them. Catalogue rows fold
    ~5 KB each: the work is done by str and re methods, not per character in Python (that
    took 0.4 s for 1,000 vacancies).
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", folded))
    if decomposed.isascii():
        return decomposed
    marks = [char for char in set(decomposed) if not char.isascii() and _is_mark(char)]
    if not marks:
        return decomposed
    return decomposed.translate(dict.fromkeys(map(ord, marks)))


def _localized(texts: Iterable[LocalizedText | None]) -> list[str]:
    return [part for t in texts if t is not None for part in (t.en, t.fr)]


def vacancy_haystack(vacancy: Vacancy) -> str:
    """Everything a user may search a vacancy by: reference, titles and requirement text."""
    parts = [vacancy.reference, str(vacancy.grade), vacancy.nato_body, vacancy.location]
    parts += _localized([vacancy.title])
    for criterion in vacancy.criteria:
        # Fields by their __dict__: getattr() of a field a kind lacks goes through pydantic's
        # __getattr__ and an AttributeError, which took half the time of building a row.
        fields = vars(criterion)
        parts += _localized([criterion.text, fields.get("domain"), fields.get("field")])
        parts += list(fields.get("any_of", ()))
    # Each word once: query words hold no white space, so a word is found in the text if and
    # only if it is found in one of its words. Requirement texts repeat words a lot; this
    # keeps the 1,000 haystacks of the search at about half the size.
    return "\n".join(dict.fromkeys(fold("\n".join(parts)).split()))


@dataclass(frozen=True, slots=True)
class RowDeadline:
    """The deadline as screener.domain.deadline.deadline_status reads it (date, time,
    closes_at()); `closes` is the model's own Deadline.closes_at(), taken when the row was made."""

    date: dt.date
    time: dt.time | None
    closes: dt.datetime

    def closes_at(self) -> dt.datetime:
        return self.closes


@dataclass(frozen=True, slots=True)
class VacancyRow:
    """What the catalogue shows of a vacancy."""

    reference: str
    title_en: str
    title_fr: str
    grade: str  # as shown: "G15" or "G10-G12"
    grade_min: str
    deadline: RowDeadline
    draft: bool

    def title(self, lang: str) -> str:
        # As LocalizedText.get: French for "fr", English otherwise.
        return self.title_fr if lang == "fr" else self.title_en


def row_of(vacancy: Vacancy) -> VacancyRow:
    deadline = vacancy.deadline
    return VacancyRow(
        reference=vacancy.reference,
        title_en=vacancy.title.en,
        title_fr=vacancy.title.fr,
        grade=str(vacancy.grade),
        grade_min=vacancy.grade.min,
        deadline=RowDeadline(deadline.date, deadline.time, deadline.closes_at()),
        draft=bool(vacancy.draft),
    )


def row_to_json(row: VacancyRow, haystack: str) -> dict[str, Any]:
    deadline = row.deadline
    return {
        "reference": row.reference,
        "title_en": row.title_en,
        "title_fr": row.title_fr,
        "grade": row.grade,
        "grade_min": row.grade_min,
        "date": deadline.date.isoformat(),
        "time": deadline.time.isoformat() if deadline.time is not None else None,
        "closes": deadline.closes.isoformat(),
        "draft": row.draft,
        "haystack": haystack,
    }


def row_from_json(data: object) -> tuple[VacancyRow, str]:
    """The row and search text written by row_to_json; ValueError for anything else."""
    if not isinstance(data, dict):
        raise ValueError("not a row")
    texts = ("reference", "title_en", "title_fr", "grade", "grade_min", "date", "closes")
    if not all(isinstance(data.get(name), str) for name in (*texts, "haystack")):
        raise ValueError("not a row")
    time, draft = data.get("time"), data.get("draft")
    if not (time is None or isinstance(time, str)) or not isinstance(draft, bool):
        raise ValueError("not a row")
    closes = dt.datetime.fromisoformat(data["closes"])
    if closes.tzinfo is None:
        raise ValueError("not a row")
    deadline = RowDeadline(
        dt.date.fromisoformat(data["date"]),
        dt.time.fromisoformat(time) if time is not None else None,
        closes,
    )
    row = VacancyRow(
        data["reference"],
        data["title_en"],
        data["title_fr"],
        data["grade"],
        data["grade_min"],
        deadline,
        draft,
    )
    return row, data["haystack"]
