"""File names that are not text: a profile saved on another system as "André.json" in
Latin-1 is the bytes b"Andr\\xe9.json" on a USB stick. Python opens it, but its name cannot
be shown or written as UTF-8: opening it in the app raised UnicodeEncodeError while
remembering it in the settings, and `batch` over a folder holding it exited 1 writing no
CSV for anyone. Such a file is now one named problem ("rename the file"); the others load.
And a settings value nested near the JSON parser's limit loaded, then failed every save."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import load_settings, save_settings
from tests.hardening.hardening_support import run_cli

bytes_names = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="these systems keep every file name as text"
)

PROFILE = {"format": 1, "nationality": "BE", "languages": {"en": "V"}}


def _latin1_profile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    name = os.fsencode(folder) + b"/Andr\xe9.json"
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(PROFILE))
    (folder / "ana.json").write_text(json.dumps({**PROFILE, "name": "Ana"}))
    return Path(os.fsdecode(name))


@bytes_names
def test_batch_names_the_file_and_screens_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "candidates"
    _latin1_profile(folder)
    out = tmp_path / "matrix.csv"
    status, _, err = run_cli(capsys, "batch", "--profiles", str(folder), "--out", str(out))
    assert status == 0, err
    assert "Andr\\udce9.json: the file name is not valid text (UTF-8); rename the file" in err
    lines = out.read_text("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("Ana,")


@bytes_names
def test_the_store_lists_it_as_a_problem_and_opens_the_others() -> None:
    store = ProfileStore()
    bad = _latin1_profile(store.folder)
    listing = store.list()
    assert [entry.id for entry in listing.entries] == ["ana"]
    assert [error.path for error in listing.errors] == [bad]
    assert "rename the file" in listing.errors[0].problems[0].message


@bytes_names
def test_the_app_opens_the_others_and_remembers_them(qtbot: object) -> None:
    from screener.ui.profiles.profile_keeper import ProfileKeeper

    store = ProfileStore()
    _latin1_profile(store.folder)
    keeper = ProfileKeeper(store)
    for entry in store.list().entries:
        keeper.open(entry.id)  # raised UnicodeEncodeError for the Latin-1 name
    assert load_settings().last_profile == "ana"


def _stack_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1  # type: ignore[assignment]
    return depth


def test_a_deeply_nested_setting_from_elsewhere_never_breaks_a_save(tmp_path: Path) -> None:
    # As deep as the parser takes from here, so that a save from deeper in the stack (as
    # the app's saves are, from Qt's event handlers) is where the encoder ran out.
    depth = sys.getrecursionlimit() - _stack_depth() - 40
    path = tmp_path / "settings.json"
    path.write_text('{"language": "fr", "theme": ' + "[" * depth + "]" * depth + "}")
    settings = load_settings(path)
    assert settings.language == "fr" and settings.recovered_from is None

    def deep(levels: int) -> None:
        if levels:
            deep(levels - 1)
        else:
            save_settings(settings, path)  # raised RecursionError

    deep(100)
    assert load_settings(path).language == "fr"


@pytest.mark.parametrize(
    ("line", "replacement", "said"),
    [
        (
            "deadline = { date = 2025-07-27, time = 23:59:00 }",
            "deadline = 2025-07-27",
            "deadline: expected a table of named values ({ name = value, ... } in TOML, an "
            "object in JSON) (got 2025-07-27)",
        ),
        (
            'reference = "250939"',
            'reference = "../250939"',
            "reference: expected a reference of letters, digits, '.', '-' and '_' (at most 32, "
            "the first a letter or digit), such as '250939' (got '../250939')",
        ),
    ],
)
def test_a_wrong_value_says_what_was_expected_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, line: str, replacement: str, said: str
) -> None:
    # pydantic's own words were "Input should be a valid dictionary or instance of
    # Deadline" and "String should match pattern '^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$'".
    source = (Path(__file__).resolve().parents[2] / "vacancies" / "250939.toml").read_text()
    assert line in source
    path = tmp_path / "v.toml"
    path.write_text(source.replace(line, replacement))
    status, _, err = run_cli(capsys, "validate", str(path))
    assert status == 2
    assert f"{path}: {said}" in err


def _case_sensitive(folder: Path) -> bool:
    probe = folder / "Probe.json"
    probe.write_text("{}")
    try:
        return not (folder / "probe.json").exists()
    finally:
        probe.unlink()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses ':' and '\\' in names")
def test_names_no_profile_id_can_open_are_named_not_listed(qtbot: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from screener.ui.profiles.open_profile_dialog import OpenProfileDialog

    store = ProfileStore()
    store.folder.mkdir(parents=True)
    odd = ["Smith: J.json", "a\\b.json"]
    if _case_sensitive(store.folder):
        odd.append("Ana.JSON")
    for name in [*odd, "bob.json"]:
        (store.folder / name).write_text(json.dumps({**PROFILE, "name": name}))
    listing = store.list()
    assert [entry.id for entry in listing.entries] == ["bob"]
    assert sorted(error.path.name for error in listing.errors) == sorted(odd)
    assert all("rename the file to use it" in str(error) for error in listing.errors)

    dialog = OpenProfileDialog(store, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)  # opening "Smith: J" raised ValueError
        if dialog.list.currentItem().text().startswith("bob.json"):
            continue
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
        assert not dialog.delete_button.isEnabled()
        assert dialog.problem.text().startswith("This file was left as it is. Rename it")
        dialog.delete_selected()  # by the Delete key too: nothing, no error
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([*odd, "bob.json"])


def test_a_name_qt_would_change_opens_and_deletes_its_own_file(
    qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt drops a leading U+FEFF from a string kept in an item: the row of "\ufeffbob.json"
    # (named "Fake Bob") opened bob.json, and its Delete removed bob.json.
    from screener.ui.profiles import profile_prompts
    from screener.ui.profiles.open_profile_dialog import OpenProfileDialog

    store = ProfileStore()
    store.folder.mkdir(parents=True)
    (store.folder / "bob.json").write_text(json.dumps({**PROFILE, "name": "Real Bob"}))
    (store.folder / "\ufeffbob.json").write_text(json.dumps({**PROFILE, "name": "Fake Bob"}))
    monkeypatch.setattr(profile_prompts, "confirm", lambda *args: True)
    dialog = OpenProfileDialog(store, None)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.list.setCurrentRow(0)
    assert dialog.list.currentItem().text().startswith("Fake Bob")
    chosen = dialog.chosen_id()
    assert chosen == "\ufeffbob" and store.load(chosen).name == "Fake Bob"
    dialog.delete_selected()
    assert [p.name for p in store.folder.iterdir()] == ["bob.json"]
