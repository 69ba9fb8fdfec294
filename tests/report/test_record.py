"""The assessment record: one statement for verdict and deadline, the sections in one order,
and every output (text, HTML, JSON) showing the same sections, the same sentences, in that order."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable

import pytest
from vacancy_builders import failing_profile, meeting_profile, unknown_profile

from screener.domain.assessment import Assessment, Status
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.report.html_report import render_record_html
from screener.report.json_report import record_to_dict
from screener.report.record import (
    AssessmentRecord,
    SectionKey,
    build_record,
    file_name_part,
    suggested_file_name,
)
from screener.report.text_report import render_record_text

LANGS = ("en", "fr")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def v250717(vacancy: Callable[[str], Vacancy]) -> Vacancy:
    return vacancy("250717")


def _mixed(v: Vacancy) -> Assessment:
    """One essential not met (experience), one answered "Not sure" (fitness)."""
    profile = failing_profile(v, "experience")
    assert profile is not None
    return assess(v, profile.with_answer(v.reference, "fitness", "unsure"), on=dt.date(2025, 5, 12))


# --- the statement at the top ------------------------------------------------------------


def test_eligible_on_a_closed_post_says_both_in_one_sentence(v250717: Vacancy) -> None:
    a = assess(v250717, meeting_profile(v250717), on=dt.date(2025, 6, 1))
    record = build_record(a, "en")
    assert record.headline == (
        "✔ Eligible: you meet every essential requirement, but this post closed on 13\u00a0May\u00a02025."
    )
    assert record.urgent
    french = build_record(a, "fr")
    assert french.statement == (
        "Admissible\u00a0: vous remplissez tous les acquis essentiels, mais ce poste est "
        "clôturé depuis le 13\u00a0mai\u00a02025."
    )


def test_not_eligible_counts_what_fails_and_says_the_deadline(v250717: Vacancy) -> None:
    record = build_record(_mixed(v250717), "en")
    assert record.statement == (
        "Not eligible: 1 essential requirement not met. Applications close tomorrow, 13\u00a0May\u00a02025 (Brussels time)."
    )
    verdict = record.section(SectionKey.VERDICT)
    assert verdict is not None and verdict.lines[0] == record.headline
    assert "Questions answered “Not sure”: 1" in verdict.lines


def test_cant_tell_yet_counts_the_answers_to_settle(v250717: Vacancy) -> None:
    a = assess(v250717, Profile(), on=dt.date(2025, 4, 1))
    record = build_record(a, "en")
    count = len(a.open_questions)
    assert count > 1
    assert record.statement == (
        f"Can't tell yet: {count} answers to settle. Applications are open until 13\u00a0May\u00a02025 (Brussels time)."
    )
    assert not record.urgent
    assert f"Questions not answered yet: {count}" in record.sections[0].lines


# --- sections ----------------------------------------------------------------------------


def test_sections_come_in_one_order_with_what_to_settle_first(v250717: Vacancy) -> None:
    record = build_record(_mixed(v250717), "en")
    assert [s.key for s in record.sections] == list(SectionKey)
    to_settle = record.section(SectionKey.TO_SETTLE)
    assert to_settle is not None
    assert [(i.id, i.status) for i in to_settle.items] == [
        ("experience", Status.NOT_MET),
        ("fitness", Status.UNKNOWN),
    ]
    experience, fitness = to_settle.items
    assert experience.change == "What would change it: Another 0.5 years of experience."
    assert fitness.change == (
        "What would change it: Finding out, then answering “Yes” or “No” instead of “Not sure”."
    )
    met = record.section(SectionKey.MET)
    assert met is not None and met.title == f"Essential requirements met: {len(met.items)}"
    assert all(item.status is Status.MET and item.change is None for item in met.items)


def test_an_eligible_record_has_nothing_to_settle(v250717: Vacancy) -> None:
    a = assess(v250717, meeting_profile(v250717), on=dt.date(2025, 4, 1))
    keys = [s.key for s in build_record(a, "en").sections]
    assert SectionKey.TO_SETTLE not in keys
    assert keys[0] is SectionKey.VERDICT and keys[-1] is SectionKey.NOTES


def test_every_open_requirement_says_what_would_change_it(v250717: Vacancy) -> None:
    for criterion in v250717.essential:
        a = assess(v250717, unknown_profile(v250717, criterion.id), on=dt.date(2025, 4, 1))
        record = build_record(a, "fr")
        to_settle = record.section(SectionKey.TO_SETTLE)
        assert to_settle is not None
        for item in to_settle.items:
            assert item.change and item.change.startswith("Ce qui changerait le résultat\u00a0:")


def test_notes_carry_the_notices_warnings_first_then_estimate_and_fees(v250717: Vacancy) -> None:
    notes = build_record(_mixed(v250717), "en").section(SectionKey.NOTES)
    assert notes is not None
    assert notes.lines[0].startswith("About this notice: ")
    assert 'calls it "Intermediate"' in notes.lines[0]
    assert notes.lines[-2].startswith("This is a self-screening estimate")
    assert "generative AI" in notes.lines[-1]


# --- every output shows the same record --------------------------------------------------


def _sentences(record: AssessmentRecord) -> list[str]:
    """Every sentence of the record, in order."""
    found = [record.title, *record.facts]
    for section in record.sections:
        found += [section.title, *section.lines]
        for item in section.items:
            found += [item.requirement, *item.lines()]
        found += list(section.bullets)
    return [*found, record.footer] if record.footer else found


def _in_order(rendered: str, sentences: list[str], skip: set[str] = frozenset()) -> None:
    position = 0
    for sentence in sentences:
        if sentence in skip:
            continue
        found = rendered.find(_flat(sentence), position)
        assert found >= 0, f"missing or out of order: {sentence!r}"
        position = found


@pytest.mark.parametrize("lang", LANGS)
def test_text_html_and_json_show_the_same_sections_in_the_same_order(
    v250717: Vacancy, lang: str
) -> None:
    record = build_record(_mixed(v250717), lang, profile_name="Ana Pérez", grade="G10-G12")
    sentences = _sentences(record)
    # The text report has no footer; every other sentence is in it, in order.
    _in_order(_flat(render_record_text(record)), sentences, skip={record.footer})
    page = render_record_html(record)
    shown = _flat(html.unescape(re.sub(r"<[^>]+>", " ", page.split("</style>")[1])))
    _in_order(shown, sentences)
    sections = re.findall(r'<section id="(\w+)">', page)
    assert sections == [s.key.value for s in record.sections]
    data = json.loads(json.dumps(record_to_dict(record)))
    assert [s["key"] for s in data["sections"]] == sections
    assert [s["title"] for s in data["sections"]] == [s.title for s in record.sections]
    settle = data["sections"][1]["items"]
    assert settle[0]["change"] == record.sections[1].items[0].change


# --- whose screening ---------------------------------------------------------------------


def test_exports_name_the_candidate_the_date_and_the_vacancy(v250717: Vacancy) -> None:
    record = build_record(_mixed(v250717), "en", profile_name="  Ana Pérez ", grade="G10-G12")
    assert record.facts == (
        "Reference 250717 · Grade G10-G12",
        "Profile: Ana Pérez",
        "Screening date: 12 May 2025",
    )
    data = record_to_dict(record)
    assert (data["profile_name"], data["candidate_text"]) == ("Ana Pérez", "Ana Pérez")
    assert data["screened_on_text"] == "12 May 2025" and data["on"] == "2025-05-12"
    for shown in (render_record_text(record), html.unescape(render_record_html(record))):
        assert "Profile: Ana Pérez" in shown and "Coordinator, HQ Security Force" in shown
    unnamed = build_record(_mixed(v250717), "fr")
    assert "Profil\u00a0: sans nom" in unnamed.facts
    assert record_to_dict(unnamed)["profile_name"] is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Pérez", "screening-250717-Ana-Pérez-2025-05-12.pdf"),
        ("", "screening-250717-2025-05-12.pdf"),
        ("../../etc/passwd", "screening-250717-etc-passwd-2025-05-12.pdf"),
        ('a:b*c?"<>|\\/d', "screening-250717-a-b-c-d-2025-05-12.pdf"),
        ("   ", "screening-250717-2025-05-12.pdf"),
    ],
)
def test_suggested_file_name_holds_reference_and_name(name: str, expected: str) -> None:
    assert suggested_file_name("250717", name, dt.date(2025, 5, 12), "pdf") == expected


def test_file_name_part_is_bounded() -> None:
    assert len(file_name_part("x" * 500)) == 40
    assert file_name_part("\x00\n\t") == ""


@pytest.mark.parametrize("lang", LANGS)
def test_two_readings_of_the_notice_lead_the_record(v250717: Vacancy, lang: str) -> None:
    """250717 with French II: enough for the English notice's level I, not for level III."""
    data = meeting_profile(v250717).model_dump()
    data |= {"languages": {"en": "V", "fr": "II"}, "mother_tongues": []}
    a = assess(v250717, Profile.model_validate(data), on=dt.date(2025, 4, 1))
    record = build_record(a, lang)
    to_settle = record.section(SectionKey.TO_SETTLE)
    assert to_settle is not None and [i.id for i in to_settle.items] == ["languages"]
    item = to_settle.items[0]
    assert item.status is Status.UNKNOWN
    if lang == "en":
        assert record.statement.startswith("Can't tell yet: 1 answer to settle.")
        assert "enough for I (Beginner)" in item.explanation
        assert "not for III (Intermediate)" in item.explanation
        assert item.change == (
            "What would change it: NATO telling you which reading of the notice applies."
        )
    else:
        assert "III (intermédiaire)" in item.explanation
        assert item.change is not None and "l'OTAN" in item.change
    verdict = record.sections[0].lines
    if lang == "en":
        assert "Requirements the notice states in two ways: 1" in verdict
        assert not any(line.startswith("Questions not answered") for line in verdict)
    # The notice's own warning is in the notes, in the same record.
    notes = record.section(SectionKey.NOTES)
    assert notes is not None and len(notes.lines) == 3
    text = _flat(render_record_text(record))
    assert text.index(_flat(item.explanation)) < text.index(_flat(notes.lines[0]))
