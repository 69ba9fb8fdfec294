"""The small dialogs around importing a notice (reading it is import_progress's job).

Each dialog sits behind a module-level function so tests replace it with a plain function
(PySide6 >= 6.10 crashes when Qt methods are replaced with unittest.mock objects). Message
boxes are plain text: file names and problems come from the user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from screener.notice_formats import known_suffixes
from screener.persistence.errors import FileProblemError
from screener.ui.common.last_folder import remember, start_folder
from screener.ui.common.message_boxes import plain_message_box
from screener.ui.common.problem_words import problem_line

# The dialog classes are imported where a dialog opens: the main window imports this module,
# and PySide6 builds a class's Python enums when the class is first named.

# What drag-and-drop takes as a notice: the formats the importer reads, and those it refuses
# saying what to do instead (a .doc, a scan). notice_formats.py imports nothing, so the
# importer stays unloaded until a notice is opened.
NOTICE_SUFFIXES = known_suffixes()


def is_notice_file(path: Path) -> bool:
    return path.suffix.lower() in NOTICE_SUFFIXES and not os.path.isdir(path)


def ask_notice_path(parent: QWidget, caption: str, file_filter: str) -> str:
    """The open dialog for one notice file; "" when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, caption, start_folder(), file_filter)
    remember(path)
    return path


def ask_draft_path(parent: QWidget, caption: str, suggested: Path) -> str:
    """The save dialog for a reviewed draft, proposing `suggested`; "" when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    file_filter = QCoreApplication.translate("NoticeImport", "Vacancy files (*.toml)")
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), file_filter)
    return path


def ask_notice_text(parent: QWidget, text: str = "") -> str:
    """The paste box for a notice's text (holding `text`); "" when the user cancels."""
    from screener.ui.importing.import_paste_dialog import ImportPasteDialog

    dialog = ImportPasteDialog(parent, text)
    if dialog.exec() != ImportPasteDialog.DialogCode.Accepted:
        return ""
    return dialog.text()


def show_problem(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    plain_message_box(
        parent, QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok
    ).exec()


def ask_confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; No is the default, so Enter never destroys anything."""
    from PySide6.QtWidgets import QMessageBox

    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    box = plain_message_box(parent, QMessageBox.Icon.Question, title, text, yes | no)
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
    lines += [f"• {problem_line(problem)}" for problem in error.problems]
    lines += ["", QCoreApplication.translate("NoticeImport", "File: {path}").format(path=str(path))]
    return "\n".join(lines)
