"""A folder the app may not search: another user's folder, a network share gone stale (EIO,
ESTALE), a `chmod 000` profiles folder. Python's Path.exists / is_dir raise PermissionError
there where os.path's answer False, and the app met it everywhere: the start (the last
profile in such a folder), every file dialog (the folder remembered last, or a Documents
folder the user may not enter), every save of the profile (and so closing the window), the
batch dialog's checks. Each now says what failed, or goes on with what it can."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from screener import paths
from screener.domain.profile import Profile
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.ui.common import last_folder
from screener.ui.profiles import profile_prompts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A folder whose entries cannot be looked at, as the system says it to someone who may
    not search it (the tests may run as root, whom permissions do not stop). os.stat is
    what both Path.exists and os.path.exists ask."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if isinstance(path, (str, Path)) and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    yield folder


def test_file_dialogs_start_elsewhere_than_a_folder_not_searchable(locked: Path) -> None:
    save_settings(Settings(last_folder=str(locked / "reports")))
    assert last_folder.start_folder() != str(locked / "reports")  # raised PermissionError
    assert last_folder.start_path("x.pdf").endswith("x.pdf")


def test_a_save_dialog_name_without_its_suffix_in_such_a_folder(qtbot: QtBot, locked: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = profile_prompts.save_target(parent, "Export", str(locked / "report"), (".pdf",))
    assert chosen == locked / "report.pdf"


def test_a_profile_save_there_is_a_named_problem_or_a_save(locked: Path) -> None:
    store = ProfileStore(locked)
    try:
        store.save(Profile(name="Ana"), "ana")  # raised PermissionError
    except FileProblemError as exc:
        assert str(locked / "ana.json") in str(exc)


def test_the_batch_dialog_says_which_field_is_wrong(
    qtbot: QtBot, locked: Path, tmp_path: Path
) -> None:
    from screener.ui.adviser.batch_dialog import BatchDialog

    dialog = BatchDialog([], dt.date(2025, 7, 1), tmp_path, "en")
    qtbot.addWidget(dialog)
    dialog.profiles_edit.setText(str(locked / "candidates"))
    assert dialog._problem() == "Choose the folder that holds the profiles."  # raised
    dialog.profiles_edit.setText(str(tmp_path))
    dialog.output_edit.setText(str(locked / "sub" / "matrix.csv"))
    assert "choose a file in an existing folder" in (dialog._problem() or "")


def test_the_start_reports_a_last_profile_in_such_a_folder(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locked: Path
) -> None:
    from screener.ui.profiles.profile_keeper import ProfileKeeper

    save_settings(Settings(last_profile="ana"))

    def refused(self: ProfileStore, profile_id: str) -> Profile:
        path = self.path_of(profile_id)
        raise FileProblemError.single(path, "cannot be read: Permission denied")

    monkeypatch.setattr(ProfileStore, "load", refused)
    keeper = ProfileKeeper(ProfileStore(locked))
    keeper.start()
    keeper.settle_start()  # raised PermissionError from Path.exists
    assert keeper.startup_problem is not None
    assert str(locked / "ana.json") in str(keeper.startup_problem)


@pytest.mark.skipif(sys.platform == "win32", reason="chmod does not stop reading on Windows")
def test_the_app_with_real_permissions(shared_tmp: Path) -> None:
    """The window started, every file dialog opened and the profile saved by a user who may
    not enter the profiles folder nor their Documents folder: no traceback."""
    data = shared_tmp / "data"
    profiles = data / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "ana.json").write_text(json.dumps({"format": 1, "name": "Ana"}))
    (data / "settings.json").write_text(json.dumps({"last_profile": "ana"}))
    home = shared_tmp / "home"
    (home / "Documents").mkdir(parents=True)
    for path in (shared_tmp, data, data / "settings.json", home):
        path.chmod(0o777 if path.is_dir() else 0o666)
    profiles.chmod(0o000)
    (home / "Documents").chmod(0o000)
    script = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
sys.excepthook = lambda *exc: (sys.__excepthook__(*exc), app.exit(3))
QMessageBox.exec = lambda box: print("said:", " ".join(box.text().split()), flush=True)
from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.common.last_folder import start_folder
from screener.ui.window.main_window import MainWindow
window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir()))
window.show()
keeper = window.profiles.keeper
def answer():
    print("start folder:", start_folder())
    keeper.changed(keeper.profile.model_copy(update={"name": "Bob"}))
    print("saved:", keeper.flush())
    app.exit(0)
QTimer.singleShot(0, keeper.settle_start)  # as after the first paint
QTimer.singleShot(1000, answer)
sys.exit(app.exec())
"""
    command = [sys.executable, "-c", script]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = {**os.environ, "SCREENER_DATA_DIR": str(data), "HOME": str(home)}
    env.update(PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home))
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=120, cwd=shared_tmp
        )
    finally:
        profiles.chmod(0o755)
        (home / "Documents").chmod(0o755)
    if "can't open file" in done.stderr or "Permission denied: '" + sys.executable in done.stderr:
        pytest.skip("this user cannot run the project's Python")
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout
    assert f"said: Your last profile could not be opened: {profiles / 'ana.json'}" in done.stdout
    assert "saved: False" in done.stdout  # said, and kept in the window
    assert paths.user_data_dir() != data  # this process's own data folder was not touched


def test_files_dropped_from_such_a_folder_are_sorted_without_a_failure(locked: Path) -> None:
    from screener.ui.importing.import_prompts import is_notice_file
    from screener.ui.window.main_window import _vacancy_files

    assert is_notice_file(locked / "notice.pdf")  # the import then says it cannot be read
    assert _vacancy_files([locked / "a.toml", locked / "b.txt"]) == [locked / "a.toml"]
