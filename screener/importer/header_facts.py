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
from screener.importer.header import AMOUNT, Header, grade_in_text

PLACEHOLDER = "(not found in the notice)"
GRADE_PLACEHOLDER = "XX0"
_REFERENCE = re.compile(REFERENCE_PATTERN)

Missing = Callable[[str, str], None]


def _identity(header: Header, missing: Missing) -> dict[str, object]:
    """Reference and title."""
    reference = header.reference
    if reference is None or not _REFERENCE.match(reference):
        reference = "imported-notice"
        missing("reference", f"No reference number was found; '{reference}' is a placeholder.")
    title_en = header.title_en or header.title_fr
    title_fr = header.title_fr or header.title_en
    if title_en is None or title_fr is None:
        title_en = title_fr = f"Vacancy {reference}"
        missing("title", "No title was found; please type the post's title.")
    elif header.title_fr is None or header.title_en is None:
        lost = "French" if header.title_fr is None else "English"
        missing("title", f"No {lost} title was found; the other language's title was copied.")
    return {"reference": reference, "title": LocalizedText(en=title_en, fr=title_fr)}


def _post(header: Header, lines: list[str], missing: Missing) -> dict[str, object]:
    """Location, body, schedule, grade, deadline, salary and clearance."""
    facts: dict[str, object] = {}
    for name, label in (
        ("location", "primary location"),
        ("nato_body", "NATO body"),
        ("schedule", "schedule"),
    ):
        value = getattr(header, name)
        facts[name] = value or PLACEHOLDER
        if not value:
            missing(name, f"No {label} was found; please fill it in.")
    # "NATO Grade G17" may sit outside the labelled header in a badly extracted text.
    grade = header.grade or grade_in_text(lines)
    if grade is None:
        # Not a NATO grade, so it cannot pass for the post's real one.
        grade = Grade(min=GRADE_PLACEHOLDER)
        missing(
            "grade",
            f"No grade was found in the notice; '{GRADE_PLACEHOLDER}' stands in for it and is "
            "not a NATO grade: type the post's grade.",
        )
    facts["grade"] = grade
    deadline = header.deadline
    if deadline is None:
        deadline = Deadline(date=dt.date.today())
        missing("deadline", "No application deadline was found; today's date is a placeholder.")
    facts["deadline"] = deadline
    facts["salary"] = header.salary
    if header.salary is None:
        missing("salary", "No salary was found; add it if the notice states one.")
    facts["clearance"] = header.clearance
    if header.clearance is None:
        missing("clearance", "No clearance level was found; add it if the notice states one.")
    return facts


def _unreadable(header: Header) -> list[ReviewItem]:
    items = []
    for name, raw in header.unreadable.items():
        why = "could not be read"
        if name == "salary" and AMOUNT.search(raw):
            why = "states no currency; add the salary with its currency by hand"
        items.append(
            ReviewItem(
                code="header_unreadable",
                field=name,
                message=f"The {name.replace('_', ' ')} '{raw[:80]}' {why}.",
            )
        )
    return items


def header_facts(
    header: Header, lines: list[str], guessed: dict[str, str]
) -> tuple[dict[str, object], list[ReviewItem]]:
    """The vacancy's header fields, and review items for guesses, gaps and unreadable values."""
    review: list[ReviewItem] = [
        ReviewItem(
            code="header_guessed",
            field=name,
            message=f"The {name.replace('_', ' ')} was not labelled in the notice; it was "
            f"read from {where}. Check it.",
        )
        for name, where in guessed.items()
    ]

    def missing(name: str, message: str) -> None:
        review.append(ReviewItem(code="header_missing", field=name, message=message))

    if header.title_joined:
        review.append(
            ReviewItem(
                code="header_guessed",
                field="title",
                message=f"The title '{header.title_en}' was joined from two lines of the "
                "notice; check where it starts.",
            )
        )
    facts = {**_identity(header, missing), **_post(header, lines, missing)}
    return facts, review + _unreadable(header)
