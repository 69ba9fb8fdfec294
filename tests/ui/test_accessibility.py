"""Keyboard and accessibility: names and descriptions, fitting 1024x700, no fixed pixel fonts,
every user-facing string through tr()."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_clock import fixed_clock

import screener.ui
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.common.accessibility import label_name
from screener.ui.profiles.session import ScreeningSession
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.wizard import ScreeningWizard

REFERENCES = ["241436", "241600", "250411", "250717", "250939"]
INPUTS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
)
UI_DIR = Path(screener.ui.__file__).parent


def inputs_in(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        parent = widget.parentWidget()
        # The line edit inside a spin box or combo box, and a scroll area's own bars, are
        # parts of the input already checked.
        if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        if isinstance(parent, QLineEdit):
            continue  # the line edit's own clear button
        if isinstance(widget, QHeaderView) and isinstance(parent, QAbstractItemView):
            continue  # a table's headers are read with the table
        if parent is not None and parent.inherits("QComboBoxPrivateContainer"):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in widgets
        if not w.accessibleName() or not w.accessibleDescription()
    ]


def named_unlike_their_label(root: QWidget) -> list[str]:
    """Inputs whose accessible name does not hold the words of the label shown for them
    (its leading words will do: "Years of experience" for "Years of experience (at least
    5 asked for):"). A screen reader said "Search countries" under "Your nationality:",
    and a voice command naming the label found nothing."""
    found = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not buddy.accessibleName():
            continue
        shown = label_name(label.text()).casefold()
        name = buddy.accessibleName().casefold()
        if shown not in name and not shown.startswith(name):
            found.append(f"{shown!r} named {name!r}")
    return found


@pytest.mark.parametrize("reference", REFERENCES)
def test_every_wizard_input_has_a_name_and_description(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], reference: str
) -> None:
    wizard = ScreeningWizard(ScreeningSession(vacancy(reference), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    pages = [*wizard.question_pages, wizard.summary_page]
    wizard.summary_page.refresh()
    for page in pages:
        assert unnamed(inputs_in(page)) == [], page.title()
        assert named_unlike_their_label(page) == [], page.title()


def test_main_window_inputs_have_names_and_descriptions(window: MainWindow) -> None:
    central = window.centralWidget()
    assert unnamed(inputs_in(central)) == []
    assert named_unlike_their_label(central) == []


@pytest.mark.parametrize("reference", REFERENCES)
def test_wizard_fits_1024x700(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], reference: str
) -> None:
    wizard = ScreeningWizard(ScreeningSession(vacancy(reference), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    wizard.resize(1024, 700)
    wizard.show()
    while True:
        hint = wizard.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, wizard.currentPage().title()
        if wizard.currentId() == wizard.summary_id:
            break
        wizard.next()


def test_main_window_fits_1024x700(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700


def test_step_indicator_shows_where_and_how_much_is_left(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy]
) -> None:
    wizard = ScreeningWizard(ScreeningSession(vacancy("250717"), Profile(), fixed_clock))
    qtbot.addWidget(wizard)
    pages = [*wizard.question_pages, wizard.check_page, wizard.summary_page]
    titles = [page.title() for page in pages]
    assert titles == [
        "Step 1 of 10: Nationality",
        "Step 2 of 10: Education",
        "Step 3 of 10: Experience",
        "Step 4 of 10: Languages",
        "Step 5 of 10: Fitness and firearms",
        "Step 6 of 10: Availability",
        "Step 7 of 10: Other essential requirements",
        "Step 8 of 10: Desirable qualifications",
        "Step 9 of 10: Check your answers",
        "Step 10 of 10: Summary",
    ]


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def test_no_fixed_pixel_font_sizes() -> None:
    for path in ui_sources():
        text = path.read_text(encoding="utf-8")
        for banned in ("setPixelSize", "font-size", "setPointSize("):
            assert banned not in text, f"{path.name} uses {banned}"


# Calls whose first argument is text a user reads: it must come from tr()/translate(),
# messages.py or vacancy data, never a bare string literal.
_TEXT_CALLS = {
    "QLabel", "QPushButton", "QRadioButton", "QCheckBox", "QAction", "setText", "setTitle",
    "setSubTitle", "setWindowTitle", "setPlaceholderText", "setToolTip", "addMenu",
    "showMessage", "setButtonText", "setSpecialValueText", "setSuffix", "setAccessibleName",
    "setAccessibleDescription", "QGroupBox",
}  # fmt: skip


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_user_facing_strings_go_through_tr() -> None:
    offenders = []
    for path in ui_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node) not in _TEXT_CALLS:
                continue
            args = [a for a in node.args if isinstance(a, ast.Constant | ast.JoinedStr)]
            for arg in args:
                value = arg.value if isinstance(arg, ast.Constant) else "f-string"
                if isinstance(value, str) and any(ch.isalpha() for ch in value):
                    offenders.append(f"{path.name}:{node.lineno} {value!r}")
    assert offenders == []


def test_ui_files_stay_small() -> None:
    for path in ui_sources():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 400, f"{path.name} has {lines} lines"
