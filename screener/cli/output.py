"""What the `list` and `show` commands print, in text and in JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from screener.domain.deadline import deadline_status
from screener.domain.vacancy import Vacancy
from screener.persistence.errors import Problem
from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.report import messages as m
from screener.report.json_report import JSON_FORMAT, deadline_to_dict, vacancy_to_dict


def to_json(data: Any) -> str:
    # ASCII-only JSON is valid in any console encoding; programs decode the escapes.
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"


def problem_to_dict(problem: Problem) -> dict[str, str]:
    return {"file": str(problem.path), "where": problem.where, "message": problem.message}


def format_amount(amount: float, lang: str) -> str:
    shown = f"{amount:,.2f}"
    if lang == "fr":
        # 4 565,36: a narrow no-break space groups thousands in French.
        shown = shown.replace(",", "\u202f").replace(".", ",")
    return shown


def list_json(
    loaded: list[LoadedVacancy], problems: list[Problem], lang: str, on: dt.date | dt.datetime
) -> str:
    items = []
    for entry in loaded:
        vacancy = entry.vacancy
        items.append(
            {
                "reference": vacancy.reference,
                "title": vacancy.title.get(lang),
                "grade": str(vacancy.grade),
                "draft": vacancy.draft,
                "bundled": entry.bundled,
                "path": str(entry.path),
                "deadline": deadline_to_dict(deadline_status(vacancy.deadline, on), lang),
            }
        )
    return to_json(
        {
            "format": JSON_FORMAT,
            "vacancies": items,
            "problems": [problem_to_dict(p) for p in problems],
        }
    )


def list_text(loaded: list[LoadedVacancy], lang: str, on: dt.date | dt.datetime) -> str:
    if not loaded:
        return m.text("list.empty", lang) + "\n"
    header = [m.text(f"list.{key}", lang) for key in ("reference", "grade", "deadline", "title")]
    rows = [header]
    for entry in loaded:
        vacancy = entry.vacancy
        title = vacancy.title.get(lang)
        if vacancy.draft:
            title += " " + m.text("list.draft", lang)
        deadline = m.deadline_text(deadline_status(vacancy.deadline, on), lang)
        rows.append([vacancy.reference, str(vacancy.grade), deadline, title])
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = ["  ".join([*(row[i].ljust(widths[i]) for i in range(3)), row[3]]) for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def show_json(vacancy: Vacancy) -> str:
    return to_json(vacancy_to_dict(vacancy))


def show_text(vacancy: Vacancy, lang: str, on: dt.date | dt.datetime) -> str:
    t = m.text
    title = vacancy.title.get(lang)
    lines = [f"{title} ({vacancy.reference})", "=" * len(f"{title} ({vacancy.reference})")]
    if vacancy.draft:
        open_items = sum(1 for item in vacancy.review if not item.done)
        lines.append(t("draft" if open_items else "draft.reviewed", lang))
        if open_items:
            lines.append(t("show.review_open", lang, count=open_items))
    facts = [
        ("show.nato_body", vacancy.nato_body),
        ("show.location", vacancy.location),
        ("show.schedule", vacancy.schedule),
        ("show.grade", str(vacancy.grade)),
    ]
    if vacancy.salary is not None:
        salary = vacancy.salary
        amount = format_amount(salary.amount, lang)
        facts.append(
            (
                "show.salary",
                t(f"show.salary.{salary.period}", lang, amount=amount, currency=salary.currency),
            )
        )
    deadline = m.deadline_with_time_zone(deadline_status(vacancy.deadline, on), lang)
    facts.append(("list.deadline", deadline))
    if vacancy.clearance is not None:
        facts.append(("show.clearance", t(f"clearance.{vacancy.clearance.value}", lang)))
    sep = " : " if lang == "fr" else ": "
    lines += [f"{t(key, lang)}{sep}{value}" for key, value in facts]

    if vacancy.warnings:
        lines += ["", t("report.warnings", lang)]
        lines += [f"  ! {w.text.get(lang)}" for w in vacancy.warnings]
    for heading, criteria in (
        ("report.essential", vacancy.essential),
        ("report.desirable", vacancy.desirable),
    ):
        if not criteria:
            continue
        lines += ["", t(heading, lang)]
        for number, criterion in enumerate(criteria, start=1):
            kind = t(f"kind.{criterion.kind}", lang)
            lines.append(f"  {number:2}. [{kind}] {criterion.text.get(lang)}")
    if vacancy.conditions:
        lines += ["", t("report.conditions", lang)]
        lower = vacancy.grade.min if vacancy.grade.is_range else None
        lines += [
            f"  - {m.condition_text(c, lang, vacancy.clearance, lower)}" for c in vacancy.conditions
        ]
    return "\n".join(lines) + "\n"
