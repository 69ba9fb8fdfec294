"""How a PDF printed by a browser ("Save as PDF") or exported from Word with tables across
pages becomes text: the browser's date and address lines on each page, a table's header cells
centred, a row with one cell filled, a table broken by a page break, an "E/D" column."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from placed_pdf_support import Piece, lines_at, placed_pdf

from screener.importer import import_notice_file
from screener.importer.notice_files import read_notice_file
from screener.importer.pdf_layout import page_text

pypdf = pytest.importorskip("pypdf")

TOP: list[Piece] = [
    (70, 800, "Title: Technician (Networks)"),
    (70, 788, "NATO Grade: G9"),
    (70, 776, "Application Deadline: 15 March 2027"),
]


def _file(tmp_path: Path, pages: list[list[Piece]]) -> Path:
    path = tmp_path / "notice.pdf"
    path.write_bytes(placed_pdf(pages))
    return path


def _texts(section: list[Any]) -> list[str]:
    return [c.text.en.rstrip(".") for c in section if c.kind != "nationality"]


def _browser_page(number: int, of: int, pieces: list[Piece]) -> list[Piece]:
    """A page as Chromium prints it: the page, then its margins' date-and-title line and
    address-and-number line."""
    return [
        *pieces,
        (20, 830, "11/30/26, 9:25 PM Technician (Networks) | NATO Careers"),
        (20, 10, f"https://www.nato.int/careers/job/261733 {number}/{of}"),
    ]


def test_a_browsers_date_and_address_lines_leave_each_page_and_a_list_runs_on(
    tmp_path: Path,
) -> None:
    first = [*TOP, (70, 740, "ESSENTIAL"), *lines_at(70, 720, ["- Degree in engineering."])]
    second = lines_at(70, 800, ["- 5 years of network experience.", "", "DESIRABLE"])
    second.append((70, 764, "- Cisco CCNP certification."))
    path = _file(tmp_path, [_browser_page(1, 2, first), _browser_page(2, 2, second)])
    text = read_notice_file(path)
    assert "nato.int" not in text and "9:25 PM" not in text
    vacancy = import_notice_file(path).vacancy
    assert _texts(vacancy.essential) == [
        "Degree in engineering",
        "5 years of network experience",
    ]
    assert vacancy.deadline.date.isoformat() == "2027-03-15"


def test_a_date_line_without_a_browsers_address_line_stays(tmp_path: Path) -> None:
    pieces = [(70, 800, "30/11/2026 10:00 Meeting of the board"), *TOP]
    assert "Meeting of the board" in read_notice_file(_file(tmp_path, [pieces]))


def test_a_table_with_centred_header_cells_and_a_last_row_half_empty(tmp_path: Path) -> None:
    # A browser centres <th> cells: their text starts inside the column, not at its edge.
    rows = [
        *lines_at(70, 700, ["University degree in", "engineering."]),
        (320, 700, "NATO CIS School course."),
        (70, 670, "At least 5 years of experience."),
        (320, 670, "Knowledge of Spanish."),
        *lines_at(70, 652, ["Able to deploy to mission", "areas for 3 weeks."]),
    ]
    pieces = [*TOP, (150, 720, "Essential"), (400, 720, "Desirable"), *rows]
    vacancy = import_notice_file(_file(tmp_path, [pieces])).vacancy
    assert _texts(vacancy.essential) == [
        "University degree in engineering",
        "At least 5 years of experience",
        "Able to deploy to mission areas for 3 weeks",
    ]
    assert _texts(vacancy.desirable) == ["NATO CIS School course", "Knowledge of Spanish"]


def test_a_paragraph_further_under_a_table_is_not_its_row(tmp_path: Path) -> None:
    table = [(70, 720, "Grade"), (200, 720, "G9"), (70, 708, "Location"), (200, 708, "Mons")]
    pieces = [*table, (70, 680, "Only nationals of NATO member states may apply.")]
    text = read_notice_file(_file(tmp_path, [pieces]))
    assert "Location: Mons\n\nOnly nationals" in text


def test_a_table_broken_by_a_page_break_keeps_its_header_on_the_next_page(
    tmp_path: Path,
) -> None:
    header = [(70, 720, "Requirement"), (450, 720, "E/D")]
    first = [*TOP, *header, (70, 700, "Degree in engineering."), (450, 700, "E")]
    first += [(70, 40, "NATO UNCLASSIFIED")]
    second = [
        (70, 800, "NATO UNCLASSIFIED"),
        (70, 770, "Cisco CCNP certification."),
        (450, 770, "D"),
    ]
    second += [(70, 750, "Driving licence category B."), (450, 750, "E")]
    vacancy = import_notice_file(_file(tmp_path, [first, second])).vacancy
    assert _texts(vacancy.essential) == ["Degree in engineering", "Driving licence category B"]
    assert _texts(vacancy.desirable) == ["Cisco CCNP certification"]


class _Page:
    """A page whose text pieces (text, x, y) come as a browser's PDF gives them to pypdf."""

    def __init__(self, pieces: list[tuple[str, float, float]]) -> None:
        self.pieces = pieces
        self.mediabox = SimpleNamespace(width=595)

    def extract_text(self, visitor_text: Any) -> str:
        for text, x, y in self.pieces:
            visitor_text(text, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, x, y], None, 10)
        return ""


def test_a_banner_drawn_at_the_pages_foot_is_a_line_of_its_own() -> None:
    # A fixed banner drawn after the page, with no line break before it.
    page = _Page([("Education/Training", 70, 400), ("This site uses cookies.", 70, 20)])
    assert page_text(page) == "Education/Training\nThis site uses cookies."


def test_a_long_requirements_table_with_an_e_d_column_is_no_pair_of_text_columns(
    tmp_path: Path,
) -> None:
    # Its requirements run across most of the page, as two columns of prose would.
    rows = [
        ("University degree in naval architecture, marine engineering or a related field", "E"),
        ("At least 6 years of experience in maritime capability development programmes", "E"),
        ("Experience in drafting capability requirements or statements of need for ships", "E"),
        ("Knowledge of the NATO defence planning process and of its capability targets", "D"),
        ("Chartered engineer status (CEng or an equivalent national professional title)", "D"),
        ("Able to travel up to 30 days per year within NATO nations and to sea trials", "E"),
    ]
    pieces = [*TOP, (70, 730, "Criteria"), (500, 730, "E/D")]
    for number, (requirement, mark) in enumerate(rows):
        pieces += [(70, 710 - 24 * number, requirement), (500, 710 - 24 * number, mark)]
        if number == 0:  # the first requirement wraps in its cell, drawn before the next cell
            pieces.insert(-1, (70, 698, "or ocean engineering"))
    vacancy = import_notice_file(_file(tmp_path, [pieces])).vacancy
    assert len(_texts(vacancy.essential)) == 4
    assert _texts(vacancy.desirable) == [rows[3][0], rows[4][0]]


def test_a_definition_list_of_facts_as_a_browser_prints_it_gives_labelled_facts(
    tmp_path: Path,
) -> None:
    # <dl>: each label on its line, its value under it, indented.
    facts = ["Reference", "261733", "NATO Grade", "G9", "Closing date", "15 March 2027"]
    pieces: list[Piece] = [(70, 800, "Technician (Networks)")]
    for number, text in enumerate(facts):
        pieces.append((70 if number % 2 == 0 else 100, 770 - 12 * number, text))
    pieces += [(70, 680, "ESSENTIAL"), (70, 668, "- Degree in engineering.")]
    path = _file(tmp_path, [pieces])
    assert "Reference: 261733\nNATO Grade: G9\nClosing date: 15 March 2027" in read_notice_file(
        path
    )
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.reference, vacancy.grade.min) == ("261733", "G9")
    assert vacancy.deadline.date.isoformat() == "2027-03-15"


def test_two_headings_each_over_an_indented_line_are_no_list_of_facts(tmp_path: Path) -> None:
    pieces: list[Piece] = [(70, 770, "Contact"), (100, 758, "Recruitment team")]
    pieces += [(70, 746, "Location"), (100, 734, "Mons")]
    assert "Contact: Recruitment" not in read_notice_file(_file(tmp_path, [pieces]))


def test_a_sidebar_beside_the_notice_is_read_after_it(tmp_path: Path) -> None:
    # A browser draws the page's column, then the sidebar back at the top right.
    first = [*TOP, (70, 740, "ESSENTIAL"), (70, 728, "- Degree in engineering.")]
    first += [(70, 60, "DESIRABLE")]
    first += [(400, 740, "Other vacancies"), (400, 728, "Assistant (Finance) - G7")]
    first += [(400, 716, "Officer (Budget) - A2"), (400, 700, "Share this post")]
    second = [(70, 800, "- Cisco CCNP certification.")]
    path = _file(tmp_path, [first, second])
    text = read_notice_file(path)
    assert text.index("DESIRABLE") < text.index("Cisco") < text.index("Other vacancies")
    vacancy = import_notice_file(path).vacancy
    assert _texts(vacancy.desirable) == ["Cisco CCNP certification"]
    assert vacancy.grade.min == "G9"


def test_a_documents_second_column_of_text_stays_on_its_page(tmp_path: Path) -> None:
    # A second column of a document's text starts near the page's middle, not in a sidebar's
    # place: it is read before the next page.
    left = lines_at(70, 700, ["The branch plans the", "work of the section", "and reports on it."])
    right = lines_at(310, 700, ["The incumbent leads", "a team of analysts", "in the section."])
    pages = [[*TOP, *left, *right], [(70, 800, "Only NATO nationals may apply.")]]
    text = read_notice_file(_file(tmp_path, pages))
    assert text.index("in the section.") < text.index("Only NATO nationals")


def test_a_table_by_area_goes_on_over_a_page_break_with_an_area_left_empty(
    tmp_path: Path,
) -> None:
    first = [*TOP, (70, 740, "(E = Essential, D = Desirable)")]
    first += [(70, 720, "Area"), (160, 720, "Requirement"), (480, 720, "E/D")]
    first += [(70, 700, "Education"), (160, 700, "Degree in engineering."), (480, 700, "E")]
    first += [(160, 690, "Master's degree in logistics."), (480, 690, "D")]
    first += [(70, 680, "Language"), (160, 680, "English: SLP 3322"), (480, 680, "E")]
    first += [(70, 40, "NSPA VN 27-0215"), (400, 40, "Page 1 of 2")]
    second = [(70, 800, "NATO UNCLASSIFIED"), (160, 770, "French: SLP 2222"), (480, 770, "D")]
    second += [(70, 750, "Other"), (160, 750, "Willing to deploy for 4 weeks."), (480, 750, "E")]
    vacancy = import_notice_file(_file(tmp_path, [first, second])).vacancy
    assert _texts(vacancy.essential) == [
        "Degree in engineering",
        "English: SLP 3322",
        "Willing to deploy for 4 weeks",
    ]
    assert _texts(vacancy.desirable) == ["Master's degree in logistics", "French: SLP 2222"]


def test_a_table_of_marks_centred_under_wider_headers_and_after_long_requirements() -> None:
    # A browser: the header cells centred, wider than the marks centred under them; a
    # requirement that runs close to its mark, which pypdf gives as " X" right after it.
    long = "At least 6 years of experience as a legal adviser in a military organisation."
    pieces = [("Requirement", 200, 720), ("\n", 0, 720), ("Essential", 470, 720)]
    pieces += [("\n", 0, 720), ("Desirable", 530, 720), ("\n", 0, 720)]
    for text, mark_x, y in [("Master's degree in law.", 490, 700), (long, 490, 680)]:
        pieces += [(text, 32, y), (" X", mark_x, y), ("\n", 0, y)]
    pieces += [("Dutch: SLP 2222.", 32, 660), (" X", 549, 660), ("\n", 0, 660)]
    assert page_text(_Page(pieces)).split("\n")[:4] == [
        "| Requirement | Essential | Desirable |",
        "| Master's degree in law. | X |  |",
        f"| {long} | X |  |",
        "| Dutch: SLP 2222. |  | X |",
    ]
