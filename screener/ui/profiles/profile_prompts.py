"""The questions the profile and batch features ask, behind plain functions.

Tests replace these with plain functions (monkeypatch): PySide6 6.10 and later crash when Qt
methods are replaced with unittest.mock objects.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from screener.paths import kept_by_screener
from screener.persistence.text_checks import MAX_TEXT_CHARS
from screener.ui.common.accessibility import room_for_title
from screener.ui.common.last_folder import remember, start_folder, start_path
from screener.ui.common.message_boxes import plain_message_box
from screener.ui.common.sortable_table import with_access_key

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from screener.domain.profile import Profile

# The dialog classes are imported where a dialog opens: the main window imports this module,
# and PySide6 builds a class's Python enums when the class is first named (QMessageBox,
# QInputDialog and QFileDialog ~1.5 ms before the first paint, for dialogs not shown).


def ask_text(
    parent: QWidget, title: str, label: str, text: str = "", allow_empty: bool = False
) -> str | None:
    """A line of text, each run of spaces and line breaks made one space, cut to the length
    a profile's text may have (a longer name would save, then never load again); None if
    cancelled, or if left empty unless `allow_empty` (then "": cleared on purpose, which
    Cancel or Escape must not be taken for)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    room_for_title(dialog, dialog.findChild(QLineEdit))
    if not allow_empty:
        _ok_only_with_text(dialog)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    # One line: the box keeps the line breaks of a paste, and a name of 61 lines would save,
    # then never load again.
    value = " ".join(dialog.textValue().split())[:MAX_TEXT_CHARS].strip()
    dialog.deleteLater()
    if not accepted:
        return None
    return value if value or allow_empty else None


def _ok_only_with_text(dialog: QInputDialog) -> None:
    """OK stays greyed out while the text is empty or only spaces: an empty name used to
    close the dialog as if cancelled, without a word."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    def follow(value: str) -> None:
        # The dialog makes its buttons when it is first shown.
        box = dialog.findChild(QDialogButtonBox)
        ok = box.button(QDialogButtonBox.StandardButton.Ok) if box is not None else None
        if ok is not None:
            ok.setEnabled(bool(value.strip()))

    dialog.textValueChanged.connect(follow)
    QTimer.singleShot(0, dialog, lambda: follow(dialog.textValue()))


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    # Messages quote file names and file contents: plain text, and a long one shortened.
    return plain_message_box(parent, icon, title, text, QMessageBox.StandardButton.NoButton)


def delete_question(name: str, path: Path | None) -> str:
    """What deleting a profile asks, from the Profile menu or the Open dialog: the name the
    user knows it by first, then its file."""
    text = QCoreApplication.translate(
        "ProfilePrompts", "Delete the profile “{name}” and every answer in it, for good?"
    ).format(name=name)
    if path is not None:
        text += "\n" + QCoreApplication.translate(
            "ProfilePrompts", "The file {file} will be deleted."
        ).format(file=path)
    return text


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Yes only if the user chooses `action`; the safe choice (Cancel) is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    # Alt+its first letter reaches it too ("&Delete"): Cancel, the default, has Enter.
    if "&" not in action:
        action = with_access_key(action, set())
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is chosen


def inform(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Information, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def notify(parent: QWidget, title: str, text: str) -> None:
    """A warning that does not stop anything (autosave runs while the user types)."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def ask_unsaved_on_close(parent: QWidget, problem: str) -> str:
    """Closing with answers not on disk: "save_elsewhere", "discard" or "cancel"."""
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "ProfilePrompts",
        "Your latest answers are not saved:\n{problem}\n\n"
        "Save them to another file before closing, or close without them?",
    ).format(problem=problem)
    title = QCoreApplication.translate("ProfilePrompts", "Answers not saved")
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    save = box.addButton(
        QCoreApplication.translate("ProfilePrompts", "&Save to another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("ProfilePrompts", "Close &without them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save_elsewhere"
    return "discard" if clicked is discard else "cancel"


def ask_open_file(parent: QWidget, caption: str, file_filter: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, caption, start_folder(), file_filter)
    remember(path)
    return path


def ask_save_file(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, caption, start_path(suggested), file_filter)
    remember(path)
    return path


def save_target(parent: QWidget, title: str, chosen: str, suffixes: tuple[str, ...]) -> Path | None:
    """The file to write for the name chosen in a save dialog: as chosen when it ends in one
    of `suffixes`, else with the first of them added. The dialog asked about replacing the
    name as typed ("report"), not the one written ("report.pdf"): an existing file of that
    name is asked about here, and None (nothing written) unless the user replaces it. A file
    Screener keeps (a profile, a vacancy file, the settings) is never the target."""
    path = Path(chosen)
    added = path.suffix.lower() not in suffixes
    if added:
        path = path.with_name(path.name + suffixes[0])
    if kept_by_screener(path):
        refusal = QCoreApplication.translate(
            "ProfilePrompts",
            "{file} is one of Screener's own files (a profile, a vacancy or the settings) and "
            "is not replaced. Choose another name or folder.",
        ).format(file=str(path))
        warn(parent, title, refusal)
        return None
    # os.path never raises (Path.exists does in a folder not searchable).
    if not added or not os.path.exists(path):
        return path
    question = QCoreApplication.translate(
        "ProfilePrompts", "{file} already exists in {folder}. Do you want to replace it?"
    ).format(file=path.name, folder=str(path.parent))
    replace = QCoreApplication.translate("ProfilePrompts", "&Replace")
    return path if confirm(parent, title, question, replace) else None


def ask_folder(parent: QWidget, caption: str, start: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, caption, start or start_folder())
    remember(folder, is_folder=True)
    return folder


def edit_my_profile(parent: QWidget, profile: Profile) -> Profile | None:
    """The My profile dialog: the profile with its facts edited, or None if cancelled."""
    from screener.ui.profiles.my_profile_dialog import MyProfileDialog

    dialog = MyProfileDialog(profile, parent)
    if dialog.exec() != MyProfileDialog.DialogCode.Accepted:
        return None
    return dialog.profile()
