"""File > Import notice… and File > Paste the notice text…: from a notice to its review.

The main window owns one `NoticeImports`; it adds the two actions to the File menu, reads the
notice off the UI thread (import_progress), opens the review dialog for the draft and loads
the saved file into the catalogue. Drag-and-drop of a notice goes through `review_notice`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from screener.notice_formats import dialog_patterns, named_suffixes
from screener.ui.importing import import_prompts

if TYPE_CHECKING:
    from screener.importer import ImportResult
    from screener.ui.importing.import_progress import NoticeImport


class NoticeImports(QObject):
    def __init__(
        self, window: QWidget, menu: QMenu, saved: Callable[[Path], None], done: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.saved = saved
        self.done = done
        self.import_dialog: QWidget | None = None
        self.notice_import: NoticeImport | None = None  # the notice being read, if any
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_notice)
        menu.addAction(self.import_action)
        self.paste_notice_action = QAction(window)
        self.paste_notice_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.paste_notice_action.triggered.connect(self.paste_notice)
        menu.addAction(self.paste_notice_action)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import notice…"))
        self.import_action.setStatusTip(
            self.tr("Make a draft vacancy from a NATO vacancy notice ({formats})").format(
                formats=named_suffixes()
            )
        )
        self.paste_notice_action.setText(self.tr("&Paste the notice text…"))
        self.paste_notice_action.setStatusTip(
            self.tr("Make a draft vacancy from a notice's text copied from a web page")
        )

    def import_notice(self) -> None:
        chosen = import_prompts.ask_notice_path(
            self.window,
            self.tr("Import vacancy notice"),
            self.tr("Vacancy notices ({patterns});;All files (*)").format(
                patterns=dialog_patterns()
            ),
        )
        if chosen:
            self.review_notice(Path(chosen))

    def paste_notice(self) -> None:
        self._paste("")

    def _paste(self, shown: str) -> None:
        """The paste box; a text refused (no vacancy found in it) comes back in the box,
        to be corrected: the reader had to find the page and copy it all again."""
        text = import_prompts.ask_notice_text(self.window, shown)
        if not text.strip():
            return
        from screener.ui.importing.import_progress import text_reader

        label = self.tr("pasted text")
        self._read(text_reader(text, label), Path(label), partial(self._paste, text))

    def review_notice(self, path: Path) -> None:
        """Read a notice (off the UI thread) and open the review dialog for its draft."""
        from screener.ui.importing.import_progress import file_reader

        self._read(file_reader(path), path)

    def _read(self, read: Any, where: Path, refused: Callable[[], None] | None = None) -> None:
        from screener.ui.importing.import_progress import NoticeImport

        self.notice_import = NoticeImport(self.window, read, where, self._open_review, refused)
        self.notice_import.start()

    def _open_review(self, result: ImportResult) -> None:
        from screener.ui.importing.import_review_dialog import ImportReviewDialog

        dialog = ImportReviewDialog(result, self.window)
        dialog.saved.connect(self.saved)
        dialog.finished.connect(self._finished)
        self.import_dialog = dialog
        dialog.open()

    def _finished(self, _result: int) -> None:
        self.import_dialog = None
        self.done()
