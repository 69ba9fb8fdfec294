"""Read a notice file into text, refusing what cannot be a notice. The formats read are listed
in screener/notice_formats.py; file_kinds.py tells which one a file is, by content first, and
each format's reader gives its text (a PDF's: pdf_text.py).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from screener.domain.vacancy import Vacancy
from screener.importer.docx_text import docx_text
from screener.importer.draft import ImportResult, build_draft
from screener.importer.draft_limits import MAX_TEXT_CHARS
from screener.importer.file_kinds import file_kind
from screener.importer.html_text import html_file_text, looks_like_html
from screener.importer.mhtml_text import mhtml_text
from screener.importer.odt_text import odt_text
from screener.importer.pdf_text import MAX_PDF_BYTES, pdf_text
from screener.importer.rtf_text import rtf_text
from screener.importer.webarchive_text import webarchive_text
from screener.persistence.bounded_read import read_bytes_limited
from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

MAX_TEXT_FILE_BYTES = MAX_TEXT_CHARS


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
