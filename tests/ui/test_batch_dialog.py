"""Batch screening from the GUI: a folder of profiles against the vacancies, to CSV and JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_clock import NOW
from vacancy_builders import meeting_profile

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_store import ProfileStore
from screener.ui.adviser.batch_dialog import BatchDialog
from screener.ui.adviser.batch_worker import BatchWorker
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


@pytest.fixture
def profiles_folder(tmp_path: Path, vacancy: Callable[[str], Vacancy]) -> Path:
    folder = tmp_path / "candidates"
    store = ProfileStore(folder)
    store.save(meeting_profile(vacancy("250939")).model_copy(update={"name": "Ana"}), "ana")
    store.save(Profile(name="Ben", nationality="RU"), "ben")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    return folder


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_batch_from_the_menu_writes_the_matrix(
    qtbot: QtBot,
    window: MainWindow,
    profiles_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.profiles.actions.batch_action.trigger()
    dialog = window.profiles.actions.batch_dialog
    assert dialog is not None and dialog.isVisible()
    assert "(5)" in dialog.vacancies_edit.placeholderText()  # the vacancies shown, by default
    out = tmp_path / "matrix.csv"
    monkeypatch.setattr(profile_prompts, "ask_folder", lambda *args: str(profiles_folder))
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(out))
    dialog.browse_buttons["profiles"].click()
    dialog.browse_buttons["output"].click()
    assert dialog.profiles_edit.text() == str(profiles_folder)
    assert dialog.output_edit.text() == str(out)

    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.is_running(), timeout=10000)
    text = dialog.summary.text()
    assert text.startswith(f"Candidates screened: 2; vacancies: 5. Results saved to {out}.")
    assert "Files skipped (1):" in text and "broken.json" in text

    rows = read_csv(out)
    assert rows[0] == ["candidate", "241436", "241600", "250411", "250717", "250939"]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert set(by_name) == {"Ana", "Ben"}
    assert by_name["Ana"][4].startswith("eligible")
    assert all(cell.startswith("not eligible: nationality") for cell in by_name["Ben"])

    # The same results as JSON, on request.
    json_path = tmp_path / "matrix.json"
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(json_path))
    assert dialog.json_button.isEnabled()
    dialog.json_button.click()
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["on"] == NOW.date().isoformat()
    assert [c["name"] for c in data["candidates"]] == ["Ana", "Ben"]
    assert data["candidates"][0]["results"]["250939"]["verdict"] == "eligible"
    assert f"Also saved as {json_path}." in dialog.summary.text()
    dialog.close()


def test_batch_with_a_vacancies_folder_and_bad_input(
    qtbot: QtBot,
    profiles_folder: Path,
    tmp_path: Path,
    vacancy: Callable[[str], Vacancy],
) -> None:
    dialog = BatchDialog([vacancy("250939")], NOW.date(), profiles_folder, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start()
    assert dialog.summary.text() == "Choose where to save the CSV file."
    dialog.output_edit.setText(str(tmp_path / "no-such-folder" / "out.csv"))
    assert not dialog.start()
    assert "choose a file in an existing folder" in dialog.summary.text()

    vacancies = tmp_path / "vacancies"
    vacancies.mkdir()
    source = Path(__file__).resolve().parents[2] / "vacancies"
    for reference in ("241600", "250717"):
        (vacancies / f"{reference}.toml").write_bytes((source / f"{reference}.toml").read_bytes())
    dialog.vacancies_edit.setText(str(vacancies))
    out = tmp_path / "out.csv"
    dialog.output_edit.setText(str(out))
    assert dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.result is not None, timeout=10000)
    assert "Candidates screened: 2; vacancies: 2." in dialog.summary.text()
    assert read_csv(out)[0] == ["candidate", "241600", "250717"]

    empty = tmp_path / "empty"
    empty.mkdir()
    dialog.profiles_edit.setText(str(empty))
    assert dialog.start()
    qtbot.waitUntil(
        lambda: not dialog.is_running() and "Nothing was saved" in dialog.summary.text()
    )
    assert "No readable profiles" in dialog.summary.text()


def test_the_worker_reports_progress_and_can_be_cancelled(
    profiles_folder: Path, tmp_path: Path, vacancy: Callable[[str], Vacancy]
) -> None:
    out = tmp_path / "out.csv"
    worker = BatchWorker(profiles_folder, [vacancy("250939")], NOW.date(), out, "en")
    seen: list[tuple[int, int]] = []
    outcomes: list[str] = []
    worker.progressed.connect(lambda done, total: seen.append((done, total)))
    worker.succeeded.connect(lambda result: outcomes.append("done"))
    worker.cancelled.connect(lambda: outcomes.append("cancelled"))
    worker.run()  # in this thread: the signals arrive at once
    assert outcomes == ["done"]
    assert seen[-1] == (3, 3)  # every file, the unreadable one included
    assert out.is_file()

    out.unlink()
    worker.cancel()
    worker.run()
    assert outcomes == ["done", "cancelled"]
    assert not out.exists()  # nothing written when cancelled
