"""Names Windows takes for devices never become a file name Screener proposes or writes.

The bundle runs on Windows, where CON, PRN, AUX, NUL, COM1-9 and LPT1-9 are devices, with
any extension too: a vacancy whose reference is "CON" was imported as "CON.toml" and packed as
"CON.toml" (on Windows: written to the console, no file made), a candidate named "aux.txt" got
the dossier "aux.txt-dossier.pdf" (the device AUX). And two references differing only in case
("ABC", "abc") were packed as two files that unzip onto one another on Windows and macOS, and
importing the second onto a disk that ignores case replaced the first one's file.
One helper names files now (screener.file_names), everywhere a name is proposed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.adviser import packs
from screener.domain.profile import Profile
from screener.file_names import file_name_part, reserved_on_windows, vacancy_file_name
from screener.importer import import_notice_file
from screener.persistence.profile_store import slug
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.persistence.vacancy_files import load_vacancy
from screener.report.record import suggested_file_name
from screener.ui.adviser import all_dossiers, candidate_views
from screener.ui.importing import import_prompts
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.profiles import profile_prompts
from tests.hardening.hardening_support import run_cli

DEVICES = ["CON", "aux", "Nul.txt", "com1", "LPT9.tar.gz", "Com1 .log", "prn.", "lpt\u00b9"]
NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def test_the_rule_knows_the_devices_and_nothing_else() -> None:
    for name in DEVICES:
        assert reserved_on_windows(name), name
    for name in ["CONTACT.toml", "console", "com10", "auxiliary.pdf", "250939.toml", "nul-x"]:
        assert not reserved_on_windows(name), name


@pytest.mark.parametrize("name", DEVICES)
def test_no_name_made_from_text_is_a_device(name: str) -> None:
    made = [
        vacancy_file_name(name),
        file_name_part(name),
        f"{file_name_part(name)}-dossier.pdf",  # as the adviser names a candidate's files
        slug(name) + ".json",
        suggested_file_name(name, name, dt.date(2025, 1, 1), "pdf"),
    ]
    for file_name in made:
        assert not reserved_on_windows(file_name), (name, file_name)


def _user_vacancy(reference: str, file: str) -> None:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text("utf-8")
    (folder / file).write_text(text.replace('"250939"', f'"{reference}"', 1), "utf-8")


def test_a_pack_of_such_references_unpacks_and_imports_as_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for number, reference in enumerate(["CON", "aux.1", "Lpt1", "ABC", "abc"]):
        _user_vacancy(reference, f"mine-{number}.toml")
    pack = tmp_path / "pack.zip"
    status, _, err = run_cli(capsys, "pack", "export", "CON", "aux.1", "Lpt1", "ABC", "abc",
                             "-o", str(pack))  # fmt: skip
    assert status == 0, err
    names = [n for n in zipfile.ZipFile(pack).namelist() if n != packs.MANIFEST]
    assert len(names) == 5
    assert not [n for n in names if reserved_on_windows(n)], names
    assert len({n.casefold() for n in names}) == 5, names  # none unzips onto another

    folder = tmp_path / "colleague"
    report = packs.import_pack(pack, folder, lambda *args: False)
    assert not report.problems
    written = sorted(os.listdir(folder))
    assert written == sorted(report.added)
    assert not [n for n in written if reserved_on_windows(n)], written
    loaded = {load_vacancy(folder / n).reference for n in written}
    assert loaded == {"CON", "aux.1", "Lpt1", "ABC", "abc"}


def _hand_made_pack(path: Path, entries: dict[str, str]) -> Path:
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text("utf-8")
    listed = []
    with zipfile.ZipFile(path, "w") as archive:
        for name, reference in entries.items():
            archive.writestr(name, text.replace('"250939"', f'"{reference}"', 1))
            listed.append({"file": name, "reference": reference})
        manifest = {"kind": packs.PACK_KIND, "format": packs.PACK_FORMAT, "vacancies": listed}
        archive.writestr(packs.MANIFEST, json.dumps(manifest))
    return path


def test_a_packs_file_named_like_a_device_is_written_under_another_name(
    tmp_path: Path,
) -> None:
    pack = _hand_made_pack(tmp_path / "p.zip", {"CON.toml": "X-1", "lpt1.x.toml": "X-2"})
    folder = tmp_path / "vacancies"
    report = packs.import_pack(pack, folder, lambda *args: False)
    assert sorted(report.added) == ["vacancy-CON.toml", "vacancy-lpt1.x.toml"]
    assert sorted(os.listdir(folder)) == sorted(report.added)


def test_on_a_disk_that_ignores_case_another_vacancys_file_is_never_replaced(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vacancies"
    folder.mkdir()
    pack = _hand_made_pack(tmp_path / "p.zip", {"ABC.toml": "ABC"})
    packs.import_pack(pack, folder, lambda *args: False)
    # What a case-insensitive disk does: "abc.toml" opens the file "ABC.toml".
    os.symlink("ABC.toml", folder / "abc.toml")
    theirs = _hand_made_pack(tmp_path / "q.zip", {"abc.toml": "abc"})
    asked: list[str] = []
    report = packs.import_pack(theirs, folder, lambda name, *args: asked.append(name) or True)
    assert asked == []  # abc is new here: nothing of the user's is in its way
    assert report.added == ["abc-2.toml"]
    assert load_vacancy(folder / "ABC.toml").reference == "ABC"
    assert load_vacancy(folder / "abc-2.toml").reference == "abc"


def test_an_imported_draft_with_such_a_reference_is_saved_as_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda *args: True)
    dialog = ImportReviewDialog(import_notice_file(NOTICES / "250717.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reference = dialog.header_form.inputs["reference"]
    reference.setFocus()
    reference.selectAll()
    qtbot.keyClicks(reference, "CON")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_path == paths.user_vacancies_dir() / "vacancy-CON.toml"
    assert load_vacancy(dialog.saved_path).reference == "CON"


def test_the_dossiers_of_a_candidate_named_like_a_device(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    proposed: list[str] = []

    def ask(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
        proposed.append(suggested)
        return ""

    monkeypatch.setattr(profile_prompts, "ask_save_file", ask)
    parent = QWidget()
    qtbot.addWidget(parent)
    vacancies = [e.vacancy for e in load_catalogue(paths.bundled_vacancies_dir(), None).vacancies]
    profile = Profile(name="aux.txt")
    on = dt.date(2024, 1, 1)  # every bundled vacancy still open
    candidate_views.save_dossier(parent, profile, vacancies, on)
    candidate_views.save_calendar(parent, profile, vacancies, on)
    written = all_dossiers.dossier_paths(tmp_path, [profile, Profile(name="CON")])
    names = proposed + [path.name for path in written]
    assert len(names) == 4
    assert not [n for n in names if reserved_on_windows(n)], names
