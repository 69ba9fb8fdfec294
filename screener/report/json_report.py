"""The stable JSON form of assessments and vacancies (`--format json`; see docs/cli.md).

Codes and values are for programs, `text` fields for people (rendered in the chosen
language). Keys are only ever added, never renamed or removed, within one major version.
"""

from __future__ import annotations

from typing import Any

from screener.domain.assessment import Assessment, CriterionResult, DeadlineStatus, Reason
from screener.domain.vacancy import Vacancy
from screener.report import messages as m
from screener.report.record import AssessmentRecord, RecordItem, Section, build_record

JSON_FORMAT = 1


def reason_to_dict(reason: Reason | None, lang: str) -> dict[str, Any] | None:
    if reason is None:
        return None
    return {
        "code": reason.code,
        "values": _plain(reason.values),
        "text": m.render_reason(reason, lang),
    }


def deadline_to_dict(deadline: DeadlineStatus, lang: str) -> dict[str, Any]:
    closed_since = deadline.closed_since
    return {
        "state": deadline.state.value,
        "closes_at": deadline.closes_at.isoformat(),
        "days_left": deadline.days_left,
        "closed_since": closed_since.isoformat() if closed_since else None,
        "text": m.deadline_text(deadline, lang),
    }


def criterion_to_dict(result: CriterionResult, lang: str) -> dict[str, Any]:
    return {
        "id": result.id,
        "essential": result.essential,
        "kind": result.kind,
        "status": result.status.value,
        "status_text": m.status_label(result.status, lang),
        "reason": reason_to_dict(result.reason, lang),
        "remedy": reason_to_dict(result.remedy, lang),
        "requirement": result.text.get(lang),
        "answer": _plain(result.answer),
        "answer_text": m.answer_text(result.answer, lang),
    }


def assessment_to_dict(
    assessment: Assessment,
    lang: str = "en",
    *,
    profile_name: str | None = None,
    grade: str | None = None,
) -> dict[str, Any]:
    record = build_record(assessment, lang, profile_name=profile_name, grade=grade)
    return record_to_dict(record)


def record_to_dict(record: AssessmentRecord) -> dict[str, Any]:
    a = record.assessment
    lang = record.lang
    return {
        "format": JSON_FORMAT,
        "lang": lang,
        "reference": a.reference,
        "title": a.title.get(lang),
        "draft": a.draft,
        "on": a.on.isoformat(),
        "verdict": a.verdict.value,
        "verdict_text": m.verdict_label(a.verdict, lang),
        "criteria": [criterion_to_dict(r, lang) for r in a.criteria],
        "desirable": {"met": a.desirable_met, "total": a.desirable_total},
        "deadline": deadline_to_dict(a.deadline, lang),
        "warnings": [
            {"code": w.code, "criterion": w.criterion, "text": w.text.get(lang)} for w in a.warnings
        ],
        "conditions": [
            {
                "code": c.value,
                "text": m.condition_text(c, lang, a.clearance, a.lower_grade),
            }
            for c in a.conditions
        ],
        "clearance": a.clearance.value if a.clearance else None,
        "lower_grade": a.lower_grade,
        # Added in 1.x: whose screening it is, and the record every output shows.
        "profile_name": record.profile_name,
        "candidate_text": record.candidate,
        "screened_on_text": record.screened_on,
        "headline": {"symbol": record.symbol, "text": record.statement, "urgent": record.urgent},
        "facts": list(record.facts),
        "sections": [_section_to_dict(s) for s in record.sections],
    }


def _section_to_dict(section: Section) -> dict[str, Any]:
    return {
        "key": section.key.value,
        "title": section.title,
        "lines": list(section.lines),
        "items": [_item_to_dict(item) for item in section.items],
        "bullets": list(section.bullets),
    }


def _item_to_dict(item: RecordItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "status": item.status.value,
        "status_text": item.status_label,
        "requirement": item.requirement,
        "answer_text": item.answer,
        "explanation": item.explanation,
        "change": item.change,
    }


def vacancy_to_dict(vacancy: Vacancy) -> dict[str, Any]:
    """The vacancy file's content as JSON: the same field names as the TOML file."""
    data = vacancy.model_dump(mode="json")
    data["closes_at"] = vacancy.deadline.closes_at().isoformat()
    return data


def _plain(value: Any) -> Any:
    """Engine values are already JSON-shaped; copy them so callers can't alter a result."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "value") and isinstance(value.value, str):  # a StrEnum member
        return value.value
    return value
