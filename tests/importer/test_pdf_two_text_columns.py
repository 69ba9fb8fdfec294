"""A PDF page in two columns of text whose maker draws a line of each at a time (the fortieth
blind batch's cause 4): pypdf joined the two columns' lines with a single space, so every line
mixed the English and the French text. Where each piece is drawn parts them again."""

from __future__ import annotations

from pathlib import Path

from placed_pdf_support import Piece, placed_pdf

from screener.importer import import_notice_file
from screener.importer.notice_files import read_notice_file

_ENGLISH = [
    "Title: Logistics Assistant (Warehouse and Stores)",
    "NATO Grade: G5",
    "Application Deadline: 1 March 2027",
    "",
    "ESSENTIAL QUALIFICATIONS",
    "- Higher secondary education or a vocational diploma.",
    "- Three years of experience in warehouse management",
    "  and stock control.",
    "- Knowledge of SAP MM or a similar inventory system.",
    "",
    "DESIRABLE QUALIFICATIONS",
    "- Valid driving licence (category B) for light vehicles.",
]
_FRENCH = [
    "Titre : Assistant logistique (entrepôt et magasins)",
    "Grade OTAN : G5",
    "Date limite : 1 mars 2027",
    "",
    "ACQUIS ESSENTIELS",
    "- Études secondaires supérieures ou diplôme professionnel.",
    "- Trois ans d'expérience dans la gestion d'un entrepôt",
    "  et le contrôle des stocks.",
    "- Connaissance de SAP MM ou d'un système d'inventaire.",
    "",
    "ACQUIS SOUHAITABLES",
    "- Permis de conduire valide (catégorie B) pour véhicules légers.",
]


def _line_by_line(left: list[str], right: list[str], x_right: float = 310) -> list[Piece]:
    pieces: list[Piece] = []
    for row, (english, french) in enumerate(zip(left, right, strict=True)):
        y = 780 - 14 * row
        pieces += [(40, y, english)] if english else []
        pieces += [(x_right, y, french)] if french else []
    return pieces


def _pdf(tmp_path: Path, pieces: list[Piece]) -> Path:
    path = tmp_path / "notice.pdf"
    path.write_bytes(placed_pdf([pieces], size=8))
    return path


def test_english_and_french_columns_drawn_line_by_line_are_parted(tmp_path: Path) -> None:
    vacancy = import_notice_file(_pdf(tmp_path, _line_by_line(_ENGLISH, _FRENCH))).vacancy
    assert [c.text.en for c in vacancy.essential[1:]] == [
        "Higher secondary education or a vocational diploma",
        "Three years of experience in warehouse management and stock control",
        "Knowledge of SAP MM or a similar inventory system",
    ]
    assert [c.text.fr for c in vacancy.essential[1:]][1] == (
        "Trois ans d'expérience dans la gestion d'un entrepôt et le contrôle des stocks"
    )
    assert [c.text.fr for c in vacancy.desirable] == [
        "Permis de conduire valide (catégorie B) pour véhicules légers"
    ]
    assert "two_columns" in [item.code for item in vacancy.review]


def test_lines_of_the_right_column_alone_stay_in_it(tmp_path: Path) -> None:
    # The French column runs a line longer: its last line has nothing beside it.
    pieces = _line_by_line([*_ENGLISH, ""], [*_FRENCH, "- Connaissance de l'allemand."])
    text = read_notice_file(_pdf(tmp_path, pieces))
    last = text.rstrip().splitlines()[-1]
    assert last.startswith(" " * 20) and last.strip() == "- Connaissance de l'allemand."


def test_a_table_of_labels_and_values_is_no_pair_of_columns(tmp_path: Path) -> None:
    labels = ["Reference", "Title", "Grade", "Location", "Clearance", "Deadline", "Body"]
    values = ["VN 27-0042", "Assistant", "G7", "Mons", "NATO SECRET", "1 March 2027", "NCIA"]
    pieces = _line_by_line(labels, values, x_right=200)
    text = read_notice_file(_pdf(tmp_path, pieces))
    assert "Title: Assistant" in text or "Title Assistant" in text
    assert "Title" + " " * 4 not in text


def test_columns_joined_by_a_single_space_in_pasted_text_are_said_in_the_review() -> None:
    # The same page's text as a viewer copies it: nothing left to part the columns by.
    from screener.importer import import_notice_text

    text = "\n".join(f"{a} {b}".strip() for a, b in zip(_ENGLISH, _FRENCH, strict=True))
    codes = [item.code for item in import_notice_text(text, "notice.txt").vacancy.review]
    assert "joined_columns" in codes


def test_a_bilingual_notice_in_halves_is_not_said_to_have_joined_columns() -> None:
    from screener.importer import import_notice_text

    text = "\n".join([*_ENGLISH, "", *_FRENCH])
    codes = [item.code for item in import_notice_text(text, "notice.txt").vacancy.review]
    assert "joined_columns" not in codes
