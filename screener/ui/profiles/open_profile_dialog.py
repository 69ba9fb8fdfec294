"""Open a stored profile: every profile by name, and files that cannot be read, with why."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from screener.persistence.errors import FileProblemError, look_alike_key, safe_text, told_apart
from screener.persistence.profile_store import ProfileStore
from screener.report import messages
from screener.ui.common.accessibility import describe, label_name, tab_as_laid_out
from screener.ui.common.down_into_list import DownIntoList
from screener.ui.common.enter_activates import EnterActivates
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import current_language
from screener.ui.common.plain_text_label import PlainTextLabel, plain_tooltip
from screener.ui.common.problem_words import error_text, problem_line, problem_text
from screener.ui.common.search_text import fold
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.profiles.keeper_start import shown_profile_name
from screener.ui.window import window_placement

ID_ROLE = Qt.ItemDataRole.UserRole
READABLE_ROLE = Qt.ItemDataRole.UserRole + 1
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 2
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 3
NAME_ROLE = Qt.ItemDataRole.UserRole + 4


class OpenProfileDialog(QDialog):
    def __init__(
        self, store: ProfileStore, current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._current = current
        self._ids: list[str | None] = []  # by the index each row holds (_set_id)
        # Profiles listed by the name their file starts with, read whole one at a time
        # after the dialog shows: each may yet turn out to be a file that cannot be opened.
        self._unchecked: dict[int, tuple[QListWidgetItem, Path]] = {}
        self._checker = QTimer(self)
        self._checker.setInterval(0)
        self._checker.timeout.connect(self._check_next)
        self.setWindowTitle(self.tr("Open profile"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Find a profile:"))
        # Named as shown: a screen reader said "Filter profiles" under "Find:".
        describe(
            self.filter,
            label_name(filter_label.text()),
            self.tr("Shows only the profiles whose name contains what is typed here"),
        )
        filter_label.setBuddy(self.filter)
        self.list = QListWidget()
        describe(
            self.list,
            self.tr("Stored profiles"),
            self.tr("Every profile saved on this computer; files that cannot be read are "
                    "listed with the reason"),
        )  # fmt: skip
        self.problem = PlainTextLabel()
        self.problem.setObjectName("problem")
        self.where = PlainTextLabel(
            self.tr("Profiles are kept in {folder}").format(folder=store.folder)
        )
        self._build_buttons()
        layout = QVBoxLayout(self)
        for widget in (filter_label, self.filter, self.list, self.problem, self.where):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)

        self.filter.textChanged.connect(self._filter)
        # Down from the filter box goes into the list, on the profile Enter would open.
        self.filter.installEventFilter(DownIntoList(self.filter, self.list))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)
        EnterActivates(self.list)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reload()
        window_placement.resize_within_screen(self, 560, 420)
        self.filter.setFocus()

    def _build_buttons(self) -> None:
        """Open (the default), Cancel and Delete file…."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        describe(
            self.buttons.button(QDialogButtonBox.StandardButton.Open),
            self.tr("Open"),
            self.tr("Makes the selected profile the current one"),
        )
        describe(
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
            self.tr("Cancel"),
            self.tr("Closes without opening a profile"),
        )
        self.delete_button = QPushButton(self.tr("&Delete file…"))
        describe(
            self.delete_button,
            self.tr("Delete file"),
            self.tr("Deletes the selected profile file for good, after asking"),
        )
        not_default(self.delete_button)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        tab_as_laid_out(self.buttons)

    def _set_id(self, item: QListWidgetItem, profile_id: str | None) -> None:
        # The id stays in Python; the item holds its index. A str taken through Qt's item
        # data is not always the same str: a leading U+FEFF is dropped, U+FFFE swaps the
        # bytes, so the row of "\ufeffbob.json" opened and deleted bob.json.
        item.setData(ID_ROLE, len(self._ids))
        self._ids.append(profile_id)

    def _id(self, item: QListWidgetItem) -> str | None:
        index = item.data(ID_ROLE)
        return self._ids[index] if isinstance(index, int) and 0 <= index < len(self._ids) else None

    def reload(self) -> None:
        listing = self.store.list(validate=False)
        self._unchecked = {}
        self.list.clear()
        self._ids = []
        names = [shown_profile_name(entry.name) for entry in listing.entries]
        files = _files_telling_apart(  # by the names as written: "Ana" and "Ana\u200b" too
            [entry.name for entry in listing.entries],
            [entry.path.name for entry in listing.entries],
        )
        for entry, name, file in zip(listing.entries, names, files, strict=True):
            # Two candidates of one name (imported twice, from two systems): told apart by
            # their files, as in the adviser's table.
            # A name from a file: its controls escaped, on one line, as in the adviser's table.
            shown = safe_text(f"{name} ({file})" if file else name)
            if entry.modified is None:  # a file time no date can hold
                text = shown
            else:
                # In words, as every date the app shows: "2026-11-30" was read out digit by
                # digit, and is not how French or English write a date.
                day = messages.format_date(entry.modified.date(), current_language())
                changed = f"{day} {entry.modified:%H:%M}"
                text = self.tr("{name} (changed {date})").format(name=shown, date=changed)
            if entry.id == self._current:
                # Which one is open was shown only by Delete file… being greyed out on it.
                text = self.tr("{profile} — open now").format(profile=text)
            item = QListWidgetItem(text)
            self._set_id(item, entry.id)
            item.setData(READABLE_ROLE, True)
            item.setData(NAME_ROLE, name)
            self.list.addItem(item)
            if not entry.checked:
                self._unchecked[id(item)] = (item, entry.path)
            if entry.id == self._current:
                self.list.setCurrentItem(item)
        style = QApplication.style()
        for error in listing.errors:
            self.list.addItem(self._problem_item(error, style))
        if self.list.currentItem() is None and listing.entries:
            self.list.setCurrentRow(0)
        self._current_changed(self.list.currentItem(), None)
        if self._unchecked:
            self._checker.start()

    def _check_next(self) -> None:
        """Read one listed profile whole; a file that cannot be opened is said so in its row."""
        if not self._unchecked:
            self._checker.stop()
            return
        item, _path = next(iter(self._unchecked.values()))
        self._check(item)

    def _check(self, item: QListWidgetItem) -> bool:
        """Whether the row's file opens, read whole if not read yet."""
        found = self._unchecked.pop(id(item), None)
        if found is None:
            return bool(item.data(READABLE_ROLE))
        error = self.store.check(found[1])
        if error is None:
            return True
        self._mark_problem(item, error, QApplication.style())
        needle = fold(self.filter.text().strip())
        item.setHidden(bool(needle) and needle not in fold(item.text()))
        if item is self.list.currentItem():
            self._current_changed(item, None)
        return False

    def accept(self) -> None:
        # A profile not read yet is read now: Open takes only one that opens.
        item = self.list.currentItem()
        if item is None or self._check(item):
            super().accept()

    def done(self, result: int) -> None:
        self._checker.stop()  # the dialog lives on with its parent window
        super().done(result)

    def _problem_item(self, error: FileProblemError, style: QStyle) -> QListWidgetItem:
        item = QListWidgetItem()
        self._mark_problem(item, error, style)
        return item

    def _mark_problem(self, item: QListWidgetItem, error: FileProblemError, style: QStyle) -> None:
        first = problem_line(error.problems[0]) if error.problems else ""
        item.setText(
            self.tr("{file}: cannot be opened ({problem})").format(
                file=safe_text(error.path.name), problem=first
            )
        )
        item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        # The folder itself cannot be read, or no id names the file ("a:b.json"): nothing to
        # open or delete by id (None disables Delete; the problem says to rename the file).
        folder = error.path == self.store.folder
        self._set_id(item, None if folder else self.store.id_of(error.path))
        item.setData(READABLE_ROLE, False)
        item.setData(FOLDER_ROLE, folder)
        item.setData(NAME_ROLE, None)  # asked about by its file, as every such row
        problems = "\n".join(problem_text(p) for p in error.problems)
        item.setData(PROBLEMS_ROLE, problems)
        item.setToolTip(plain_tooltip(problems))  # file names and values are never markup

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in fold(item.text()))
        # Enter opens what is shown: the selected profile if it still matches, else the
        # first match (the only one, once enough is typed).
        current = self.list.currentItem()
        if current is None or current.isHidden():
            shown = [self.list.item(r) for r in range(self.list.count())]
            first = next((item for item in shown if not item.isHidden()), None)
            if first is not None:
                self.list.setCurrentItem(first)
            else:
                self.list.setCurrentRow(-1)  # nothing shown: nothing current
                self._current_changed(None, None)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        readable = item is not None and bool(item.data(READABLE_ROLE))
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(readable)
        # The current profile goes through Profile > Delete, which also starts a fresh one.
        self.delete_button.setEnabled(
            item is not None and self._id(item) not in (None, self._current)
        )
        if item is not None and self._id(item) is None and item.data(FOLDER_ROLE):
            self.problem.setText(
                self.tr("The profiles folder cannot be read, so no profile in it can be "
                        "opened.\n{problems}").format(problems=item.data(PROBLEMS_ROLE))
            )  # fmt: skip
        elif item is not None and self._id(item) is None:  # its name is the problem
            self.problem.setText(
                self.tr("This file was left as it is. Rename it as said below to open "
                        "it.\n{problems}").format(problems=item.data(PROBLEMS_ROLE))
            )  # fmt: skip
        elif item is not None and not readable:
            self.problem.setText(
                self.tr("This file was left as it is. You can repair it in a text editor, "
                        "or delete it.\n{problems}").format(problems=item.data(PROBLEMS_ROLE))
            )  # fmt: skip
        else:
            self.problem.setText("")
        self.problem.setVisible(bool(self.problem.text()))

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(READABLE_ROLE):
            self.accept()

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.data(READABLE_ROLE):
            return None
        return self._id(item)

    def delete_selected(self) -> None:
        item = self.list.currentItem()
        profile_id = None if item is None else self._id(item)
        if profile_id is None:
            return
        path = self.store.path_of(profile_id)
        name = item.data(NAME_ROLE)
        # A profile by its name, as Profile > Delete asks: the file's path alone did not
        # say which of the candidates it was. A file that cannot be read has only its path.
        question = (
            prompts.delete_question(name, path)
            if name
            else self.tr("Delete {file} for good? This cannot be undone.").format(file=path)
        )
        if not prompts.confirm(self, self.tr("Delete profile file"), question, self.tr("Delete")):
            return
        row = self.list.row(item)
        try:
            self.store.delete(profile_id)
        except FileProblemError as exc:
            prompts.warn(self, self.tr("Delete profile file"), error_text(exc))
        self.reload()
        # As the list was: still filtered, on the profile that took the deleted one's place
        # (the top of the list became current, and the focus left it with Delete disabled).
        self._filter(self.filter.text())
        shown = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
        near = [r for r in shown if r >= row] or shown[-1:]
        if near:
            self.list.setCurrentRow(near[0])
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


def choose_profile(parent: QWidget, store: ProfileStore, current: str | None) -> str | None:
    """The Open dialog: a stored profile's id, or None. A plain function so tests can replace it."""
    dialog = OpenProfileDialog(store, current, parent)
    if dialog.exec() != OpenProfileDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_id()


def _files_telling_apart(names: list[str], files: list[str]) -> list[str]:
    """For each profile, its file name if another one's name looks the same, else ""."""
    keys = [look_alike_key(name) for name in names]
    counts = Counter(keys)
    return told_apart([f if counts[k] > 1 else "" for k, f in zip(keys, files, strict=True)])
