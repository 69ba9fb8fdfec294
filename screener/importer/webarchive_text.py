"""The notice in a page saved by Safari (.webarchive, Safari's default "Web Archive" format).

A web archive is a binary property list: its main resource holds the page's HTML (with its
encoding's name), its subresources the images, styles and frames, which are not read. Only the
few objects on the way to the page are read, by their place in the list's table (no recursion,
no object read twice): the standard library's plistlib reads every object, recursively, so a
crafted list nested 50,000 deep would exhaust a reading thread's stack. The page is read by the
HTML reader.
"""

from __future__ import annotations

from pathlib import Path

from screener.importer.html_text import html_file_text
from screener.importer.mhtml_text import MAX_PAGE_BYTES
from screener.importer.text_codecs import text_codec
from screener.persistence.errors import FileProblemError, Phrase
from screener.translatable import QT_TRANSLATE_NOOP

# What the main resource says of the page.
_RESOURCE = ("WebResourceData", "WebResourceTextEncodingName", "WebResourceMIMEType")
# A web archive's dictionaries have a handful of keys.
_MAX_KEYS = 1_000
_NOT_A_PAGE = QT_TRANSLATE_NOOP(
    "FileProblem",
    "is not a readable Safari web archive ({reason}): open it in Safari and save it as "
    '"Page Source", or copy its text and use Paste',
)


class _Unreadable(Exception):
    """The list is not what a web archive holds (the reason said to the user)."""


class _PropertyList:
    """A binary property list's objects, read one at a time by reference."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(b"bplist00") or len(data) < 40:
            raise _Unreadable("it is not a binary property list")
        trailer = data[-32:]
        self.data = data
        self.offset_size, self.ref_size = trailer[6], trailer[7]
        self.count = int.from_bytes(trailer[8:16], "big")
        self.top = int.from_bytes(trailer[16:24], "big")
        self.table = int.from_bytes(trailer[24:32], "big")
        if not (1 <= self.offset_size <= 8 and 1 <= self.ref_size <= 8):
            raise _Unreadable("its table is damaged")
        if self.table + self.count * self.offset_size > len(data) - 32:
            raise _Unreadable("its table is damaged")

    def _start(self, ref: int) -> tuple[int, int, int]:
        """The object's type, its size (a length or a count) and where its content starts."""
        if not 0 <= ref < self.count:
            raise _Unreadable("a reference is out of the list")
        at = self.table + ref * self.offset_size
        position = int.from_bytes(self.data[at : at + self.offset_size], "big")
        if position >= self.table:
            raise _Unreadable("an object is out of the list")
        marker = self.data[position]
        kind, size, position = marker >> 4, marker & 0xF, position + 1
        if size == 0xF:  # the size follows, as an integer object
            int_marker = self.data[position] if position < len(self.data) else 0
            width = 1 << (int_marker & 0xF)
            if int_marker >> 4 != 1 or width > 8:
                raise _Unreadable("an object's size is damaged")
            size = int.from_bytes(self.data[position + 1 : position + 1 + width], "big")
            position += 1 + width
        return kind, size, position

    def data_or_text(self, ref: int) -> bytes | str | None:
        kind, size, position = self._start(ref)
        if kind == 0x4:  # data
            if size > MAX_PAGE_BYTES:
                raise _Unreadable(f"its page is over {MAX_PAGE_BYTES:,} bytes")
            return self.data[position : position + size]
        if kind in (0x5, 0x6):  # ASCII, UTF-16 text
            width = 1 if kind == 0x5 else 2
            raw = self.data[position : position + min(size, 1_000) * width]
            return raw.decode("latin-1" if kind == 0x5 else "utf-16-be", errors="replace")
        return None

    def dictionary(self, ref: int) -> dict[str, int]:
        """A dictionary's text keys and the references of their values."""
        kind, size, position = self._start(ref)
        if kind != 0xD:
            return {}
        if size > _MAX_KEYS:
            raise _Unreadable(f"a dictionary of {size:,} keys")
        width = self.ref_size
        refs = [
            int.from_bytes(self.data[at : at + width], "big")
            for at in range(position, position + 2 * size * width, width)
        ]
        keys = [self.data_or_text(key) for key in refs[:size]]
        return {
            key: value
            for key, value in zip(keys, refs[size:], strict=False)
            if isinstance(key, str)
        }


def _page(data: bytes) -> tuple[bytes, str, object]:
    """The main resource's bytes, encoding and type."""
    archive = _PropertyList(data)
    top = archive.dictionary(archive.top)
    main = archive.dictionary(top["WebMainResource"]) if "WebMainResource" in top else {}
    found = {key: archive.data_or_text(ref) for key, ref in main.items() if key in _RESOURCE}
    page = found.get("WebResourceData")
    if not isinstance(page, bytes):
        raise _Unreadable("it holds no page")
    return (
        page,
        text_codec(found.get("WebResourceTextEncodingName")),
        found.get("WebResourceMIMEType"),
    )


def webarchive_text(path: Path, data: bytes) -> str:
    """The text of a Safari web archive's page; FileProblemError naming the file when it is
    not one, or its page is too large."""
    try:
        page, encoding, kind = _page(data)
    except _Unreadable as exc:
        raise FileProblemError.of(path, _NOT_A_PAGE, reason=str(exc)) from None
    markup = page.decode(encoding, errors="replace")
    text = markup if kind == "text/plain" else html_file_text(path, markup)
    if not text.strip():
        raise FileProblemError.of(
            path,
            _NOT_A_PAGE,
            reason=Phrase(QT_TRANSLATE_NOOP("FileProblem", "its page has no text")),
        )
    return text
