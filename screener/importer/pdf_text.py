"""The text of a PDF notice, page after page, and the refusals that keep a PDF from costing
more than a notice's: locked, too many pages, too many drawing instructions, too much text, no
text layer, or a document Screener wrote itself. Apart from notice_files.py, which tells the
formats apart and hands each to its reader, because PDF's limits and checks are a subject of
their own and its library is an optional extra.

PDF support is an optional extra (pypdf), imported only when a PDF is opened, so the app and its
other imports work without it.
"""

from __future__ import annotations

import importlib
import io
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from screener.importer.cancelling import ImportCancelled
from screener.importer.draft_limits import MAX_TEXT_CHARS
from screener.importer.pdf_layout import page_text
from screener.importer.pdf_pages import without_browser_lines
from screener.importer.pdf_tables import PageBreak
from screener.paths import APP_NAME
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

MAX_PDF_BYTES = 20 * 1024 * 1024
# A notice is 4-8 pages; a cap keeps a huge PDF from keeping the app busy.
MAX_PDF_PAGES = 200
# Drawing instructions a page's text is extracted from (decompressed): a page of a notice
# holds some 10-100 KB. pypdf reads ~1 MB of them a second, so a crafted page of 2 million
# instructions (14 MB, from a 30 KB file) took 10-17 s and 340 MB before its text was refused.
MAX_PDF_PAGE_CONTENT_BYTES = 2 * 1024 * 1024
MAX_PDF_CONTENT_BYTES = 6 * 1024 * 1024
# What pypdf's time follows is the count of the instructions' parts (numbers, names,
# operators) and of their strings' characters, some 5 microseconds each, not their bytes: a
# page of 2 MB of tiny text pieces ("BT /F1 1 Tf 10 10 Td (x) Tj ET", 625,000 parts) took 6 s,
# three of them 18 s; three pages of 1.3 MB of text in long strings 14 s. A full page of a
# notice holds 5,000-15,000 parts and 3,000-6,000 characters.
MAX_PDF_PAGE_PARTS = 250_000
MAX_PDF_PARTS = 600_000
# A string, a hex string, a name, or a run of other characters (a number, an operator).
_PDF_PART = re.compile(
    rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>{}%]*|[^\s/\[\]()<>{}%]+"
)
_UNREADABLE_PDF = QT_TRANSLATE_NOOP(
    "FileProblem",
    "the PDF cannot be read ({reason}): open it in a PDF reader and copy its text, then use Paste",
)
PDF_EXTRA_MESSAGE = QT_TRANSLATE_NOOP(
    "FileProblem",
    "PDF import needs the optional 'pdf' extra: .venv/bin/pip install 'screener[pdf]' "
    "(or copy the notice's text into a .txt file and import that)",
)


def _pdf_reader(path: Path, data: bytes) -> Any:
    try:
        pypdf = importlib.import_module("pypdf")
    except ImportError:
        raise FileProblemError.of(path, PDF_EXTRA_MESSAGE) from None
    # pypdf logs every oddity of a damaged file; the user gets one clear message instead.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            unlocked = reader.decrypt("")
        except Exception:  # pypdf raises many kinds; all mean "locked"
            unlocked = 0
        # An owner password alone (printing, copying limits) still opens with "".
        if not unlocked:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "the PDF is password-protected; open it with its password and save or copy "
                    "its text instead",
                ),
            )
    _refuse_own_document(path, reader)
    return reader


# The app's name is the creator of the PDFs it writes (ui/adviser/dossier_pdf.py, ui/summary/
# summary_exports.py): a candidate's dossier or screening summary, never a notice. Read as one,
# a dossier's vacancies' records, the candidate's facts and "Met" / "Not met" made a draft of
# nonsense that would replace a vacancy's criteria.


def _refuse_own_document(path: Path, reader: Any) -> None:
    try:
        info = reader.metadata or {}
        creator, title = str(info.get("/Creator") or ""), str(info.get("/Title") or "")
    except Exception:  # a damaged information dictionary: the pages may still be read
        return
    if creator == APP_NAME:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is a document Screener wrote (“{title}”), not a vacancy notice: import the "
                "vacancy's own notice (its web page, PDF or text)",
            ),
            title=title or APP_NAME,
        )


def pdf_text(path: Path, data: bytes, cancelled: Callable[[], bool] = lambda: False) -> str:
    """The text of a PDF, page after page; FileProblemError if it cannot be read.

    Pages are read one at a time and reading stops as soon as the text passes the size limit,
    so a huge PDF costs no more than a notice-sized one. `cancelled` is asked between pages.
    """
    if b"%PDF-" not in data[:1024]:  # where the PDF format puts its header
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is not a PDF (it has no PDF header): if it is a saved web page, a Word "
                "document or text, give it that extension (.html, .docx, .txt) or paste its text",
            ),
        )
    texts: list[str] = []
    size = 0
    try:
        reader = _pdf_reader(path, data)
        page_count = _stated_page_count(reader)
        if page_count <= MAX_PDF_PAGES:
            page_count = len(reader.pages)  # the pages themselves, whatever the count says
        if page_count > MAX_PDF_PAGES:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem", "the PDF has {count} pages; a notice has far fewer"
                ),
                count=page_count,
            )
        if page_count == 0:  # said as a scan's "no text layer (a scan?)" before
            raise FileProblemError.of(
                path, QT_TRANSLATE_NOOP("FileProblem", "the PDF has no pages: it holds no notice")
            )
        _check_drawing_size(path, reader)
        carry = PageBreak()
        for index in range(page_count):
            if cancelled():
                raise ImportCancelled
            text = without_browser_lines(page_text(reader.pages[index], carry))
            size += len(text) + 3
            if size > MAX_TEXT_CHARS:
                raise FileProblemError.of(
                    path,
                    QT_TRANSLATE_NOOP(
                        "FileProblem",
                        "the PDF holds more than {limit:,} characters of text by page "
                        "{page}; a notice has far fewer",
                    ),
                    limit=MAX_TEXT_CHARS,
                    page=index + 1,
                )
            if texts:
                texts[-1] = carry.joined(texts[-1])
            texts.append(text)
        texts += carry.asides  # a web page's sidebars, after the notice
    except (FileProblemError, ImportCancelled):
        raise
    except Exception as exc:  # a broken PDF can fail anywhere inside pypdf
        raise FileProblemError.of(
            path,
            _UNREADABLE_PDF,
            reason=str(exc),
        ) from None
    text = "\n\f\n".join(texts)
    if not text.strip():
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "the PDF has no text layer (a scan?); copy the notice's text instead"
            ),
        )
    return text


def _stated_page_count(reader: Any) -> int:
    """The count of pages the PDF states at the root of its pages, read without walking them
    (which took 6.6 s for 50,000 pages before a PDF of far too many could be refused); 0
    when it states none that can be read."""
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return count if isinstance(count, int) else 0
    except Exception:  # a damaged catalogue: the pages are counted as they are walked
        return 0


def _check_drawing_size(path: Path, reader: Any) -> None:
    """Refuse a PDF whose pages hold far more drawing instructions than a notice's, before
    any text is extracted from them (which takes about a second a megabyte)."""
    total = parts = 0
    for index, page in enumerate(reader.pages):
        contents = page.get_contents()
        data = b"" if contents is None else contents.get_data()
        size = len(data)
        if size > MAX_PDF_PAGE_CONTENT_BYTES:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "page {page} of the PDF holds {size} MB of drawing instructions; a "
                    "notice's page holds far less: copy the notice's text instead",
                ),
                page=index + 1,
                size=f"{size / 2**20:.1f}",
            )
        total += size
        if total > MAX_PDF_CONTENT_BYTES:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem",
                    "the PDF's first {count} pages hold more than {limit} MB of drawing "
                    "instructions; a notice holds far less: copy the notice's text instead",
                ),
                count=index + 1,
                limit=MAX_PDF_CONTENT_BYTES // 2**20,
            )
        parts = _check_parts(path, data, index, parts)


def _check_parts(path: Path, data: bytes, index: int, before: int) -> int:
    """The count of the instructions' parts and characters of the pages so far (see
    MAX_PDF_PARTS), refused past the limit of a page or of the pages together."""
    parts = 0
    # Counted one by one up to the limit: subn or findall would keep each part (100 MB).
    for match in _PDF_PART.finditer(data):
        start, end = match.span()
        parts += 1 + (end - start if data[start] in b"(<" else 0)
        if parts > MAX_PDF_PAGE_PARTS:
            break
    if parts > MAX_PDF_PAGE_PARTS:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "page {page} of the PDF is drawn with over {limit:,} instructions and "
                "characters; a notice's page with far fewer: copy the notice's text instead",
            ),
            page=index + 1,
            limit=MAX_PDF_PAGE_PARTS,
        )
    if before + parts > MAX_PDF_PARTS:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "the PDF's first {count} pages are drawn with over {limit:,} instructions and "
                "characters; a notice with far fewer: copy the notice's text instead",
            ),
            count=index + 1,
            limit=MAX_PDF_PARTS,
        )
    return before + parts
