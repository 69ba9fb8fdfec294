"""A message listing many problems fits the screen, its buttons within reach.

Importing a vacancy pack of 2,000 bad files listed every one in the box that reports it: the
box grew 32,767 pixels tall, and its OK button could not be reached with the mouse. Every
box of the app now shows the first lines, the whole text under Show Details (plain text,
scrolling), wherever the long text comes from.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from screener.ui.adviser import pack_dialogs
from screener.ui.common.message_boxes import MAX_SHOWN_LINES, shown_part
from screener.ui.importing import import_prompts
from screener.ui.profiles import profile_prompts

SCREEN_HEIGHT = 768  # a small laptop's


def _bad_pack(folder: Path, entries: int) -> Path:
    pack = folder / "many.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        manifest = {"kind": "screener-vacancy-pack", "format": 1, "vacancies": []}
        archive.writestr("manifest.json", json.dumps(manifest))
        for number in range(entries):
            archive.writestr(f"v{number:04d}.toml", "x = 1\n")
    return pack


def _look_at_the_box(seen: dict[str, object]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _look_at_the_box(seen))
        return
    seen["height"] = box.sizeHint().height()
    seen["shown"] = "\n".join(label.text() for label in box.findChildren(QLabel))
    seen["details"] = box.detailedText()
    box.close()


def test_a_pack_of_two_thousand_bad_files(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = _bad_pack(tmp_path, 1_999)
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _look_at_the_box(seen))
    report = pack_dialogs.import_chosen(parent)
    assert report is not None and len(report.problems) == 1_999
    assert isinstance(seen["height"], int) and seen["height"] < SCREEN_HEIGHT
    assert "Skipped (1999):" in str(seen["shown"])
    assert "Show Details" in str(seen["shown"])
    details = str(seen["details"])
    assert details.count("not listed in manifest.json; skipped") == 1_999
    assert "v1998.toml" in details


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(f"line {n}" for n in range(MAX_SHOWN_LINES)),  # fits: shown whole
        "one short message",
    ],
)
def test_a_short_message_is_shown_whole(text: str) -> None:
    assert shown_part(text) == text


def test_one_enormous_line_is_cut_too(qtbot: QtBot) -> None:
    line = "x" * 100_000
    shown = shown_part(line)
    assert len(shown) < 2_000 and shown.startswith("x" * 1_000)
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _look_at_the_box(seen))
    import_prompts.show_problem(None, "Import notice", line)
    assert seen["details"] == line
    assert isinstance(seen["height"], int) and seen["height"] < SCREEN_HEIGHT
