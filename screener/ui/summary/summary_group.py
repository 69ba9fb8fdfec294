"""A group of summary rows behind one toggle: collapsed by default, opened by keyboard or mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from screener.ui.common.accessibility import scaled_font
from screener.ui.common.language import RetranslatesOnLanguageChange


class SummaryGroup(RetranslatesOnLanguageChange, QWidget):
    """A titled, collapsible list: the toggle says the title and whether it is open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setFont(scaled_font(self, 1.15, bold=True))
        self.toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggle.setText(title)
        self.toggle.toggled.connect(self._set_open)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.retranslate()

    def add(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def _set_open(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)
        self.retranslate()

    def retranslate(self) -> None:
        self.toggle.setAccessibleName(self.title)
        self.toggle.setAccessibleDescription(
            self.tr("Expanded: press Space to hide these requirements")
            if self.is_open()
            else self.tr("Collapsed: press Space to show these requirements")
        )
        self.toggle.setToolTip(self.toggle.accessibleDescription())
