"""Importing a pack whose files all differ from the user's asks once, not once a file.

A pack holds up to 2,000 vacancy files; one where each differs from the user's copy asked
"Replace your file?" 2,000 times in a row, with no way out but answering each. The question
now offers the same answer for the pack's other files.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.ui.adviser import pack_dialogs
from screener.ui.profiles import profile_prompts

SOURCE = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
COUNT = 30


def _theirs_and_mine(folder: Path) -> Path:
    mine = paths.user_vacancies_dir()
    mine.mkdir(parents=True)
    pack = folder / "changed.zip"
    listed = []
    with zipfile.ZipFile(pack, "w") as archive:
        for number in range(COUNT):
            reference = f"P{number:03d}"
            text = SOURCE.replace('reference = "250939"', f'reference = "{reference}"')
            (mine / f"{reference}.toml").write_text(text, encoding="utf-8")
            archive.writestr(f"{reference}.toml", text.replace("Full-time", "Part-time"))
            listed.append({"file": f"{reference}.toml", "reference": reference})
        manifest = {"kind": "screener-vacancy-pack", "format": 1, "vacancies": listed}
        archive.writestr("manifest.json", json.dumps(manifest))
    return pack


def _answer(asked: list[str], replace: bool, for_all: bool) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox) or not box.isVisible():
        QTimer.singleShot(10, lambda: _answer(asked, replace, for_all))
        return
    text = box.text()
    asked.append(text)
    if "already have" not in text:  # the report at the end
        box.accept()
        return
    tick = box.findChild(QCheckBox)
    if tick is not None:  # else each file is asked: the count below says so
        assert tick.text().replace("&", "").startswith("Same answer")
        tick.setChecked(for_all)
    if replace:
        next(b for b in box.buttons() if "Replace" in b.text()).click()
    else:
        box.button(QMessageBox.StandardButton.Cancel).click()
    QTimer.singleShot(10, lambda: _answer(asked, replace, for_all))


@pytest.mark.parametrize("replace", [False, True])
def test_one_answer_for_all_the_files(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    pack = _theirs_and_mine(tmp_path)
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer(asked, replace, for_all=True))
    report = pack_dialogs.import_chosen(parent)
    assert report is not None
    questions = [text for text in asked if "already have" in text]
    assert len(questions) == 1, f"asked {len(questions)} times"
    assert len(report.replaced if replace else report.kept) == COUNT
    texts = [p.read_text(encoding="utf-8") for p in paths.user_vacancies_dir().glob("*.toml")]
    assert sum("Part-time" in text for text in texts) == (COUNT if replace else 0)


def test_without_the_tick_each_file_is_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = _theirs_and_mine(tmp_path)
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(pack))
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer(asked, replace=False, for_all=False))
    report = pack_dialogs.import_chosen(parent)
    assert report is not None and len(report.kept) == COUNT
    assert len([text for text in asked if "already have" in text]) == COUNT
    assert asked[0] == (
        "You already have P000.toml (vacancy P000), and the pack's copy is different.\n\n"
        "Replace your file with the pack's?"
    )
