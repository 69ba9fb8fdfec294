"""A plain-text summary of an assessment, for the terminal, e-mail or a text file.

It lays out the assessment record (screener.report.record) and words nothing itself.
Status is always a word in brackets, never colour alone, so it survives copying and printing.
"""

from __future__ import annotations

import textwrap

from screener.domain.assessment import Assessment
from screener.report.record import AssessmentRecord, RecordItem, Section, build_record

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


def _item_lines(item: RecordItem) -> list[str]:
    tag = f"[{item.status_label}]"
    lines = _wrap(item.requirement, indent=_INDENT, first=f"  {tag} ".ljust(len(_INDENT)))
    for line in item.lines():
        lines += _wrap(line, indent=_INDENT)
    return [*lines, ""]


def _section_lines(section: Section) -> list[str]:
    lines = _heading(section.title)
    for sentence in section.lines:
        lines += _wrap(sentence)
    if section.items and section.lines:
        lines.append("")
    for item in section.items:
        lines += _item_lines(item)
    for bullet in section.bullets:
        lines += _wrap(bullet, indent="    ", first="  - ")
    return lines


def render_record_text(record: AssessmentRecord) -> str:
    heading = f"{record.title} ({record.assessment.reference})"
    lines = [heading, "=" * min(len(heading), WIDTH), *record.facts]
    for section in record.sections:
        lines += _section_lines(section)
    text = "\n".join(line.rstrip() for line in lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip("\n") + "\n"


def render_text(
    assessment: Assessment,
    lang: str = "en",
    *,
    profile_name: str | None = None,
    grade: str | None = None,
) -> str:
    record = build_record(assessment, lang, profile_name=profile_name, grade=grade)
    return render_record_text(record)
