"""A self-contained, printable HTML page of an assessment.

No scripts and no external resources: the page opens offline and prints the same anywhere.
Every string that comes from a vacancy or a profile goes through `html.escape`, and a status
is always a symbol and a word, so nothing depends on colour.
"""

from __future__ import annotations

from html import escape

from screener.domain.assessment import Assessment, CriterionResult, Status
from screener.report import messages as m

SYMBOLS = {Status.MET: "✔", Status.NOT_MET: "✘", Status.UNKNOWN: "?"}

_CSS = """
body { font-family: "Segoe UI", "Noto Sans", Arial, sans-serif; color: #1a1a1a;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid #999; }
.verdict { font-size: 1.2rem; font-weight: bold; padding: 0.4rem 0.6rem;
           border: 2px solid currentColor; display: inline-block; }
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


def status_cell(status: Status, lang: str) -> str:
    label = m.status_label(status, lang)
    return (
        f'<td class="status {status.value}"><span aria-hidden="true">{SYMBOLS[status]}</span> '
        f"{_e(label)}</td>"
    )


def _row(result: CriterionResult, lang: str) -> str:
    explanation = f"<div>{_e(m.render_reason(result.reason, lang))}</div>"
    if result.remedy is not None:
        remedy = m.text("report.remedy", lang, remedy=m.render_reason(result.remedy, lang))
        explanation += f'<div class="remedy">{_e(remedy)}</div>'
    return (
        f'<tr id="criterion-{_e(result.id)}">{status_cell(result.status, lang)}'
        f"<td>{_e(result.text.get(lang))}</td>"
        f"<td>{_e(m.answer_text(result.answer, lang))}</td>"
        f"<td>{explanation}</td></tr>"
    )


def _table(results: list[CriterionResult], lang: str) -> str:
    head = "".join(
        f'<th scope="col">{_e(m.text(key, lang))}</th>'
        for key in ("report.status", "report.requirement", "report.answer", "report.explanation")
    )
    rows = "\n".join(_row(r, lang) for r in results)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"


def render_html(assessment: Assessment, lang: str = "en") -> str:
    a = assessment
    t = m.text
    lang = lang if lang in m.LANGS else "en"
    title = a.title.get(lang)
    page_title = t("report.title", lang, title=title, reference=a.reference)
    verdict = m.verdict_label(a.verdict, lang)
    parts = [
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(t('report.reference', lang, reference=a.reference))}</p>",
    ]
    if a.draft:
        parts.append(f'<p class="warning">{_e(t("draft", lang))}</p>')
    parts.append(f'<p class="verdict {a.verdict.value}">{_e(verdict)}</p>')
    facts = [
        t("report.screened_on", lang, date=m.format_date(a.on, lang)),
        t("report.deadline", lang, deadline=m.deadline_text(a.deadline, lang)),
    ]
    if a.failing:
        facts.append(t("report.not_met_count", lang, count=len(a.failing)))
    if a.open_questions:
        facts.append(t("report.unknown_count", lang, count=len(a.open_questions)))
    parts += [f"<p>{_e(fact)}</p>" for fact in facts]
    parts.append(f'<p class="note">{_e(t("report.estimate", lang))}</p>')

    if a.warnings:
        parts.append(f"<h2>{_e(t('report.warnings', lang))}</h2>")
        parts += [f'<p class="warning">{_e(w.text.get(lang))}</p>' for w in a.warnings]

    parts.append(f"<h2>{_e(t('report.essential', lang))}</h2>")
    parts.append(_table(a.essentials, lang))

    parts.append(f"<h2>{_e(t('report.desirable', lang))}</h2>")
    if a.desirable_total:
        count = t("report.desirable_count", lang, met=a.desirable_met, total=a.desirable_total)
        parts.append(f"<p>{_e(count)}</p>")
        parts.append(_table(a.desirables, lang))
    else:
        parts.append(f"<p>{_e(t('report.no_desirable', lang))}</p>")

    if a.conditions:
        parts.append(f"<h2>{_e(t('report.conditions', lang))}</h2>")
        parts.append(f"<p>{_e(t('report.conditions_intro', lang))}</p>")
        items = "".join(
            f"<li>{_e(m.condition_text(c, lang, a.clearance, a.lower_grade))}</li>"
            for c in a.conditions
        )
        parts.append(f"<ul>{items}</ul>")

    parts.append(f"<h2>{_e(t('report.before_applying', lang))}</h2>")
    parts.append(f"<p>{_e(t('report.fees_ai', lang))}</p>")
    parts.append(f'<p class="note">{_e(t("report.generated_by", lang))}</p>')

    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(page_title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
