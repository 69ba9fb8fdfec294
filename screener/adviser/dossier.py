"""A dossier per candidate across chosen vacancies, as HTML. No Qt here (the PDF is the UI's).

In order: the candidate's facts, one line per vacancy (result and deadline), the gap plan,
then each vacancy's full record as the summary report renders it. The adviser's office
name, if set, heads every page.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from screener.adviser.gaps import GapPlan, gap_plan
from screener.adviser.office import office_name, set_office_name
from screener.adviser.wording import change_text, step_lines
from screener.domain.assessment import Assessment
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.report import messages as m
from screener.report.html_report import render_html

__all__ = [
    "Dossier",
    "build_dossier",
    "dossier_html",
    "office_line",
    "office_name",
    "set_office_name",
]


@dataclass(slots=True)
class Dossier:
    profile: Profile
    on: dt.date
    office: str | None
    vacancies: list[Vacancy]
    assessments: list[Assessment]
    plan: GapPlan


def build_dossier(
    profile: Profile, vacancies: Sequence[Vacancy], on: dt.date, office: str | None = None
) -> Dossier:
    chosen = list(vacancies)
    return Dossier(
        profile=profile,
        on=on,
        office=office,
        vacancies=chosen,
        assessments=[assess(v, profile, on) for v in chosen],
        plan=gap_plan(profile, chosen, on),
    )


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _facts(profile: Profile, lang: str) -> list[tuple[str, str]]:
    t = m.text
    languages = ", ".join(
        f"{m.language_name(code, lang)} {m.level_label(level.value, lang)}"
        for code, level in sorted(profile.languages.items())
    )
    licences = profile.driving_licences
    return [
        (t("dossier.name", lang), profile.name or "—"),
        (t("dossier.nationality", lang), m.answer_text(profile.nationality, lang)),
        (t("dossier.education", lang), m.answer_text(profile.education, lang)),
        (t("dossier.languages", lang), languages or "—"),
        (
            t("dossier.mother_tongues", lang),
            ", ".join(m.language_name(code, lang) for code in profile.mother_tongues) or "—",
        ),
        (t("dossier.licences", lang), "—" if licences is None else m.answer_text(licences, lang)),
    ]


def _record_body(assessment: Assessment, vacancy: Vacancy, name: str, lang: str) -> str:
    """The summary report's body for one vacancy: the same record the summary exports."""
    page = render_html(assessment, lang, profile_name=name, grade=str(vacancy.grade))
    start, end = page.find("<body>"), page.rfind("</body>")
    body = page[start + len("<body>") : end] if start >= 0 and end > start else ""
    # Its headings step down one level under the dossier's own.
    for level in (3, 2, 1):
        body = body.replace(f"<h{level}", f"<h{level + 1}").replace(
            f"</h{level}>", f"</h{level + 1}>"
        )
    return body


def _plan_html(dossier: Dossier, lang: str) -> list[str]:
    by_ref = {v.reference: v for v in dossier.vacancies}
    plan = dossier.plan
    parts = [f"<h2>{_e(m.text('gap.title', lang))}</h2>"]
    if not plan.not_eligible:
        count = len(plan.considered)
        return [*parts, f"<p>{_e(m.text('gap.nothing_to_open', lang, count=count))}</p>"]
    if not plan.steps:
        parts.append(f"<p>{_e(m.text('gap.none', lang))}</p>")
    items = []
    for step in plan.steps:
        lines = "".join(f"<li>{_e(line)}</li>" for line in step_lines(step, lang, by_ref))
        items.append(f"<li>{_e(change_text(step.change, lang, by_ref))}<ul>{lines}</ul></li>")
    if items:
        parts.append(f"<ol>{''.join(items)}</ol>")
    if plan.out_of_reach and plan.steps:  # with no change listed, gap.none has said it
        refs = ", ".join(plan.out_of_reach)
        parts.append(f"<p>{_e(m.text('gap.out_of_reach', lang, references=refs))}</p>")
    return parts


_CSS = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.4}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:4px;"
    "text-align:left;vertical-align:top}"
    ".records,.record{page-break-before:always;break-before:page}"
)
# The attributes are for Qt's PDF layout (QTextDocument), which reads them and not all CSS.
_TABLE = '<table width="100%" border="1" cellspacing="0" cellpadding="4">'


def office_line(dossier: Dossier, lang: str) -> str:
    """ "Prepared by <office>", or "" when no office name is set."""
    return m.text("dossier.office", lang, office=dossier.office) if dossier.office else ""


def dossier_html(dossier: Dossier, lang: str = "en", office_in_body: bool = True) -> str:
    """The dossier as a page; `office_in_body` False when the PDF heads each page with it."""
    lang = lang if lang in m.LANGS else "en"
    t = m.text
    name = dossier.profile.name or "—"
    parts = []
    if dossier.office and office_in_body:
        parts.append(
            f'<p class="office"><b>{_e(t("dossier.office", lang, office=dossier.office))}</b></p>'
        )
    heading = t("dossier.heading", lang, name=name)
    parts.append(f"<h1>{_e(heading)}</h1>")
    parts.append(f"<p>{_e(t('dossier.on', lang, date=m.format_date(dossier.on, lang)))}</p>")
    parts.append(f"<h2>{_e(t('dossier.facts', lang))}</h2>{_TABLE}")
    parts += [
        f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in _facts(dossier.profile, lang)
    ]
    parts.append("</table>")
    parts.append(f"<h2>{_e(t('dossier.results', lang))}</h2>")
    if not dossier.assessments:
        parts.append(f"<p>{_e(t('dossier.none', lang))}</p>")
    else:
        columns = ("list.reference", "list.title", "dossier.result", "list.deadline")
        parts.append(_TABLE + "<tr>" + "".join(f"<th>{_e(t(c, lang))}</th>" for c in columns))
        parts.append("</tr>")
        for a in dossier.assessments:
            verdict = m.verdict_label(a.verdict, lang)
            parts.append(
                f"<tr><td>{_e(a.reference)}</td><td>{_e(a.title.get(lang))}</td>"
                f"<td>{_e(verdict)}</td><td>{_e(m.deadline_text(a.deadline, lang))}</td></tr>"
            )
        parts.append("</table>")
    parts += _plan_html(dossier, lang)
    if dossier.assessments:
        # Each record on a page of its own; the heading starts the first one's page.
        parts.append(f'<h2 class="records">{_e(t("dossier.records", lang))}</h2>')
        pairs = zip(dossier.assessments, dossier.vacancies, strict=True)
        for index, (a, vacancy) in enumerate(pairs):
            kind = ' class="record"' if index else ""
            body = _record_body(a, vacancy, dossier.profile.name, lang)
            parts.append(f"<div{kind}>{body}</div>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_e(heading)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f"<body>\n{chr(10).join(parts)}\n</body>\n</html>\n"
    )
