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

from screener.domain.countries import nato_members
from screener.domain.criteria import LocalizedText, NationalityCriterion, Source
from screener.domain.vacancy import REFERENCE_PATTERN, Deadline, Grade, ReviewItem, Vacancy
from screener.importer.criteria_builder import BuiltCriteria, build_criteria
from screener.importer.header import Header, parse_grade, parse_header
from screener.importer.sections import (
    appointment_conditions,
    find_requirements,
    nationality_sentences,
)
from screener.importer.text_cleanup import clean_lines, join_wrapped
from screener.importer.wording import fold
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
_FALLBACK_NATIONALITY = LocalizedText(
    en="Only nationals of NATO member countries may apply.",
    fr="Seuls les ressortissants des pays membres de l'OTAN peuvent postuler.",
)
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
    header: Header, lines: list[str], source_name: str
) -> tuple[dict[str, object], list[ReviewItem]]:
    review: list[ReviewItem] = []

    def missing(name: str, message: str) -> None:
        review.append(ReviewItem(code="header_missing", field=name, message=message))

    reference = header.reference
    if reference is None:
        stem = Path(source_name).stem
        reference = stem if _REFERENCE.match(stem) else "imported-notice"
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
        for line in lines[:400]:
            if len(line) <= 300 and "grade" in fold(line) and (grade := parse_grade(line)):
                break
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
        review.append(
            ReviewItem(
                code="header_unreadable",
                field=name,
                message=f"The {name.replace('_', ' ')} '{raw[:80]}' could not be read.",
            )
        )
    return facts, review


def _nationality(lines: list[str], built: BuiltCriteria) -> NationalityCriterion:
    english, french = nationality_sentences(lines)
    criterion_id = built.unique_id("nationality")
    if english is None and french is None:
        built.review.append(
            ReviewItem(
                code="nationality_not_found",
                criterion=criterion_id,
                message="The sentence on who may apply was not found; NATO members are assumed.",
            )
        )
        text = _FALLBACK_NATIONALITY
    else:
        text = LocalizedText(en=english or french or "", fr=french or english or "")
    # Some NATO bodies accept only the nations that fund them and list them by name.
    folded = fold(text.en) + " " + fold(text.fr)
    listed = [
        code
        for code, country in nato_members().items()
        if re.search(rf"\b{re.escape(fold(country.en))}\b", folded)
        or re.search(rf"\b{re.escape(fold(country.fr))}\b", folded)
    ]
    built.confidence[criterion_id] = 0.9
    if listed:
        built.review.append(
            ReviewItem(
                code="low_confidence",
                criterion=criterion_id,
                field="countries",
                message="The nationality sentence names countries; check the list.",
            )
        )
        return NationalityCriterion(
            id=criterion_id, text=text, source=Source.NOTICE, scope="listed", countries=listed
        )
    return NationalityCriterion(id=criterion_id, text=text, source=Source.NOTICE)


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


def build_draft(text: str, source_name: str = "notice") -> ImportResult:
    """The draft vacancy for a notice's text; FileProblemError if it is not a usable notice."""
    check_text(text, source_name)
    lines = join_wrapped(clean_lines(text))
    sections = find_requirements(lines)
    if sections.en_essential is None and sections.fr_essential is None:
        raise _refuse(
            source_name,
            "is not a NATO vacancy notice: no ESSENTIAL (or ACQUIS ESSENTIELS) section was found",
        )
    en_ess = sections.en_essential.items if sections.en_essential else None
    fr_ess = sections.fr_essential.items if sections.fr_essential else None
    en_des = sections.en_desirable.items if sections.en_desirable else None
    fr_des = sections.fr_desirable.items if sections.fr_desirable else None
    if not en_ess and not fr_ess:
        raise _refuse(source_name, "the ESSENTIAL section has no requirements in it")
    _check_sizes([en_ess or [], fr_ess or [], en_des or [], fr_des or []], source_name)
    header = parse_header(lines)
    if header.title_fr is None and en_ess is None and header.title_en is not None:
        # A French-only text: its one title is the French one.
        header.title_en, header.title_fr = None, header.title_en
    facts, header_review = _header_facts(header, lines, source_name)
    built = BuiltCriteria()
    nationality = _nationality(lines, built)
    built.essential.append(nationality)
    build_criteria(en_ess, fr_ess, en_des, fr_des, built)
    review = [*header_review]
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
    return ImportResult(
        vacancy=vacancy,
        review=list(vacancy.review),
        confidence=dict(built.confidence),
        source_name=source_name,
    )
