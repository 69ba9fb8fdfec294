"""Helpers for the French UI tests: answer a wizard page, collect what a user sees, spot English.

English is spotted two ways: a text equal to an English source string that has a different
French translation (from screener_fr.ts and the core's catalogue), or a text holding common
English words. Words from the vacancy file's French side (LocalizedText.fr), each language's
name in itself ("English" on the language switch) and official markings are allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from screener.domain.criteria import LocalizedText
from screener.domain.scales import EducationLevel
from screener.domain.vacancy import Vacancy
from screener.report import messages
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.declarations_page import DeclarationsPage
from screener.ui.wizard.driving_licence_page import DrivingLicencePage
from screener.ui.wizard.education_page import EducationPage
from screener.ui.wizard.experience_page import ExperiencePage
from screener.ui.wizard.languages_page import LanguagesPage
from screener.ui.wizard.nationality_page import CODE_ROLE, NationalityPage

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "screener_fr.ts"

# Words that give English away (a French text never holds them, vacancy words aside).
_WORDS = """the and your you of with not this that is are for to yes no next back cancel finish
    close step search quit eligible requirement requirements answer answers summary language
    languages level none save print copy please essential desirable years deadline title status
    shown open closed closes which what from nationality education experience driving
    category categories mother tongue sure result edit profile file files vacancy vacancies
    tick choose country countries member only may apply here select details error month year
    per english french nato"""
ENGLISH_WORDS = frozenset(_WORDS.split())
# Official markings and names, the same in both languages.
ALLOWED = ("NATO SECRET", "NATO CONFIDENTIEL", "COSMIC", "Screener")
LANGUAGE_NAMES = {"English", "Français"}


# -- answering -------------------------------------------------------------------------------


def answer_page(page: CriterionPage) -> None:
    """Answers that make a candidate eligible for 250939, set straight on the widgets."""
    if isinstance(page, NationalityPage):
        for row in range(page.countries.count()):
            if page.countries.item(row).data(CODE_ROLE) == "BE":
                page.countries.setCurrentRow(row)
    elif isinstance(page, EducationPage):
        page.levels[EducationLevel.BACHELOR].setChecked(True)
        for question in page.field_questions.values():
            question.yes.setChecked(True)
    elif isinstance(page, ExperiencePage):
        for spin in page.spins.values():
            spin.setValue(10)
    elif isinstance(page, LanguagesPage):
        for picker in page.pickers.values():
            picker.combo.setCurrentIndex(picker.combo.count() - 1)  # VI
    elif isinstance(page, DrivingLicencePage):
        page.holds.setChecked(True)
        page.categories["B"].setChecked(True)
    elif isinstance(page, DeclarationsPage):
        for question in page.questions.values():
            question.yes.setChecked(True)
    assert page.isComplete()


# -- collecting ------------------------------------------------------------------------------


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            texts.append(str(model.index(row, column).data() or ""))
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.statusTip(), action.toolTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in
                  range(widget.count())]  # fmt: skip
    elif isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        texts += _model_texts(widget)
    elif isinstance(widget, QAbstractSpinBox):
        texts += [widget.specialValueText(), widget.text()]
    elif isinstance(widget, QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabBar):
        texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Everything a user reads or hears (accessible names) in this window as it is shown."""
    texts = [root.windowTitle()]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                texts += _menu_texts(action.menu())
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            texts += _widget_texts(widget)
    return [text for text in texts if text and text.strip()]


# -- judging ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("&", "")).strip().rstrip(":…").strip()


@cache
def english_sources() -> frozenset[str]:
    """English UI strings whose French is different: none may be shown as they are."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        same = _plain(source) in {_plain(form) for form in forms}
        if not same and re.search(r"[A-Za-z]{3}", source):
            found.add(_plain(source))
    for key, english in messages._TEXT["en"].items():
        if "{" not in english and messages._TEXT["fr"].get(key, english) != english:
            found.add(_plain(english))
    return frozenset(found)


def _vacancy_words(vacancy: Vacancy) -> list[str]:
    """Every French text of the vacancy file, longest first (one may contain another)."""
    texts: list[LocalizedText] = [vacancy.title]
    texts += [w.text for w in vacancy.warnings]
    for criterion in vacancy.criteria:
        texts.append(criterion.text)
        for name in ("domain", "field"):
            value = getattr(criterion, name, None)
            if isinstance(value, LocalizedText):
                texts.append(value)
    return sorted({t.fr for t in texts}, key=len, reverse=True)


def english_in(texts: list[str], vacancy: Vacancy, data: tuple[str, ...] = ()) -> list[str]:
    """`data`: the user's own words shown (a profile's name), whatever their language."""
    sources = english_sources()
    allowed = [*_vacancy_words(vacancy), *data, *ALLOWED]
    found = []
    for text in texts:
        if text.replace("&", "") in LANGUAGE_NAMES:
            continue
        plain = _plain(text)
        if plain in sources:
            found.append(text)
            continue
        rest = text.replace("&", "")
        for words in allowed:
            rest = rest.replace(words, " ")
        # A vacancy's words cut short for an accessible name ("… et être no…").
        rest = re.sub(r"[\w-]+…", " ", rest)
        english = sorted({w for w in re.findall(r"[A-Za-z-]+", rest) if w.lower() in ENGLISH_WORDS})
        if english:
            found.append(f"{text!r} ({', '.join(english)})")
    return found


def assert_no_english(texts: list[str], vacancy: Vacancy, data: tuple[str, ...] = ()) -> None:
    assert texts, "nothing collected"
    found = english_in(texts, vacancy, data)
    assert found == [], "English in the French UI:\n" + "\n".join(found)


# -- mnemonics -------------------------------------------------------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys given to two different things in this window: Qt then only moves the
    focus between them. The same words repeated (each question's "&Yes") are meant to cycle."""
    owners: dict[str, set[str]] = {}
    texts: list[str] = []
    if isinstance(root, QMainWindow):
        texts += [action.text() for action in root.menuBar().actions() if action.isVisible()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        letter = _mnemonic(text)
        if letter is not None:
            owners.setdefault(letter, set()).add(text)
    return [
        f"Alt+{key.upper()}: {sorted(names)}" for key, names in owners.items() if len(names) > 1
    ]
