"""The adviser's codes in words, English or French, from the report catalogue. No Qt here.

A change reuses the engine's remedy wording where it is a remedy ("French at level III"),
so the summary and the gap plan say the same thing the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from screener.adviser.gaps import Change, GapPlan, Step
from screener.batch import requirement_labels
from screener.domain.assessment import Reason
from screener.domain.vacancy import Vacancy
from screener.report.messages import render_reason, text


def change_text(change: Change, lang: str, vacancies: Mapping[str, Vacancy]) -> str:
    if change.code == "gap.together":
        parts = [change_text(part, lang, vacancies).rstrip(".") for part in change.value("parts")]
        return text("gap.together", lang, changes=" + ".join(parts))
    values = change.as_dict()
    if change.code == "gap.yes_kind":
        return text(f"gap.yes_kind.{values['kind']}", lang)
    if change.code == "gap.yes":
        reference, cid = values["reference"], values["criterion"]
        vacancy = vacancies.get(reference)
        crit = vacancy.criterion(cid) if vacancy is not None else None
        said = crit.text.get(lang) if crit is not None else cid
        return text("gap.yes", lang, reference=reference, text=said)
    return render_reason(Reason(change.code, values), lang)


def _labels(
    reference: str, ids: tuple[str, ...], lang: str, vacancies: Mapping[str, Vacancy]
) -> str:
    vacancy = vacancies.get(reference)
    labels = requirement_labels(vacancy, lang) if vacancy is not None else {}
    # As the matrix's cells list them: a name may hold a comma ("experience (2 years, IT)").
    return text("batch.separator", lang).join(labels.get(cid, cid) for cid in ids)


def step_lines(step: Step, lang: str, vacancies: Mapping[str, Vacancy]) -> list[str]:
    """What a step opens and brings closer, and what then stays missing: one line each."""
    lines = []
    if step.opens:
        refs = ", ".join(o.reference for o in step.opens)
        lines.append(text("gap.opens", lang, count=len(step.opens), references=refs))
    for opened in step.opens:
        if opened.still_open:
            items = _labels(opened.reference, opened.still_open, lang, vacancies)
            lines.append(text("gap.stays_open", lang, reference=opened.reference, items=items))
    if step.helps:
        refs = ", ".join(h.reference for h in step.helps)
        lines.append(text("gap.helps", lang, references=refs))
    for helped in step.helps:
        items = _labels(helped.reference, helped.still_failing, lang, vacancies)
        lines.append(text("gap.still_failing", lang, reference=helped.reference, items=items))
    return lines


def plan_text(plan: GapPlan, lang: str, vacancies: Mapping[str, Vacancy]) -> str:
    """The plan as plain text: a heading, one numbered change each, then what is out of reach."""
    out = [text("gap.title", lang), ""]
    if not plan.not_eligible:
        out.append(text("gap.nothing_to_open", lang, count=len(plan.considered)))
        return "\n".join(out) + "\n"
    failing = ", ".join(plan.not_eligible)
    out.append(text("gap.summary", lang, count=len(plan.considered), failing=failing))
    out.append("")
    if not plan.steps:
        out.append(text("gap.none", lang))
    for number, step in enumerate(plan.steps, start=1):
        out.append(f"{number}. {change_text(step.change, lang, vacancies)}")
        out.extend(f"   {line}" for line in step_lines(step, lang, vacancies))
    # Out of reach of the changes listed; with none listed, gap.none has said it.
    if plan.out_of_reach and plan.steps:
        out.append("")
        out.append(text("gap.out_of_reach", lang, references=", ".join(plan.out_of_reach)))
    return "\n".join(out) + "\n"
