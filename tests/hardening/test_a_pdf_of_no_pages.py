"""A PDF of no pages (a damaged export, a crafted file) was said to have "no text layer (a
scan?)", which sent the user looking for a scan; it is said to have no pages."""

from __future__ import annotations

from pathlib import Path

from hardening_support import refused
from pdf_writer import pdf_file


def test_a_pdf_of_no_pages_is_said_to_have_none(tmp_path: Path) -> None:
    # Imported here: a module importing the importer when collected, before the app's
    # modules, has PySide6 read its source (tests/ui/test_pyside_source_scan.py).
    from screener.importer import import_notice_file

    path = tmp_path / "notice.pdf"
    catalogue = b"<< /Type /Catalog /Pages 2 0 R >>"
    path.write_bytes(pdf_file([catalogue, b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    error = refused(lambda: import_notice_file(path), path)
    assert error.problems[0].message == "the PDF has no pages: it holds no notice"
