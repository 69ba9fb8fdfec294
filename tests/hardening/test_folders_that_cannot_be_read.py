"""A folder that cannot be read: no permission (another user's folder, `chmod 000`), or a
network share that went away (EIO). The user's vacancies folder in that state stopped the
app from starting and `list`, `validate` and `batch` from doing anything else; a data folder
that cannot be searched stopped the start at the settings; a profiles folder in that state
made `batch` fail with "unexpected error", and Profile > Delete all my data end in the crash
dialog. Each is now one problem naming the folder, and everything else goes on."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.profile_store import ProfileStore
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.profiles import profile_prompts
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.window.main_window import MainWindow
from tests.hardening.hardening_support import run_cli

GOOD_PROFILE = '{"format": 1, "name": "Ana", "nationality": "BE", "languages": {"en": "V"}}'
REPO = Path(__file__).resolve().parents[2]


def _refuse_listing(monkeypatch: pytest.MonkeyPatch, folder: Path, error: int) -> None:
    """Listing `folder` fails as the system would say it (the tests may run as root, whom
    permissions do not stop)."""
    real_scandir: Callable[..., object] = os.scandir
    real_iterdir = Path.iterdir

    def refused(path: object) -> OSError:
        return OSError(error, os.strerror(error), os.fspath(path))  # type: ignore[arg-type]

    def scandir(path: object = ".") -> object:
        if Path(os.fspath(path)) == folder:  # type: ignore[arg-type]
            raise refused(path)
        return real_scandir(path)

    def iterdir(self: Path) -> object:
        if self == folder:
            raise refused(self)
        return real_iterdir(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "iterdir", iterdir)


@pytest.fixture
def vacancies_folder() -> Path:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    shutil.copy(REPO / "vacancies" / "250939.toml", folder / "900001.toml")
    return folder


@pytest.mark.parametrize("error", [errno.EACCES, errno.EIO])
def test_list_names_the_folder_and_lists_the_others(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vacancies_folder: Path,
    error: int,
) -> None:
    _refuse_listing(monkeypatch, vacancies_folder, error)
    status, out, err = run_cli(capsys, "list")
    assert status == 0
    assert "250939" in out and "241436" in out  # the bundled vacancies
    assert f"{vacancies_folder}: this folder cannot be read ({os.strerror(error)})" in err


def test_validate_counts_the_folder_as_a_problem(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, vacancies_folder: Path
) -> None:
    _refuse_listing(monkeypatch, vacancies_folder, errno.EACCES)
    status, out, err = run_cli(capsys, "validate")
    assert status == 2
    assert str(vacancies_folder) in err and "Permission denied" in err
    assert out.startswith("5 of ")  # the bundled files were still checked


def test_the_app_shows_the_folder_as_a_problem_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, vacancies_folder: Path
) -> None:
    _refuse_listing(monkeypatch, vacancies_folder, errno.EIO)
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), vacancies_folder))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    entries = [window.model.entry(row) for row in range(window.model.rowCount())]
    assert [e.path for e in entries if e.is_error] == [vacancies_folder]
    assert len(entries) == 6  # the five bundled vacancies and the folder's problem


def test_batch_names_a_profiles_folder_it_cannot_read(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "candidates"
    folder.mkdir()
    (folder / "ana.json").write_text(GOOD_PROFILE)
    _refuse_listing(monkeypatch, folder, errno.EACCES)
    status, _, err = run_cli(
        capsys, "batch", "--profiles", str(folder), "--out", str(tmp_path / "m.csv")
    )
    assert status == 2
    assert f"{folder}: this folder cannot be read (Permission denied)" in err
    assert "unexpected" not in err


def test_the_open_dialog_says_the_folder_cannot_be_read(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    (store.folder / "ana.json").write_text(GOOD_PROFILE)
    _refuse_listing(monkeypatch, store.folder, errno.EIO)
    dialog = OpenProfileDialog(store, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    assert dialog.list.count() == 1
    assert "Input/output error" in dialog.list.item(0).text()
    assert dialog.problem.text().startswith("The profiles folder cannot be read")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert not dialog.delete_button.isEnabled()  # there is no file to delete


def test_delete_all_my_data_says_the_profiles_folder_cannot_be_read(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    (store.folder / "ana.json").write_text(GOOD_PROFILE)
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), None))
    qtbot.addWidget(window)
    warned: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warned.append(text))
    _refuse_listing(monkeypatch, store.folder, errno.EIO)
    window.profiles.actions.delete_all_action.trigger()
    assert warned == [
        f"{store.folder}: this folder cannot be read (Input/output error); its files were not loaded"
    ]
    assert (store.folder / "ana.json").exists()


def _as_another_user(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    """`screener ARGS` run by a user without access to `data_dir`'s contents: chmod 000
    stops anyone but root, so root runs it as `nobody`."""
    command = [sys.executable, "-m", "screener", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "SCREENER_DATA_DIR": str(data_dir), "HOME": str(data_dir.parent)}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=60, cwd=data_dir.parent
    )


@pytest.mark.skipif(sys.platform == "win32", reason="chmod does not stop reading on Windows")
@pytest.mark.parametrize("locked", ["vacancies", "."])
def test_list_runs_with_real_permissions(shared_tmp: Path, locked: str) -> None:
    data = shared_tmp / "data"
    (data / "vacancies").mkdir(parents=True)
    for folder in (shared_tmp, data, data / "vacancies"):
        folder.chmod(0o777)
    (data / locked).chmod(0o000)
    try:
        done = _as_another_user(["list"], data)
    finally:
        (data / locked).chmod(0o755)
    if "Permission denied" in done.stderr and "python" in done.stderr.lower():
        pytest.skip("this user cannot run the project's Python")
    assert done.returncode == 0, done.stderr
    assert "250939" in done.stdout
    assert "this folder cannot be read (Permission denied)" in done.stderr
