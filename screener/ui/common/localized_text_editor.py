"""Two line edits for one text in NATO's two languages (a field of study, a domain, a title)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from screener.ui.common.accessibility import describe


class LocalizedTextEditor(QWidget):
    """`value()` is {"en": ..., "fr": ...}, or None when both are empty and `optional`."""

    edited = Signal()

    def __init__(
        self,
        name: str,
        description: str,
        en: str = "",
        fr: str = "",
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.en = QLineEdit(en)
        self.fr = QLineEdit(fr)
        describe(self.en, self.tr("{name} in English").format(name=name), description)
        describe(self.fr, self.tr("{name} in French").format(name=name), description)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit in ((self.tr("English:"), self.en), (self.tr("French:"), self.fr)):
            label = QLabel(text)
            label.setBuddy(edit)
            layout.addRow(label, edit)
            edit.textEdited.connect(self.edited)

    def value(self) -> dict[str, str] | None:
        en, fr = self.en.text().strip(), self.fr.text().strip()
        if self.optional and not en and not fr:
            return None
        return {"en": en, "fr": fr}

    def first_input(self) -> QWidget:
        return self.en
