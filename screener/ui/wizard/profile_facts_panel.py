"""Beside the wizard: the answers taken from the profile, each with a button to change it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from screener.ui.common.accessibility import describe, scaled_font
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.plain_text_label import PlainTextLabel

# (page id, step name, the answer in words)
Fact = tuple[int, str, str]


class ProfileFactsPanel(RetranslatesOnLanguageChange, QFrame):
    editRequested = Signal(int)  # the page id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile-facts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(210)
        self.setMaximumWidth(260)
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.05, bold=True))
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        # Holds one widget, the rows, replaced whole when the facts change.
        self._holder = QVBoxLayout()
        layout.addLayout(self._holder)
        layout.addStretch(1)
        self._rows: QWidget | None = None
        self.labels: dict[int, PlainTextLabel] = {}
        self.buttons: dict[int, QPushButton] = {}
        self._facts: list[Fact] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("From your profile"))
        self.intro.setText(
            self.tr("Already answered for an earlier vacancy, so not asked again. "
                    "Edit one to check or change it.")
        )  # fmt: skip
        for page_id, name, _text in self._facts:
            button = self.buttons[page_id]
            button.setText(self.tr("Edit"))
            describe(
                button,
                self.tr("Edit {step}").format(step=name),
                self.tr("Shows the question again, so you can check or change your answer"),
            )

    def set_facts(self, facts: list[Fact]) -> None:
        """Show these facts (in this order); the panel hides itself when there are none."""
        if [page_id for page_id, _, _ in facts] != list(self.labels):
            self._rebuild(facts)
        self._facts = list(facts)
        self.retranslate()
        for page_id, name, text in facts:
            self.labels[page_id].setText(self.tr("{step}: {answer}").format(step=name, answer=text))
        self.setVisible(bool(facts))

    def _rebuild(self, facts: list[Fact]) -> None:
        # The rows are replaced whole, widget and layout, and Qt drops a deleted widget from
        # its layout: taking items out of a layout hands them to Python, and PySide6 freed
        # such items twice (see ui/common/nested_layout.py).
        if self._rows is not None:
            self._rows.hide()
            self._rows.deleteLater()
        self._rows = QWidget()
        rows = QVBoxLayout(self._rows)
        rows.setContentsMargins(0, 0, 0, 0)
        self._holder.addWidget(self._rows)
        self.labels = {}
        self.buttons = {}
        for page_id, _name, _text in facts:
            label = PlainTextLabel()
            label.setObjectName(f"fact-{page_id}")
            button = QPushButton()
            not_default(button)
            button.clicked.connect(partial(self.editRequested.emit, page_id))
            # Nested while empty: PySide6 hands a filled layout's items to Python, and they
            # were freed twice once the rows were rebuilt (see ui/common/nested_layout.py).
            row = QHBoxLayout()
            rows.addLayout(row)
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.labels[page_id] = label
            self.buttons[page_id] = button

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels.values()]
