"""The batch matrix as an .xlsx workbook (openpyxl, an optional extra). No Qt here.

The cells say what the CSV says (screener.batch's words); every value is stored as a
string, so a candidate's name that begins with = + - @ is text in Excel, never a formula.
"""

from __future__ import annotations

import io
from pathlib import Path
from types import ModuleType

from screener.batch import BatchResult, cell_text, requirement_labels, row_names
from screener.persistence.atomic import write_atomic
from screener.report.catalogue import TEXT

INSTALL_HINT = (
    "pip install 'screener[xlsx]' (or, in a source checkout, .venv/bin/pip install -e '.[xlsx]')"
)


class MissingExtraError(RuntimeError):
    """openpyxl is not installed; the message says how to get it."""


def _openpyxl() -> ModuleType:
    try:
        import openpyxl
    except ImportError:
        raise MissingExtraError(
            f"saving .xlsx workbooks needs the openpyxl package: {INSTALL_HINT}"
        ) from None
    module: ModuleType = openpyxl  # untyped (pyproject's mypy settings): named a module here
    return module


def xlsx_bytes(result: BatchResult, lang: str) -> bytes:
    openpyxl = _openpyxl()
    # Write-only: rows go to a temporary file as they are added. A normal workbook keeps an
    # object per cell, about 200 bytes each: 5,000 candidates and 10,000 vacancies took
    # gigabytes before a byte was written.
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Screener")
    for column in range(1, len(result.vacancies) + 2):
        letter = openpyxl.utils.get_column_letter(column)
        sheet.column_dimensions[letter].width = 28
    sheet.freeze_panes = "B2"  # the header row and the names stay in view

    def row_of(texts: list[str]) -> list[object]:
        cells = []
        for text in texts:
            cell = openpyxl.cell.WriteOnlyCell(sheet, value=text)
            # openpyxl reads a string starting with "=" as a formula: say it is text.
            cell.data_type = "s"
            cells.append(cell)
        return cells

    sheet.append(row_of([TEXT.get(lang, TEXT["en"])["batch.candidate"],
                         *(v.reference for v in result.vacancies)]))  # fmt: skip
    labels = [requirement_labels(v, lang) for v in result.vacancies]
    rendered: dict[tuple[int, int], str] = {}
    for name, row in zip(row_names(result), result.candidates, strict=True):
        texts = [name]
        for column, cell in enumerate(row.cells):
            key = (id(cell), column)
            shown = rendered.get(key)
            if shown is None:
                shown = rendered[key] = cell_text(cell, labels[column], lang)
            texts.append(shown)
        sheet.append(row_of(texts))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(result: BatchResult, path: Path, lang: str) -> None:
    """The matrix as a workbook, written atomically; MissingExtraError without openpyxl."""
    write_atomic(Path(path), xlsx_bytes(result, lang), mode=0o644)
