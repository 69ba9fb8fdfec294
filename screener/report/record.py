"""The assessment record: one assessment as the ordered sections every output shows.

Built once, here, in one language; the summary view, the PDF, the HTML, the text and the
JSON only lay it out. So every output says the same sentences in the same order, and a
sentence is worded in one place (the catalogue), never restated by a renderer.

Sections, in order: the verdict and the deadline in one statement; what to settle (unmet
and unsure essential requirements, each with what would change it); the essential
requirements met; the desirable qualifications; what self-screening cannot settle; notes
(the notice's own warnings, the estimate sentence, fees and AI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from screener.domain.assessment import (
    Assessment,
    CriterionResult,
    DeadlineState,
    DeadlineStatus,
    Status,
    Verdict,
)
from screener.domain.profile import UNSURE
from screener.file_names import file_name_part
from screener.report import messages as m

# One symbol per status, shown next to its word: colour is never the only cue.
SYMBOLS: dict[Status, str] = {Status.MET: "✔", Status.NOT_MET: "✘", Status.UNKNOWN: "?"}
VERDICT_SYMBOLS: dict[Verdict, str] = {
    Verdict.ELIGIBLE: "✔",
    Verdict.NOT_ELIGIBLE: "✘",
    Verdict.INCOMPLETE: "?",
}


def without_symbol(text: str) -> str:
    """`text` without the status or verdict symbol it starts with, for a screen reader:
    it read "heavy ballot X" before every "Not met", whose word says it already."""
    symbol, _, rest = text.partition(" ")
    return rest if rest and symbol in {*SYMBOLS.values(), *VERDICT_SYMBOLS.values()} else text


class SectionKey(StrEnum):
    VERDICT = "verdict"
    TO_SETTLE = "to_settle"
    MET = "met"
    DESIRABLES = "desirables"
    CONDITIONS = "conditions"
    NOTES = "notes"


@dataclass(frozen=True, slots=True)
class RecordItem:
    """One requirement as every output shows it."""

    result: CriterionResult
    status_label: str  # "Not met"
    requirement: str  # the notice's words
    answer: str  # "Your answer: 3.5 years", or "" when there is none
    explanation: str  # the rendered reason
    change: str | None  # "What would change it: …", for requirements not met or unsure

    @property
    def id(self) -> str:
        return self.result.id

    @property
    def status(self) -> Status:
        return self.result.status

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.result.status]

    @property
    def status_text(self) -> str:
        """Symbol and word: "✘ Not met"."""
        return f"{self.symbol} {self.status_label}"

    def lines(self) -> list[str]:
        """What a reader sees under the requirement, top to bottom."""
        return [line for line in (self.answer, self.explanation, self.change) if line]


@dataclass(frozen=True, slots=True)
class Section:
    key: SectionKey
    title: str
    lines: tuple[str, ...] = ()  # sentences, in order
    items: tuple[RecordItem, ...] = ()  # requirements
    bullets: tuple[str, ...] = ()  # a list after the sentences (conditions, warnings)


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    assessment: Assessment
    lang: str
    title: str  # the vacancy's title
    document_title: str  # "Self-screening: <title> (<reference>)"
    facts: tuple[str, ...]  # reference and grade, whose screening, when
    candidate: str  # the profile's name, or "not named"
    profile_name: str | None
    screened_on: str
    symbol: str  # the verdict's one symbol
    statement: str  # verdict and deadline in one sentence, without the symbol
    urgent: bool  # the deadline is as much news as the verdict: closed or closing soon
    sections: tuple[Section, ...] = field(default=())
    footer: str = ""

    @property
    def headline(self) -> str:
        return f"{self.symbol} {self.statement}"

    def section(self, key: SectionKey) -> Section | None:
        return next((s for s in self.sections if s.key is key), None)


# -- building ---------------------------------------------------------------------------------


def build_record(
    assessment: Assessment,
    lang: str = "en",
    *,
    profile_name: str | None = None,
    grade: str | None = None,
    unsure_ids: Iterable[str] = (),
) -> AssessmentRecord:
    """The record of `assessment` in `lang`.

    `profile_name`: whose screening it is ("" or None: not named); `grade`: the vacancy's
    grade; `unsure_ids`: requirements answered "Not sure" where the result's own answer
    does not say so (a level or an education the candidate is unsure of).
    """
    a = assessment
    lang = lang if lang in m.LANGS else "en"
    t = m.text
    name = (profile_name or "").strip() or None
    candidate = name or t("record.unnamed", lang)
    screened_on = m.format_date(a.on, lang)
    reference = (
        t("record.reference_grade", lang, reference=a.reference, grade=grade)
        if grade
        else t("report.reference", lang, reference=a.reference)
    )
    facts = (
        reference,
        t("record.candidate", lang, name=candidate),
        t("report.screened_on", lang, date=screened_on),
    )
    unsure = frozenset(unsure_ids)
    sections = [
        _verdict_section(a, lang, unsure),
        _items_section(SectionKey.TO_SETTLE, t("record.to_settle", lang),
                       [r for r in a.essentials if r.status is not Status.MET], lang, unsure),
        _items_section(SectionKey.MET, t("record.met", lang, count=_met_count(a)),
                       [r for r in a.essentials if r.status is Status.MET], lang, unsure),
        _desirables_section(a, lang, unsure),
        _conditions_section(a, lang),
        _notes_section(a, lang),
    ]  # fmt: skip
    return AssessmentRecord(
        assessment=a,
        lang=lang,
        title=a.title.get(lang),
        document_title=t("report.title", lang, title=a.title.get(lang), reference=a.reference),
        facts=facts,
        candidate=candidate,
        profile_name=name,
        screened_on=screened_on,
        symbol=VERDICT_SYMBOLS[a.verdict],
        statement=headline_statement(a, lang),
        urgent=a.deadline.state is not DeadlineState.OPEN,
        sections=tuple(s for s in sections if s is not None),
        footer=t("report.generated_by", lang),
    )


def _met_count(a: Assessment) -> int:
    return sum(1 for r in a.essentials if r.status is Status.MET)


def _plural(key: str, count: int, lang: str) -> str:
    return m.text(f"{key}.one" if count == 1 else key, lang, count=count)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def headline_statement(a: Assessment, lang: str) -> str:
    """ "Eligible: you meet every essential requirement, but this post closed on 13 May 2025."""
    if a.verdict is Verdict.ELIGIBLE:
        verdict = m.text("headline.eligible", lang)
    elif a.verdict is Verdict.NOT_ELIGIBLE:
        verdict = _plural("headline.not_eligible", len(a.failing), lang)
    elif a.open_questions:
        verdict = _plural("headline.incomplete", len(a.open_questions), lang)
    else:  # a draft whose notice's requirements could not be read
        verdict = m.text("headline.incomplete.unread", lang)
    deadline = _deadline_clause(a.deadline, lang)
    if a.verdict is not Verdict.ELIGIBLE:
        join = "headline.join.then"
        deadline = _capitalised(deadline)
    elif a.deadline.state is DeadlineState.CLOSED:
        join = "headline.join.but"
    else:
        join = "headline.join.and"
    return m.text(join, lang, verdict=verdict, deadline=deadline)


def _deadline_clause(deadline: DeadlineStatus, lang: str) -> str:
    # A date is read as one thing: never broken across lines ("27 July / 2025").
    date = m.deadline_date(deadline, lang).replace(" ", "\u00a0")
    if deadline.state is DeadlineState.CLOSED:
        return m.text("headline.deadline.closed", lang, date=date)
    if deadline.state is DeadlineState.OPEN:
        clause = m.text("headline.deadline.open", lang, date=date)
    elif deadline.days_left == 0:
        clause = m.text("headline.deadline.closing_today", lang, date=date)
    elif deadline.days_left == 1:
        clause = m.text("headline.deadline.closing_tomorrow", lang, date=date)
    else:
        clause = m.text("headline.deadline.closing_soon", lang, date=date, days=deadline.days_left)
    # Still to come: whose day and hour it is matters to a candidate abroad (NATO's
    # deadlines are Brussels time, as deadline_status() reads them).
    return m.text("headline.deadline.brussels", lang, deadline=clause)


def _two_readings(result: CriterionResult) -> bool:
    return result.reason.code.startswith("reading.")


def _is_unsure(result: CriterionResult, unsure: frozenset[str]) -> bool:
    return result.answer == UNSURE or result.id in unsure


def _verdict_section(a: Assessment, lang: str, unsure: frozenset[str]) -> Section:
    lines = [VERDICT_SYMBOLS[a.verdict] + " " + headline_statement(a, lang)]
    if a.deadline.state is DeadlineState.CLOSED:
        lines.append(m.text("record.closed_note", lang))
    # What kind of open question each is: the candidate is unsure, the notice says two
    # things (only NATO can settle it), or there is no answer yet.
    readings = sum(1 for r in a.open_questions if _two_readings(r))
    not_sure = sum(1 for r in a.open_questions if not _two_readings(r) and _is_unsure(r, unsure))
    unanswered = len(a.open_questions) - readings - not_sure
    for key, count in (
        ("record.unsure_count", not_sure),
        ("record.readings_count", readings),
        ("record.unanswered_count", unanswered),
    ):
        if count:
            lines.append(m.text(key, lang, count=count))
    return Section(SectionKey.VERDICT, m.text("record.result", lang), lines=tuple(lines))


def _items_section(key: SectionKey, title: str, results: list[CriterionResult], lang: str,
                   unsure: frozenset[str]) -> Section | None:  # fmt: skip
    if not results:
        return None
    items = tuple(record_item(r, lang, unsure) for r in results)
    return Section(key, title, items=items)


def _desirables_section(a: Assessment, lang: str, unsure: frozenset[str]) -> Section:
    title = m.text("report.desirable", lang)
    if not a.desirable_total:
        return Section(SectionKey.DESIRABLES, title, lines=(m.text("report.no_desirable", lang),))
    count = m.text("report.desirable_count", lang, met=a.desirable_met, total=a.desirable_total)
    items = tuple(record_item(r, lang, unsure) for r in a.desirables)
    return Section(SectionKey.DESIRABLES, title, lines=(count,), items=items)


def _conditions_section(a: Assessment, lang: str) -> Section | None:
    if not a.conditions:
        return None
    bullets = tuple(m.condition_text(c, lang, a.clearance, a.lower_grade) for c in a.conditions)
    return Section(
        SectionKey.CONDITIONS,
        m.text("report.conditions", lang),
        lines=(m.text("report.conditions_intro", lang),),
        bullets=bullets,
    )


def _notes_section(a: Assessment, lang: str) -> Section:
    # The notice's own warnings first: they can change how the result reads.
    lines = [m.text("record.warning", lang, warning=w.text.get(lang)) for w in a.warnings]
    if a.draft:
        # Every review item ticked: no longer "not yet fully reviewed".
        lines.append(m.text("draft" if a.review_open else "draft.reviewed", lang))
    lines += [m.text("report.estimate", lang), m.text("report.fees_ai", lang)]
    return Section(SectionKey.NOTES, m.text("record.notes", lang), lines=tuple(lines))


def record_item(
    result: CriterionResult, lang: str, unsure: frozenset[str] = frozenset()
) -> RecordItem:
    return RecordItem(
        result=result,
        status_label=m.status_label(result.status, lang),
        requirement=result.text.get(lang),
        # No answer: the reason says so ("Not answered yet"); "Your answer: —" would repeat it.
        answer=""
        if result.answer is None
        else m.text("report.answer_line", lang, answer=m.answer_text(result.answer, lang)),
        explanation=m.render_reason(result.reason, lang),
        change=_change(result, lang, unsure),
    )


def _change(result: CriterionResult, lang: str, unsure: frozenset[str]) -> str | None:
    """What would turn this requirement into "met", said for every one that is not."""
    if result.status is Status.MET:
        return None
    if result.remedy is not None:
        what = m.render_reason(result.remedy, lang)
    else:
        what = m.text(_change_key(result, unsure), lang)
    return m.text("report.remedy", lang, remedy=_capitalised(what))


def _change_key(result: CriterionResult, unsure: frozenset[str]) -> str:
    code = result.reason.code
    if result.status is Status.NOT_MET:
        return "record.change.declared_no" if code == "declared.no" else "record.change.none"
    if _two_readings(result):
        # The notice says two things; only NATO can say which one holds.
        return "record.change.ask_nato"
    if _is_unsure(result, unsure) or code.endswith(("unsure", "unconfirmed")):
        return "record.change.find_out"
    return "record.change.answer"


# -- file names -------------------------------------------------------------------------------


def suggested_file_name(
    reference: str, profile_name: str | None, on: dt.date, suffix: str, lang: str = "en"
) -> str:
    """ "screening-250939-Jane-Doe-2025-07-20.pdf": the vacancy, whose, when; its first word
    in the language shown ("evaluation-…" in French)."""
    first = m.text("file.screening", lang)
    parts = [first, file_name_part(reference), file_name_part(profile_name or "")]
    parts.append(on.isoformat())
    return "-".join(p for p in parts if p) + f".{suffix}"
