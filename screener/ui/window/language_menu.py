"""The Language menu: English or Français, switching the whole open UI at once."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from screener.ui.common.language import (
    LANGUAGES,
    NATIVE_NAMES,
    RetranslatesOnLanguageChange,
    current_language,
    switch_language,
)

# Each language named in itself (never translated), with its own access key: Alt+L, E or F.
_ITEM_TEXTS = {lang: f"&{name}" for lang, name in NATIVE_NAMES.items()}


class LanguageMenu(RetranslatesOnLanguageChange, QMenu):
    """Exclusive checkable actions, each language named in itself (never translated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-menu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(_ITEM_TEXTS[lang], self)
            action.setCheckable(True)
            action.setData(lang)
            action.setObjectName(f"language-{lang}")
            self.group.addAction(action)
            self.addAction(action)
            self.language_actions[lang] = action
        self.group.triggered.connect(self._chosen)
        self.retranslate()

    def _chosen(self, action: QAction) -> None:
        lang = str(action.data())
        if lang != current_language():
            switch_language(lang)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.language_actions[current_language()].setChecked(True)
        for lang, action in self.language_actions.items():
            # Said in the UI's language, so a screen reader reads it with the right voice.
            action.setStatusTip(
                self.tr("Shows Screener in English, keeping your answers")
                if lang == "en"
                else self.tr("Shows Screener in French, keeping your answers")
            )
