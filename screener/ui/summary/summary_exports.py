"""Writing the summary out: PDF, HTML, JSON, print, clipboard text.

Dialogs sit behind module-level functions so tests replace them with plain functions
(PySide6 >= 6.10 crashes when Qt methods are replaced with unittest.mock objects).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from screener.paths import APP_NAME
from screener.persistence.atomic import write_atomic
from screener.report.record import AssessmentRecord
from screener.ui.common.last_folder import remember, start_path

PDF_MARGINS_MM = 15.0


def ask_save_path(parent: QWidget, caption: str, suggested_name: str, file_filter: str) -> str:
    """The save dialog, in the last folder used; returns "" when the user cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, start_path(suggested_name), file_filter)
    remember(path)
    return path


def run_print_dialog(parent: QWidget, document: QTextDocument) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def run_print_preview(parent: QWidget, document: QTextDocument) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(document.print_)
    dialog.exec()


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def write_pdf(document: QTextDocument, path: Path, title: str) -> None:
    """A4 PDF of the document; QPdfWriter embeds the fonts, so it prints the same anywhere."""
    # Rendered in memory, then written atomically: a failed export never leaves half a file.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)  # how the importer knows the app's own PDFs
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM, PDF_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # the PDF is complete when the writer goes away
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF"):
        raise OSError(f"the PDF was not produced: {path}")
    write_atomic(path, data)


def html_text(record: AssessmentRecord) -> str:
    from screener.report.html_report import render_record_html

    return render_record_html(record)


def json_text(record: AssessmentRecord) -> str:
    from screener.report.json_report import record_to_dict

    return json.dumps(record_to_dict(record), ensure_ascii=False, indent=2) + "\n"


def plain_text(record: AssessmentRecord) -> str:
    from screener.report.text_report import render_record_text

    return render_record_text(record)


def show_problem(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from screener.ui.common.message_boxes import plain_message_box

    # Paths and messages are never markup.
    icon, ok = QMessageBox.Icon.Warning, QMessageBox.StandardButton.Ok
    plain_message_box(parent, icon, title, text, ok).exec()
