"""Assemble a DRAFT vacancy from notice text, with a review list of what a person must check.

The draft is always a valid `Vacancy` (so it can be saved, opened and edited like any other);
where the notice did not say something the model requires, a visible placeholder is used and a
review item names the field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from screener.domain.criteria import LocalizedText
from screener.domain.vacancy import REFERENCE_PATTERN, Deadline, Grade, ReviewItem, Vacancy
from screener.importer.collapsed import unfold_collapsed
from screener.importer.criteria_builder import BuiltCriteria, build_criteria
from screener.importer.header import AMOUNT, Header, grade_in_text, parse_header
from screener.importer.header_guesses import fill_guesses
from screener.importer.nationality import nationality_criterion
from screener.importer.reimport import keep_ids
from screener.importer.requirement_lists import (
    FOUND_BY_BULLET_RUN,
    FOUND_BY_LEAD_IN,
    FOUND_BY_QUALIFICATIONS,
    FoundList,
    Requirements,
    find_requirements,
)
from screener.importer.sections import appointment_conditions
from screener.importer.text_cleanup import clean_lines, join_wrapped
from screener.persistence.errors import FileProblemError

# Far above any notice (a long one is ~60 kB of text); refusing early keeps the work bounded.
MAX_TEXT_CHARS = 5 * 1024 * 1024
# Real notices have up to ~25 bullets per list; thousands mean the text is not a notice.
MAX_REQUIREMENTS = 300
# The longest real bullet is ~400 characters; a giant one means lists were not told apart.
MAX_REQUIREMENT_CHARS = 5000
# A notice is a few hundred lines (a thousand from a long PDF); far more is something else.
MAX_LINES = 50_000
PLACEHOLDER = "(not found in the notice)"
_REFERENCE = re.compile(REFERENCE_PATTERN)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A draft vacancy read from a notice, and what a person should check before using it.

    - `vacancy`: a valid `Vacancy` with `draft=True`; `vacancy.review` holds the review items.
    - `review`: the same items as `vacancy.review`, for convenience.
    - `confidence`: criterion id -> how sure the typing of that bullet is (0 to 1).
    - `source_name`: the file name or label the text came from.
    """

    vacancy: Vacancy
    review: list[ReviewItem]
    confidence: dict[str, float] = field(default_factory=dict)
    source_name: str = "notice"


def _refuse(source_name: str, message: str) -> FileProblemError:
    return FileProblemError.single(Path(source_name), message)


def check_text(text: str, source_name: str) -> None:
    """Refuse text that cannot be a notice before any parsing work is done."""
    if len(text) > MAX_TEXT_CHARS:
        raise _refuse(
            source_name,
            f"text is too large ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})",
        )
    if not text.strip():
        raise _refuse(source_name, "is empty: there is no notice text to import")
    sample = text[:65536]
    if "\x00" in sample:
        raise _refuse(source_name, "is a binary file, not the text of a notice")
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    if controls > len(sample) // 20:
        raise _refuse(source_name, "looks like binary data, not the text of a notice")
    line_count = text.count("\n") + 1
    if line_count > MAX_LINES:
        raise _refuse(
            source_name,
            f"has {line_count:,} lines; a vacancy notice has a few hundred, so this does not "
            "look like one",
        )


def _header_facts(
    header: Header, lines: list[str], guessed: dict[str, str]
) -> tuple[dict[str, object], list[ReviewItem]]:
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
    facts: dict[str, object] = {
        "reference": reference,
        "title": LocalizedText(en=title_en, fr=title_fr),
    }
    for name, label in (
        ("location", "primary location"),
        ("nato_body", "NATO body"),
        ("schedule", "schedule"),
    ):
        value = getattr(header, name)
        facts[name] = value or PLACEHOLDER
        if not value:
            missing(name, f"No {label} was found; please fill it in.")
    grade = header.grade
    if grade is None:
        # "NATO Grade G17" may sit outside the labelled header in a badly extracted text.
        grade = grade_in_text(lines)
    if grade is None:
        grade = Grade(min="G1")
        missing("grade", "No grade was found; 'G1' is a placeholder, please correct it.")
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
    for name, raw in header.unreadable.items():
        why = "could not be read"
        if name == "salary" and AMOUNT.search(raw):
            why = "states no currency; add the salary with its currency by hand"
        review.append(
            ReviewItem(
                code="header_unreadable",
                field=name,
                message=f"The {name.replace('_', ' ')} '{raw[:80]}' {why}.",
            )
        )
    return facts, review


def _check_sizes(lists: list[list[str]], source_name: str) -> None:
    """Refuse requirement lists no notice has: they mean the text is something else."""
    counted = max(len(lists[0]), len(lists[1])) + max(len(lists[2]), len(lists[3]))
    if counted > MAX_REQUIREMENTS:
        raise _refuse(
            source_name,
            f"has {counted:,} requirement bullets; a vacancy notice has far fewer, so this does "
            "not look like one",
        )
    longest = max((len(item) for items in lists for item in items), default=0)
    if longest > MAX_REQUIREMENT_CHARS:
        raise _refuse(
            source_name,
            f"has a requirement of {longest:,} characters; notice bullets are far shorter, so "
            "the requirement lists could not be read",
        )


_FOUND_BY_WORDS = {
    FOUND_BY_LEAD_IN: "by its lead-in sentence only (no ESSENTIAL/DESIRABLE heading)",
    FOUND_BY_QUALIFICATIONS: "as the bullets under a qualifications heading (no "
    "ESSENTIAL/DESIRABLE heading): every item was taken as essential unless a lead-in said "
    "otherwise",
    FOUND_BY_BULLET_RUN: "as the bullet list that reads most like requirements (no heading or "
    "lead-in was found)",
}
NOT_A_NOTICE = (
    "is not a NATO vacancy notice: no title, reference, grade or deadline was found, and no "
    "requirement list (an ESSENTIAL or ACQUIS ESSENTIELS heading, a lead-in such as 'The "
    "incumbent must:', a qualifications heading followed by bullets, or a bullet list of "
    "requirements)"
)


def _found_by_review(sections: Requirements) -> list[ReviewItem]:
    """Say how each list was found when it was not by its heading."""
    review: list[ReviewItem] = []
    for part, label, found in (
        ("essential", "English ESSENTIAL", sections.en_essential),
        ("desirable", "English DESIRABLE", sections.en_desirable),
        ("essential", "French ESSENTIAL", sections.fr_essential),
        ("desirable", "French DESIRABLE", sections.fr_desirable),
    ):
        if found is not None and found.found_by in _FOUND_BY_WORDS:
            review.append(
                ReviewItem(
                    code=f"list_found_by_{found.found_by}",
                    field=part,
                    message=f"The {label} list was found {_FOUND_BY_WORDS[found.found_by]}; "
                    "check where it starts and ends.",
                )
            )
    return review


def _has_header_facts(header: Header) -> bool:
    return any(
        value is not None
        for value in (
            header.reference,
            header.title_en,
            header.title_fr,
            header.grade,
            header.deadline,
        )
    )


def _items(found: FoundList | None) -> list[str] | None:
    return found.items if found is not None else None


def keep_answers(result: ImportResult, existing: Vacancy) -> ImportResult:
    """The draft with the ids of `existing` (the file it replaces) where criteria match."""
    vacancy, confidence = keep_ids(result.vacancy, existing, result.confidence)
    return ImportResult(vacancy, list(vacancy.review), confidence, result.source_name)


def build_draft(
    text: str, source_name: str = "notice", existing: Vacancy | None = None
) -> ImportResult:
    """The draft vacancy for a notice's text; FileProblemError if it is not a usable notice.

    With `existing` (the vacancy file this draft replaces), criteria keep its ids where they
    match, so candidates' answers stay attached (see `reimport`).
    """
    check_text(text, source_name)
    lines = unfold_collapsed(join_wrapped(clean_lines(text)))
    sections = find_requirements(lines)
    en_ess, fr_ess = _items(sections.en_essential), _items(sections.fr_essential)
    en_des, fr_des = _items(sections.en_desirable), _items(sections.fr_desirable)
    _check_sizes([en_ess or [], fr_ess or [], en_des or [], fr_des or []], source_name)
    header = parse_header(lines)
    no_list = not en_ess and not fr_ess
    labelled = _has_header_facts(header)
    guessed = fill_guesses(header, lines, source_name)
    # A title guessed from the first line proves nothing ("Dear Sir or Madam,"); a reference,
    # deadline or clearance stated in the text does.
    stated = guessed.get("reference") == "the text" or {"deadline", "clearance"} & guessed.keys()
    if no_list and not labelled and not stated:
        raise _refuse(source_name, NOT_A_NOTICE)
    if header.title_fr is None and en_ess is None and header.title_en is not None:
        # A French-only text: its one title is the French one.
        header.title_en, header.title_fr = None, header.title_en
    facts, header_review = _header_facts(header, lines, guessed)
    built = BuiltCriteria()
    nationality = nationality_criterion(lines, built)
    built.essential.append(nationality)
    review = [*header_review, *_found_by_review(sections)]
    if no_list:
        en_ess = fr_ess = en_des = fr_des = None
        review.append(
            ReviewItem(
                code="requirements_not_found",
                field="essential",
                message="No list of requirements was recognised in the notice; the draft has "
                "its header only. Add the ESSENTIAL and DESIRABLE requirements by hand.",
            )
        )
    build_criteria(en_ess, fr_ess, en_des, fr_des, built)
    grade = facts["grade"]
    assert isinstance(grade, Grade)
    conditions = appointment_conditions(lines, twin_grade=grade.is_range)
    if conditions is None:
        conditions = []
        review.append(
            ReviewItem(
                code="conditions_not_found",
                field="conditions",
                message="The paragraph on what appointment depends on (clearance, medical "
                "file, ...) was not found; add the conditions by hand.",
            )
        )
    review.extend(built.review)
    try:
        vacancy = Vacancy(
            draft=True,
            conditions=conditions,
            warnings=built.warnings,
            essential=built.essential,
            desirable=built.desirable,
            review=review,
            **facts,
        )
    except ValidationError as exc:
        # A safety net: the builders only make valid values, but a notice must never crash
        # the app. Say what could not be built instead.
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise _refuse(source_name, f"could not build a draft ({where}: {first['msg']})") from None
    confidence = dict(built.confidence)
    if existing is not None:
        vacancy, confidence = keep_ids(vacancy, existing, confidence)
    return ImportResult(
        vacancy=vacancy,
        review=list(vacancy.review),
        confidence=confidence,
        source_name=source_name,
    )
