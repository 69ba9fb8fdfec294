"""Requirements written as labelled rows instead of lists under headings.

Some notices put their requirements in a text table ("| Essential | University degree |",
"| Desirable | Knowledge of French |") or on unbulleted lines that each carry their own label
("Essential: University degree", "Desirable: Knowledge of French"). Nothing there is a heading
or a bullet, so the section finder would see no list at all. A run of such rows is rewritten
into the layout the finder reads: an ESSENTIAL heading with its bullets, then a DESIRABLE one.

Only a run of two rows or more, made only of labelled rows (and a table's header and ruling
lines), is rewritten: a lone "Desirable: ..." bullet inside a list is the business of
marked_desirable, and prose is never touched.
"""

from __future__ import annotations

import re

from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import fold

# On folded text: the label, then the requirement (in a table cell, or after a colon or dash).
_ROW = re.compile(
    r"^\|?\s?(essential|desirable|required|preferred|essentiel(?:le)?s?|souhaitables?|requis)"
    r"\s?(?:\||[:–-])\s?(\S.{2,})$"
    # "E - University degree", "[D] CIA certification": a letter for the label (never "(d)"
    # or "d)", a lettered list's fourth item; the letter is a capital, see _row).
    r"|^\|?\s?(?:\[(e|d)\]\s?|(e|d)\s?[:–-]\s)(\S.{2,})$"
)
_RULING = re.compile(r"^\|?[\s|:+=-]{3,}\|?$")  # "+-----+-----+" too
_TABLE_HEADER = re.compile(r"^\|[^|]{1,40}\|[^|]{1,40}\|?$")
_ESSENTIAL = ("essential", "required", "requis", "essentiel", "mandatory", "obligatoire")
_HEADINGS = {
    "en": ("ESSENTIAL", "DESIRABLE"),
    "fr": ("ACQUIS ESSENTIELS", "ACQUIS SOUHAITABLES"),
}


# Table cells: between pipes, or between tabs (a Word table pasted as text).
_CELL_SPLIT = re.compile(r"\s?\|\s?|\t+")
_LABEL = re.compile(
    r"^(?:essential|desirable|required|preferred|essentiel(?:le)?s?|souhaitables?|requis"
    # A table's category cell in other words: "Mandatory" / "Optional", "Obligatoire" / "Atout".
    r"|mandatory|optional|an? (?:asset|advantage)|asset|advantage|obligatoires?|atout"
    r"|souhaitee?s?)$"
)
# "E", "(D)", "S" (souhaitable) in a column whose header names the marks: "E/D", "E / S",
# "Essential/Desirable".
_LETTER_LABEL = re.compile(rf"^(?:\(?[eds]\)?|{_LABEL.pattern[1:-1]})$")
_LETTERS_HEADER = re.compile(
    r"(?:^|\||\t)\s?\(?(?:e\s?/\s?[ds]|essential\s?/\s?desirable|essentiel\s?/\s?souhaitable)\)?"
    r"\s?(?:\||\t|$)"
)
_MARK = re.compile(r"^(?:x|✓|✔|●|•|yes|oui|\*)$", re.IGNORECASE)
# The names of a table's Essential and Desirable columns, each marked with an X (folded).
ESSENTIAL_COLUMN = re.compile(
    r"^(?:essential|ess\.?|mandatory|required|must have|essentiel(?:le)?s?|obligatoires?|exige"
    r"|requis(?:es)?)$"
)
DESIRABLE_COLUMN = re.compile(
    r"^(?:desirable|des\.?|preferred|optional|nice to have|an? asset|asset|advantageous"
    r"|souhaitables?|souhaitee?s?|atouts?)$"
)
_NUMBER_CELL = re.compile(r"^\(?\d{1,3}[.)]?$|^no\.?$")


# A PDF's table as text: no rule between cells, only gaps of three spaces or more.
_GAP = re.compile(r" {3,}")


def _spaced(line: str) -> bool:
    """A table row whose cells are set apart by wide gaps only (no "|", no tab)."""
    return "|" not in line and "\t" not in line and bool(_GAP.search(line.strip()))


def _placed_cells(line: str) -> list[str]:
    """A tab row's cells in their places: "CCNP<TAB><TAB>X" has an empty Essential cell
    between the text and the X (a run of tabs would close it up)."""
    if "\t" in line and "|" not in line:
        return [cell.strip() for cell in line.strip(" \r\n").split("\t")]
    return _cells(line)


def _cells(line: str) -> list[str]:
    if _spaced(line):
        return [cell.strip() for cell in _GAP.split(line.strip())]
    cells = [cell.strip() for cell in _CELL_SPLIT.split(line.strip())]
    if line.strip().startswith("|"):
        cells = cells[1:]
    if line.strip().endswith("|") and cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _text_cell(cells: list[str], skip: set[int]) -> str | None:
    """The requirement among a row's cells: the longest that is not a label, mark or number."""
    texts = [
        cell
        for at, cell in enumerate(cells)
        if at not in skip and len(cell) > 3 and not _NUMBER_CELL.match(fold(cell))
    ]
    return max(texts, key=len) if texts else None


def mark_columns(line: str) -> tuple[int, int] | None:
    """The Essential and Desirable columns of a table header ("Requirement | Essential |
    Desirable"), whose rows mark each requirement with an X."""
    cells = [fold(cell).rstrip(":") for cell in _placed_cells(line)]
    if len(cells) < 3 or ("\t" not in line and "|" not in line and not _spaced(line)):
        return None
    essential = next((i for i, c in enumerate(cells) if ESSENTIAL_COLUMN.match(c)), None)
    desirable = next(
        (
            i
            for i, c in enumerate(cells)
            if c.startswith(("desirable", "souhait")) or DESIRABLE_COLUMN.match(c)
        ),
        None,
    )
    if essential is None or desirable is None:
        return None
    return essential, desirable


def _spaced_marked_row(line: str, header: str) -> tuple[bool, str] | None:
    """A row of a table set out with spaces: its mark is under the header's Essential or
    Desirable word, whichever is nearer (cells left empty leave no gap to count)."""
    cells = _cells(line)
    if len(cells) < 2 or not _MARK.match(cells[-1]) or len(cells[0]) <= 3:
        return None
    folded = fold(header)
    essential, desirable = folded.find("essenti"), folded.find("souhait")
    desirable = desirable if desirable >= 0 else folded.find("desir")
    if essential < 0 or desirable < 0:
        return None
    mark = line.rstrip().rfind(cells[-1])
    return abs(mark - essential) < abs(mark - desirable), cells[0]


def _marked_row(line: str, columns: tuple[int, int], header: str = "") -> tuple[bool, str] | None:
    if header and _spaced(header) and line and not is_bullet(line) and "|" not in line:
        return _spaced_marked_row(line, header)
    cells = _placed_cells(line)
    essential_at = columns[0]
    marked = [at for at in columns if at < len(cells) and _MARK.match(cells[at])]
    text = _text_cell(cells, set(columns))
    if len(marked) != 1 or text is None:
        return None
    return marked[0] == essential_at, text


def _label_cell_row(line: str, letters: bool = False) -> tuple[bool, str] | None:
    """'1<TAB>Higher secondary education ...<TAB>Essential': the label in a cell of its own
    (or "E" / "D" under a header naming an "E/D" column)."""
    cells = _cells(line)
    if len(cells) < 2:
        return None
    label = _LETTER_LABEL if letters else _LABEL
    labels = [at for at, cell in enumerate(cells) if label.match(fold(cell).rstrip(":"))]
    text = _text_cell(cells, set(labels))
    if len(labels) != 1 or text is None:
        return None
    return fold(cells[labels[0]]).strip("() ").startswith(("e", *_ESSENTIAL)), text


def _row(
    line: str, columns: tuple[int, int] | None = None, letters: bool = False, header: str = ""
) -> tuple[bool, str] | None:
    """(is essential, requirement text) of a labelled row, else None."""
    if not line or is_bullet(line) or len(line) > 600:
        return None
    if columns is not None:
        return _marked_row(line, columns, header)
    match = _ROW.match(fold(line).strip())
    if match is None:
        tabled = "\t" in line or line.count("|") >= 2 or _spaced(line)
        return _label_cell_row(line, letters) if tabled else None
    label = match.group(1) or match.group(3) or match.group(4)
    if len(label) == 1 and label.upper() not in line.lstrip(" |[")[:1]:
        return None  # "e - mail": a capital letter marks a row, a small one starts a word
    essential = label.startswith(_ESSENTIAL) or label == "e"
    # The text keeps its own case: cut at the same place in the original line.
    body = line.strip().lstrip("|").strip()
    if body.startswith("["):
        body = body.split("]", 1)[1]
    else:
        body = re.split(r"\s?(?:\||[:–-])\s?", body, maxsplit=1)[1]
    return essential, body.rstrip(" |").strip()


def _is_table_chrome(line: str) -> bool:
    stripped = line.strip()
    if _RULING.match(stripped) or _TABLE_HEADER.match(stripped):
        return True
    # "No.<TAB>Requirement<TAB>Category": a tab table's header row.
    cells = [fold(cell) for cell in _cells(line)] if "\t" in line else []
    return len(cells) >= 2 and all(len(cell) <= 20 for cell in cells)


def headed_lists(rows: list[tuple[bool, str]], french: bool) -> list[str]:
    """Requirement rows (essential or not, text) as the headed lists the section finder reads."""
    essential_heading, desirable_heading = _HEADINGS["fr" if french else "en"]
    # "Essential: a degree in law; 5 years of experience in audit.": a row of several.
    rows = [
        (is_essential, part.strip().rstrip(".").strip())
        for is_essential, text in rows
        for part in text.split("; ")
        if part.strip()
    ]
    essential = [f"- {text}" for is_essential, text in rows if is_essential]
    desirable = [f"- {text}" for is_essential, text in rows if not is_essential]
    out = [essential_heading, *essential] if essential else []
    if desirable:
        out += ["", desirable_heading, *desirable]
    return [*out, ""]


def _wrapped_row(line: str) -> str | None:
    """The text of a table line with no label and no number: the row above wrapped onto a
    second table line ("|    | or cartography |     |")."""
    cells = _cells(line) if line and not is_bullet(line) and len(line) <= 600 else []
    if not cells or _NUMBER_CELL.match(fold(cells[0])):
        return None
    if any(_LETTER_LABEL.match(fold(cell).rstrip(":")) for cell in cells):
        return None
    return _text_cell(cells, set())


def _table_line(line: str) -> bool:
    """A line of a table's cells ("|   | vocational diploma |   |"), or one indented under the
    row above as a PDF's wrapped cell is: the row above goes on there."""
    return line.count("|") >= 2 or (line.startswith("   ") and not is_bullet(line))


def _category_line(line: str, following: list[str]) -> bool:
    """A group's name alone on its line inside a table of marks ("Education", "Languages"):
    short, no cell, no sentence, and a marked row right under it."""
    text = line.strip()
    return (
        0 < len(text) <= 30
        and "\t" not in line
        and "|" not in line
        and not text.endswith(".")
        and not is_bullet(line)
        and bool(following)
        and ("\t" in following[0] or "|" in following[0])
    )


def _rows_at(lines: list[str], index: int) -> tuple[list[tuple[bool, str]], int, bool]:
    """The requirement rows of a table or run of labelled lines starting at `index`, where
    they end, and whether a header row named the Essential/Desirable columns."""
    rows: list[tuple[bool, str]] = []
    end = index
    columns = mark_columns(lines[index]) if lines[index] else None
    # "| Criteria | E/D |": a header naming a column of "E" and "D" marks.
    letters = bool(lines[index]) and bool(_LETTERS_HEADER.search(fold(lines[index])))
    if columns is not None or letters:
        end += 1  # the header row itself
    while end < len(lines):
        line = lines[end]
        row = _row(line, columns, letters, lines[index])
        if row is not None:
            rows.append(row)
        elif line and _is_table_chrome(line):
            pass
        elif columns is not None and _category_line(line, lines[end + 1 : end + 2]):
            pass  # "Education" between a table's rows of marks: a group's name
        elif rows and (letters or _table_line(line)) and (wrapped := _wrapped_row(line)):
            rows[-1] = (rows[-1][0], f"{rows[-1][1]} {wrapped}")
        else:
            break
        end += 1
    return rows, end, columns is not None or (letters and bool(rows))


def _column_names(line: str, first_row: str) -> bool:
    """Whether `line` names the columns of the table whose first row is `first_row`: as many
    cells, each a short name ("Area | Requirement | Category", "Domaine | Exigence | Type")."""
    if not line or is_bullet(line) or ("|" not in line and "\t" not in line and not _spaced(line)):
        return False
    cells = _cells(line)
    return (
        len(cells) == len(_cells(first_row)) >= 2
        and all(0 < len(cell) <= 25 and not cell.endswith(".") for cell in cells)
        and all(len(cell.split()) <= 3 for cell in cells)
    )


def unfold_labelled_rows(lines: list[str]) -> list[str]:
    """`lines` with each run of labelled requirement rows rewritten as headed lists."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        rows, end, headed = _rows_at(lines, index)
        # A table with Essential/Desirable columns is one even with a single row.
        marked = headed and bool(rows)
        if marked or (len(rows) >= 2 and any(essential for essential, _ in rows)):
            french = any(
                fold(lines[at]).lstrip("| ").startswith(("essentiel", "souhait", "requis"))
                for at in range(index, end)
            )
            if out and _column_names(out[-1], lines[index]):
                out.pop()  # "Area | Requirement | Category": the table's header row
            out += headed_lists(rows, french)
            index = end
        else:
            # A later start inside the same run sees fewer rows: skip it (one pass in all).
            out += lines[index : max(end, index + 1)]
            index = max(end, index + 1)
    return out
