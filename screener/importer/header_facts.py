"""The draft's header fields from what the notice said, and a review item for each gap.

A draft is always a valid vacancy, so a field the notice does not state gets a visible
placeholder and a review item naming it; a value read from an unlabelled place is kept and
flagged as a guess. Nothing is made up silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from screener.domain.criteria import LocalizedText
from screener.domain.vacancy import REFERENCE_PATTERN, Deadline, Grade, ReviewItem
from screener.importer.header import Header
from screener.importer.header_values import AMOUNT, grade_in_text
from screener.importer.review_text import quote, review_item
from screener.importer.title_case import in_capitals, ordinary_case, written_in_french

PLACEHOLDER = "(not found in the notice)"
GRADE_PLACEHOLDER = "XX0"
_REFERENCE = re.compile(REFERENCE_PATTERN)

# (field, case, values): a field the notice did not give, and how to word it.
Missing = Callable[..., None]


def _trimmed(title: str | None) -> str | None:
    """The title without the separator a circular's sub-item ends on ("a) post title: X;")."""
    return title.rstrip(" ;,") or None if title else title


def _identity(header: Header, lines: list[str], missing: Missing) -> dict[str, object]:
    """Reference and title (a title set in capitals in the case the notice's words read)."""
    reference = header.reference
    if reference is None or not _REFERENCE.match(reference):
        reference = "imported-notice"
        missing("reference", "reference", placeholder=reference)
    # A text's one title is cased as French when the text is French (a French-only notice's
    # title may be held as either, depending on which list was found).
    one_french = (
        (header.title_en is None or header.title_fr is None)
        and in_capitals(header.title_en or header.title_fr or "")
        and written_in_french(lines)
    )
    english = _trimmed(ordinary_case(header.title_en, lines, french=one_french))
    french = _trimmed(
        ordinary_case(header.title_fr, lines, french=header.title_en is not None or one_french)
    )
    title_en = english or french
    title_fr = french or english
    if title_en is None or title_fr is None:
        title_en = title_fr = f"Vacancy {reference}"
        missing("title", "title")
    elif header.title_fr is None or header.title_en is None:
        missing("title", "title_copied", half="fr" if header.title_fr is None else "en")
    return {"reference": reference, "title": LocalizedText(en=title_en, fr=title_fr)}


def _post(header: Header, lines: list[str], missing: Missing) -> dict[str, object]:
    """Location, body, schedule, grade, deadline, salary and clearance."""
    facts: dict[str, object] = {}
    for name in ("location", "nato_body", "schedule"):
        value = getattr(header, name)
        facts[name] = value or PLACEHOLDER
        if not value:
            missing(name, None)
    # "NATO Grade G17" may sit outside the labelled header in a badly extracted text.
    grade = header.grade or grade_in_text(lines)
    if grade is None:
        # Not a NATO grade, so it cannot pass for the post's real one.
        grade = Grade(min=GRADE_PLACEHOLDER)
        missing("grade", "grade", placeholder=GRADE_PLACEHOLDER)
    facts["grade"] = grade
    deadline = header.deadline
    if deadline is None:
        deadline = Deadline(date=dt.date.today())
        missing("deadline", "deadline")
    facts["deadline"] = deadline
    facts["salary"] = header.salary
    if header.salary is None:
        missing("salary", "optional")
    facts["clearance"] = header.clearance
    if header.clearance is None:
        missing("clearance", "optional")
    return facts


def _unreadable(header: Header) -> list[ReviewItem]:
    items = []
    for name, raw in header.unreadable.items():
        case = "currency" if name == "salary" and AMOUNT.search(raw) else None
        items.append(review_item("header_unreadable", field=name, case=case, raw=quote(raw, 80)))
    return items


def _where(where: str) -> dict[str, str]:
    """The values saying where a guessed header value was read (see fill_guesses)."""
    if where.startswith("sentence:"):
        return {"where": "sentence", "quote": quote(where.removeprefix("sentence:"))}
    return {"where": where}


def header_facts(
    header: Header, lines: list[str], guessed: dict[str, str]
) -> tuple[dict[str, object], list[ReviewItem]]:
    """The vacancy's header fields, and review items for guesses, gaps and unreadable values."""
    review: list[ReviewItem] = [
        review_item("header_guessed", field=name, **_where(where))
        for name, where in guessed.items()
    ]

    def missing(name: str, case: str | None, **values: str) -> None:
        review.append(review_item("header_missing", field=name, case=case, **values))

    if header.title_joined:
        review.append(
            review_item(
                "header_guessed", field="title", case="joined_title", title=header.title_en or ""
            )
        )
    facts = {**_identity(header, lines, missing), **_post(header, lines, missing)}
    return facts, review + _unreadable(header)
