"""A dossier's HTML as an A4 PDF, with Qt's text layout, the office name heading each page.

The HTML comes from screener.adviser.dossier, which escapes every text taken from files.
It runs in a worker thread as well as on the UI thread: QTextDocument is reentrant, and Qt
allows a QPainter on a PDF paint device outside the GUI thread, each thread using its own
document, writer and buffer (the dossier holds no images).
Pages are laid out the way QTextDocument.print_() does (the document at screen resolution,
scaled to the writer's), with room kept at the top of each page for the office name and at
the bottom for the page number.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from screener.paths import APP_NAME
from screener.persistence.atomic import write_atomic
from screener.ui.summary.summary_exports import PDF_MARGINS_MM

_SOURCE_DPI = 96.0  # a document without a paint device is laid out at this resolution


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one for a headless command (offscreen if needed)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "screener"])


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)  # how the importer knows the app's own PDFs
    margins = QMarginsF(PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


# Called before each page with (pages done, pages in all); it raises to stop the writing.
PageStep = Callable[[int, int], None]


def _lay_out(document: QTextDocument, step: PageStep) -> None:
    """Lay the document out a block at a time (a table at a time) before counting its pages.

    PySide holds Python's lock through each Qt call: pageCount() laid out 700 pages in one
    call, seconds in which the UI thread could run no Python at all. Between blocks the
    lock goes back to it, and Cancel is heard."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        step(0, 0)
        layout.blockBoundingRect(block)
        block = block.next()


def _paint(document: QTextDocument, writer: QPdfWriter, header: str, step: PageStep) -> None:
    scale = writer.logicalDpiX() / _SOURCE_DPI
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    # The header and the page number are drawn in the writer's own pixels, in the
    # document's font at its point size; the document itself is drawn scaled.
    font = QFont(document.defaultFont())
    metrics = QFontMetricsF(font, writer)
    line = metrics.height()
    # One line, cut with "…" where the page ends: an office name of 200 characters ran past
    # the right edge of every page.
    header = metrics.elidedText(header, Qt.TextElideMode.ElideRight, page.width())
    top, bottom = (2 * line if header else 0.0), 2 * line
    width = page.width() / scale
    body = (page.height() - top - bottom) / scale
    document.setPageSize(QSizeF(width, body))
    _lay_out(document, step)
    painter = QPainter(writer)
    try:
        pages = document.pageCount()
        for number in range(pages):
            step(number, pages)
            if number:
                writer.newPage()
            painter.setFont(font)
            if header:
                painter.drawText(
                    QRectF(0, 0, page.width(), line), Qt.AlignmentFlag.AlignLeft, header
                )
            footer = QRectF(0, page.height() - line, page.width(), line)
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight, str(number + 1))
            painter.save()
            painter.translate(0, top)
            painter.scale(scale, scale)
            painter.translate(0, -number * body)
            document.drawContents(painter, QRectF(0, number * body, width, body))
            painter.restore()
    finally:
        painter.end()


def dossier_pdf(html: str, title: str, header: str = "", step: PageStep | None = None) -> bytes:
    """The PDF's bytes, `header` (the office) atop each page; `step` may raise to stop it.
    OSError if Qt produced no PDF."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title)
    _paint(document, writer, header, step or (lambda _done, _pages: None))
    del writer  # the PDF is complete when the writer goes away
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise OSError("the PDF was not produced")
    return data


def write_dossier_pdf(html: str, path: Path, title: str, header: str = "") -> None:
    """Write the PDF atomically, `header` (the office) atop each page; OSError if it cannot
    be produced or written."""
    ensure_gui_application()
    try:
        data = dossier_pdf(html, title, header)
    except OSError:
        raise OSError(f"the PDF was not produced: {path}") from None
    write_atomic(path, data)
