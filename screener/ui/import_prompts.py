"""The small dialogs around importing a notice, and reading the notice file.

Each dialog sits behind a module-level function so tests replace it with a plain function
(PySide6 >= 6.10 crashes when Qt methods are replaced with unittest.mock objects). Message
boxes are plain text: file names and problems come from the user's files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from screener.persistence.errors import FileProblemError

if TYPE_CHECKING:
    # The importer is imported when a notice is read: the main window imports this module,
    # and the importer's modules took ~40 ms of the app's start-up.
    from screener.importer import ImportResult

NOTICE_SUFFIXES = frozenset({".txt", ".md", ".pdf"})


def is_notice_file(path: Path) -> bool:
    return path.suffix.lower() in NOTICE_SUFFIXES and not path.is_dir()


def ask_notice_path(parent: QWidget, caption: str, file_filter: str) -> str:
    """The open dialog for one notice file; "" when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
    return path


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok).exec()


def ask_confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default, so Enter never destroys anything."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = _box(parent, QMessageBox.Icon.Question, title, text, yes | no)
    box.setDefaultButton(no)
    return box.exec() == yes


def problem_text(path: Path, error: FileProblemError) -> str:
    """'notice.txt' could not be imported, what is wrong with it, and where it is."""
    lines = [
        QCoreApplication.translate(
            "NoticeImport", "The notice “{name}” could not be imported:"
        ).format(name=path.name),
        "",
    ]
    for problem in error.problems:
        where = f"{problem.where}: " if problem.where else ""
        lines.append(f"• {where}{problem.message}")
    lines += ["", QCoreApplication.translate("NoticeImport", "File: {path}").format(path=str(path))]
    return "\n".join(lines)


def read_notice(parent: QWidget | None, path: Path) -> ImportResult | None:
    """The draft read from a notice file, or None after telling the user what is wrong."""
    from screener.importer import import_notice_file

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return import_notice_file(path)
    except FileProblemError as error:
        failure = error
    finally:
        QApplication.restoreOverrideCursor()
    show_problem(
        parent,
        QCoreApplication.translate("NoticeImport", "Import notice"),
        problem_text(path, failure),
    )
    return None
