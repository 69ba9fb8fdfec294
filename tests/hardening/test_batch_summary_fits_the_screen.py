"""Batch screening over a folder of many broken profiles (a copied folder of an old version,
files cut short by a full stick): the dialog listed every skipped file under the results and
grew 32,767 pixels tall, its top above the screen and its buttons below it, out of reach of
the mouse. The list now scrolls inside the dialog, which keeps its size."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.adviser.batch_dialog import BatchDialog

SCREEN_HEIGHT = 768  # a small laptop's
BROKEN = 1_500


def test_many_skipped_files_scroll_inside_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "candidates"
    folder.mkdir()
    for number in range(BROKEN):
        (folder / f"cut-{number:04d}.json").write_text('{"format": 1, "name": ', "utf-8")
    (folder / "ana.json").write_text(json.dumps({"format": 1, "name": "Ana"}), "utf-8")
    vacancy = load_vacancy(paths.bundled_vacancies_dir() / "250939.toml")
    dialog = BatchDialog([vacancy], dt.date(2025, 7, 1), folder, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.output_edit.setText(str(tmp_path / "matrix.csv"))
    height = dialog.height()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.is_running(), timeout=60_000)
    assert f"Files skipped ({BROKEN}):" in dialog.summary.text()
    qtbot.wait(50)  # the layout settles
    assert dialog.height() <= max(height, SCREEN_HEIGHT)
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    assert close.isVisible()
    assert close.mapTo(dialog, close.rect().bottomLeft()).y() <= dialog.height()
