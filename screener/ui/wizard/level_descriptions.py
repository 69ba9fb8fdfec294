"""One line per NATO language level, in the app's own words, for the level pickers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from screener.domain.scales import LanguageLevel
from screener.report import messages
from screener.translatable import QT_TRANSLATE_NOOP

_CONTEXT = "LevelDescriptions"

DESCRIPTIONS: dict[LanguageLevel | None, str] = {
    None: QT_TRANSLATE_NOOP("LevelDescriptions", "You do not speak or write this language."),
    LanguageLevel.I: QT_TRANSLATE_NOOP(
        "LevelDescriptions",
        "You understand and use familiar everyday expressions and very simple phrases.",
    ),
    LanguageLevel.II: QT_TRANSLATE_NOOP(
        "LevelDescriptions", "You handle short, routine exchanges on familiar topics."
    ),
    LanguageLevel.III: QT_TRANSLATE_NOOP(
        "LevelDescriptions",
        "You cope with most everyday situations and write simple connected text.",
    ),
    LanguageLevel.IV: QT_TRANSLATE_NOOP(
        "LevelDescriptions",
        "You discuss a wide range of topics fluently and write clear, detailed text.",
    ),
    LanguageLevel.V: QT_TRANSLATE_NOOP(
        "LevelDescriptions",
        "You use the language flexibly and precisely at work, including complex documents.",
    ),
    LanguageLevel.VI: QT_TRANSLATE_NOOP(
        "LevelDescriptions",
        "You understand virtually everything and express fine shades of meaning.",
    ),
}


def level_title(level: LanguageLevel | None, lang: str) -> str:
    """ "V — Advanced, CEFR C1", or "None"."""
    if level is None:
        return QCoreApplication.translate("LevelDescriptions", "None")
    name = messages.LEVEL_NAMES[lang if lang in messages.LANGS else "en"][level.value]
    return QCoreApplication.translate(
        "LevelDescriptions", "{numeral} — {name}, CEFR {cefr}"
    ).format(numeral=level.value, name=name, cefr=level.cefr)


def level_description(level: LanguageLevel | None) -> str:
    return QCoreApplication.translate(_CONTEXT, DESCRIPTIONS[level])
