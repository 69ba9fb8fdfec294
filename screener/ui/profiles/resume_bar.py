"""A bar above the main window's content: a screening was left unfinished; carry on?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from screener.ui.common.accessibility import announce, describe
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.plain_text_label import PlainTextLabel

if TYPE_CHECKING:
    from screener.domain.criteria import LocalizedText
    from screener.ui.wizard.page_plan import Topic


class ResumeBar(RetranslatesOnLanguageChange, QFrame):
    resumeRequested = Signal(str)  # reference
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resume-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.reference = ""
        self._title: LocalizedText | None = None
        self._topic: Topic | None = None
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(pixmap.pixmap(size, size))
        self.message = PlainTextLabel()
        self.resume_button = QPushButton()
        self.dismiss_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.dismiss_button)
        not_default(self.resume_button, self.dismiss_button)  # Enter on either did nothing
        self.resume_button.clicked.connect(self._resume)
        self.dismiss_button.clicked.connect(self._dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.resume_button.setText(self.tr("&Resume"))
        describe(
            self.resume_button,
            self.tr("Resume screening"),
            self.tr("Opens the questions again where you stopped"),
        )
        self.dismiss_button.setText(self.tr("&Not now"))
        describe(
            self.dismiss_button,
            self.tr("Not now"),
            self.tr("Hides this message; the answers you gave are kept"),
        )
        if self._topic is not None:
            # Only offered once a vacancy's pages were planned: page_plan is loaded by then.
            from screener.ui.wizard.page_plan import topic_name

            self.message.setText(
                self.tr("You stopped screening yourself for {reference} ({title}) at: {step}. "
                        "Your answers so far are saved.").format(
                    reference=self.reference,
                    title=self._title.get(current_language()) if self._title else "",
                    step=topic_name(self._topic),
                )
            )  # fmt: skip

    def offer(self, reference: str, title: LocalizedText, topic: Topic) -> None:
        self.reference = reference
        self._title = title
        self._topic = topic
        self.retranslate()
        self.show()
        # Shown above the window's content while the focus is in the search box.
        announce(self.message, self.message.text())

    def _resume(self) -> None:
        self.hide()
        self.resumeRequested.emit(self.reference)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
