"""A plain-text summary of an assessment, for the terminal, e-mail or a text file.

Status is always a word in brackets, never colour alone, so it survives copying and printing.
"""

from __future__ import annotations

import textwrap

from screener.domain.assessment import Assessment, CriterionResult, Status
from screener.report import messages as m

WIDTH = 88
_INDENT = "      "


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def _heading(title: str) -> list[str]:
    return ["", title, "-" * min(len(title), WIDTH)]


def status_tag(status: Status, lang: str) -> str:
    return f"[{m.status_label(status, lang)}]"


def _criterion_lines(result: CriterionResult, lang: str) -> list[str]:
    tag = status_tag(result.status, lang)
    lines = _wrap(result.text.get(lang), indent=_INDENT, first=f"  {tag} ".ljust(len(_INDENT)))
    answer = m.answer_text(result.answer, lang)
    lines += _wrap(m.text("report.answer_line", lang, answer=answer), indent=_INDENT)
    lines += _wrap(m.render_reason(result.reason, lang), indent=_INDENT)
    if result.remedy is not None:
        remedy = m.render_reason(result.remedy, lang)
        lines += _wrap(m.text("report.remedy", lang, remedy=remedy), indent=_INDENT)
    return lines


def render_text(assessment: Assessment, lang: str = "en") -> str:
    a = assessment
    t = m.text
    title = a.title.get(lang)
    lines = [f"{title} ({a.reference})", "=" * min(len(title) + len(a.reference) + 3, WIDTH)]
    if a.draft:
        lines += _wrap(t("draft", lang))
    lines.append(t("report.screened_on", lang, date=m.format_date(a.on, lang)))
    lines.append(t("report.verdict", lang, verdict=m.verdict_label(a.verdict, lang).upper()))
    if a.failing:
        lines.append(t("report.not_met_count", lang, count=len(a.failing)))
    if a.open_questions:
        lines.append(t("report.unknown_count", lang, count=len(a.open_questions)))
    lines.append(t("report.deadline", lang, deadline=m.deadline_text(a.deadline, lang)))
    lines += _wrap(t("report.estimate", lang))

    if a.warnings:
        lines += _heading(t("report.warnings", lang))
        for warning in a.warnings:
            lines += _wrap(warning.text.get(lang), indent="    ", first="  ! ")

    lines += _heading(t("report.essential", lang))
    for result in a.essentials:
        lines += [*_criterion_lines(result, lang), ""]

    lines += _heading(t("report.desirable", lang))
    if a.desirable_total:
        lines.append(
            t("report.desirable_count", lang, met=a.desirable_met, total=a.desirable_total)
        )
        lines.append("")
        for result in a.desirables:
            lines += [*_criterion_lines(result, lang), ""]
    else:
        lines.append(t("report.no_desirable", lang))

    if a.conditions:
        lines += _heading(t("report.conditions", lang))
        lines += _wrap(t("report.conditions_intro", lang))
        for condition in a.conditions:
            rendered = m.condition_text(condition, lang, a.clearance, a.lower_grade)
            lines += _wrap(rendered, indent="    ", first="  - ")
    lines += _heading(t("report.before_applying", lang))
    lines += _wrap(t("report.fees_ai", lang))
    text = "\n".join(line.rstrip() for line in lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"
