"""The UI's language ("en" or "fr"): the one place that knows it and the one way to change it.

Widgets translate their own strings with tr(); words that come from the engine
(screener.report.messages) and from vacancy files (LocalizedText.get) use current_language().
switch_language() installs the translators (ours, and Qt's own for standard dialogs and
buttons) on the application; Qt then posts every window one QEvent.LanguageChange, which
reaches each widget, and each widget that shows words calls its retranslate() (its
constructor calls retranslate() once too, so every text is written in one place).

Widgets catch it in event(), not changeEvent(): changeEvent runs on every focus, style and
state change, and PySide6 6.12 drops a reference to None on each super().changeEvent()
call from Python (pyproject.toml keeps Python 3.11 off that release); event() returns a
value and drops nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from screener import paths
from screener.persistence.settings import UI_LANGUAGES, Settings, load_settings, save_settings

LANGUAGES = UI_LANGUAGES
# Each language named in itself, whatever the UI language: a user lost in the other one
# still recognises their own.
NATIVE_NAMES: dict[str, str] = {"en": "English", "fr": "Français"}
# Number formats when the system's locale is in another language than the UI.
_FALLBACK_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_BE"}

_current = "en"
_installed: list[QTranslator] = []


def current_language() -> str:
    return _current


def other_language(lang: str | None = None) -> str:
    lang = lang or _current
    return next(code for code in LANGUAGES if code != lang)


def system_language(locale: QLocale | None = None) -> str:
    """French when the system's locale (or `locale`) is French, English otherwise."""
    locale = locale if locale is not None else QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "en"


def startup_language(settings: Settings) -> str:
    """The language the user chose last time; on the first start, the system's."""
    return settings.language if settings.language in LANGUAGES else system_language()


def translations_dir() -> Path:
    return paths.resources_dir() / "i18n"


def _locale_for(lang: str) -> QLocale:
    """The system's locale when it is in `lang` (its number formats), else a usual one."""
    system = QLocale.system()
    if system.language() == QLocale(_FALLBACK_LOCALES[lang]).language():
        return system
    return QLocale(_FALLBACK_LOCALES[lang])


def _translators(lang: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(f"screener_{lang}", str(translations_dir())):
        found.append(ours)
    else:
        sys.stderr.write(f"Screener: no translations for {lang!r} in {translations_dir()}\n")
    if lang != "en":
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
    return found


def apply_language(lang: str) -> None:
    """Make `lang` the UI language now: translators, number formats, current_language()."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown UI language {lang!r}")
    _current = lang
    QLocale.setDefault(_locale_for(lang))
    app = QCoreApplication.instance()
    if app is None:
        return  # no widgets to translate; vacancy and engine words still follow _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in _translators(lang):
        app.installTranslator(translator)
        _installed.append(translator)


def switch_language(lang: str) -> None:
    """The user's choice: applied to the open UI at once, remembered for the next start."""
    apply_language(lang)
    _say_switched()
    settings = load_settings()
    if settings.language == lang:
        return
    settings.language = lang
    try:
        save_settings(settings)
    except OSError as error:
        # Settings are a convenience: the switch itself worked.
        sys.stderr.write(f"Screener: could not remember the language: {error}\n")


def at_line_start(word: str) -> str:
    """A word as it begins a label: French writes "anglais" within a sentence and
    "Anglais :" at the start of a line; English names are capitalised already."""
    return word[:1].upper() + word[1:]


def _say_switched() -> None:
    """Every word on screen changes and the focus stays where it was: a screen reader said
    nothing, and a user who pressed the button by mistake did not know why. Said in the
    new language, from the focused widget."""
    from PySide6.QtWidgets import QApplication

    from screener.ui.common.accessibility import say

    widget = QApplication.focusWidget()
    if widget is not None:
        say(widget, QCoreApplication.translate("Language", "Screener is now in English."))


class RetranslatesOnLanguageChange:
    """Mixin for widgets that show translated words: calls their retranslate() when Qt
    announces a language change. Put it before the Qt base class."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        # event(), not changeEvent(): see the module's docstring.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)  # type: ignore[misc]
