"""Profiles kept on disk: autosave, start-up, the Profile menu, My profile, deleting all data.

Dialogs are answered by plain functions put in place of profile_prompts' (monkeypatch):
PySide6 6.10 and later crash when Qt methods are replaced with unittest.mock objects.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener import paths
from screener.domain.profile import MAX_LANGUAGES, Profile
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.persistence import profile_store
from screener.persistence.profile_store import ProfileStore, profile_bytes
from screener.persistence.settings import Settings, load_settings, save_settings
from screener.report import messages
from screener.ui.common.language import apply_language
from screener.ui.profiles import open_profile_dialog, profile_prompts
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.profiles.profile_keeper import AUTOSAVE_MS
from screener.ui.window.main_window import MainWindow

CORRUPT = b'{"format": 1, "name": "Half a profi'


class Answers:
    """Stand-ins for the dialogs: each returns the next prepared answer and notes the text."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.texts: list[str | None] = []
        self.confirm = True
        self.shown: list[tuple[str, str]] = []
        self.save_path = ""
        self.open_path = ""
        monkeypatch.setattr(profile_prompts, "ask_text", self._ask_text)
        monkeypatch.setattr(profile_prompts, "confirm", self._confirm)
        monkeypatch.setattr(profile_prompts, "inform", self._show)
        monkeypatch.setattr(profile_prompts, "warn", self._show)
        monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: self.save_path)
        monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: self.open_path)

    def _ask_text(self, parent: object, title: str, label: str, text: str = "") -> str | None:
        return self.texts.pop(0)

    def _confirm(self, parent: object, title: str, text: str, action: str) -> bool:
        self.shown.append((title, text))
        return self.confirm

    def _show(self, parent: object, title: str, text: str) -> None:
        self.shown.append((title, text))


def stored_files() -> list[str]:
    return sorted(p.name for p in paths.profiles_dir().glob("*.json"))


def test_autosave_follows_the_answers(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "My profile — NATO vacancies"
    assert stored_files() == []  # nothing is written before the first answer
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Belgium")  # Next: the page change saves at once
    keeper = window.profiles.keeper
    assert keeper.profile_id == "my-profile"
    assert ProfileStore().load("my-profile").nationality == "BE"
    assert load_settings().last_profile == "my-profile"
    assert load_settings().wizard_position == {"250939": "education"}

    # While typing: saved shortly after the last change, without leaving the page.
    steps.kb.space()
    qtbot.waitUntil(lambda: ProfileStore().load("my-profile").education is not None)
    assert AUTOSAVE_MS <= 500
    assert ProfileStore().load("my-profile").education is EducationLevel.SECONDARY


def test_a_corrupt_profile_at_start_up_is_reported_and_left_alone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = paths.profiles_dir()
    folder.mkdir(parents=True)
    broken = folder / "jean.json"
    broken.write_bytes(CORRUPT)
    save_settings(Settings(last_profile="jean", wizard_position={"250939": "languages"}))
    answers = Answers(monkeypatch)

    window = make_window()
    qtbot.waitUntil(lambda: bool(answers.shown))
    title, text = answers.shown[0]
    assert title == "Profile could not be opened"
    assert str(broken) in text
    assert "nothing was overwritten" in text
    assert "jean.json" in window.statusBar().currentMessage()
    assert window.profile == Profile(name="My profile")  # a fresh start
    assert not window.profiles.resume_bar.isVisible()  # that position was the lost profile's

    window.set_profile(window.profile.model_copy(update={"nationality": "FR"}))
    window.profiles.flush()
    assert broken.read_bytes() == CORRUPT  # byte for byte
    assert stored_files() == ["jean.json", "my-profile.json"]


def test_new_rename_save_as_and_delete(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    actions = window.profiles.actions
    window.set_profile(window.profile.model_copy(update={"nationality": "BE"}))

    answers.texts = ["Jean Dupont"]
    actions.new_action.trigger()
    assert window.windowTitle().startswith("Jean Dupont — ")
    assert window.profile.nationality is None  # a new, empty profile
    assert stored_files() == ["jean-dupont.json", "my-profile.json"]  # the old one was kept
    assert ProfileStore().load("my-profile").nationality == "BE"

    window.set_profile(window.profile.model_copy(update={"nationality": "PL"}))
    answers.texts = ["Jean Dupond"]
    actions.rename_action.trigger()
    assert window.windowTitle().startswith("Jean Dupond — ")
    assert stored_files() == ["jean-dupond.json", "my-profile.json"]
    assert ProfileStore().load("jean-dupond") == window.profile
    assert window.profile.nationality == "PL"
    assert load_settings().last_profile == "jean-dupond"

    answers.texts = ["Marie"]
    actions.save_as_action.trigger()
    assert window.windowTitle().startswith("Marie — ")
    assert ProfileStore().load("marie").nationality == "PL"

    answers.texts = [None]  # cancelled: nothing happens
    actions.new_action.trigger()
    assert window.windowTitle().startswith("Marie — ")

    answers.confirm = False
    actions.delete_action.trigger()
    assert "marie.json" in stored_files()
    answers.confirm = True
    actions.delete_action.trigger()
    assert "“Marie”" in answers.shown[-1][1]
    assert str(paths.profiles_dir() / "marie.json") in answers.shown[-1][1]
    assert stored_files() == ["jean-dupond.json", "my-profile.json"]
    assert window.profile == Profile(name="My profile")
    assert window.windowTitle().startswith("My profile — ")

    # Each change is said as well as shown, with one full stop after a name that has its own.
    answers.texts = ["Ana B."]
    actions.rename_action.trigger()
    bar = window.statusBar()
    assert bar.currentMessage() == "Profile renamed: Ana B."
    assert bar.accessibleDescription() == "Profile renamed: Ana B."


def test_open_lists_profiles_and_unreadable_files(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    store.save(Profile(name="Anna", nationality="DE"), "anna")
    store.save(Profile(name="Bob"), "bob")
    (store.folder / "broken.json").write_bytes(CORRUPT)

    dialog = OpenProfileDialog(store, "bob", window)
    qtbot.addWidget(dialog)
    items = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert items[0].startswith("Anna (changed ")
    assert items[1].startswith("Bob (changed ")
    assert items[1].endswith(") — open now")  # the current one, said as shown
    assert items[2].startswith("broken.json: cannot be opened (")
    assert dialog.chosen_id() == "bob"
    assert not dialog.delete_button.isEnabled()  # the current one: Profile › Delete
    dialog.list.setCurrentRow(2)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert "left as it is" in dialog.problem.text()
    assert dialog.chosen_id() is None
    dialog.filter.setText("anna")
    assert [dialog.list.item(r).isHidden() for r in range(3)] == [False, True, True]
    dialog.filter.clear()

    answers = Answers(monkeypatch)  # a damaged file can be deleted from here, after asking
    dialog.list.setCurrentRow(2)
    dialog.delete_button.click()
    assert str(store.folder / "broken.json") in answers.shown[-1][1]
    assert dialog.list.count() == 2
    assert stored_files() == ["anna.json", "bob.json"]
    # A profile is asked about by the name it is listed under, its file after it.
    answers.confirm = False
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    assert answers.shown[-1][1] == (
        "Delete the profile “Anna” and every answer in it, for good?\n"
        f"The file {store.folder / 'anna.json'} will be deleted."
    )
    assert stored_files() == ["anna.json", "bob.json"]

    chosen: list[str | None] = ["anna"]
    monkeypatch.setattr(open_profile_dialog, "choose_profile", lambda *args: chosen.pop())
    window.profiles.actions.open_action.trigger()
    assert window.profile.name == "Anna"
    assert window.profile.nationality == "DE"
    assert window.windowTitle().startswith("Anna — ")
    assert load_settings().last_profile == "anna"


def test_open_shows_at_once_and_says_which_files_fail_as_it_reads_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    store.save(Profile(name="Anna"), "anna")
    # As the app writes a profile, then damaged further on (a copy cut short, say).
    (store.folder / "cut.json").write_bytes(profile_bytes(Profile(name="Cut"))[:-3])
    reads: list[Path] = []
    read = profile_store.read_profile
    monkeypatch.setattr(
        profile_store, "read_profile", lambda path: reads.append(path) or read(path)
    )

    dialog = OpenProfileDialog(store, None, window)
    qtbot.addWidget(dialog)
    assert reads == []  # listed by name without reading any profile whole
    rows = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert [row.split(" (")[0] for row in rows] == ["Anna", "Cut"]
    dialog.list.setCurrentRow(1)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # read now: Open takes only what opens
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.list.item(1).text().startswith("cut.json: cannot be opened (")
    assert "left as it is" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert dialog.chosen_id() is None
    # The others are read after the dialog shows, each once while its file is unchanged.
    qtbot.waitUntil(lambda: len(reads) == 2)
    assert OpenProfileDialog(store, None, window).list.count() == 2
    assert len(reads) == 2


def test_import_and_export(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answers = Answers(monkeypatch)
    actions = window.profiles.actions
    window.set_profile(window.profile.model_copy(update={"nationality": "IT"}))
    answers.save_path = str(tmp_path / "out.json")
    actions.export_action.trigger()
    assert ProfileStore(tmp_path).load("out").nationality == "IT"

    incoming = tmp_path / "from-adviser.json"
    incoming.write_bytes(profile_bytes(Profile(name="Zoé", education=EducationLevel.MASTER)))
    answers.open_path = str(incoming)
    actions.import_action.trigger()
    assert window.profile.name == "Zoé"
    assert window.windowTitle().startswith("Zoé — ")
    assert "zoe.json" in stored_files()

    bad = tmp_path / "bad.json"
    bad.write_bytes(CORRUPT)
    answers.open_path = str(bad)
    actions.import_action.trigger()
    assert answers.shown[-1][0] == "Import profile file"
    assert "bad.json" in answers.shown[-1][1]
    assert window.profile.name == "Zoé"


def test_my_profile_edits_the_facts_in_one_place(qtbot: QtBot, window: MainWindow) -> None:
    start = Profile(name="Ana", nationality="PT", languages={"en": LanguageLevel.IV})
    start = start.with_answer("250939", "writing", True)
    dialog = MyProfileDialog(start, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.country.code() == "PT"
    qtbot.keyClicks(dialog.country.search, "Spain")
    dialog.education.setCurrentIndex(dialog.education.findData("master"))
    dialog.languages.pickers["fr"].set_level(LanguageLevel.III)
    dialog.languages.add_combo.setCurrentIndex(dialog.languages.add_combo.findData("ru"))
    dialog.languages.add_button.click()
    dialog.languages.pickers["ru"].mother_tongue.setChecked(True)
    dialog.licences.holds.setChecked(True)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # holding a licence, but no category ticked
    dialog.licences.categories["B"].setChecked(True)
    assert ok.isEnabled()

    edited = dialog.profile()
    assert edited.nationality == "ES"
    assert edited.education is EducationLevel.MASTER
    assert edited.languages["en"] is LanguageLevel.IV
    assert edited.languages["fr"] is LanguageLevel.III
    assert edited.mother_tongues == ["ru"]
    assert edited.driving_licences == ["B"]
    assert edited.answer("250939", "writing") is True  # answers untouched


def test_my_profile_offers_no_more_languages_than_a_profile_holds(
    qtbot: QtBot, window: MainWindow
) -> None:
    # All but one of the limit, none of them a language the app names (Add offers those).
    codes = [a + b for a in "qxz" for b in "abcdefghijklmnopqrstuvwxyz"]
    held = [code for code in codes if code not in messages.LANGUAGE_NAMES["en"]]
    held = held[: MAX_LANGUAGES - 3]  # with English and French, always shown
    dialog = MyProfileDialog(Profile(languages=dict.fromkeys(held, LanguageLevel.II)), window)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.languages
    assert editor.add_button.isEnabled()
    assert not editor.full_note.isVisible()
    editor.add_combo.setCurrentIndex(editor.add_combo.findData("ru"))
    qtbot.keyClick(editor.add_button, Qt.Key.Key_Space)
    assert len(editor.pickers) == MAX_LANGUAGES
    assert not editor.add_button.isEnabled()
    assert not editor.add_combo.isEnabled()
    assert editor.full_note.isVisible()
    assert editor.full_note.text() == f"A profile holds at most {MAX_LANGUAGES} languages."
    # What the editor holds, the store saves and reads back.
    store = ProfileStore()
    store.save(dialog.profile(), "many")
    assert store.load("many") == dialog.profile()


def test_my_profile_from_the_menu_updates_everything(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(parent: object, profile: Profile) -> Profile:
        return profile.model_copy(update={"nationality": "RU"})

    monkeypatch.setattr(profile_prompts, "edit_my_profile", edit)
    window.profiles.actions.edit_action.trigger()
    assert window.profile.nationality == "RU"
    model = window.profiles.overview_model
    assert all(model.text(row, model.COL_VERDICT) == "✘ Not eligible" for row in range(5))
    window.profiles.flush()
    assert ProfileStore().load("my-profile").nationality == "RU"


def test_delete_all_my_data(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    user_vacancies: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    mine = mine.replace('reference = "250939"', 'reference = "MY-DRAFT"')
    (user_vacancies / "mine.toml").write_text(mine, encoding="utf-8")
    window = make_window()
    assert window.model.rowCount() == 6
    answers = Answers(monkeypatch)
    window.set_profile(window.profile.model_copy(update={"nationality": "BE"}))
    window.profiles.flush()
    folder = paths.user_data_dir()
    assert (folder / "settings.json").is_file()

    answers.confirm = False
    window.profiles.actions.delete_all_action.trigger()
    assert stored_files() == ["my-profile.json"]
    question = answers.shown[-1][1]
    assert str(folder) in question
    assert str(paths.profiles_dir()) in question
    assert "every profile (1)" in question
    assert "settings" in question

    answers.confirm = True
    window.profiles.actions.delete_all_action.trigger()
    title, text = answers.shown[-1]
    assert title == "Delete all my data"
    assert f"deleted from {folder}" in text
    assert not folder.exists()
    assert window.profile == Profile(name="My profile")
    assert window.model.rowCount() == 5  # the deleted vacancy file left the list too
    assert window.profiles.overview_model.row_of_reference("MY-DRAFT") is None
    window.profiles.flush()
    assert not folder.exists()  # nothing written again until the next answer


def test_a_failed_save_is_said_and_the_answers_kept(window: MainWindow) -> None:
    folder = paths.profiles_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the profiles folder should be", encoding="utf-8")
    window.set_profile(window.profile.model_copy(update={"nationality": "BE"}))
    keeper = window.profiles.keeper
    assert not keeper.flush()
    assert window.statusBar().currentMessage().startswith("Your answers could not be saved: ")
    assert window.profile.nationality == "BE"
    assert keeper.has_unsaved_changes
    folder.unlink()
    assert keeper.flush()  # the next try works once the problem is gone
    assert ProfileStore().load("my-profile").nationality == "BE"


def test_the_resume_offer_belongs_to_its_profile(
    qtbot: QtBot, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    store.save(Profile(name="Ana").with_answer("250717", "experience", 7.0), "ana")
    save_settings(Settings(last_profile="ana", wizard_position={"250717": "team-coordination"}))
    window = make_window()
    assert window.windowTitle().startswith("Ana")  # named from the file at once
    bar = window.profiles.resume_bar
    qtbot.waitUntil(bar.isVisible)  # once the profile is validated, after the first paint
    assert "at: Other essential requirements" in bar.message.text()
    answers = Answers(monkeypatch)
    answers.texts = ["Ben"]
    window.profiles.actions.new_action.trigger()
    assert not bar.isVisible()
    assert load_settings().wizard_position == {}


def test_profile_features_follow_a_language_switch(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    save_settings(Settings(last_profile="ana", wizard_position={"250939": "writing"}))
    ProfileStore().save(Profile(name="Ana").with_answer("250939", "experience", 5.0), "ana")
    window = make_window()
    qtbot.waitUntil(window.profiles.resume_bar.isVisible)
    try:
        window.language_menu.language_actions["fr"].trigger()
        qtbot.waitUntil(lambda: window.profiles.actions.menu.title() == "&Profil")
        assert window.windowTitle().startswith("Ana — ")
        assert window.profiles.tabs.tabText(0) == "&Avis de vacance"
        message = window.profiles.resume_bar.message.text()
        assert "Agent (Centre opérationnel" in message  # the vacancy's own French title
        model = window.profiles.overview_model
        row = model.row_of_reference("250939") or 0
        assert model.text(row, model.COL_VERDICT) == "? Impossible de conclure pour l'instant"
    finally:
        apply_language("en")
