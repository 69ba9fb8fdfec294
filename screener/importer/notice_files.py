"""Read a notice file into text, refusing what cannot be a notice. The formats read are listed
in screener/notice_formats.py; file_kinds.py tells which one a file is, by content first.

PDF support is an optional extra (pypdf), imported only when a PDF is opened, so the app and its
other imports work without it.
"""

from __future__ import annotations

import email
import email.policy
import importlib
import io
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from screener.domain.vacancy import Vacancy
from screener.importer.cancelling import ImportCancelled
from screener.importer.docx_text import docx_text
from screener.importer.draft import MAX_TEXT_CHARS, ImportResult, build_draft
from screener.importer.file_kinds import file_kind
from screener.importer.html_text import html_file_text, looks_like_html
from screener.importer.mhtml_text import mhtml_text
from screener.importer.odt_text import odt_text
from screener.importer.pdf_layout import page_text
from screener.importer.pdf_pages import without_browser_lines
from screener.importer.pdf_tables import PageBreak
from screener.importer.rtf_text import rtf_text
from screener.importer.webarchive_text import webarchive_text
from screener.paths import APP_NAME
from screener.persistence.bounded_read import read_bytes_limited
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS
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


def _read_bytes(path: Path, limit: int) -> bytes:
    # The one bounded reader: regular files only (a pipe would wait forever), capped as read.
    return read_bytes_limited(path, limit)


def _utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 (Windows Notepad's "Unicode"): with its byte-order mark, or
    without one when every other byte of the opening is zero, as in Latin-script text."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        head = data[:4096]
        pairs = len(head) // 2
        if pairs < 8:
            return None
        odd_zero = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
        even_zero = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
        if odd_zero >= 0.9 * pairs and even_zero == 0:
            encoding = "utf-16-le"
        elif even_zero >= 0.9 * pairs and odd_zero == 0:
            encoding = "utf-16-be"
        else:
            return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode(path: Path, data: bytes) -> str:
    if (text := _utf16(data)) is not None:
        return text
    if b"\x00" in data[:65536]:
        raise FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is a binary file, not the text of a notice")
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Text saved by older Windows editors; cp1252 leaves five bytes undefined, which
    # is how real binary data usually shows itself.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "is not UTF-8 (or Windows-1252) text (byte {byte})"),
            byte=exc.start,
        ) from None


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
        page_count = len(reader.pages)
        if page_count > MAX_PDF_PAGES:
            raise FileProblemError.of(
                path,
                QT_TRANSLATE_NOOP(
                    "FileProblem", "the PDF has {count} pages; a notice has far fewer"
                ),
                count=page_count,
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


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_notice_file(path: Path, cancelled: Callable[[], bool] = lambda: False) -> str:
    """The notice text in a file of one of the formats in screener/notice_formats.py."""
    suffix = path.suffix.lower()
    # Read up to the PDF's limit whatever the name: a page saved with its images (.mhtml) is
    # often named .html, and text is held to its own limit once it is known to be text.
    data = _read_bytes(path, MAX_PDF_BYTES)
    kind = file_kind(path, data)
    if kind in ("text", "eml") and len(data) > MAX_TEXT_FILE_BYTES:
        # As the bounded reader says it; binary files (a page saved with its images) may be larger.
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem", "file is too large ({size:,} bytes; the limit is {limit:,})"
            ),
            size=len(data),
            limit=MAX_TEXT_FILE_BYTES,
        )
    if kind == "pdf":
        return pdf_text(path, data, cancelled)
    if kind != "text":
        return _READERS[kind](path, data)
    text = _decode(path, data)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return html_file_text(path, text, cancelled)
    return text


def email_text(path: Path, data: bytes) -> str:
    """The notice in a saved e-mail (.eml): its plain-text body, else its HTML one."""
    content: object = None
    html_body = False
    # The standard parser spends a third of a millisecond and more on each part: 100,000
    # parts under the size limit took minutes. A notice's e-mail has a few parts.
    if data.count(b"\n--") > 1_000:
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "is an e-mail of over {count:,} parts, not a notice"),
            count=1_000,
        )
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain", "html"))
        if body is not None:
            content, html_body = body.get_content(), body.get_content_subtype() == "html"
    except (LookupError, ValueError, AttributeError, UnicodeError):
        content = None
    if not isinstance(content, str) or not content.strip():
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is an e-mail without a readable text body: open it in your mail program and "
                "copy the notice's text, then use Paste",
            ),
        )
    return html_file_text(path, content) if html_body or looks_like_html(content) else content


def read_notice_stream(stream: BinaryIO, name: str = "<stdin>") -> str:
    """Notice text from a stream (standard input), refused past the size limit."""
    data = stream.read(MAX_TEXT_FILE_BYTES + 1)
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise FileProblemError.of(
            Path(name),
            QT_TRANSLATE_NOOP("FileProblem", "input is too large (the limit is {limit:,} bytes)"),
            limit=MAX_TEXT_FILE_BYTES,
        )
    kind = file_kind(Path(name), data)
    if kind == "pdf":
        return pdf_text(Path(name), data)
    if kind in ("docx", "odt", "rtf", "mhtml", "webarchive"):
        return _READERS[kind](Path(name), data)
    text = _decode(Path(name), data)
    return html_file_text(Path(name), text) if looks_like_html(text) else text


_READERS: dict[str, Callable[[Path, bytes], str]] = {
    "docx": docx_text,
    "odt": odt_text,
    "rtf": rtf_text,
    "mhtml": mhtml_text,
    "webarchive": webarchive_text,
    "eml": email_text,
}


def import_notice_file(
    path: Path, existing: Vacancy | None = None, cancelled: Callable[[], bool] = lambda: False
) -> ImportResult:
    """Read a notice file and build its draft vacancy (see `import_notice_text`)."""
    path = Path(path)
    text = read_notice_file(path, cancelled)
    return build_draft(text, source_name=str(path), existing=existing, cancelled=cancelled)
