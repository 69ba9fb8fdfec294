"""The notice in a web page saved as a single file (.mhtml / .mht): Chrome's, Edge's and
Opera's "Webpage, Single File", Internet Explorer's and Word's "Web Archive".

Such a file is a MIME message (multipart/related) whose root part is the page's HTML and whose
other parts are its images, styles, fonts and frames. Only the root part is decoded (quoted-
printable or base64, in its charset) and read by the HTML reader; the other parts are skipped
unread. The parts are found by searching for the boundary, not by the standard e-mail parser,
which spends a third of a millisecond and more on each part: a crafted file of 100,000 parts
costs one pass over its bytes.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator
from email.message import Message
from email.parser import BytesHeaderParser
from pathlib import Path

from screener.importer.html_text import html_file_text
from screener.importer.text_codecs import text_codec
from screener.persistence.errors import FileProblemError, Wording
from screener.translatable import QT_TRANSLATE_NOOP

# The page itself: an HTML file has the same limit (notice_files.MAX_TEXT_FILE_BYTES).
MAX_PAGE_BYTES = 5 * 1024 * 1024
_PAGE_TOO_LARGE = QT_TRANSLATE_NOOP("FileProblem", "its page is over {limit:,} bytes")
# A part's headers are a few lines; more is not a saved page.
_MAX_HEADER_BYTES = 16 * 1024
# The page is the first part (or the one the message names) of a few dozen to a few hundred:
# the headers of more are not read.
MAX_PARTS_READ = 2_000
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
# A saved page opens with its MIME headers: Blink's "From: <Saved by Blink>", Internet
# Explorer's "From: <Saved by Windows Internet Explorer 8>", or a MIME-Version and a
# multipart/related content type (Word's, Firefox extensions').
_SAVED_BY = re.compile(rb"^From: <Saved by ", re.IGNORECASE)
_MIME_VERSION = re.compile(rb"^MIME-Version:", re.IGNORECASE | re.MULTILINE)
_RELATED = re.compile(rb"^Content-Type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I
)
_NOT_A_PAGE = QT_TRANSLATE_NOOP(
    "FileProblem",
    "is not a readable saved web page ({reason}): open it in a browser and save it as "
    '"Webpage, HTML only", or copy its text and use Paste',
)


def looks_like_mhtml(data: bytes) -> bool:
    """Whether the bytes are a web page saved as a single file, whatever the file's name."""
    head = data[:_MAX_HEADER_BYTES]
    if _SAVED_BY.match(head):
        return True
    end = _BLANK_LINE.search(head)
    headers = head[: end.start()] if end else b""
    return bool(_MIME_VERSION.search(headers) and _RELATED.search(headers))


def _problem(path: Path, template: str, /, **values: str | int) -> FileProblemError:
    """Why the page cannot be read: `template` marked for translation, with its `values`."""
    return FileProblemError.of(path, _NOT_A_PAGE, reason=Wording.of(template, **values))


def _headers(path: Path, data: bytes, start: int) -> tuple[Message, int]:
    """The headers of the part that starts at `start`, and where its body starts."""
    end = _BLANK_LINE.search(data, start, start + _MAX_HEADER_BYTES)
    if end is None:
        raise _problem(path, QT_TRANSLATE_NOOP("FileProblem", "a part's headers do not end"))
    return BytesHeaderParser().parsebytes(data[start : end.start()]), end.end()


def _header(headers: Message, name: str) -> str:
    """A header's value as text: the parser gives an email.header.Header object, not a str,
    for a value holding 8-bit bytes."""
    return str(headers.get(name, "")).strip()


def _raw(value: str) -> bytes:
    """A parameter as the bytes the file holds: 8-bit bytes come back from the parser as
    surrogate escapes (latin-1 could not encode them: a traceback), other text as UTF-8."""
    return value.encode("utf-8", "surrogateescape")


def _parts(data: bytes, boundary: bytes, after: int) -> Iterator[tuple[int, int]]:
    """Where each part starts and ends: between the lines "--boundary" (no copies)."""
    delimiter = b"\n--" + boundary
    position = data.find(delimiter, max(after - 1, 0))
    while position != -1:
        start = position + len(delimiter)
        if data[start : start + 2] == b"--":
            break  # the closing delimiter
        start = data.find(b"\n", start) + 1
        if start == 0:
            break
        following = data.find(delimiter, start)
        end = len(data) if following == -1 else following
        yield start, end - 1 if data[end - 1 : end] == b"\r" else end
        position = following


def _root(path: Path, data: bytes, top: Message, body: int) -> tuple[Message, bytes]:
    """The root part (RFC 2387: the one named by "start", else the first), its HTML kept."""
    boundary = top.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise _problem(
            path, QT_TRANSLATE_NOOP("FileProblem", "it has no boundary between its parts")
        )
    start_id = top.get_param("start")
    first_html: tuple[Message, bytes] | None = None
    for index, (start, end) in enumerate(_parts(data, _raw(boundary), body)):
        if index == MAX_PARTS_READ:
            raise _problem(
                path,
                QT_TRANSLATE_NOOP("FileProblem", "its page is not among its first {count:,} parts"),
                count=MAX_PARTS_READ,
            )
        headers, content = _headers(path, data, start)
        is_html = headers.get_content_type() == "text/html"
        named = isinstance(start_id, str) and _header(headers, "Content-ID") == start_id.strip()
        if (named or (index == 0 and not isinstance(start_id, str))) and is_html:
            return headers, data[content:end]
        if is_html and first_html is None:
            first_html = headers, data[content:end]
        if first_html is not None and not isinstance(start_id, str):
            break  # the first part was not the page: the first page part is
    if first_html is None:
        raise _problem(path, QT_TRANSLATE_NOOP("FileProblem", "it holds no HTML page"))
    return first_html


def _decoded(path: Path, headers: Message, body: bytes) -> bytes:
    encoding = _header(headers, "Content-Transfer-Encoding").lower()
    # Encoded, the page is at most about 3 times its decoded size (quoted-printable's "=XX").
    if len(body) > 3 * MAX_PAGE_BYTES:
        raise _problem(path, _PAGE_TOO_LARGE, limit=MAX_PAGE_BYTES)
    try:
        if encoding == "quoted-printable":
            page = binascii.a2b_qp(body)
        elif encoding == "base64":
            page = binascii.a2b_base64(body)
        else:
            page = body
    except (binascii.Error, ValueError) as exc:
        raise _problem(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "its page cannot be decoded: {reason}"),
            reason=str(exc),
        ) from None
    if len(page) > MAX_PAGE_BYTES:
        raise _problem(path, _PAGE_TOO_LARGE, limit=MAX_PAGE_BYTES)
    return page


def _charset(headers: Message, page: bytes) -> str:
    """The part's charset, else the page's own <meta> one, else UTF-8 (Chrome's)."""
    named = headers.get_param("charset")
    if not isinstance(named, str) and (meta := _META_CHARSET.search(page[:4096])):
        named = meta.group(1).decode("ascii")
    return text_codec(named)


def mhtml_text(path: Path, data: bytes) -> str:
    """The notice text of a saved single-file web page; FileProblemError naming the file when
    it is not one or its page is too large."""
    top, body = _headers(path, data, 0)
    if top.get_content_type() == "text/html":
        headers, page = top, data[body:]  # a page saved without its images: one part
    elif top.get_content_maintype() == "multipart":
        headers, page = _root(path, data, top, body)
    else:
        raise _problem(
            path,
            QT_TRANSLATE_NOOP("FileProblem", "its content is {type}, not a web page"),
            type=top.get_content_type(),
        )
    page = _decoded(path, headers, page)
    charset = _charset(headers, page)
    try:
        markup = page.decode(charset)
    except UnicodeDecodeError:
        # Pages of older sites say UTF-8 and hold Windows-1252 (which fails on 5 bytes only).
        markup = page.decode("cp1252", errors="replace")
    text = html_file_text(path, markup)
    if not text.strip():
        raise _problem(path, QT_TRANSLATE_NOOP("FileProblem", "its page has no text"))
    return text
