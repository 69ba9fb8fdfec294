"""The dialog shown for an unexpected error: a summary, the details, and a way to copy them."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from screener.ui.common.accessibility import describe, tab_as_laid_out
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.window import window_placement


class ErrorDialog(RetranslatesOnLanguageChange, QDialog):
    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32)
        )
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.summary = PlainTextLabel(summary)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        tab_as_laid_out(buttons)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        window_placement.resize_within_screen(self, 640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.intro.setText(
            self.tr("Screener met an unexpected problem. Your answers are kept and you can "
                    "carry on. If it happens again, copy the details and send them to "
                    "whoever supports Screener for you.")
        )  # fmt: skip
        describe(self.details, self.tr("Error details"), self.tr("Technical details of the error"))
        self.copy_button.setText(self.tr("&Copy details"))
        describe(
            self.copy_button,
            self.tr("Copy details"),
            self.tr("Copies the error details to the clipboard"),
        )

    def copy_details(self) -> None:
        text = f"{self.summary.text()}\n\n{self.details.toPlainText()}"
        QGuiApplication.clipboard().setText(text)
