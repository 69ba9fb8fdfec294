"""Read a notice file (.txt, .md or .pdf) into text, refusing what cannot be a notice.

PDF support is an optional extra (pypdf), imported only when a PDF is opened, so the app and its
other imports work without it.
"""

from __future__ import annotations

import importlib
import io
from pathlib import Path

from screener.importer.draft import MAX_TEXT_CHARS, ImportResult, build_draft
from screener.persistence.errors import FileProblemError

MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS
MAX_PDF_BYTES = 20 * 1024 * 1024
# A notice is 4-8 pages; a cap keeps a huge PDF from keeping the app busy.
MAX_PDF_PAGES = 200
PDF_EXTRA_MESSAGE = (
    "PDF import needs the optional 'pdf' extra: .venv/bin/pip install 'screener[pdf]' "
    "(or copy the notice's text into a .txt file and import that)"
)


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise FileProblemError.single(
                path, f"file is too large ({size:,} bytes; the limit is {limit:,})"
            )
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileProblemError.single(path, "file not found") from None
    except IsADirectoryError:
        raise FileProblemError.single(path, "is a folder, not a file") from None
    except OSError as exc:
        raise FileProblemError.single(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise FileProblemError.single(path, f"file is too large (the limit is {limit:,} bytes)")
    return data


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise FileProblemError.single(path, "is a binary file, not the text of a notice")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Text saved by older Windows editors; cp1252 leaves five bytes undefined, which
    # is how real binary data usually shows itself.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileProblemError.single(
            path, f"is not UTF-8 (or Windows-1252) text (byte {exc.start})"
        ) from None


def pdf_text(path: Path, data: bytes) -> str:
    """The text of a PDF, page after page; FileProblemError if it cannot be read."""
    try:
        pypdf = importlib.import_module("pypdf")
    except ImportError:
        raise FileProblemError.single(path, PDF_EXTRA_MESSAGE) from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # pypdf raises many kinds; all mean "locked"
                raise FileProblemError.single(path, "the PDF is password-protected") from None
        pages = list(reader.pages)
        if len(pages) > MAX_PDF_PAGES:
            raise FileProblemError.single(
                path, f"the PDF has {len(pages)} pages; a notice has far fewer"
            )
        texts = [page.extract_text() or "" for page in pages]
    except FileProblemError:
        raise
    except Exception as exc:  # a broken PDF can fail anywhere inside pypdf
        raise FileProblemError.single(path, f"the PDF cannot be read ({exc})") from None
    text = "\n\f\n".join(texts)
    if not text.strip():
        raise FileProblemError.single(
            path, "the PDF has no text layer (a scan?); copy the notice's text instead"
        )
    return text


def read_notice_file(path: Path) -> str:
    """The notice text in a .txt, .md or .pdf file."""
    suffix = path.suffix.lower()
    is_pdf = suffix == ".pdf"
    data = _read_bytes(path, MAX_PDF_BYTES if is_pdf else MAX_TEXT_FILE_BYTES)
    if not is_pdf and data.startswith(b"%PDF-"):
        is_pdf = True  # a PDF saved with the wrong extension
    if is_pdf:
        return pdf_text(path, data)
    return _decode(path, data)


def import_notice_file(path: Path) -> ImportResult:
    """Read a notice file and build its draft vacancy (see `import_notice_text`)."""
    path = Path(path)
    return build_draft(read_notice_file(path), source_name=str(path))
