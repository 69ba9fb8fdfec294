"""Bidirectional controls in vacancy text. A right-to-left override in a title made the app's
list show 'Protection Operations Centre Agent (+Reserve Li...esolC' for 'Close Protection
...': the words shown were not the words in the file. Embeddings, overrides and isolates
are refused at load like other control characters; the importer drops them from notices,
so its drafts still load; the direction marks right-to-left text may need stay allowed.
The name of a file that could not be loaded, shown in the list in its vacancy's place (or in
Profile > Open in its profile's), kept its override, a line break or an escape sequence raw:
it is shown escaped. So is a profile's name, which may hold them (the app's own outputs
escape them): it reordered the window's title."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, REPO, refused, run_cli
from pytestqt.qtbot import QtBot

from screener import paths
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, save_settings
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.window.main_window import MainWindow

BASE = (REPO / "vacancies/250939.toml").read_text("utf-8")
TITLE = 'title.en = "Close Protection Operations Centre Agent (+Reserve List)"'
BIDI_CONTROLS = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]


def _with_title(tmp_path: Path, title: str) -> Path:
    assert TITLE in BASE
    path = tmp_path / "bidi.toml"
    path.write_text(BASE.replace(TITLE, f'title.en = "{title}"'), "utf-8")
    return path


@pytest.mark.parametrize("control", BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_a_bidi_control_in_a_title_is_refused_naming_it(tmp_path: Path, control: str) -> None:
    path = _with_title(tmp_path, f"Close{control} Protection")
    error = refused(lambda: load_vacancy(path), path)
    assert str(error) == (
        f"{path}: title.en: holds the bidirectional control U+{ord(control):04X} at position "
        "6, which shows the text in another order than written; remove it"
    )


def test_written_as_an_escape_it_is_refused_too(tmp_path: Path) -> None:
    path = _with_title(tmp_path, "\\u202eClose Protection")
    error = refused(lambda: load_vacancy(path), path)
    assert error.problems[0].where == "title.en"


def test_direction_marks_and_right_to_left_text_still_load(tmp_path: Path) -> None:
    title = "עוזר ראשי \u200fהפוך\u200e — مساعد رئيسي"
    assert load_vacancy(_with_title(tmp_path, title)).title.en == title


def test_a_notice_with_bidi_controls_imports_to_a_draft_that_loads(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notice = tmp_path / "notice.txt"
    text = (REPO / "tests/importer/notices/250939.txt").read_text("utf-8")
    text = text.replace("Close Protection", "\u202eClose Protection", 1)
    notice.write_text(text.replace("have an educational", "have \u2066an educational", 1))
    draft = tmp_path / "draft.toml"
    status, out, err = run_cli(capsys, "import", str(notice), "-o", str(draft))
    assert status == 0, err
    assert "\u202e" not in out
    vacancy = load_vacancy(draft)
    assert vacancy.title.en.startswith("Close Protection")


def test_no_bundled_vacancy_holds_one() -> None:
    for path in BUNDLED_FILES:
        text = path.read_text("utf-8")
        assert not any(control in text for control in BIDI_CONTROLS), path.name


def test_a_bad_files_name_is_listed_with_its_controls_escaped(qtbot: QtBot) -> None:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    for name in ("cv\u202eexe.toml", "two\nlines.toml", "esc\x1b[2J.toml"):
        (folder / name).write_text("reference = [", "utf-8")
    model = CatalogueModel(load_catalogue(paths.bundled_vacancies_dir(), folder))
    shown = [
        model.data(model.index(row, model.COL_REFERENCE))
        for row in range(model.rowCount())
        if model.entry(row).is_error
    ]
    assert sorted(shown) == ["cv\\u202eexe.toml", "esc\\x1b[2J.toml", "two\\nlines.toml"]


def test_a_bad_profiles_name_is_listed_with_its_controls_escaped(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "cv\u202enosj.json").write_text("{not json", "utf-8")
    (tmp_path / "ana.json").write_text('{"format": 1, "name": "Ana\\u202eB"}', "utf-8")
    dialog = OpenProfileDialog(ProfileStore(tmp_path), None)
    qtbot.addWidget(dialog)
    shown = sorted(dialog.list.item(row).text() for row in range(dialog.list.count()))
    assert shown[0].startswith("Ana\\u202eB (changed ")
    assert shown[1].startswith("cv\\u202enosj.json: cannot be opened (")


def test_a_profiles_name_is_shown_with_its_controls_escaped(qtbot: QtBot) -> None:
    """A right-to-left override in the name of a profile from elsewhere reordered the window's
    title ("Ana<RLO>B — NATO vacancies" read backwards from B on)."""
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    store.path_of("ana").write_text('{"format": 1, "name": "Ana\\u202eB"}', "utf-8")
    save_settings(Settings(last_profile="ana"))
    window = MainWindow(load_catalogue(paths.bundled_vacancies_dir(), None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.profile.name == "Ana\u202eB")
    assert window.windowTitle().startswith("Ana\\u202eB")
    assert "\u202e" not in window.windowTitle()
