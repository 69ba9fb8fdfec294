"""Answers are never lost without the user being told (issue 12 items 5 and 11): a failing
save is said where the user looks and tried again; closing asks; a second window on the
same profile never overwrites the first one's answers silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from screener import paths
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel
from screener.persistence import profile_lock
from screener.persistence.profile_files import read_profile
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.common.language import apply_language
from screener.ui.profiles import profile_keeper, profile_prompts
from screener.ui.profiles.profile_keeper import ProfileKeeper
from screener.ui.window.main_window import MainWindow


class Prompts:
    """The questions the app asks, answered by the test; what was said is kept."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.notes: list[tuple[str, str]] = []
        self.warnings: list[str] = []
        self.on_close: list[str] = []
        self.close_problems: list[str] = []
        self.save_path = ""
        monkeypatch.setattr(profile_prompts, "notify", self._notify)
        monkeypatch.setattr(profile_prompts, "warn", lambda p, t, text: self.warnings.append(text))
        monkeypatch.setattr(profile_prompts, "ask_unsaved_on_close", self._on_close)
        monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: self.save_path)

    def _notify(self, parent: object, title: str, text: str) -> None:
        self.notes.append((title, text))

    def _on_close(self, parent: object, problem: str) -> str:
        self.close_problems.append(problem)
        return self.on_close.pop(0)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    monkeypatch.setattr(profile_keeper, "RETRY_MS", 50)
    return Prompts(monkeypatch)


def make_window(qtbot: QtBot) -> MainWindow:
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    window = MainWindow(catalogue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def block_saving() -> Path:
    """A file where the profiles folder should be: every save fails, as on a full disk."""
    folder = paths.profiles_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("in the way", encoding="utf-8")
    return folder


def answer(window: MainWindow, nationality: str) -> None:
    window.set_profile(window.profile.model_copy(update={"nationality": nationality}))


def bar_button(window: MainWindow, text: str) -> QPushButton:
    bar = window.profiles.save_problem_bar
    return next(b for b in bar.findChildren(QPushButton) if b.text().replace("&", "") == text)


# --- item 5: a failing save ---------------------------------------------------------------


def test_a_failing_save_is_said_once_over_the_active_window_and_in_a_bar(
    qtbot: QtBot, prompts: Prompts
) -> None:
    window = make_window(qtbot)
    blocker = block_saving()
    answer(window, "BE")
    bar = window.profiles.save_problem_bar
    qtbot.waitUntil(bar.isVisible)
    assert "Your answers could not be saved" in bar.message.text()
    assert str(blocker) in bar.message.text()
    [(title, text)] = prompts.notes
    assert title == "Answers not saved" and "keeps trying" in text
    # Screener keeps trying on its own; the user is told once, not at every attempt.
    qtbot.wait(300)
    assert len(prompts.notes) == 1 and bar.isVisible()
    blocker.unlink()
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert ProfileStore().load("my-profile").nationality == "BE"
    assert window.statusBar().currentMessage() == "Your answers are saved."


def test_a_failing_save_is_said_in_the_languages_of_the_app(qtbot: QtBot, prompts: Prompts) -> None:
    """The bar and the message said the problem in English in the French app."""
    apply_language("fr")
    try:
        window = make_window(qtbot)
        prompts.on_close = ["discard"]
        blocker = block_saving()
        answer(window, "BE")
        bar = window.profiles.save_problem_bar
        qtbot.waitUntil(bar.isVisible)
        said = f"{blocker} est un fichier là où un dossier est nécessaire"
        assert said in bar.message.text() and said in prompts.notes[0][1]
        window.close()
        [on_close] = prompts.close_problems  # the question on closing says it too
        assert said in on_close and "ne peut pas être enregistré" in on_close
    finally:
        apply_language("en")


def test_closing_with_unsaved_answers_asks_and_can_be_cancelled(
    qtbot: QtBot, prompts: Prompts
) -> None:
    window = make_window(qtbot)
    block_saving()
    answer(window, "BE")
    prompts.on_close = ["cancel"]
    window.close()
    assert window.isVisible()  # still open, answers still there
    assert window.profile.nationality == "BE"
    prompts.on_close = ["discard"]
    window.close()
    assert not window.isVisible()


def test_closing_offers_to_save_the_answers_elsewhere(
    qtbot: QtBot, prompts: Prompts, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    block_saving()
    answer(window, "PL")
    prompts.on_close = ["save_elsewhere"]
    prompts.save_path = str(tmp_path / "rescued.json")
    window.close()
    assert not window.isVisible()
    assert read_profile(tmp_path / "rescued.json").nationality == "PL"


def test_save_elsewhere_that_fails_too_asks_again(
    qtbot: QtBot, prompts: Prompts, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    block_saving()
    answer(window, "PL")
    prompts.on_close = ["save_elsewhere", "discard"]
    prompts.save_path = str(tmp_path / "no-such-folder" / "rescued.json")
    window.close()
    assert prompts.warnings and "cannot be written" in prompts.warnings[0]
    assert not window.isVisible()  # the user chose to close without them, knowingly


def test_the_bar_saves_elsewhere_while_the_window_stays_open(
    qtbot: QtBot, prompts: Prompts, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    block_saving()
    answer(window, "FR")
    qtbot.waitUntil(window.profiles.save_problem_bar.isVisible)
    prompts.save_path = str(tmp_path / "copy.json")
    bar_button(window, "Save to another file…").click()
    assert read_profile(tmp_path / "copy.json").nationality == "FR"
    prompts.on_close = ["discard"]
    window.close()


def test_a_stick_pulled_out_is_waited_for_and_its_folder_never_made_again(
    qtbot: QtBot, prompts: Prompts, tmp_path: Path
) -> None:
    """The data folder on a USB stick that is pulled out while the app runs: it was called a
    change by another window (with "Load the other version", which failed), and keeping
    one's answers made the folder again in the stick's place, on the computer's disk."""
    window = make_window(qtbot)
    prompts.on_close = ["discard"]  # should the answers still be unsaved at the end
    answer(window, "BE")
    qtbot.waitUntil(lambda: not window.profiles.keeper.has_unsaved_changes)
    stick = paths.profiles_dir().parent
    away = stick.rename(tmp_path / "pulled-out")
    answer(window, "PL")
    bar = window.profiles.save_problem_bar
    qtbot.waitUntil(bar.isVisible)
    assert "folder is no longer there" in bar.message.text()
    assert [title for title, _text in prompts.notes] == ["Answers not saved"]
    qtbot.wait(200)  # tried again, and again
    assert not stick.exists()
    away.rename(stick)  # put back
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert ProfileStore().load("my-profile").nationality == "PL"


# --- item 11: two windows on one profile -------------------------------------------------


@pytest.fixture
def shared_profile() -> str:
    store = ProfileStore()
    store.save(Profile(name="Ana"), "ana")
    save_settings(Settings(last_profile="ana"))
    return "ana"


def two_keepers() -> tuple[ProfileKeeper, ProfileKeeper]:
    first, second = ProfileKeeper(), ProfileKeeper()
    first.start()
    second.start()
    assert first.profile_id == second.profile_id == "ana"
    return first, second


def test_the_second_writer_is_told_and_overwrites_nothing(
    qtbot: QtBot, shared_profile: str
) -> None:
    first, second = two_keepers()
    first.changed(first.profile.model_copy(update={"nationality": "BE"}))
    assert first.flush()
    with qtbot.waitSignal(second.changedElsewhere):
        second.changed(second.profile.model_copy(update={"nationality": "PL"}))
        assert not second.flush()
    assert ProfileStore().load("ana").nationality == "BE"  # the first window's answer stands
    assert second.has_unsaved_changes and second.profile.nationality == "PL"
    assert "changed by another Screener window" in str(second.last_error)
    # Until the user chooses, later answers are not written either.
    second.changed(second.profile.model_copy(update={"education": EducationLevel.MASTER}))
    assert not second.flush()
    assert ProfileStore().load("ana").nationality == "BE"

    assert second.keep_mine()
    assert ProfileStore().load("ana").nationality == "PL"
    # Now the first window is the one behind: it is told in turn.
    with qtbot.waitSignal(first.changedElsewhere):
        first.changed(first.profile.model_copy(update={"name": "Ana B"}))
        assert not first.flush()
    first.take_theirs()
    assert first.profile.nationality == "PL" and not first.has_unsaved_changes
    first.changed(first.profile.model_copy(update={"name": "Ana B"}))
    assert first.flush()


def test_a_window_shows_the_conflict_and_its_ways_out(
    qtbot: QtBot, prompts: Prompts, shared_profile: str, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    other = ProfileKeeper()
    other.start()
    other.changed(other.profile.model_copy(update={"nationality": "DE"}))
    assert other.flush()
    answer(window, "IT")
    bar = window.profiles.save_problem_bar
    qtbot.waitUntil(bar.isVisible)
    assert "changed by another Screener window" in bar.message.text()
    assert prompts.notes and prompts.notes[0][0] == "Profile changed elsewhere"
    assert bar_button(window, "Keep mine").isVisible()
    bar_button(window, "Keep mine").click()
    assert not bar.isVisible()
    assert ProfileStore().load("ana").nationality == "IT"


def test_a_profile_deleted_by_another_window_is_not_silently_recreated(
    qtbot: QtBot, shared_profile: str
) -> None:
    first, second = two_keepers()
    first.delete()
    second.changed(second.profile.model_copy(update={"nationality": "BE"}))
    assert not second.flush() and second.conflict
    assert not os.path.exists(ProfileStore().path_of("ana"))


# --- item 11: told at once, when the profile is open in another process -------------------


posix_only = pytest.mark.skipif(os.name != "posix", reason="process liveness is asked on POSIX")


@posix_only
def test_a_profile_open_in_another_process_is_said_at_start(
    qtbot: QtBot, prompts: Prompts, shared_profile: str
) -> None:
    other = os.getppid()  # a live process that is not this one, standing for a second app
    lock = profile_lock.lock_path(ProfileStore().path_of("ana"))
    lock.write_text(f"{other}\n")
    window = make_window(qtbot)
    qtbot.waitUntil(lambda: bool(prompts.notes))
    [(title, text)] = prompts.notes
    assert title == "Profile open in another window" and f"(process {other})" in text
    assert lock.read_text().strip() == str(other)  # the other's lock is left alone
    window.close()


@posix_only
def test_a_lock_left_by_a_crash_is_ignored_and_ours_goes_on_closing(
    qtbot: QtBot, prompts: Prompts, shared_profile: str
) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    lock = profile_lock.lock_path(ProfileStore().path_of("ana"))
    lock.write_text(f"{gone}\n")
    window = make_window(qtbot)
    qtbot.wait(50)
    assert prompts.notes == []
    assert lock.read_text().strip() == str(os.getpid())
    assert ProfileStore().list().entries[0].id == "ana"  # the lock is never listed
    window.close()
    assert not lock.exists()
