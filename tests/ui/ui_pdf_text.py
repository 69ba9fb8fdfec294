"""Just enough PDF reading to check the words in a PDF written by Qt's QPdfWriter.

QPdfWriter compresses page contents (FlateDecode) and writes text as glyph ids of embedded
font subsets, each font with a ToUnicode CMap. This inflates the streams, maps the glyph ids
back through those CMaps and returns the text, one line per text object. It is written for
Qt's output only, not for PDFs in general, and needs no tool outside Python.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_FONT_REF = re.compile(rb"/(F\d+) (\d+) 0 R")
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_CONTENTS = re.compile(rb"/Contents (\d+) 0 R")
_RESOURCES = re.compile(rb"/Resources (\d+) 0 R")
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_TOKENS = re.compile(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\[(.*?)\] TJ|(BT)|(ET)", re.S)


def _stream(body: bytes) -> bytes:
    start = body.index(b"stream") + len(b"stream")
    raw = body[start : body.rindex(b"endstream")].lstrip(b"\r\n")
    return zlib.decompress(raw) if b"/FlateDecode" in body[:start] else raw


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in _BFRANGE.findall(text):
        for line in block.strip().splitlines():
            parts = _HEX.findall(line)
            if len(parts) < 3:
                continue
            low, high = int(parts[0], 16), int(parts[1], 16)
            if b"[" in line:
                for offset, target in enumerate(parts[2:]):
                    mapping[low + offset] = bytes.fromhex(target.decode()).decode("utf-16-be")
            else:
                first = int(parts[2], 16)
                for code in range(low, high + 1):
                    mapping[code] = chr(first + code - low)
    for block in _BFCHAR.findall(text):
        for line in block.strip().splitlines():
            parts = _HEX.findall(line)
            if len(parts) == 2:
                mapping[int(parts[0], 16)] = bytes.fromhex(parts[1].decode()).decode("utf-16-be")
    return mapping


def _glyphs(hex_text: bytes, cmap: dict[int, str]) -> str:
    codes = [int(hex_text[i : i + 4], 16) for i in range(0, len(hex_text), 4)]
    return "".join(cmap.get(code, "\ufffd") for code in codes)


def pdf_text(data: bytes) -> str:
    objects = {int(num): body for num, body in _OBJECT.findall(data)}
    lines: list[str] = []
    for body in objects.values():
        if b"/Type /Page " not in body and b"/Type /Page\n" not in body:
            continue
        contents = _CONTENTS.search(body)
        resources = _RESOURCES.search(body)
        if contents is None or resources is None:
            continue
        fonts: dict[bytes, dict[int, str]] = {}
        for name, ref in _FONT_REF.findall(objects[int(resources.group(1))]):
            to_unicode = _TO_UNICODE.search(objects[int(ref)])
            if to_unicode is not None:
                fonts[name] = _cmap(_stream(objects[int(to_unicode.group(1))]))
        cmap: dict[int, str] = {}
        current = ""
        for font, tj, tj_array, begin, end in _TOKENS.findall(
            _stream(objects[int(contents.group(1))])
        ):
            if font:
                cmap = fonts.get(font, {})
            elif tj:
                current += _glyphs(tj, cmap)
            elif tj_array:
                current += "".join(_glyphs(h, cmap) for h in _HEX.findall(tj_array))
            elif begin:
                current = ""
            elif end and current:
                lines.append(current)
    text = "\n".join(lines).replace("\t", " ")
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str) -> str:
    """One space between words, for checks that must not depend on line breaks."""
    return " ".join(text.split())
