"""A data folder the system refuses (SCREENER_DATA_DIR naming a file, a file where the
vacancies folder should be): each command names the path and exits 2, as for any file
problem; 'pack import' and 'import' said "unexpected error: NotADirectoryError". And a
folder where `import` would write its draft was a file that "already exists; use --force",
which then said "cannot be written: Is a directory"."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from hardening_support import REPO, run_cli
from pytestqt.qtbot import QtBot

from screener import paths
from screener.cli import entry
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


@pytest.fixture
def pack(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    path = tmp_path / "one.zip"
    status, _, err = run_cli(capsys, "pack", "export", "250939", "-o", str(path))
    assert status == 0, err
    return path


@pytest.mark.parametrize("command", [["list"], ["validate"], ["show", "250939"]])
def test_a_data_dir_variable_naming_a_file_is_refused_like_the_option(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: list[str],
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(a_file))
    status, out, err = run_cli(capsys, *command)
    assert (status, out) == (2, "")
    assert err == f"screener: {paths.DATA_DIR_ENV}='{a_file}': expected a folder\n"


def test_pack_import_names_a_file_in_the_vacancies_folders_place(
    capsys: pytest.CaptureFixture[str], pack: Path
) -> None:
    folder = paths.user_vacancies_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file, not a folder")
    status, _, err = run_cli(capsys, "pack", "import", str(pack))
    assert status == 2
    assert err == f"screener: {folder}: is a file where a folder is needed\n"
    assert folder.read_text() == "a file, not a folder"


def test_import_names_a_path_through_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(blocker / "inside"))
    notice = REPO / "tests/importer/notices/250939.txt"
    status, _, err = run_cli(capsys, "import", str(notice))
    assert status == 2
    inside = blocker / "inside" / "vacancies"
    assert err == f"screener: {inside}: a part of the path is a file, not a folder\n"


def test_any_refusal_of_the_system_names_its_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only disks, full disks, permissions: whatever the command was doing."""

    def refuse(*args: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", "/media/stick/Screener data")

    monkeypatch.setattr(entry, "_run", refuse)
    status, _, err = run_cli(capsys, "list")
    assert status == 2
    assert err == "screener: /media/stick/Screener data: Read-only file system\n"


def test_an_os_error_naming_no_file_is_still_unexpected(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(entry, "_run", fail)
    status, _, err = run_cli(capsys, "list")
    assert status == 1
    assert err.startswith("screener: unexpected error: OSError:")


def test_the_app_says_which_file_stands_where_the_profiles_folder_should_be(
    tmp_path: Path,
) -> None:
    """The save-problem bar said "cannot be saved: File exists"."""
    from screener.domain.profile import Profile
    from screener.persistence.errors import FileProblemError
    from screener.persistence.profile_store import ProfileStore

    blocker = tmp_path / "profiles"
    blocker.write_text("a file, not a folder")
    store = ProfileStore(blocker)
    with pytest.raises(FileProblemError) as raised:
        store.save(Profile(name="Ana"), "ana")
    assert str(raised.value) == (
        f"{blocker / 'ana.json'}: cannot be saved: {blocker} is a file where a folder is needed"
    )


def test_the_office_name_says_which_file_stands_where_the_data_folder_should_be(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adviser > Office name… said "[Errno 17] File exists: '…/screener-data'"."""
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), None))
    qtbot.addWidget(window)
    blocker = paths.user_data_dir()
    blocker.write_text("a file, not a folder")
    warned: list[str] = []
    monkeypatch.setattr(profile_prompts, "ask_text", lambda *args, **kwargs: "Office")
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warned.append(text))
    window.adviser.set_office()
    assert warned == [f"{paths.settings_file()}: {blocker} is a file where a folder is needed"]


@pytest.mark.parametrize("command", [["show", "250939"], ["calendar", "--vacancy", "250939"]])
def test_a_users_broken_copy_is_said_when_the_bundled_one_is_shown(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    """The user's edited copy has a typo: the bundled vacancy is shown in its place, and the
    command says why (docs/cli.md promises the warning; only `list` gave it)."""
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    mine = folder / "250939.toml"
    mine.write_text('reference = "250939"\ntitle.en = "unclosed\n', "utf-8")
    status, out, err = run_cli(capsys, *command)
    assert status == 0
    assert "250939" in out
    assert err.startswith(f"warning: skipped {mine}: line 2")


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_import_names_a_folder_where_the_draft_would_go(
    capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    in_the_way = paths.user_vacancies_dir() / "250939.toml"
    (in_the_way / "kept.txt").parent.mkdir(parents=True)
    (in_the_way / "kept.txt").write_text("kept")
    notice = REPO / "tests/importer/notices/250939.txt"
    status, _, err = run_cli(capsys, "import", str(notice), *force)
    assert status == 2
    assert err == f"screener: {in_the_way}: is a folder; choose a file name with -o\n"
    assert (in_the_way / "kept.txt").read_text() == "kept"
