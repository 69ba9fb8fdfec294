"""Notices imported from the PDF or Word file itself, as NATO bodies make them in Word or
LibreOffice: the header facts in a two-column table, an Essential/Desirable table whose cells
wrap, page headers and footers, words hyphenated at a line's end, Word's text boxes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from placed_pdf_support import Piece, lines_at, placed_pdf

from screener.importer import import_notice_file
from screener.importer.notice_files import read_notice_file

pypdf = pytest.importorskip("pypdf")

# Where LibreOffice draws a notice's pieces of text, in the order it draws them: a table cell
# after cell, so a wrapped cell's second line comes before the next cell of its row.
FACTS: list[Piece] = [
    (70, 800, "NATO UNCLASSIFIED"),
    (70, 770, "Vacancy Notice"),
    (70, 740, "Reference"),
    (200, 740, "VN 27-0042"),
    (70, 720, "Title"),
    (200, 720, "Assistant (Procurement)"),
    (70, 700, "Grade"),
    (200, 700, "G7"),
    *lines_at(70, 680, ["Closing date"]),
    *lines_at(200, 680, ["22 January", "2027"]),
]
REQUIREMENTS: list[Piece] = [
    (70, 620, "Qualifications and Experience"),
    (70, 600, "Qualification and experience"),
    (400, 600, "Essential"),
    (470, 600, "Desirable"),
    (70, 580, "Higher secondary education diploma"),
    (400, 580, "X"),
    # A word hyphenated by the layout: the hyphen drawn on its own after the first half.
    (70, 560, "Minimum 3 years of experience in contract adminis"),
    (320, 560, "-"),
    (70, 548, "tration"),
    (400, 560, "X"),
    *lines_at(70, 530, ["Bachelor's degree in business administration,", "law or economics"]),
    (470, 530, "X"),
    (70, 500, "Applications are only accepted from nationals of NATO member states."),
]
FOOTER: list[Piece] = [(70, 40, "NSPA VN 27-0042"), (250, 40, "Page 1"), (280, 40, " of 1")]


def _pdf(tmp_path: Path, pieces: list[Piece]) -> Path:
    path = tmp_path / "notice.pdf"
    path.write_bytes(placed_pdf([pieces]))
    return path


def test_a_pdfs_header_table_and_requirements_table_are_read_row_by_row(tmp_path: Path) -> None:
    vacancy = import_notice_file(_pdf(tmp_path, FACTS + REQUIREMENTS + FOOTER)).vacancy
    assert (vacancy.reference, vacancy.title.en, str(vacancy.grade)) == (
        "VN-27-0042",
        "Assistant (Procurement)",
        "G7",
    )
    assert str(vacancy.deadline.date) == "2027-01-22"
    essential = [(c.kind, c.text.en) for c in vacancy.essential if c.kind != "nationality"]
    assert essential == [
        ("education", "Higher secondary education diploma"),
        (
            "experience",
            "Minimum 3 years of experience in contract administration",
        ),
    ]
    assert [(c.kind, c.text.en) for c in vacancy.desirable] == [
        ("education", "Bachelor's degree in business administration, law or economics")
    ]


def test_a_tables_rows_become_lines_and_the_rest_stays_as_pypdf_reads_it(tmp_path: Path) -> None:
    text = read_notice_file(_pdf(tmp_path, FACTS + REQUIREMENTS + FOOTER))
    assert text.splitlines() == [
        "NATO UNCLASSIFIED",
        "Vacancy Notice",
        "Reference: VN 27-0042",
        "Title: Assistant (Procurement)",
        "Grade: G7",
        "Closing date: 22 January 2027",
        "",
        "Qualifications and Experience",
        "| Qualification and experience | Essential | Desirable |",
        "| Higher secondary education diploma | X |  |",
        "| Minimum 3 years of experience in contract administration | X |  |",
        "| Bachelor's degree in business administration, law or economics |  | X |",
        "",
        "Applications are only accepted from nationals of NATO member states.",
        "NSPA VN 27-0042 Page 1 of 1",
    ]


def test_two_columns_of_text_and_a_lone_gap_are_no_table(tmp_path: Path) -> None:
    # A page in two columns: the left column's lines, then the right one's at the same heights.
    left = lines_at(70, 700, ["ESSENTIAL QUALIFICATIONS", "- a university degree;", "- 5 years"])
    right = lines_at(320, 700, ["of experience in logistics;", "DESIRABLE", "- knowledge of SAP."])
    header = [(70, 800, "NATO UNCLASSIFIED"), (400, 800, "JFCBS 27/011")]
    path = _pdf(tmp_path, header + left + right)
    plain = pypdf.PdfReader(path).pages[0].extract_text()
    assert read_notice_file(path) == plain


def test_a_word_split_at_a_lines_end_is_whole_again(tmp_path: Path) -> None:
    pieces = [
        (70, 800, "Title: Assistant"),
        (70, 780, "ESSENTIAL"),
        (70, 760, "- Good working knowledge of Microsoft Office (Word, Excel, Out"),
        (385, 760, "-"),
        (70, 748, "look)."),
        (70, 736, "- 3 years of experience in personnel administration."),
    ]
    text = read_notice_file(_pdf(tmp_path, pieces))
    assert (
        "- Good working knowledge of Microsoft Office (Word, Excel, Outlook)." in text.splitlines()
    )
    vacancy = import_notice_file(_pdf(tmp_path, pieces)).vacancy
    assert "Outlook" in vacancy.essential[1].text.en


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{_W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _text_box(lines: list[str]) -> str:
    """A text box as Word saves it: a drawing, and the same text again for older readers."""
    content = "<w:txbxContent>" + "".join(_p(line) for line in lines) + "</w:txbxContent>"
    return (
        "<w:p><w:r><w:t>Vacancy Notice</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice><w:drawing>{content}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{content}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def _docx(body: str, header: str, footer: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {_NAMESPACES}><w:body>{body}</w:body></w:document>"
        )
        for name, part, tag in (("header1", header, "hdr"), ("footer1", footer, "ftr")):
            # Word's first-page and odd-page headers often hold the same text.
            for suffix in ("", "2"):
                archive.writestr(
                    f"word/{name[:-1]}{suffix or '1'}.xml",
                    f"<w:{tag} {_NAMESPACES}>{part}</w:{tag}>",
                )
    return buffer.getvalue()


def test_a_word_notices_text_box_is_read_once_and_its_page_header_is_read(tmp_path: Path) -> None:
    body = (
        _text_box(
            ["Post Title: Technician (Avionics)", "Grade: G10", "Closing Date: 1 February 2027"]
        )
        + _p("ESSENTIAL")
        + _p("- 5 years of experience in avionics maintenance.")
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(
        _docx(body, _p("NATO UNCLASSIFIED") + _p("Reference: NAEW 27/04"), _p("Page 1 of 2"))
    )
    text = read_notice_file(path)
    assert text.splitlines()[:6] == [
        "NATO UNCLASSIFIED",
        "Reference: NAEW 27/04",
        "Vacancy Notice",
        "Post Title: Technician (Avionics)",
        "Grade: G10",
        "Closing Date: 1 February 2027",
    ]
    assert text.count("Grade: G10") == 1
    assert text.splitlines()[-1] == "Page 1 of 2"
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.reference, vacancy.title.en, str(vacancy.grade)) == (
        "NAEW-27-04",
        "Technician (Avionics)",
        "G10",
    )


def test_a_box_of_facts_beside_the_text_gives_its_wrapped_values(tmp_path: Path) -> None:
    # A text box at the page's right: its values wrap in the narrow box.
    box = lines_at(
        330,
        800,
        [
            "Post Number:",
            "011/ACT/CAPDEV/OR-0112",
            "Grade: A3",
            "Closing Date: 12 February 2027",
            "Security Clearance: NATO",
            "SECRET",
        ],
    )
    body = [
        (70, 820, "NATO UNCLASSIFIED"),
        (70, 790, "Principal Analyst (Operational Research)"),
        (70, 700, "ESSENTIAL QUALIFICATIONS"),
        (70, 688, "- A master's degree in operational research."),
    ]
    text = read_notice_file(_pdf(tmp_path, box + body))
    assert text.splitlines()[:4] == [
        "Post Number: 011/ACT/CAPDEV/OR-0112",
        "Grade: A3",
        "Closing Date: 12 February 2027",
        "Security Clearance: NATO SECRET",
    ]
    vacancy = import_notice_file(_pdf(tmp_path, box + body)).vacancy
    assert (vacancy.reference, vacancy.clearance) == ("011-ACT-CAPDEV-OR-0112", "NS")


def test_a_word_tables_last_row_is_not_read_on_into_the_next_paragraph(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{_p(cell)}</w:tc>" for cell in cells) + "</w:tr>"

    body = (
        _p("Title: Scientist (Underwater Acoustics)")
        + _p("Qualifications")
        + "<w:tbl>"
        + row("Criterion", "Requirement", "Essential / Desirable")
        + row("Education", "PhD in physics or acoustics", "Essential")
        + row("Certification", "Offshore safety training (BOSIET) certificate", "Desirable")
        + "</w:tbl>"
        + _p("Eligibility and conditions")
        + _p("Applications are accepted from nationals of NATO member states.")
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    vacancy = import_notice_file(path).vacancy
    assert [c.text.en for c in vacancy.desirable] == [
        "Offshore safety training (BOSIET) certificate"
    ]


def test_a_nations_list_wrapped_inside_a_name_keeps_the_name() -> None:
    from importer_support import NOTICE_TOP, imported

    vacancy = imported(
        NOTICE_TOP
        + "ELIGIBILITY\n"
        + "Applications are accepted only from nationals of the following participating nations:\n"
        + "Belgium, Czech Republic, Denmark, Germany, Greece, Hungary, Italy, Luxembourg,\n"
        + "Netherlands,  Norway,  Poland,  Portugal,  Romania,  Spain,  Türkiye  and  the  United\n"
        + "States.\n"
        + "3. DUTIES\n"
        + "ESSENTIAL\n"
        + "- 5 years of experience in avionics maintenance.\n"
    )
    nationality = next(c for c in vacancy.essential if c.kind == "nationality")
    assert len(nationality.countries) == 16 and "US" in nationality.countries
    assert nationality.text.en.endswith("Türkiye and the United States")


def test_a_header_table_in_two_pairs_of_columns_gives_each_fact(tmp_path: Path) -> None:
    # "Post title | Assistant ... | Grade | G5" in a PDF, then a table of a fact in each language.
    pieces = [
        (70, 800, "Post title"),
        (160, 800, "Assistant (Warehouse Operations)"),
        (340, 800, "Grade"),
        (420, 800, "G5"),
        (70, 780, "Closing date"),
        (160, 780, "26 February 2027"),
        (340, 780, "Reference"),
        (420, 780, "27-0108"),
        (70, 730, "Security clearance: NATO SECRET"),
        (320, 730, "Habilitation : NATO SECRET"),
        (70, 710, "Location: Capellen"),
        (320, 710, "Lieu : Capellen"),
        (70, 670, "ESSENTIAL"),
        (70, 658, "- 2 years of experience in warehouse operations."),
    ]
    text = read_notice_file(_pdf(tmp_path, pieces))
    assert text.splitlines()[:6] == [
        "Post title: Assistant (Warehouse Operations)   Grade: G5",
        "Closing date: 26 February 2027   Reference: 27-0108",
        "",
        "Security clearance: NATO SECRET",
        "Habilitation : NATO SECRET",
        "Location: Capellen",
    ]
    vacancy = import_notice_file(_pdf(tmp_path, pieces)).vacancy
    assert (vacancy.title.en, str(vacancy.grade), vacancy.reference, vacancy.clearance) == (
        "Assistant (Warehouse Operations)",
        "G5",
        "27-0108",
        "NS",
    )


def test_a_word_lists_sub_items_keep_their_level(tmp_path: Path) -> None:
    def item(text: str, level: int) -> str:
        numbered = (
            f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        )
        return f"<w:p>{numbered}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = (
        _p("Title: Officer (Legal Affairs)")
        + _p("ESSENTIAL QUALIFICATIONS")
        + item("A university degree in law, and:", 0)
        + item("admission to the bar of a NATO nation, or", 1)
        + item("an LL.M. in international law;", 1)
        + item("At least 10 years of experience as a legal adviser.", 0)
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    assert read_notice_file(path).splitlines()[2:5] == [
        "- A university degree in law, and:",
        "o admission to the bar of a NATO nation, or",
        "o an LL.M. in international law;",
    ]
    vacancy = import_notice_file(path).vacancy
    assert [c.kind for c in vacancy.essential if c.kind != "nationality"] == [
        "education",
        "experience",
    ]


def test_two_columns_drawn_line_by_line_across_the_page_are_no_table(tmp_path: Path) -> None:
    # Some PDF makers draw a page in two columns a line of each column after the other.
    left = ["The Branch provides personnel administration", "for the civilian workforce of the"]
    right = [
        "The incumbent maintains personnel files and",
        "the HR management system of the Agency",
    ]
    pieces = [
        (x, 700 - 12 * i, column[i]) for i in range(2) for x, column in ((70, left), (320, right))
    ]
    path = _pdf(tmp_path, [(70, 800, "Title: Assistant"), *pieces])
    assert read_notice_file(path) == pypdf.PdfReader(path).pages[0].extract_text()


def test_a_word_non_breaking_hyphen_is_kept(tmp_path: Path) -> None:
    body = (
        _p("Title: Assistant")
        + "<w:p><w:r><w:t>Experience of NATO</w:t><w:noBreakHyphen/>"
        + "<w:t>wide logistics systems.</w:t></w:r></w:p>"
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    assert "Experience of NATO-wide logistics systems." in read_notice_file(path).splitlines()


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([70.0, 71.0, 160.0, 320.0, 400.0, 470.0]),
            st.integers(min_value=0, max_value=40).map(lambda row: 800.0 - 12 * row),
            st.lists(_WORD, min_size=1, max_size=6).map(" ".join),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_pieces_anywhere_on_a_page_lose_no_word(tmp_path_factory, pieces: list[Piece]) -> None:
    path = tmp_path_factory.mktemp("pdf") / "notice.pdf"
    path.write_bytes(placed_pdf([pieces]))
    text = read_notice_file(path)
    for _x, _y, words in pieces:
        for word in words.split():
            assert word in text


def test_ticks_and_boxes_in_a_word_table_mark_each_requirements_section(tmp_path: Path) -> None:
    def cell(content: str) -> str:
        return f"<w:tc><w:p><w:r>{content}</w:r></w:p></w:tc>"

    def row(requirement: str, essential: str, desirable: str) -> str:
        return (
            "<w:tr>"
            + cell(f"<w:t>{requirement}</w:t>")
            + cell(essential)
            + cell(desirable)
            + "</w:tr>"
        )

    tick = '<w:sym w:font="Wingdings" w:char="F0FC"/>'  # Word's tick, in a symbol font
    checked, empty = "<w:t>☒</w:t>", "<w:t>☐</w:t>"  # check boxes (content controls)
    body = (
        _p("Title: Assistant (Procurement)")
        + _p("Qualifications")
        + "<w:tbl>"
        + row("Requirement", "<w:t>Essential</w:t>", "<w:t>Desirable</w:t>")
        + row("Higher secondary education diploma", tick, "")
        + row("At least 3 years of experience in procurement", checked, empty)
        + row("Knowledge of SAP MM", empty, checked)
        + "</w:tbl>"
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    vacancy = import_notice_file(path).vacancy
    essential = [c.kind for c in vacancy.essential if c.kind != "nationality"]
    assert essential == ["education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == ["Knowledge of SAP MM"]


def test_a_word_notice_framed_in_a_table_of_one_cell_reads_as_its_paragraphs(
    tmp_path: Path,
) -> None:
    def item(text: str) -> str:
        numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        return f"<w:p>{numbered}<w:r><w:t>{text}</w:t></w:r></w:p>"

    framed = (
        _p("Post title: Assistant (Logistics)")
        + _p("Grade: G6")
        + _p("ESSENTIAL QUALIFICATIONS")
        + item("Secondary education.")
        + item("At least 3 years of experience in supply chain management.")
        + _p("DESIRABLE QUALIFICATIONS")
        + item("Knowledge of SAP.")
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(f"<w:tbl><w:tr><w:tc>{framed}</w:tc></w:tr></w:tbl>", "", ""))
    vacancy = import_notice_file(path).vacancy
    assert (vacancy.title.en, str(vacancy.grade)) == ("Assistant (Logistics)", "G6")
    assert [c.kind for c in vacancy.essential if c.kind != "nationality"] == [
        "education",
        "experience",
    ]
    assert [c.text.en for c in vacancy.desirable] == ["Knowledge of SAP"]


def test_a_word_notice_in_english_and_french_side_by_side_reads_as_two_versions(
    tmp_path: Path,
) -> None:
    def item(text: str) -> str:
        numbered = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        return f"<w:p>{numbered}<w:r><w:t>{text}</w:t></w:r></w:p>"

    english = (
        _p("ESSENTIAL QUALIFICATIONS")
        + item("Higher secondary education.")
        + item("At least 4 years of experience in translation.")
    )
    french = (
        _p("QUALIFICATIONS ESSENTIELLES")
        + item("Études secondaires supérieures.")
        + item("Au moins 4 années d'expérience de la traduction.")
    )
    layout = f"<w:tbl><w:tr><w:tc>{english}</w:tc><w:tc>{french}</w:tc></w:tr></w:tbl>"
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(_p("Title: Translator") + _p("Grade: A2") + layout, "", ""))
    vacancy = import_notice_file(path).vacancy
    read = [(c.kind, c.text.en, c.text.fr) for c in vacancy.essential if c.kind != "nationality"]
    assert read == [
        ("education", "Higher secondary education", "Études secondaires supérieures"),
        (
            "experience",
            "At least 4 years of experience in translation",
            "Au moins 4 années d'expérience de la traduction",
        ),
    ]


_ENGLISH_THEN_FRENCH = [
    ("ESSENTIAL", True),
    ("- Higher secondary education.", False),
    ("- At least 3 years of experience as a translator.", False),
    ("DESIRABLE", True),
    ("- Experience with SDL Trados.", False),
    ("- Knowledge of Spanish.", False),
    ("ESSENTIEL", True),
    ("- Études secondaires supérieures.", False),
    ("- Au moins 3 années d'expérience comme traducteur.", False),
    ("SOUHAITABLE", True),
    ("- Expérience de SDL Trados.", False),
    ("- Connaissance de l'espagnol.", False),
]


def _read(vacancy: object) -> tuple[list[str], list[str]]:
    """The English requirements: the French version's headings in capitals under the last
    item of a list were read into it, and the French items then as more requirements."""
    return (
        [c.kind for c in vacancy.essential if c.kind != "nationality"],  # type: ignore[attr-defined]
        [c.text.en for c in vacancy.desirable],  # type: ignore[attr-defined]
    )


_READ = (["education", "experience"], ["Experience with SDL Trados", "Knowledge of Spanish"])


def test_a_pdf_heading_set_apart_under_a_list_starts_a_block(tmp_path: Path) -> None:
    # The French heading is set apart from the English list above by more than a line's room.
    pieces: list[Piece] = [(70, 800, "Title: Translator"), (70, 788, "Grade: A2")]
    y = 760.0
    for text, heading in _ENGLISH_THEN_FRENCH:
        y -= 24 if heading else 12
        pieces.append((70, y, text))
    assert _read(import_notice_file(_pdf(tmp_path, pieces)).vacancy) == _READ


def test_a_word_heading_in_bold_under_a_list_starts_a_block(tmp_path: Path) -> None:
    def paragraph(text: str, bold: bool) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f"<w:p><w:r>{props}<w:t>{text}</w:t></w:r></w:p>"

    body = _p("Title: Translator") + _p("Grade: A2")
    body += "".join(paragraph(text, bold) for text, bold in _ENGLISH_THEN_FRENCH)
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    assert _read(import_notice_file(path).vacancy) == _READ


def test_a_word_notices_tracked_move_is_read_at_its_new_place_only(tmp_path: Path) -> None:
    moved = "<w:r><w:t>Knowledge of SAP.</w:t></w:r>"
    body = (
        _p("Title: Assistant")
        + f'<w:p><w:moveFrom w:id="1" w:author="HR">{moved}</w:moveFrom></w:p>'
        + _p("DESIRABLE")
        + f'<w:p><w:moveTo w:id="2" w:author="HR">{moved}</w:moveTo></w:p>'
    )
    path = tmp_path / "notice.docx"
    path.write_bytes(_docx(body, "", ""))
    assert read_notice_file(path).count("Knowledge of SAP.") == 1
