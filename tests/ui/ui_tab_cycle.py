"""Tab all the way round a window, as a keyboard user does, and say what went wrong: a stop
that Tab never reaches, or a loop that never comes back to where it started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot


def _label(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def _stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab should stop on: shown, enabled, taking Tab; one radio per group (Tab
    goes to the checked one, or the first), and not the text box inside a spin or combo box."""
    stops = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisibleTo(window) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive():
            continue  # reached as a group: checked by the walk itself
        if widget.objectName().startswith("qt_") or widget.window() is not window:
            continue
        stops.append(widget)
    return stops


def tab_round(qtbot: QtBot, window: QWidget, limit: int = 200) -> list[str]:
    """Problems with Tab in `window`, from the widget that has the focus: [] when Tab comes
    back to it after passing every stop once."""
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window, "the window has no focus"
    visited: list[QWidget] = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        assert widget is not None, "Tab lost the focus"
        if widget in visited:
            break
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    problems = []
    if QApplication.focusWidget() is not start:
        looped = QApplication.focusWidget()
        problems.append(f"Tab loops back to {_label(looped)}, never to {_label(start)}")
    problems += [f"never reached: {_label(w)}" for w in _stops(window) if w not in visited]
    return problems
