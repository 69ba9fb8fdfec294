"""Whatever sits in a profile's lock file (it is a plain file beside the profile, written by
any copy of the app, or by anyone): a process id too large for the system raised
OverflowError out of the main window's start, and the profile's lock was never taken.

And a lock that is a symbolic link (a profiles folder on a USB stick from elsewhere, with
".ana.json.lock" naming a file of the user's): opening the profile wrote the process id
through the link, replacing whatever file it named."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence import profile_lock
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.window.main_window import MainWindow

CONTENTS = [b"99999999999999999999\n", b"-5\n", b"0\n", b"pid\n", b"\xff\xfe\n", b"", b"1e9\n"]


def _profile() -> Path:
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    path = store.path_of("ana")
    path.write_text('{"format": 1, "name": "Ana"}', "utf-8")
    return path


@pytest.mark.parametrize("content", CONTENTS)
def test_no_live_holder_is_read_from_junk(content: bytes) -> None:
    profile = _profile()
    profile_lock.lock_path(profile).write_bytes(content)
    assert profile_lock.holder(profile) is None
    profile_lock.take(profile)
    assert profile_lock.lock_path(profile).read_text().strip() == str(os.getpid())
    profile_lock.release(profile)
    assert not profile_lock.lock_path(profile).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_lock_that_is_a_pipe_or_a_folder_is_left_alone() -> None:
    profile = _profile()
    lock = profile_lock.lock_path(profile)
    os.mkfifo(lock)
    assert profile_lock.holder(profile) is None
    profile_lock.take(profile)  # best effort: nothing written, nothing raised
    profile_lock.release(profile)
    assert lock.exists()


def test_the_app_opens_a_profile_whose_lock_holds_an_impossible_id(qtbot: QtBot) -> None:
    profile = _profile()
    profile_lock.lock_path(profile).write_text("99999999999999999999\n")
    save_settings(Settings(last_profile="ana"))
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the profile is settled after the first paint
    assert window.profile.name == "Ana"
    assert profile_lock.lock_path(profile).read_text().strip() == str(os.getpid())
    window.close()


@pytest.mark.skipif(sys.platform == "win32", reason="links need privileges on Windows")
def test_a_lock_that_is_a_link_never_writes_where_it_points(qtbot: QtBot, tmp_path: Path) -> None:
    profile = _profile()
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("the user's own words")
    lock = profile_lock.lock_path(profile)
    lock.symlink_to(elsewhere)
    save_settings(Settings(last_profile="ana"))
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    assert window.profile.name == "Ana"
    assert elsewhere.read_text() == "the user's own words"
    assert not lock.is_symlink() and lock.read_text().strip() == str(os.getpid())
    window.close()
    assert not lock.exists() and elsewhere.read_text() == "the user's own words"
