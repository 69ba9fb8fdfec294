"""Answers that could not be saved: said where the user looks, and never lost on closing.

A bar above the main window's content stays while saving fails or while the profile's file
was changed elsewhere (a second window on the same profile), with the ways out. The first
time, a message also appears over whatever window is active (the wizard, most often), since
the bar may be hidden behind it. Closing with answers not on disk asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QWidget,
)

from screener.persistence.errors import FileProblemError
from screener.persistence.profile_names import slug
from screener.ui.common.accessibility import describe
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import error_text
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.profiles.profile_keeper import ProfileKeeper


class SaveProblemBar(RetranslatesOnLanguageChange, QFrame):
    """The bar: what went wrong, and buttons for the ways out of it."""

    saveElsewhereRequested = Signal()
    retryRequested = Signal()
    keepMineRequested = Signal()
    takeTheirsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save-problem-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem = ""
        self.conflict = False
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        self.message = PlainTextLabel()
        self.save_elsewhere_button = QPushButton()
        self.retry_button = QPushButton()
        self.keep_mine_button = QPushButton()
        self.take_theirs_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        for button, signal in (
            (self.keep_mine_button, self.keepMineRequested),
            (self.take_theirs_button, self.takeTheirsRequested),
            (self.save_elsewhere_button, self.saveElsewhereRequested),
            (self.retry_button, self.retryRequested),
        ):
            layout.addWidget(button)
            not_default(button)  # in the main window, Enter on it did nothing
            button.clicked.connect(signal.emit)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        for button, text, description in (
            (self.save_elsewhere_button, self.tr("Save to another &file…"),
             self.tr("Writes your answers to a file you choose, such as a USB stick")),
            (self.retry_button, self.tr("&Try again"),
             self.tr("Tries to save now instead of waiting for the next attempt")),
            (self.keep_mine_button, self.tr("&Keep mine"),
             self.tr("Writes the answers in this window over the other version")),
            (self.take_theirs_button, self.tr("&Load the other version"),
             self.tr("Discards this window's unsaved answers and loads the file as it is now")),
        ):  # fmt: skip
            button.setText(text)
            describe(button, text.replace("&", "").rstrip("…"), description)
        if self.conflict:
            self.message.setText(
                self.tr("{problem}\nChoose which answers to keep; nothing is written until "
                        "you do.").format(problem=self.problem)
            )  # fmt: skip
        else:
            self.message.setText(
                self.tr("Your answers could not be saved: {problem}\nThey are kept in this "
                        "window and Screener keeps trying every few seconds.").format(
                    problem=self.problem
                )
            )  # fmt: skip

    def show_problem(self, problem: str, conflict: bool) -> None:
        self.problem = problem
        self.conflict = conflict
        self.keep_mine_button.setVisible(conflict)
        self.take_theirs_button.setVisible(conflict)
        self.retry_button.setVisible(not conflict)
        self.retranslate()
        self.show()


class SaveGuard(QObject):
    """Connects the keeper's save problems to the bar, the one-time message and closing."""

    def __init__(self, window: QWidget, keeper: ProfileKeeper, bar: SaveProblemBar) -> None:
        super().__init__(window)
        self.window = window
        self.keeper = keeper
        self.bar = bar
        self._told = False  # the message over the active window, once per episode
        keeper.saveFailed.connect(self._failed)
        keeper.changedElsewhere.connect(self._changed_elsewhere)
        keeper.saveRecovered.connect(self._recovered)
        keeper.profileReplaced.connect(lambda _profile: self._recovered())
        keeper.openElsewhere.connect(self._open_elsewhere)
        # After the window is up and the last profile opened (ProfileKeeper.settle_start).
        keeper.startSettled.connect(self._opened_at_start)
        bar.retryRequested.connect(keeper.flush)
        bar.saveElsewhereRequested.connect(self.save_elsewhere)
        bar.keepMineRequested.connect(self._keep_mine)
        bar.takeTheirsRequested.connect(self._take_theirs)

    def _opened_at_start(self) -> None:
        holder = self.keeper.startup_holder
        if holder is not None:
            self._open_elsewhere(holder)

    def _active_window(self) -> QWidget:
        active = QApplication.activeWindow()
        return active if active is not None else self.window

    def _failed(self, message: str) -> None:
        self.bar.show_problem(message, conflict=False)
        if not self._told:
            self._told = True
            prompts.notify(
                self._active_window(),
                self.tr("Answers not saved"),
                self.tr("Your answers could not be saved:\n{problem}\n\nThey are kept in this "
                        "window, and Screener keeps trying. You can also save them to another "
                        "file from the bar at the top of the main window.").format(problem=message),
            )  # fmt: skip

    def _changed_elsewhere(self) -> None:
        error = self.keeper.last_error
        problem = error_text(error) if error is not None else ""
        self.bar.show_problem(problem, conflict=True)
        self._told = True
        prompts.notify(
            self._active_window(),
            self.tr("Profile changed elsewhere"),
            self.tr("{problem}.\n\nThis happens when the same profile is open in two Screener "
                    "windows. Your answers are kept in this window: choose in the bar at the top "
                    "of the main window whether to keep yours, load the other version, or save "
                    "yours to another file.").format(problem=problem),
        )  # fmt: skip

    def _open_elsewhere(self, process: int) -> None:
        prompts.notify(
            self._active_window(),
            self.tr("Profile open in another window"),
            self.tr("This profile is also open in another Screener window (process {process}). "
                    "Answers given in both are not merged: before each save Screener checks "
                    "whether the other window changed the file, and if so asks you which "
                    "answers to keep.").format(process=process),
        )  # fmt: skip

    def _recovered(self) -> None:
        if self.bar.isVisible():
            self.bar.hide()
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(self.tr("Your answers are saved."), 8000)
        self._told = False

    def _keep_mine(self) -> None:
        self.keeper.keep_mine()

    def _take_theirs(self) -> None:
        try:
            self.keeper.take_theirs()
        except FileProblemError as exc:
            prompts.warn(self.window, self.tr("Load the other version"), error_text(exc))

    def save_elsewhere(self) -> bool:
        """Ask for a file and write the answers there; True once they are on disk."""
        title = self.tr("Save answers to another file")
        name = self.keeper.profile.name or self.keeper.profile_id or "profile"
        chosen = prompts.ask_save_file(
            self.window, title, f"{slug(name)}.json", self.tr("Profile files (*.json)")
        )
        target = prompts.save_target(self.window, title, chosen, (".json",)) if chosen else None
        if target is None:
            return False
        try:
            self.keeper.write_copy(target)
        except FileProblemError as exc:
            prompts.warn(self.window, title, error_text(exc))
            return False
        self.window.statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Your answers were saved to {file}.").format(file=str(target)), 8000
        )
        return True

    def may_close(self) -> bool:
        """Called as the window closes: True if it may, after asking about unsaved answers."""
        self.keeper.flush()
        if not self.keeper.has_unsaved_changes or self._ask_on_close():
            self.keeper.release_lock()
            return True
        return False

    def _ask_on_close(self) -> bool:
        """Unsaved answers: True once saved elsewhere or knowingly discarded."""
        error = self.keeper.last_error
        while True:
            choice = prompts.ask_unsaved_on_close(
                self.window, error_text(error) if error is not None else ""
            )
            if choice == "save_elsewhere":
                if self.save_elsewhere():
                    self.keeper.discard_unsaved()  # they are on disk, in the chosen file
                    return True
                continue
            if choice == "discard":
                self.keeper.discard_unsaved()
                return True
            return False
