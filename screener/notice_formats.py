"""The one list of the files a notice can be imported from, and of those it cannot.

The importer reads these; the app's open dialog, its status tip and drag-and-drop, the command
line's help and the importer's messages are derived from them. This module imports nothing
but the Qt-free marker of translatable words: the main window reads it before its first paint
(drag-and-drop), without the importer.
"""

from __future__ import annotations

from typing import NamedTuple

from screener.translatable import QT_TRANSLATE_NOOP


class NoticeFormat(NamedTuple):
    name: str  # what people call it, in English (the command line's help)
    suffixes: tuple[str, ...]  # the first is the one named in lists


NOTICE_FORMATS = (
    NoticeFormat("text", (".txt",)),
    NoticeFormat("Markdown", (".md",)),
    NoticeFormat("web page", (".html", ".htm", ".xhtml")),
    NoticeFormat("web page saved as a single file", (".mhtml", ".mht")),
    NoticeFormat("Safari web archive", (".webarchive",)),
    NoticeFormat("Word document", (".docx",)),
    NoticeFormat("OpenDocument text (LibreOffice)", (".odt",)),
    NoticeFormat("Rich Text", (".rtf",)),
    NoticeFormat("saved e-mail", (".eml",)),
    NoticeFormat("PDF", (".pdf",)),
)


class UnreadableFormat(NamedTuple):
    name: str  # "an Outlook message" (marked for translation, as `advice`)
    suffixes: tuple[str, ...]
    advice: str  # what to do instead


# What people have that cannot be read without a library the app does not ship, and what
# to do instead (said with the file's name when one is opened).
SAVE_AS = QT_TRANSLATE_NOOP(
    "FileProblem", "save it as .docx or PDF, or copy its text and use Paste"
)
UNREADABLE_FORMATS = (
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "a Word 97-2003 document"), (".doc", ".dot"), SAVE_AS
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "an Outlook message"),
        (".msg",),
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "in Outlook, File > Save As and choose HTML, MHT or Text Only, or copy its text and "
            "use Paste",
        ),
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "an Apple Pages document"),
        (".pages",),
        QT_TRANSLATE_NOOP("FileProblem", "export it as Word (.docx) or PDF from Pages"),
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "an XPS document"),
        (".xps", ".oxps"),
        QT_TRANSLATE_NOOP("FileProblem", "print it to PDF, or copy its text and use Paste"),
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "an Excel spreadsheet"),
        (".xlsx", ".xlsm", ".xls"),
        SAVE_AS,
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "a PowerPoint presentation"),
        (".pptx", ".ppsx", ".ppt"),
        SAVE_AS,
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "a zip archive"),
        (".zip",),
        QT_TRANSLATE_NOOP("FileProblem", "unpack it and import the notice inside"),
    ),
    UnreadableFormat(
        QT_TRANSLATE_NOOP("FileProblem", "an image (a scan or a screenshot)"),
        (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic"),
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "import the notice itself (its web page, PDF or Word file), or copy its text and "
            "use Paste",
        ),
    ),
)


def notice_suffixes() -> frozenset[str]:
    """Every file name ending a notice is read from (".txt", ".mht", ...)."""
    return frozenset(suffix for kind in NOTICE_FORMATS for suffix in kind.suffixes)


def known_suffixes() -> frozenset[str]:
    """The endings of the files read and of those refused with what to do instead: a file of
    either kind dropped on the window goes to the importer, which reads or explains it."""
    return notice_suffixes() | {suffix for kind in UNREADABLE_FORMATS for suffix in kind.suffixes}


def named_suffixes() -> str:
    """The formats in a sentence: ".txt, .md, .html, .mhtml, .docx, .odt, .rtf, .eml, .pdf"."""
    return ", ".join(kind.suffixes[0] for kind in NOTICE_FORMATS)


def dialog_patterns() -> str:
    """The open dialog's name filter: "*.txt *.md *.html ..."."""
    return " ".join(f"*{suffix}" for kind in NOTICE_FORMATS for suffix in kind.suffixes)


def unreadable_format(suffix: str) -> UnreadableFormat | None:
    """The format of this file name ending when it is one the importer cannot read."""
    suffix = suffix.lower()
    return next((kind for kind in UNREADABLE_FORMATS if suffix in kind.suffixes), None)
