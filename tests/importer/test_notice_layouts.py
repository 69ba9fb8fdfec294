"""Layouts other than NATO IS's: what the importer finds, how it says so, what it refuses."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest
from importer_support import make_pdf

from screener.domain.criteria import LocalizedText, StatementCriterion
from screener.domain.vacancy import Deadline, Grade, Vacancy
from screener.importer import import_notice_file, import_notice_text, pdf_text
from screener.importer.cancelling import ImportCancelled
from screener.importer.collapsed import unfold_collapsed
from screener.importer.html_text import html_to_text
from screener.importer.review_notes import note_text
from screener.persistence.errors import FileProblemError

HEADER_ONLY = """Job Description - Logistics Assistant (240999)
Location: Capellen, Luxembourg
Grade: B-3
Closing date: 15 April 2024

The Agency is looking for a Logistics Assistant. Details will follow on our website.
"""


def codes(text: str, name: str = "notice.txt") -> list[str]:
    return [item.code for item in import_notice_text(text, name).review]


def test_collapsed_lines_are_broken_where_the_notice_had_lines() -> None:
    line = (
        "Intro text. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: - have a "
        "degree; - have 5 years of experience. DESIRABLE The following would be considered an "
        "advantage: - knowledge of SAP. 3. MAIN ACCOUNTABILITIES Policy work follows."
    )
    assert unfold_collapsed([line, "ESSENTIAL , The incumbent must:", "- DESIRABLE:"]) == [
        "Intro text.",
        "2. QUALIFICATIONS AND EXPERIENCE",
        "ESSENTIAL",
        "The incumbent must:",
        "- have a degree;",
        "- have 5 years of experience.",
        "DESIRABLE",
        "The following would be considered an advantage:",
        "- knowledge of SAP.",
        "3. MAIN ACCOUNTABILITIES",
        "Policy work follows.",
        "",
        "ESSENTIAL ,",
        "The incumbent must:",
        "",
        "DESIRABLE:",
    ]
    prose = "The incumbent must be able to travel. It is part of the job"
    assert unfold_collapsed([prose]) == [prose]


def test_a_notice_without_a_requirement_list_becomes_a_header_only_draft() -> None:
    result = import_notice_text(HEADER_ONLY, "notice.txt")
    vacancy = result.vacancy
    assert vacancy.draft and vacancy.reference == "240999"
    assert vacancy.title.en == "Logistics Assistant"
    assert vacancy.grade == Grade(min="B3")
    assert vacancy.deadline == Deadline(date=vacancy.deadline.date)
    assert [c.kind for c in vacancy.essential] == ["nationality"] and vacancy.desirable == []
    item = next(i for i in result.review if i.code == "requirements_not_found")
    assert "Add the ESSENTIAL and DESIRABLE requirements by hand" in item.message


def test_text_with_no_vacancy_in_it_is_refused_saying_what_was_looked_for() -> None:
    with pytest.raises(FileProblemError) as caught:
        import_notice_text("Minutes of the meeting\n\nWe discussed the budget.\n", "m.txt")
    message = str(caught.value)
    assert message.startswith("m.txt: is not a NATO vacancy notice")
    for looked_for in ("title, reference, grade or deadline", "ESSENTIAL", "The incumbent must"):
        assert looked_for in message


def test_the_review_says_how_a_list_was_found() -> None:
    text = (
        "Analyst (241234)\nGrade: G15\n\nThe incumbent must:\n- have a university degree;\n"
        "- have at least 3 years of experience in analysis.\n\nThe following would be an "
        "advantage:\n- knowledge of NATO.\n"
    )
    result = import_notice_text(text, "n.txt")
    assert [c.kind for c in result.vacancy.essential] == ["nationality", "education", "experience"]
    assert [c.kind for c in result.vacancy.desirable] == ["statement"]
    found = [i for i in result.review if i.code == "list_found_by_lead_in"]
    assert [i.field for i in found] == ["essential", "desirable"]
    assert "lead-in" in found[0].message
    # The French half is missing: said once per list, nothing copied silently.
    assert "translation_missing" in [i.code for i in result.review]


def test_header_guesses_are_flagged_and_the_supervisors_grade_is_not_taken() -> None:
    text = (
        "INTERNATIONAL MILITARY STAFF\n\nStaff Assistant\n\nVACANCY N: 250999\n"
        "The post reports to the Head of Section, grade A-5.\n"
        "Basic monthly salary: 4,386.57, tax free\n\nThe candidate must:\n"
        "- have completed secondary education;\n- have 2 years of experience in offices.\n"
    )
    result = import_notice_text(text, "n.txt")
    vacancy = result.vacancy
    assert (vacancy.reference, vacancy.title.en) == ("250999", "Staff Assistant")
    assert vacancy.nato_body == "NATO International Military Staff (IMS)"
    assert vacancy.salary is None and vacancy.grade == Grade(min="XX0")  # placeholder, flagged
    review = {(i.code, i.field): i.message for i in result.review}
    assert ("header_guessed", "title") in review and ("header_guessed", "nato_body") in review
    assert ("header_missing", "grade") in review
    assert "states no currency" in review[("header_unreadable", "salary")]


def test_the_reference_may_come_from_the_file_name_only() -> None:
    text = "Engineer\n\nThe incumbent must:\n- have a university degree;\n"
    result = import_notice_text(text, "/tmp/notice-241777.txt")
    assert result.vacancy.reference == "241777"
    assert any(i.code == "header_guessed" and i.field == "reference" for i in result.review)
    assert import_notice_text(text, "notice.txt").vacancy.reference == "imported-notice"


def test_a_web_page_keeps_its_words_not_its_code(tmp_path: Path) -> None:
    page = (
        "<html><head><style>p{color:red}</style><script>var x = '<p>ESSENTIAL</p>';</script>"
        "</head><body><h1>Job Description - Analyst (241235)</h1><p>Grade: <b>G15</b></p>"
        "<h3>ESSENTIAL</h3><p>The incumbent must:</p><ul><li>have a <i>university</i> degree;"
        "</li><li>see <a href='https://x.int/a'>the guide</a> &amp; apply.</li></ul>"
        "<noscript>enable JavaScript</noscript></body></html>"
    )
    text = html_to_text(page)
    assert "color" not in text and "var x" not in text and "JavaScript" not in text
    assert "- have a university degree;" in text
    assert "- see the guide & apply." in text
    path = tmp_path / "job.htm"
    path.write_text(page, encoding="utf-8")
    vacancy = import_notice_file(path).vacancy
    assert vacancy.reference == "241235" and vacancy.essential[1].kind == "education"


def test_a_draft_may_have_no_essential_requirement_a_vacancy_may_not() -> None:
    base = {
        "reference": "x1",
        "title": LocalizedText(en="T", fr="T"),
        "nato_body": "b",
        "location": "l",
        "schedule": "s",
        "grade": Grade(min="G5"),
        "deadline": Deadline(date="2025-01-01"),  # type: ignore[arg-type]
    }
    assert Vacancy(draft=True, essential=[], **base).essential == []  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="only a draft may have none"):
        Vacancy(essential=[], **base)  # type: ignore[arg-type]
    one = StatementCriterion(id="s", text=LocalizedText(en="x", fr="x"))
    assert Vacancy(essential=[one], **base).essential == [one]  # type: ignore[arg-type]


def test_a_password_protected_pdf_says_so(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf(["ESSENTIAL", "- a degree"])))
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(FileProblemError, match="password-protected"):
        import_notice_file(path)
    assert logging.getLogger("pypdf").level == logging.CRITICAL


def test_pdf_reading_stops_at_the_size_limit_as_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pypdf")
    lines = [f"line {n} of a very long document with many pages" for n in range(2000)]
    data = make_pdf(lines, lines_per_page=50)  # 40 pages
    monkeypatch.setattr(pdf_text, "MAX_TEXT_CHARS", 5000)
    read: list[int] = []
    original = pdf_text._pdf_reader

    def counting_reader(path: Path, raw: bytes) -> object:
        reader = original(path, raw)
        pages = reader.pages
        real = type(pages[0]).extract_text

        def extract(page: object, *args: object, **kwargs: object) -> str:
            read.append(1)
            return real(page, *args, **kwargs)

        monkeypatch.setattr(type(pages[0]), "extract_text", extract)
        return reader

    monkeypatch.setattr(pdf_text, "_pdf_reader", counting_reader)
    with pytest.raises(FileProblemError, match="more than 5,000 characters of text by page"):
        pdf_text.pdf_text(tmp_path / "big.pdf", data)
    assert 0 < len(read) < 10  # stopped early, far from the 40 pages


def test_a_cancelled_pdf_read_stops(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    data = make_pdf(["ESSENTIAL", "- have a degree"] * 100, lines_per_page=20)
    with pytest.raises(ImportCancelled):
        pdf_text.pdf_text(tmp_path / "n.pdf", data, cancelled=lambda: True)


@pytest.mark.parametrize(
    ("bullet", "kind"),
    [
        ("demonstrate a high degree of maturity and sound judgement", "statement"),
        ("a higher degree of maturity and discretion", "statement"),
        (
            "hold a valid driving licence for categories B and C; a medical certificate "
            "allowing the holder to drive others is required",
            "driving_licence",
        ),
        (
            "hold a valid driving licence for B and D, with 3 years of driving experience",
            "driving_licence",
        ),
        ("Language proficiency: English, NATO SLP 3333 (Professional)", "language_profile"),
    ],
)
def test_keyword_traps_in_real_bullets(bullet: str, kind: str) -> None:
    from screener.importer.recognizers import recognize

    assert recognize(bullet, "en").kind == kind


def test_internationals_and_web_addresses_are_not_the_nationality_sentence() -> None:
    text = (
        "Engineer (241888)\n\nThe incumbent must:\n- have a university degree;\n\n"
        "See https://www.example.int/careers/nationals-eligible for details.\n"
        "Internationals from partner nations cannot be considered.\n"
    )
    result = import_notice_text(text, "n.txt")
    nationality = result.vacancy.essential[0]
    assert nationality.kind == "nationality" and nationality.scope == "nato_members"  # type: ignore[union-attr]
    assert "nationality_not_found" in [i.code for i in result.review]
    # The assumed rule says it is one, never quoting a sentence the notice does not have.
    assert nationality.text.en.startswith("Not stated in the notice")


@pytest.mark.parametrize(
    ("bullet", "lang", "names"),
    [
        ("First-aid certificate", "en", ["first-aid"]),
        ("CompTIA A+ or Network+ certification", "en", ["CompTIA A+", "CompTIA Network+"]),
        ("avoir un certificat de secourisme", "fr", ["secourisme"]),
        ("certifications such as CISSP, CCSP or equivalent", "en", ["CISSP", "CCSP"]),
    ],
)
def test_certificates_named_without_an_acronym(bullet: str, lang: str, names: list[str]) -> None:
    from screener.importer.recognizers import recognize

    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification" and typing.params["any_of"] == names


def test_a_sentence_about_certification_is_no_certificate_name() -> None:
    from screener.importer.recognizers import recognize

    assert recognize("knowledge of and certification in fire safety", "en").kind == "statement"


@pytest.mark.parametrize(
    ("bullet", "lang", "kind"),
    [
        ("knowledge of German", "en", "language"),
        ("la connaissance de l'allemand", "fr", "language"),
        ("knowledge of Russian or Ukrainian", "en", "statement"),
        ("knowledge of German legislation on public procurement", "en", "statement"),
    ],
)
def test_knowledge_of_one_language(bullet: str, lang: str, kind: str) -> None:
    from screener.importer.recognizers import recognize

    assert recognize(bullet, lang).kind == kind  # type: ignore[arg-type]


def test_a_whole_page_on_one_line_gives_its_header_and_lists() -> None:
    text = (
        "Logistics Officer - NSPA - Capellen Job ID: 241077 Grade: A-2 Closing date: 19 "
        "January 2025 Job description The section plans movements. QUALIFICATIONS AND "
        "EXPERIENCE ESSENTIAL The incumbent must: - possess a university degree in logistics; "
        "- have at least 5 years of experience in movement planning. DESIRABLE The following "
        "would be considered an advantage: - a valid driving licence (category B). ADDITIONAL "
        "INFORMATION Applications are only accepted from nationals of NATO member countries."
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert (vacancy.reference, str(vacancy.grade)) == ("241077", "A2")
    assert [c.kind for c in vacancy.essential] == ["nationality", "education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["driving_licence"]


def test_items_labelled_essential_or_desirable_in_one_list() -> None:
    text = (
        "Analyst (241999)\n\nRequirements\n- Essential: a university degree;\n"
        "- Essentiel : au moins 3 ans d'expérience;\n- Desirable: knowledge of SAP;\n"
        "- Experience with NATO networks (an asset).\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    # The notice's own words are kept, labels included; the labels route the items.
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "Essential: a university degree",
        "Essentiel : au moins 3 ans d'expérience",
    ]
    assert [c.text.en for c in vacancy.desirable] == [
        "Desirable: knowledge of SAP",
        "Experience with NATO networks (an asset)",
    ]


def test_the_level_a_bullet_says_counts_and_two_tests_in_one_bullet_are_flagged() -> None:
    from screener.importer.recognizers import recognize

    education = recognize(
        "have completed secondary education, equivalent to higher secondary level", "en"
    )
    assert education.params["min_level"] == "higher_secondary"
    both = recognize(
        "be able to pass the yearly physical fitness test and the yearly shooting test", "en"
    )
    # Two tests joined by "and": one criterion each (joined_requirements.py).
    assert (both.kind, both.params) == ("fitness_test", {"recurring": True})
    assert [(t.kind, t.params["shooting_test"]) for t in both.also] == [("firearms", True)]
    joined = recognize("be able to pass a yearly fitness test and shooting test", "en")
    assert joined.kind == "fitness_test" and joined.confidence < 0.7
    assert "split it into two requirements" in note_text(joined.notes[0], "en")
