"""Assemble a DRAFT vacancy from notice text, with a review list of what a person must check.

The draft is always a valid `Vacancy` (so it can be saved, opened and edited like any other);
where the notice did not say something the model requires, a visible placeholder is used and a
review item names the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from pydantic import ValidationError

from screener.domain.criteria import LocalizedText
from screener.domain.terms import Condition
from screener.domain.vacancy import Grade, ReviewItem, Vacancy, VacancyWarning
from screener.importer.bordered_grids import unfold_bordered_grids
from screener.importer.cancelling import stop_if
from screener.importer.collapsed import unfold_collapsed
from screener.importer.criteria_builder import BuiltCriteria, build_criteria
from screener.importer.draft_limits import NOT_A_NOTICE, check_sizes, check_text, refuse
from screener.importer.found_lists import FoundList, Requirements
from screener.importer.grid_tables import unfold_grid_tables
from screener.importer.header import Header, parse_header
from screener.importer.header_facts import header_facts
from screener.importer.header_guesses import fill_guesses
from screener.importer.header_line import unfold_header_line, unfold_label_run
from screener.importer.header_titles import other_notices
from screener.importer.internal_competition import internal_only
from screener.importer.label_columns import unfold_label_columns
from screener.importer.labelled_rows import unfold_labelled_rows
from screener.importer.loose_requirements import (
    bullets_outside_lists,
    language_outside_lists,
    language_paragraph,
    wished_apart,
)
from screener.importer.nationality import nationality_criterion, one_nationality_criterion
from screener.importer.notice_sentences import appointment_conditions
from screener.importer.obligations import (
    needs_after_lists,
    obligations_outside_lists,
    possible_needs,
)
from screener.importer.reimport import keep_ids
from screener.importer.requirement_lists import (
    FOUND_BY_BULLET_RUN,
    FOUND_BY_LEAD_IN,
    FOUND_BY_OWN_START,
    FOUND_BY_PROSE,
    FOUND_BY_QUALIFICATIONS,
    FOUND_BY_SECOND_HEADING,
    find_requirements,
)
from screener.importer.review_text import quote, review_item
from screener.importer.side_menus import without_side_menu
from screener.importer.side_text import unfold_side_columns
from screener.importer.text_cleanup import clean_lines
from screener.importer.two_columns import split_two_columns
from screener.importer.unread_lists import unread_list_after_lists
from screener.importer.wrapped_lines import join_wrapped
from screener.translatable import QT_TRANSLATE_NOOP


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


# The ways of finding a list that the review list reports (worded in review_text).
_REPORTED_WAYS = frozenset(
    {
        FOUND_BY_LEAD_IN,
        FOUND_BY_QUALIFICATIONS,
        FOUND_BY_OWN_START,
        FOUND_BY_BULLET_RUN,
        FOUND_BY_PROSE,
        FOUND_BY_SECOND_HEADING,
    }
)
REQUIREMENTS_MISSING = VacancyWarning(
    code="requirements_missing",
    text=LocalizedText(
        en="The requirements of this notice could not be read, so this draft does not list "
        "them yet: a result here says nothing about them. Compare with the notice itself.",
        fr="Les exigences de cet avis n'ont pas pu être lues ; ce brouillon ne les reprend donc "
        "pas encore : un résultat obtenu ici ne dit rien à leur sujet. Reportez-vous à l'avis "
        "lui-même.",
    ),
)
REQUIREMENTS_NOT_FOUND = review_item("requirements_not_found", field="essential")


def _found_by_review(sections: Requirements) -> list[ReviewItem]:
    """Say how each list was found when it was not by its heading."""
    review: list[ReviewItem] = []
    for part, half, found in (
        ("essential", "en", sections.en_essential),
        ("desirable", "en", sections.en_desirable),
        ("essential", "fr", sections.fr_essential),
        ("desirable", "fr", sections.fr_desirable),
    ):
        if found is not None and found.unread:
            review.append(
                review_item("list_cut_short", field=part, half=half, part=part, count=found.unread)
            )
        if found is not None and found.found_by in _REPORTED_WAYS:
            code = f"list_found_by_{found.found_by}"
            review.append(review_item(code, field=part, half=half, part=part))
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


# Bullets a copy ran together: "have a degree; have 5 years of ...; hold a licence". Each
# part opens with the verb a list's items open with.
_JOINED_ITEMS = re.compile(
    r";\s+(?=(?:have|possess|hold|be|speak|demonstrate|show|avoir|etre|être|posseder|posséder"
    r"|justifier|parler|disposer)\b)"
)


def _items(found: FoundList | None) -> list[str] | None:
    if found is None:
        return None
    return [part.strip() for item in found.items for part in _JOINED_ITEMS.split(item)]


def keep_answers(result: ImportResult, existing: Vacancy) -> ImportResult:
    """The draft with the ids of `existing` (the file it replaces) where criteria match."""
    vacancy, confidence = keep_ids(result.vacancy, existing, result.confidence)
    return ImportResult(vacancy, list(vacancy.review), confidence, result.source_name)


def _header(
    lines: list[str], source_name: str, no_list: bool, french_only: bool
) -> tuple[dict[str, object], list[ReviewItem]]:
    """The header facts; refuses text with neither a requirement list nor a header fact."""
    header = parse_header(lines)
    labelled = _has_header_facts(header)
    guessed = fill_guesses(header, lines, source_name)
    # A title guessed from the first line proves nothing ("Dear Sir or Madam,"); a reference,
    # deadline or clearance stated in the text does.
    stated = guessed.get("reference") == "text" or {"deadline", "clearance"} & guessed.keys()
    if no_list and not labelled and not stated:
        raise refuse(source_name, NOT_A_NOTICE)
    if header.title_fr is None and french_only and header.title_en is not None:
        # A French-only text: its one title is the French one.
        header.title_en, header.title_fr = None, header.title_en
    return header_facts(header, lines, guessed)


def _conditions(lines: list[str], grade: object, review: list[ReviewItem]) -> list[Condition]:
    assert isinstance(grade, Grade)
    conditions = appointment_conditions(lines, twin_grade=grade.is_range)
    if conditions is not None:
        return conditions
    review.append(review_item("conditions_not_found", field="conditions"))
    return []


def _with_language_paragraph(
    lines: list[str],
    listed: list[str],
    en_ess: list[str] | None,
    fr_ess: list[str] | None,
    review: list[ReviewItem],
) -> tuple[list[str] | None, list[str] | None, str | None]:
    """The essential lists with a LANGUAGE paragraph's levels added as one more item; an asset
    it names too ("French is desirable.") is returned apart, for the desirable lists."""
    paragraph = language_paragraph(lines, listed)
    if paragraph is None:
        return en_ess, fr_ess, None
    required, wished = wished_apart(paragraph)
    # Both lists get it, in its own words, so the lists still pair item by item.
    return (*_outside_lists((en_ess, fr_ess), required, None, "language", review), wished)


def _with_wished(lists: Lists, wished: str | None, review: list[ReviewItem]) -> Lists:
    """The desirable lists with a language paragraph's asset (both, to keep them paired)."""
    if wished is None:
        return lists
    review.append(
        review_item(
            "requirement_outside_lists",
            field="desirable",
            case="language_asset",
            quote=quote(wished, 200),
        )
    )
    en_des, fr_des = lists
    if en_des is None and fr_des is None:
        return [wished], None
    return (
        None if en_des is None else [*en_des, wished],
        None if fr_des is None else [*fr_des, wished],
    )


Lists = tuple[list[str] | None, list[str] | None]


def _outside_lists(
    lists: Lists, text: str, lang: str | None, case: str, review: list[ReviewItem]
) -> Lists:
    """The essential lists with a requirement read outside them, reported for review: added to
    its language's list, or to both when that one is missing (or `lang` is None)."""
    review.append(
        review_item(
            "requirement_outside_lists", field="essential", case=case, quote=quote(text, 200)
        )
    )
    en_ess, fr_ess = lists
    if lang == "fr" and fr_ess is not None:
        return en_ess, [*fr_ess, text]
    if lang == "en" and en_ess is not None:
        return [*en_ess, text], fr_ess
    return (
        None if en_ess is None else [*en_ess, text],
        None if fr_ess is None else [*fr_ess, text],
    )


def _with_obligations(
    lines: list[str],
    listed: list[str],
    en_ess: list[str] | None,
    fr_ess: list[str] | None,
    review: list[ReviewItem],
) -> Lists:
    """The essential lists with the hard requirements stated outside them (obligations.py);
    `listed` is every list's items, the desirable ones too."""
    lists: Lists = (en_ess, fr_ess)
    for lang, sentence in obligations_outside_lists(lines, [*(en_ess or []), *(fr_ess or [])]):
        lists = _outside_lists(lists, sentence, lang, "section", review)
    for lang, sentence in needs_after_lists(lines, listed):
        if sentence not in (*(lists[0] or []), *(lists[1] or [])):
            lists = _outside_lists(lists, sentence, lang, "after_lists", review)
    if internal := internal_only(lines):
        lists = _outside_lists(lists, internal[1], internal[0], "internal", review)
    for sentence in possible_needs(lines, [*(lists[0] or []), *(lists[1] or [])]):
        review.append(review_item("possible_need", field="essential", quote=quote(sentence)))
    return lists


def _vacancy(source_name: str, **fields: object) -> Vacancy:
    try:
        return Vacancy(draft=True, **fields)
    except ValidationError as exc:
        # A safety net: the builders only make valid values, but a notice must never crash
        # the app. Say what could not be built instead.
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP("FileProblem", "could not build a draft ({where}: {reason})"),
            where=where,
            reason=first["msg"],
        ) from None


def build_draft(
    text: str,
    source_name: str = "notice",
    existing: Vacancy | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """The draft vacancy for a notice's text; FileProblemError if it is not a usable notice.

    With `existing` (the vacancy file this draft replaces), criteria keep its ids where they
    match, so candidates' answers stay attached (see `reimport`). `cancelled` is asked
    between the steps (ImportCancelled): a long paste takes seconds.
    """
    check_text(text, source_name)
    stop = partial(stop_if, cancelled)
    text, columns = split_two_columns(without_side_menu(text))
    gridded, grids = unfold_grid_tables(unfold_bordered_grids(text.splitlines()))
    side, side_review = unfold_side_columns(gridded)
    columns = columns or side_review
    # Labelled rows first: cleaning turns a table's cells into plain words.
    text = "\n".join(unfold_labelled_rows(unfold_label_columns(side)))
    # A header on one line is split at its labels before a collapsed page is (which would
    # cut "Primary Location:" inside its label), and again after it.
    stop()
    lines = unfold_header_line(unfold_collapsed(unfold_label_run(join_wrapped(clean_lines(text)))))
    stop()
    sections = find_requirements(lines)
    en_ess, fr_ess = _items(sections.en_essential), _items(sections.fr_essential)
    en_des, fr_des = _items(sections.en_desirable), _items(sections.fr_desirable)
    check_sizes([en_ess or [], fr_ess or [], en_des or [], fr_des or []], source_name)
    no_list = not en_ess and not fr_ess
    facts, review = _header(lines, source_name, no_list, french_only=en_ess is None)
    stop()
    if others := other_notices(lines, str(facts["reference"])):
        review.append(
            review_item("several_notices", field="reference", references=", ".join(others[:5]))
        )
    built = BuiltCriteria()
    built.essential.append(nationality_criterion(lines, built))
    review += _found_by_review(sections) + sections.review + ([columns] if columns else []) + grids
    if no_list:
        # Shown with every assessment of the draft until someone adds the requirements.
        built.warnings.append(REQUIREMENTS_MISSING)
        review.append(REQUIREMENTS_NOT_FOUND)
    else:
        listed = [*(en_ess or []), *(fr_ess or []), *(en_des or []), *(fr_des or [])]
        en_ess, fr_ess, wished = _with_language_paragraph(lines, listed, en_ess, fr_ess, review)
        en_des, fr_des = _with_wished((en_des, fr_des), wished, review)
        en_ess, fr_ess = _with_obligations(lines, listed, en_ess, fr_ess, review)
        build_criteria(en_ess, fr_ess, en_des, fr_des, built)
        one_nationality_criterion(built)
        listed = [*(en_ess or []), *(fr_ess or []), *(en_des or []), *(fr_des or [])]
        review += language_outside_lists(lines, listed) + bullets_outside_lists(lines, listed)
        stop()
        review += unread_list_after_lists(lines, listed, review)
    conditions = _conditions(lines, facts["grade"], review)
    vacancy = _vacancy(
        source_name,
        conditions=conditions,
        warnings=built.warnings,
        essential=built.essential,
        desirable=built.desirable,
        review=review + built.review,
        **facts,
    )
    confidence = dict(built.confidence)
    if existing is not None:
        vacancy, confidence = keep_ids(vacancy, existing, confidence)
    return ImportResult(vacancy, list(vacancy.review), confidence, source_name)
