"""Unexpected errors: a dialog with a summary and a "Copy details" button; the app goes on."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screener.ui import app as app_module
from screener.ui.common.error_dialog import ErrorDialog
from screener.ui.window.main_window import MainWindow


def test_hook_shows_the_error_and_restores(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "show_error_dialog", lambda s, d: shown.append((s, d)))
    previous = sys.excepthook
    app_module.install_exception_hook()
    try:
        try:
            raise ValueError("the answer is not a number")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    summary, details = shown[0]
    assert summary == "ValueError: the answer is not a number"
    assert "Traceback (most recent call last)" in details
    assert "test_hook_shows_the_error_and_restores" in details


def test_an_error_while_showing_an_error_does_not_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def failing_show(summary: str, details: str) -> None:
        calls.append(summary)
        error = RuntimeError("dialog broke")
        sys.excepthook(RuntimeError, error, None)

    previous = sys.excepthook
    app_module.install_exception_hook(failing_show)
    try:
        sys.excepthook(KeyError, KeyError("x"), None)
    finally:
        sys.excepthook = previous
    assert calls == ["KeyError: 'x'"]


def test_error_dialog_copies_details(qtbot: QtBot) -> None:
    dialog = ErrorDialog("ValueError: <b>boom</b>", "Traceback ...\nValueError: <b>boom</b>")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "ValueError: <b>boom</b>"
    assert dialog.copy_button.text() == "&Copy details"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "ValueError: <b>boom</b>\n\nTraceback ...\nValueError: <b>boom</b>"
    )


def test_run_gui_shows_the_catalogue_and_restores_the_hook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = sys.excepthook
    seen: list[tuple[object, list[MainWindow]]] = []

    def fake_loop(app: QApplication) -> int:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen.append((sys.excepthook, windows))
        for window in windows:  # leave no window behind for the next test
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(app_module, "exec_event_loop", fake_loop)
    assert app_module.run_gui(["screener"]) == 0
    assert sys.excepthook is previous
    hook, windows = seen[0]
    assert hook is not previous  # installed while the GUI runs
    assert len(windows) == 1
    assert windows[0].model.rowCount() == 5
