"""Helpers for the adviser's UI tests."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from screener.ui.adviser import dossier_run
from screener.ui.adviser.matrix_window import MatrixWindow
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def open_matrix(
    qtbot: QtBot, window: MainWindow, candidates: Path, monkeypatch: pytest.MonkeyPatch
) -> MatrixWindow:
    """Adviser > Candidates and vacancies, the folder chosen; the screening runs in the
    background and the matrix opens when it is done."""
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(candidates))
    adviser = window.adviser
    adviser.matrix_action.trigger()
    qtbot.waitUntil(lambda: isinstance(adviser.dialog, MatrixWindow), timeout=10000)
    matrix = adviser.dialog
    assert isinstance(matrix, MatrixWindow) and matrix.isVisible()
    return matrix


def held_dossier(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The dossier is made only once the event is set: the test sees it in progress."""
    go = threading.Event()
    make = dossier_run.dossier_bytes

    def held(*args: object, **kwargs: object) -> bytes:
        go.wait(10)  # never for ever, should the test fail before it lets go
        return make(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dossier_run, "dossier_bytes", held)
    monkeypatch.setattr(dossier_run, "SHOW_AFTER_MS", 0)
    return go


def progress_dialog(qtbot: QtBot, parent: QWidget) -> QProgressDialog:
    """The progress dialog shown over `parent`."""

    def shown() -> list[QProgressDialog]:
        return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]
