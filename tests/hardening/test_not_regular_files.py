"""Files Screener opens itself (its cache, a vacancy pack) that are not regular files: a pipe
must never block the app or a command, and a device must never be read without end."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, run_cli, time_limit
from pytestqt.qtbot import QtBot

from screener import paths
from screener.adviser.packs import import_pack
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_cache import cache_file
from screener.persistence.vacancy_catalogue import load_catalogue

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev are POSIX")


def _user_vacancy() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    text = BUNDLED_FILES[0].read_text("utf-8")
    path = folder / "mine.toml"
    path.write_text(text.replace(f'reference = "{BUNDLED_FILES[0].stem}"', 'reference = "MINE"'))
    return path


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_cache_file_that_is_a_pipe_or_a_device_is_passed_by(kind: str) -> None:
    """The cache only speeds loading up: whatever sits in its place, the files are read."""
    mine = _user_vacancy()
    cache = cache_file(mine.parent)
    cache.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(cache)  # opening it for reading waited for a writer for ever
    else:
        cache.symlink_to("/dev/zero")
    with time_limit(10):
        catalogue = load_catalogue(paths.bundled_vacancies_dir(), mine.parent)
        found = catalogue.find("MINE")
        assert found is not None
        assert found.vacancy.reference == "MINE"
    assert catalogue.errors == []


@posix_only
def test_a_cached_vacancy_opened_later_passes_a_pipe_put_in_the_caches_place() -> None:
    mine = _user_vacancy()
    load_catalogue(paths.bundled_vacancies_dir(), mine.parent)  # writes the cache
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), mine.parent)  # rows from it
    cache = cache_file(mine.parent)
    cache.unlink()
    os.mkfifo(cache)
    found = catalogue.find("MINE")
    assert found is not None
    with time_limit(10):
        assert found.vacancy.reference == "MINE"  # built from the file instead


@posix_only
def test_a_pack_that_is_a_pipe_is_refused_at_once(tmp_path: Path) -> None:
    pack = tmp_path / "pack.zip"
    os.mkfifo(pack)
    with time_limit(5), pytest.raises(FileProblemError) as raised:
        import_pack(pack, tmp_path / "vacancies", lambda *args: False)
    assert (
        str(raised.value)
        == f"{pack}: is not a regular file (a device, pipe or socket); it was not read"
    )


@posix_only
def test_pack_import_of_a_pipe_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pack = tmp_path / "pack.zip"
    os.mkfifo(pack)
    status, _, err = run_cli(capsys, "pack", "import", str(pack))
    assert status == 2
    assert f"{pack}: is not a regular file" in err


def test_a_pack_that_is_a_folder_is_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "pack.zip"
    folder.mkdir()
    status, _, err = run_cli(capsys, "pack", "import", str(folder))
    assert status == 2
    assert err.strip() == f"{folder}: is a folder, not a file"


def test_a_folder_where_a_reviewed_draft_goes_is_said_and_another_name_chosen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review asked "Replace vacancy file?" of a folder, then failed with "Is a
    directory"; the folder is now said at once and the draft saved under the name chosen."""
    from PySide6.QtCore import Qt

    from screener.importer import import_notice_file
    from screener.persistence.vacancy_files import load_vacancy
    from screener.ui.importing import import_prompts
    from screener.ui.importing.import_review_dialog import ImportReviewDialog

    asked: list[str] = []
    proposed: list[Path] = []
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda _p, _t, text: not asked.append(text))
    monkeypatch.setattr(import_prompts, "show_problem", lambda _p, _t, text: asked.append(text))
    monkeypatch.setattr(
        import_prompts, "ask_draft_path", lambda _p, _c, name: str(proposed.append(name) or name)
    )
    folder = paths.user_vacancies_dir() / "250717.toml"
    (folder / "inside").mkdir(parents=True)
    dialog = ImportReviewDialog(import_notice_file(NOTICES / "250717.txt"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "250717.toml in your vacancies folder is a folder, which cannot be replaced by the "
        "draft. Save the draft under another name?"
    ]
    assert proposed == [folder.with_name("250717-2.toml")] == [dialog.saved_path]
    assert load_vacancy(proposed[0]).reference == "250717" and os.listdir(folder) == ["inside"]
