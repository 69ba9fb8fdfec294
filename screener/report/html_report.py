"""A self-contained, printable HTML page of an assessment: the assessment record, laid out.

No scripts and no external resources: the page opens offline and prints the same anywhere.
Every string that comes from a vacancy or a profile goes through `html.escape`, and a status
is always a symbol and a word, so nothing depends on colour.
"""

from __future__ import annotations

from html import escape

from screener.domain.assessment import Assessment, Status
from screener.report import messages as m
from screener.report.record import (
    SYMBOLS,
    AssessmentRecord,
    RecordItem,
    Section,
    SectionKey,
    build_record,
)

_CSS = """
body { font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; color: #1a1a1a;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #999; }
.verdict { font-size: 1.3rem; font-weight: bold; padding: 0.4rem 0.6rem;
           border: 2px solid currentColor; }
.facts p { margin: 0.1rem 0; }
.note { font-style: italic; }
.warning { border-left: 4px solid #b36b00; padding: 0.3rem 0.6rem; background: #fff6e5; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.35rem 0.5rem; text-align: left;
         vertical-align: top; }
th { background: #eee; }
td.status { white-space: nowrap; font-weight: bold; }
.met, .eligible { color: #1b5e20; }
.not_met, .not_eligible { color: #b71c1c; }
.unknown, .incomplete { color: #5d4037; }
.remedy { margin-top: 0.3rem; }
@media print {
  body { margin: 0; max-width: none; }
  tr { page-break-inside: avoid; }
  .warning { background: none; }
}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _status_cell(status: Status, label: str) -> str:
    return (
        f'<td class="status {status.value}"><span aria-hidden="true">{SYMBOLS[status]}</span> '
        f"{_e(label)}</td>"
    )


def _row(item: RecordItem) -> str:
    explanation = f"<div>{_e(item.explanation)}</div>"
    if item.change is not None:
        explanation += f'<div class="remedy">{_e(item.change)}</div>'
    return (
        f'<tr id="criterion-{_e(item.id)}">{_status_cell(item.status, item.status_label)}'
        f"<td>{_e(item.requirement)}</td>"
        f"<td>{_e(item.answer)}</td>"
        f"<td>{explanation}</td></tr>"
    )


def _table(items: tuple[RecordItem, ...], lang: str) -> str:
    head = "".join(
        f'<th scope="col">{_e(m.text(key, lang))}</th>'
        for key in ("report.status", "report.requirement", "report.answer", "report.explanation")
    )
    rows = "\n".join(_row(item) for item in items)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"


def _section(section: Section, record: AssessmentRecord) -> str:
    parts = [f'<section id="{section.key.value}">', f"<h2>{_e(section.title)}</h2>"]
    lines = list(section.lines)
    if section.key is SectionKey.VERDICT:
        verdict = record.assessment.verdict.value
        headline, lines = lines[0], lines[1:]
        parts.append(f'<p class="verdict {verdict}">{_e(headline)}</p>')
    parts += [f"<p>{_e(line)}</p>" for line in lines]
    if section.items:
        parts.append(_table(section.items, record.lang))
    if section.bullets:
        parts.append("<ul>" + "".join(f"<li>{_e(b)}</li>" for b in section.bullets) + "</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def render_record_html(record: AssessmentRecord) -> str:
    lang = record.lang
    facts = "".join(f"<p>{_e(fact)}</p>" for fact in record.facts)
    parts = [f"<h1>{_e(record.title)}</h1>", f'<div class="facts">{facts}</div>']
    parts += [_section(section, record) for section in record.sections]
    parts.append(f'<p class="note">{_e(record.footer)}</p>')
    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(record.document_title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def render_html(
    assessment: Assessment,
    lang: str = "en",
    *,
    profile_name: str | None = None,
    grade: str | None = None,
) -> str:
    return render_record_html(
        build_record(assessment, lang, profile_name=profile_name, grade=grade)
    )
