"""Careers platforms' pages and the ways notices state their reference, body, title and
requirements that batch 58's tester met: a Workday page (paragraphs inside list items, a
location naming the headquarters that houses the body), chips set side by side, a centre's
reference with its series' letters, a title under its label in a Word table, a bullet of
requirements between semicolons, a nationality bullet asking something more, a clearance
sentence wrapped over two lines, a STANAG level with its name in brackets."""

from __future__ import annotations

from pathlib import Path

from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file, import_notice_text
from screener.importer.html_text import html_to_text
from screener.importer.recognizers import recognize

WORKDAY_PAGE = """<html><body><main>
<div data-automation-id="jobPostingHeader"><h2>Budget Officer (Financial Management)</h2></div>
<ul><li data-automation-id="locations"><dl><dt>locations</dt><dd>Mons, Belgium (SHAPE)</dd></dl></li>
<li data-automation-id="requisitionId"><dl><dt>job requisition id</dt><dd>NSHQ-R-0271</dd></dl></li></ul>
<p><b>NATO Special Operations Headquarters (NSHQ)</b> | Grade: <b>NATO A-2</b></p>
<p><b>Qualifications - Essential</b></p>
<ul><li><p>At least 4 years of experience in budget preparation.</p></li>
<li><p>Advanced user of Microsoft Excel.</p></li></ul>
<p><b>Qualifications - Desirable</b></p>
<ul><li><p>Professional accounting qualification (ACCA, CPA, CIMA or equivalent).</p></li>
<li><p>Experience with International Public Sector Accounting Standards (IPSAS).</p></li></ul>
<section><h3>Similar Jobs (2)</h3><ul><li><a href="#">Procurement Officer - Mons</a></li>
<li><a href="#">Intelligence Analyst - Mons</a></li></ul></section>
</main></body></html>"""


def _page(tmp_path: Path, markup: str) -> Vacancy:
    path = tmp_path / "notice.html"
    path.write_text(markup, encoding="utf-8")
    return import_notice_file(path).vacancy


def _texts(vacancy: Vacancy, desirable: bool) -> list[str]:
    return [c.text.en for c in vacancy.criteria if c.id.startswith("d-") == desirable]


def test_a_workday_page_keeps_its_desirable_items_its_reference_and_its_body(
    tmp_path: Path,
) -> None:
    vacancy = _page(tmp_path, WORKDAY_PAGE)
    desirable = _texts(vacancy, desirable=True)
    assert any("ACCA, CPA, CIMA" in text for text in desirable)
    assert any("IPSAS" in text for text in desirable)
    # The page's "Similar Jobs" are other vacancies, never this one's requirements.
    assert not any("Procurement Officer" in text for text in desirable)
    assert vacancy.reference == "NSHQ-R-0271"
    # "Mons, Belgium (SHAPE)" is where NSHQ works, not who recruits.
    assert vacancy.nato_body == "NATO Special Operations Headquarters (NSHQ)"


def test_a_body_named_only_in_the_location_is_still_read(tmp_path: Path) -> None:
    page = WORKDAY_PAGE.replace("<b>NATO Special Operations Headquarters (NSHQ)</b> | ", "")
    page = page.replace("NSHQ-R-0271", "R-0271")
    assert _page(tmp_path, page).nato_body == "Allied Command Operations (SHAPE)"


def test_a_reference_in_a_chip_beside_others_is_read(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Cyber Security Training Intern</h1><div class='chips'>"
        "<span class='chip'>Internship</span><span class='chip'>6 months</span>"
        "<span class='chip'>Ref. NCIA-INT-27-OEI-05</span></div>"
        "<p>Closing date: 10 January 2027</p><h2>Essential requirements</h2><ul><li>Be a national of a NATO member country;</li>"
        "<li>Knowledge of Linux.</li></ul></body></html>"
    )
    assert _page(tmp_path, page).reference == "NCIA-INT-27-OEI-05"


NOTICE = """VACANCY ANNOUNCEMENT: Senior Expert (Information Environment Assessment)

Reference: {reference}
Grade: NATO A-2
Closing date: 29 January 2027

Essential requirements
- {item}
- At least 5 years of experience in media analysis.
- Be a national of a NATO member nation and hold, or be eligible for, a NATO
  SECRET security clearance.
"""


def _notice(reference: str = "STRATCOM-COE/VA/2027-02", item: str = "A degree.") -> Vacancy:
    return import_notice_text(NOTICE.format(reference=reference, item=item)).vacancy


def test_a_centres_reference_with_its_series_letters_is_read() -> None:
    assert _notice().reference == "STRATCOM-COE-VA-2027-02"


def test_a_clearance_sentence_wrapped_over_two_lines_gives_the_clearance() -> None:
    assert _notice().clearance == "NS"


def test_requirements_between_semicolons_are_each_asked() -> None:
    item = (
        "English SLP 3333; ability to chair meetings of national experts; willingness to "
        "travel to working group meetings hosted by nations (about six trips per year)"
    )
    kinds = [c.kind for c in _notice(item=item).criteria if "chair meetings" in c.text.en]
    assert kinds == ["language_profile", "statement", "availability"]


def test_a_single_requirement_with_semicolons_stays_one() -> None:
    item = "Experience of budgeting; of audit; of procurement"
    criteria = [c for c in _notice(item=item).criteria if "budgeting" in c.text.en]
    assert len(criteria) == 1


def test_a_title_in_the_cell_under_its_label_is_the_title_not_the_running_header() -> None:
    # A Word table printed to PDF: each label alone, its value on the line below; the page's
    # running header names the notice's number before the post.
    text = (
        "NAPMA 27-03 Senior Systems Engineer\nPage 1\n\nVACANCY NOTICE\nPost Title\n"
        "Senior Systems Engineer (AWACS Final Lifetime Extension)\n\nPost Number\nNAPMA 27-03\n\n"
        "Grade\nA4\n\nClosing date\n31 January 2027\n\nEssential Qualifications\n"
        "- At least 8 years of experience in systems engineering.\n- A degree in engineering.\n"
    )
    vacancy = import_notice_text(text).vacancy
    assert vacancy.title.en == "Senior Systems Engineer (AWACS Final Lifetime Extension)"


def test_list_items_whose_text_sits_in_blocks_keep_their_bullets() -> None:
    markup = "<ul><li><div><p>Knowledge of SAP.</p></div></li><li><p>A degree.</p></li></ul>"
    assert html_to_text(markup) == "- Knowledge of SAP.\n\n- A degree.\n"


def test_what_a_nationality_bullet_asks_beside_it_is_asked_too() -> None:
    clearance = [c for c in _notice().criteria if "SECRET" in c.text.en]
    assert "statement" in [c.kind for c in clearance]


def test_one_level_in_all_skills_with_its_name_in_brackets_is_a_profile() -> None:
    text = "Proficiency in English at Level 3 (Advanced) in all four skills."
    typing = recognize(text, "en")
    assert (typing.kind, typing.params) == (
        "language_profile",
        {"language": "en", "profile": "3333"},
    )


def test_a_label_over_lettered_items_is_no_requirement() -> None:
    text = (
        "VACANCY NOTICE\nReference: NSO 27/01\nPost title: Staff Officer\nGrade: A-4\n"
        "Closing date: 26 February 2027\n\nESSENTIAL\n"
        "(1) Military candidates: graduate of a national staff college.\n"
        "(2) Civilian candidates:\n(a) a university degree in civil engineering;\n"
        "(b) at least six (6) years of professional experience in defence engineering.\n"
        "(3) All candidates: English SLP 3333.\n"
    )
    texts = [c.text.en for c in import_notice_text(text).vacancy.criteria]
    assert "Civilian candidates" not in texts
    assert "a university degree in civil engineering" in texts
