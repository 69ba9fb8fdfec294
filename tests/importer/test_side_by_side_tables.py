"""Requirement tables laid out by section (the thirty-ninth blind batch's C-IED COE page): the
Essential and the Desirable requirements side by side in two columns, one cell sometimes empty,
on a saved web page or as the text of a PDF or a paste (cells apart by a tab, a run of spaces
or "|"), and tables whose rows are the sections with the requirements in one cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_support import imported

from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file

_TOP = (
    "<html><body><h1>Engineer (Network Services)</h1><p>Reference: JWC 27/ENG/02<br>"
    "Grade: A2<br>Deadline: 1 March 2027</p><h3>Qualifications</h3>"
)
_END = "<p>Open to nationals of NATO member nations.</p></body></html>"
_DEGREE = "University degree in computer science."
_YEARS = "At least 4 years' experience in network administration."
_NORWEGIAN = "Knowledge of Norwegian."
_CCNP = "CCNP certification."


def _page(tmp_path: Path, table: str) -> Vacancy:
    path = tmp_path / "notice.html"
    path.write_text(_TOP + table + _END, encoding="utf-8")
    return import_notice_file(path).vacancy


def _lists(vacancy: Vacancy) -> tuple[list[str], list[str]]:
    return [c.kind for c in vacancy.essential[1:]], [c.kind for c in vacancy.desirable]


@pytest.mark.parametrize(
    "table",
    [
        # A header row in <thead>, one requirement per cell, empty cells on either side.
        "<table><thead><tr><th>Essential</th><th>Desirable</th></tr></thead><tbody>"
        f"<tr><td>{_DEGREE}</td><td>{_CCNP}</td></tr><tr><td></td><td>{_NORWEGIAN}</td></tr>"
        f"<tr><td>{_YEARS}</td><td></td></tr></tbody></table>",
        # The header row in plain cells, other words, the desirable column first.
        "<table><tr><td><b>Desirable qualifications</b></td><td><b>Essential qualifications"
        f"</b></td></tr><tr><td>{_CCNP}</td><td>{_DEGREE}</td></tr>"
        f"<tr><td>{_NORWEGIAN}</td><td>{_YEARS}</td></tr></table>",
        # Cells holding lists.
        "<table><tr><th>Essential</th><th>Desirable (an asset)</th></tr><tr>"
        f"<td><ul><li>{_DEGREE}</li><li>{_YEARS}</li></ul></td>"
        f"<td><ul><li>{_CCNP}</li><li>{_NORWEGIAN}</li></ul></td></tr></table>",
        # No header row: each cell opens with its section's name.
        f"<table><tr><td><b>Essential</b><br>{_DEGREE}<br>{_YEARS}</td>"
        f"<td><b>Desirable</b><br>{_CCNP}<br>{_NORWEGIAN}</td></tr></table>",
        # A table drawn with <div>s and ARIA roles, as a careers site's script writes it.
        '<div role="table"><div role="row"><div role="columnheader">Essential</div>'
        '<div role="columnheader">Desirable</div></div><div role="row">'
        f'<div role="cell">{_DEGREE}</div><div role="cell">{_CCNP}</div></div>'
        f'<div role="row"><div role="cell">{_YEARS}</div><div role="cell">{_NORWEGIAN}</div>'
        "</div></div>",
        # The sections as rows, the bullets of a job board's copy run together in a cell.
        f"<table><tr><th>Essential</th><td>• {_DEGREE} • {_YEARS}</td></tr>"
        f"<tr><th>Desirable</th><td>• {_CCNP} • {_NORWEGIAN}</td></tr></table>",
        # The sections as rows, their requirements apart by <br> or in a list.
        f"<table><tr><th>Essential</th><td>{_DEGREE}<br>{_YEARS}</td></tr>"
        f"<tr><th>Desirable</th><td><ul><li>{_CCNP}</li><li>{_NORWEGIAN}</li></ul></td></tr>"
        "</table>",
    ],
)
def test_a_web_table_of_sections_gives_each_its_requirements(tmp_path: Path, table: str) -> None:
    essential, desirable = _lists(_page(tmp_path, table))
    assert essential == ["education", "experience"]
    assert sorted(desirable) == ["certification", "language"]


def test_rows_of_sections_keep_a_lone_requirement_after_a_longer_row(tmp_path: Path) -> None:
    vacancy = _page(
        tmp_path,
        f"<table><tr><th>Essential</th><td>{_DEGREE}<br>{_YEARS}<br>English: SLP 3333.</td></tr>"
        f"<tr><th>Desirable</th><td>{_NORWEGIAN}</td></tr></table>",
    )
    assert _lists(vacancy) == (["education", "experience", "language_profile"], ["language"])


def test_a_french_web_table_side_by_side(tmp_path: Path) -> None:
    vacancy = _page(
        tmp_path,
        "<table><tr><td><strong>Essentielles</strong></td><td><strong>Souhaitables</strong>"
        "</td></tr><tr><td><ul><li>Diplôme de l'enseignement secondaire supérieur.</li>"
        "<li>Au moins 2 ans d'expérience dans un poste administratif.</li></ul></td>"
        "<td><ul><li>Connaissance de l'allemand.</li><li>Permis de conduire de catégorie B."
        "</li></ul></td></tr></table>",
    )
    assert _lists(vacancy) == (["education", "experience"], ["language", "driving_licence"])


_TEXT_TOP = (
    "Title: Analyst (Lessons Learned)\nReference: CIEDCOE-27-03\nGrade: G12\n"
    "Deadline: 29 January 2027\n\nRequirements\n"
)
_TEXT_END = "\nEligibility: nationals of NATO member countries only.\n"


@pytest.mark.parametrize(
    "table",
    [
        # A Word table pasted: cells apart by a tab, an empty cell left or right.
        "Essential\tDesirable\n"
        "University degree in engineering or forensic science.\tNATO Lessons Learned course.\n"
        "Minimum 5 years' experience in C-IED or EOD.\tWorking knowledge of Spanish.\n"
        "\tDriving licence category B.\n"
        "English: SLP 3333.\t\n",
        # A Markdown table with a blank line under its header.
        "| Essential | Desirable |\n\n|---|---|\n"
        "| University degree in engineering or forensic science. | NATO Lessons Learned course. |\n"
        "|  | Working knowledge of Spanish. |\n"
        "| Minimum 5 years' experience in C-IED or EOD. | Driving licence category B. |\n"
        "| English: SLP 3333. |  |\n",
        # A PDF's columns apart by runs of spaces, long cells wrapped in their column.
        "Essential                                        Desirable\n\n"
        "University degree in engineering or forensic     NATO Lessons Learned\n"
        "science.                                         course.\n"
        "Minimum 5 years' experience in C-IED or          Working knowledge of Spanish.\n"
        "EOD.                                             Driving licence category B.\n"
        "English: SLP 3333.\n",
    ],
)
def test_a_text_table_side_by_side_gives_both_lists(table: str) -> None:
    vacancy = imported(_TEXT_TOP + table + _TEXT_END)
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "University degree in engineering or forensic science",
        "Minimum 5 years' experience in C-IED or EOD",
        "English: SLP 3333",
    ]
    assert sorted(c.kind for c in vacancy.desirable) == ["driving_licence", "language", "statement"]


def test_a_french_pdf_table_with_bullets_wrapped_in_both_columns() -> None:
    vacancy = imported(
        "Intitulé : Analyste (retour d'expérience)\nRéférence : CIEDCOE-27-04\nGrade : G12\n"
        "Date limite : 29 janvier 2027\n\nQualifications requises\n"
        "Essentielles                                   Souhaitables\n"
        "• Diplôme universitaire en ingénierie.         • Cours OTAN d'officier d'état-major\n"
        "• Au moins 5 ans d'expérience en C-IED           retour d'expérience.\n"
        "  ou en neutralisation d'engins explosifs.     • Connaissance de l'espagnol.\n"
        "• Anglais : SLP 3333.\n\n"
        "Ouvert aux ressortissants des pays membres de l'OTAN.\n"
    )
    assert [c.text.fr for c in vacancy.essential[1:]] == [
        "Diplôme universitaire en ingénierie",
        "Au moins 5 ans d'expérience en C-IED ou en neutralisation d'engins explosifs",
        "Anglais : SLP 3333",
    ]
    assert [c.text.fr for c in vacancy.desirable] == [
        "Cours OTAN d'officier d'état-major retour d'expérience",
        "Connaissance de l'espagnol",
    ]


_CATEGORY_ROWS = [
    ("Education", "University degree in computer science.", "Master's degree in computing."),
    ("Experience", "At least 4 years' experience in networks.", "Experience in a military HQ."),
    ("Languages", "English: SLP 3333.", "French: SLP 2222."),
    ("Certifications", "", "CCNP certification."),
]


def _category_table(form: str) -> str:
    if form == "html":
        rows = "".join(
            f"<tr><td>{area}</td><td>{essential}</td><td>{desirable}</td></tr>"
            for area, essential, desirable in _CATEGORY_ROWS
        )
        return f"<table><tr><th></th><th>Essential</th><th>Desirable</th></tr>{rows}</table>"
    if form == "tab":
        rows = "".join("\t".join(row) + "\n" for row in _CATEGORY_ROWS)
        return f"Criteria\tEssential\tDesirable\n{rows}"
    rows = "".join("| " + " | ".join(row) + " |\n" for row in _CATEGORY_ROWS)
    return f"|  | Essential | Desirable |\n|---|---|---|\n{rows}"


@pytest.mark.parametrize("form", ["html", "tab", "pipe"])
def test_a_table_of_categories_with_essential_and_desirable_columns(
    form: str, tmp_path: Path
) -> None:
    table = _category_table(form)
    html = form == "html"
    vacancy = _page(tmp_path, table) if html else imported(_TEXT_TOP + table + _TEXT_END)
    assert _lists(vacancy) == (
        ["education", "experience", "language_profile"],
        ["education", "statement", "language_profile", "certification"],
    )


@pytest.mark.parametrize("form", ["html", "tab"])
def test_a_table_of_x_marks_with_an_empty_cell_keeps_each_mark_in_its_column(
    form: str, tmp_path: Path
) -> None:
    rows = [(_DEGREE, "X", ""), (_YEARS, "X", ""), (_CCNP, "", "X")]
    if form == "html":
        cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        vacancy = _page(
            tmp_path,
            f"<table><tr><th>Requirement</th><th>Essential</th><th>Desirable</th></tr>{cells}"
            "</table>",
        )
    else:
        lines = "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows)
        vacancy = imported(_TEXT_TOP + f"Requirement\tEssential\tDesirable\n{lines}" + _TEXT_END)
    assert _lists(vacancy) == (["education", "experience"], ["certification"])


@pytest.mark.parametrize(
    ("essential", "desirable"), [("Essential", "Desirable"), ("ESSENTIAL", "DESIRABLE")]
)
def test_a_pdf_table_whose_rows_are_apart_by_blank_lines_keeps_its_last_lone_cell(
    essential: str, desirable: str
) -> None:
    vacancy = imported(
        _TEXT_TOP + f"{essential:<51}{desirable}\n\n"
        "University degree in engineering, forensic         NATO Lessons Learned Staff Officer\n"
        "science or security studies.                       Course.\n\n"
        "Minimum 5 years' experience in C-IED, EOD or       Working knowledge of Spanish.\n"
        "weapons intelligence.\n\n"
        "English: SLP 3333.                                 Driving licence category B.\n\n"
        "Ability to deploy to mission areas for up to\n3 weeks.\n" + _TEXT_END
    )
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "University degree in engineering, forensic science or security studies",
        "Minimum 5 years' experience in C-IED, EOD or weapons intelligence",
        "English: SLP 3333",
        "Ability to deploy to mission areas for up to 3 weeks",
    ]
    assert len(vacancy.desirable) == 3
    # Cells told apart by their place on the line only: the review says to check them.
    assert "side_by_side" in {item.code for item in vacancy.review}


@pytest.mark.parametrize(
    "table",
    [
        # A one-column table per section, its header the section's name.
        f"<table><tr><th>Essential</th></tr><tr><td>{_DEGREE}</td></tr><tr><td>{_YEARS}</td>"
        f"</tr></table><table><tr><th>Desirable</th></tr><tr><td>{_CCNP}</td></tr>"
        f"<tr><td>{_NORWEGIAN}</td></tr></table>",
        # One column for the whole notice: the sections' names as rows, then the next section.
        f"<table><tr><td>Duties</td></tr><tr><td>Runs the network.</td></tr>"
        f"<tr><td>Essential</td></tr><tr><td>{_DEGREE}</td></tr><tr><td>{_YEARS}</td></tr>"
        f"<tr><td>Desirable</td></tr><tr><td>{_CCNP}</td></tr><tr><td>{_NORWEGIAN}</td></tr>"
        "<tr><td>How to apply</td></tr><tr><td>Apply online at the NATO careers site.</td></tr>"
        "</table>",
    ],
)
def test_a_one_column_table_with_a_row_naming_each_section(tmp_path: Path, table: str) -> None:
    essential, desirable = _lists(_page(tmp_path, table))
    assert essential == ["education", "experience"]
    assert desirable == ["certification", "language"]


@pytest.mark.parametrize(
    "after",
    [
        "Open to nationals of NATO member nations.",
        "Applicants must be nationals of a NATO member state.",
        "Ouvert aux ressortissants des pays membres de l'OTAN.",
    ],
)
def test_who_may_apply_after_a_list_of_plain_lines_is_no_requirement(after: str) -> None:
    vacancy = imported(
        "Title: Engineer\nReference: JWC 27/ENG/02\nGrade: A2\n\nESSENTIAL\n"
        "University degree in computer science.\nAt least 4 years experience in networks.\n\n"
        f"DESIRABLE\nCCNP certification.\nKnowledge of Norwegian.\n\n{after}\n"
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification", "language"])


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("Minimum requirements", "Preferred requirements"),
        ("Required qualifications", "Preferred qualifications"),
        ("Compétences essentielles", "Compétences souhaitées"),
        ("Mandatory", "Optional"),
        ("Essential / Essentiel", "Desirable / Souhaitable"),
    ],
)
def test_a_side_by_side_header_in_other_words(
    tmp_path: Path, essential: str, desirable: str
) -> None:
    vacancy = _page(
        tmp_path,
        f"<table><tr><th>{essential}</th><th>{desirable}</th></tr>"
        f"<tr><td>{_DEGREE}</td><td>{_CCNP}</td></tr><tr><td>{_YEARS}</td><td>{_NORWEGIAN}</td>"
        "</tr></table>",
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification", "language"])


def test_a_table_of_marks_with_category_rows_between_its_rows(tmp_path: Path) -> None:
    vacancy = _page(
        tmp_path,
        "<table><tr><th>Qualification</th><th>Essential</th><th>Desirable</th></tr>"
        '<tr><td colspan="3"><b>Education</b></td></tr>'
        f"<tr><td>{_DEGREE}</td><td>X</td><td></td></tr>"
        '<tr><td colspan="3"><b>Experience</b></td></tr>'
        f"<tr><td>{_YEARS}</td><td>Yes</td><td>No</td></tr>"
        f"<tr><td>{_CCNP}</td><td>No</td><td>Yes</td></tr></table>",
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification"])


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_a_text_table_of_marks_with_group_names_between_its_rows(separator: str) -> None:
    def row(*cells: str) -> str:
        return separator.join(cells) + "\n"

    vacancy = imported(
        _TEXT_TOP
        + row("Qualification", "Essential", "Desirable")
        + "Education\n"
        + row(_DEGREE, "X", "")
        + "Experience\n"
        + row(_YEARS, "X", "")
        + row(_CCNP, "", "X")
        + _TEXT_END
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification"])


@pytest.mark.parametrize(
    "items",
    [
        (f"<dd>{_DEGREE}</dd><dd>{_YEARS}</dd>", f"<dd>{_CCNP}</dd><dd>{_NORWEGIAN}</dd>"),
        (
            f"<dd><ul><li>{_DEGREE}</li><li>{_YEARS}</li></ul></dd>",
            f"<dd><ul><li>{_CCNP}</li><li>{_NORWEGIAN}</li></ul></dd>",
        ),
    ],
)
def test_a_definition_list_whose_terms_name_the_sections(
    tmp_path: Path, items: tuple[str, str]
) -> None:
    vacancy = _page(
        tmp_path,
        f"<dl><dt>Reference</dt><dd>JWC 27/ENG/02</dd><dt>Essential</dt>{items[0]}"
        f"<dt>Desirable:</dt>{items[1]}</dl>",
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification", "language"])
    assert "list_found_by_prose" not in {item.code for item in vacancy.review}


def test_a_side_by_side_table_quoted_in_a_forwarded_e_mail() -> None:
    vacancy = imported(
        "Dear candidate, please find the notice below.\n\n-----Original Message-----\n"
        "> Title: Analyst (Lessons Learned)\n> Reference: CIEDCOE-27-03\n> Grade: G12\n>\n"
        "> Essential\tDesirable\n"
        f"> {_DEGREE}\t{_CCNP}\n"
        f"> {_YEARS}\t{_NORWEGIAN}\n"
        ">\n> Eligibility: nationals of NATO member countries only.\n"
    )
    assert _lists(vacancy) == (["education", "experience"], ["certification", "language"])
