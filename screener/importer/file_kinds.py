"""What kind of notice file this is, by its content first and its name second: a file saved with
the wrong extension (a PDF named .txt, a saved web page named .html, a Word file named .doc) is
read as what it is, and a file the importer cannot read (an Outlook message, a scan) is refused
with what to do instead (screener/notice_formats.py lists them), never as "a binary file".
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from screener.importer.mhtml_text import looks_like_mhtml
from screener.importer.zip_parts import PASSWORD_PROTECTED, ZIP_READ_ERRORS, read_part
from screener.notice_formats import UNREADABLE_FORMATS, UnreadableFormat, unreadable_format
from screener.persistence.errors import FileProblemError, Phrase
from screener.translatable import QT_TRANSLATE_NOOP

_ZIP = b"PK\x03\x04"
# Microsoft's compound file: Word 97-2003 (.doc), Outlook (.msg), older Excel and PowerPoint.
_COMPOUND = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The stream in which Office keeps a document saved with a password (a directory entry's
# name, in UTF-16).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_MARKUP = re.compile(rb"^\s*<(?:!doctype html|html)\b", re.IGNORECASE)
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"
# The names under which web systems export pages and tables (Word's and Excel's own files
# are recognised by their content above).
_OFFICE_NAMES_OF_EXPORTS = (".doc", ".xlsx", ".pptx", ".zip")


def _named(kind: str) -> UnreadableFormat:
    return next(format_ for format_ in UNREADABLE_FORMATS if format_.name.startswith(kind))


def unreadable(path: Path, format_: UnreadableFormat) -> FileProblemError:
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP("FileProblem", "is {format}, which Screener cannot read: {advice}"),
        format=Phrase(format_.name),
        advice=Phrase(format_.advice),
    )


def _zip_kind(path: Path, data: bytes) -> str:
    """ "odt" or "docx" (whose reader says when it is neither), or the refusal of an Apple
    Pages or XPS file (zip archives too)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[:10_000])
            mimetype = _mimetype(path, archive) if "mimetype" in names else b""
    except ZIP_READ_ERRORS:
        return "docx"  # whose reader says the archive is broken
    if "word/document.xml" in names:
        return "docx"
    if mimetype.startswith(_ODF_TEXT) or (not mimetype and "content.xml" in names):
        return "odt"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is an OpenDocument spreadsheet, presentation or drawing, not a text: open it "
                "in LibreOffice and save the notice as .odt or .docx, or copy its text and use "
                "Paste",
            ),
        )
    if any(name.startswith("Index/") and name.endswith(".iwa") for name in names):
        raise unreadable(path, _named("an Apple Pages"))
    if any(name.lower().endswith(".fdseq") for name in names):
        raise unreadable(path, _named("an XPS"))
    # Office's other files are zip archives too: say what the file is rather than that it
    # is no Word document.
    if any(name.startswith("xl/") for name in names):
        raise unreadable(path, _named("an Excel"))
    if any(name.startswith("ppt/") for name in names):
        raise unreadable(path, _named("a PowerPoint"))
    if "[Content_Types].xml" not in names and any(name.endswith(".toml") for name in names):
        raise FileProblemError.of(
            path,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "is a vacancy pack, not a notice: add its vacancies with Adviser > Import "
                "vacancy pack… (screener pack import)",
            ),
        )
    if "[Content_Types].xml" not in names and path.suffix.lower() not in (".docx", ".odt"):
        raise unreadable(path, _named("a zip archive"))
    return "odt" if path.suffix.lower() == ".odt" else "docx"


def _mimetype(path: Path, archive: zipfile.ZipFile) -> bytes:
    """The OpenDocument type named first in the archive (its first bytes only: the entry may
    claim to be short and inflate to gigabytes)."""
    return read_part(path, archive, archive.getinfo("mimetype"), 100)[:100]


def file_kind(path: Path, data: bytes) -> str:
    """ "pdf", "docx", "odt", "rtf", "mhtml", "webarchive", "eml" or "text"; FileProblemError
    naming the file for a format that cannot be imported."""
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_ZIP):
        return _zip_kind(path, data)
    if data.startswith(b"bplist00"):
        return "webarchive"  # Safari's (a binary property list), whose reader says if it is not
    if data.startswith(_COMPOUND):
        if _ENCRYPTED_PACKAGE in data:
            raise FileProblemError.of(path, PASSWORD_PROTECTED)
        # Outlook's message and Word's document are both compound files: the name tells.
        format_ = unreadable_format(suffix)
        raise unreadable(path, format_ if format_ else _named("a Word 97-2003"))
    if data.startswith(_IMAGES) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        raise unreadable(path, _named("an image"))
    # Word saves Rich Text and web pages under a .doc name too (and web systems export them so).
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if suffix != ".eml" and (suffix in (".mhtml", ".mht") or looks_like_mhtml(data)):
        return "mhtml"
    if (format_ := unreadable_format(suffix)) is not None:
        if format_.suffixes[0] in _OFFICE_NAMES_OF_EXPORTS and (
            _MARKUP.search(data[:2048]) or b"\x00" not in data[:4096]
        ):
            # A web page, or text renamed: Office's own files are compound files or zip
            # archives (above), so a .doc or .xls without a zero byte is no Office file; the
            # text reader reads it.
            return "text"
        raise unreadable(path, format_)
    if suffix == ".eml":
        return "eml"
    if suffix in (".pdf", ".docx", ".odt", ".rtf", ".webarchive"):
        return suffix[1:]  # whose reader says the file is not one
    return "text"
