"""A careers page printed to PDF by a browser: Firefox's margins (the page's title and address
at the top, "1 of 2" and the date and time at the bottom), Chromium's, and a site's navigation
printed left of the notice, drawn after it or before it. None of it is a header field or a
requirement; the list goes on across the page break."""

from __future__ import annotations

from pathlib import Path

import pytest
from placed_pdf_support import Piece, lines_at, placed_pdf

from screener.importer import import_notice_file
from screener.importer.page_furniture import drop_page_furniture
from tests.importer.importer_support import imported, title_reference_grade

_FIRST = [
    "NATO Support and Procurement Agency",
    "Vacancy details",
    "",
    "Reference: 26/NSPA/LOG/204",
    "Post title: Assistant (Warehouse Operations)",
    "Grade: G5",
    "Closing date: 15 January 2027",
    "",
    "QUALIFICATIONS AND EXPERIENCE",
    "Essential",
    "- Higher secondary education.",
    "- At least 3 years' experience in warehouse operations.",
]
_SECOND = [
    "- Valid driving licence category B.",
    "- Ability to use SAP or a similar ERP system.",
    "Desirable",
    "- Forklift licence.",
]
_MENU = ["Careers at NSPA", "Current vacancies", "How to apply", "Working at NSPA", "Contact us"]
_URL = "https://careers.nspa.nato.int/job/1234"
_ITEMS = [
    ("education", "Higher secondary education"),
    ("experience", "At least 3 years' experience in warehouse operations"),
    ("driving_licence", "Valid driving licence category B"),
    ("statement", "Ability to use SAP or a similar ERP system"),
    ("certification", "Forklift licence"),
]


def _firefox(page: int, body: list[str], menu: list[str]) -> list[Piece]:
    return [
        (20, 825, "Vacancy details | NSPA"),
        (300, 825, _URL),
        *lines_at(190, 780, body),
        *lines_at(25, 780, menu),
        (20, 15, f"{page} of 2"),
        (480, 15, "30/11/2026, 14:05"),
    ]


def _chromium(page: int, body: list[str], menu: list[str]) -> list[Piece]:
    return [
        *lines_at(190, 780, body),
        *lines_at(25, 780, menu),
        (20, 825, "30/11/2026, 14:05"),
        (250, 825, "Vacancy details | NSPA"),
        (20, 15, _URL),
        (550, 15, f"{page}/2"),
    ]


def _safari(page: int, body: list[str], menu: list[str]) -> list[Piece]:
    return [
        (20, 825, "Vacancy details | NSPA"),
        (480, 825, "30/11/2026, 14:05"),
        *lines_at(190, 780, body),
        *lines_at(25, 780, menu),
        (20, 15, _URL),
        (500, 15, f"{page} of 2"),
    ]


def _beside(page: int, body: list[str], menu: list[str]) -> list[Piece]:
    """The navigation drawn line by line with the notice, as a page laid out in a table is."""
    pieces = sorted([*lines_at(190, 780, body), *lines_at(25, 780, menu)], key=lambda p: -p[1])
    return [(20, 825, "30/11/2026, 14:05"), *pieces, (20, 15, _URL), (550, 15, f"{page}/2")]


@pytest.mark.parametrize("margins", [_firefox, _chromium, _safari, _beside])
@pytest.mark.parametrize("menu", [[], _MENU])
def test_a_printed_careers_page_reads_as_the_notice(
    margins: object, menu: list[str], tmp_path: Path
) -> None:
    pages = [margins(1, _FIRST, menu), margins(2, _SECOND, menu)]  # type: ignore[operator]
    path = tmp_path / "vacancy.pdf"
    path.write_bytes(placed_pdf(pages))
    vacancy = import_notice_file(path).vacancy
    assert title_reference_grade(vacancy) == (
        "Assistant (Warehouse Operations)",
        "26-NSPA-LOG-204",
        "G5",
    )
    assert str(vacancy.deadline.date) == "2027-01-15"
    found = [(c.kind, c.text.en) for c in vacancy.criteria if c.kind != "nationality"]
    assert found == _ITEMS


def test_a_copy_of_firefox_margins_in_text_is_left_out() -> None:
    page_top = f"Vacancy details | NSPA    {_URL}\nHome / Careers / Vacancies / Apply\n"
    text = (
        page_top
        + "\n".join(_FIRST)
        + "\n1 of 2                                      30/11/2026, 14:05\n"
        + page_top
        + "\n".join(_SECOND)
        + "\n30/11/2026, 14:05   2 of 2\n"
    )
    vacancy = imported(text)
    assert [(c.kind, c.text.en) for c in vacancy.criteria if c.kind != "nationality"] == _ITEMS


@pytest.mark.parametrize(
    ("top", "kept"),
    [
        (
            "30/11/2026, 14:05          Logistics Assistant - 261963 | NATO Careers",
            "Logistics Assistant - 261963 | NATO Careers",
        ),
        (f"Vacancy details | NSPA          {_URL}", "Vacancy details | NSPA"),
        # A labelled date and time is the notice's own.
        ("Closing date: 15/01/2027 23:59", "Closing date: 15/01/2027 23:59"),
    ],
)
def test_a_page_printed_once_keeps_its_title_without_the_stamp(top: str, kept: str) -> None:
    lines = drop_page_furniture([top, "Logistics Assistant", "Grade: G5", "", "Essential"])
    assert lines[0] == kept
