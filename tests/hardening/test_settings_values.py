"""A settings file whose values JSON can spell but no file can hold: a lone surrogate in the
last folder, a wizard position, the last profile or a newer version's key made every later
save of the settings raise UnicodeEncodeError (a crash dialog at each page of the wizard).
Such a value is dropped at load, like any other bad value, and the rest is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.persistence.settings import load_settings, save_settings

BAD = "\\ud800"


@pytest.mark.parametrize(
    "entry",
    [
        f'"last_folder": "/home/ana/{BAD}"',
        f'"last_profile": "ana{BAD}"',
        f'"wizard_position": {{"{BAD}": 2, "250939": 1}}',
        f'"wizard_position": {{"250717": "x{BAD}", "250939": 1}}',
        f'"from_a_newer_version": ["{BAD}"]',
        f'"{BAD}": 1',
    ],
)
def test_a_lone_surrogate_is_dropped_and_the_settings_save_again(
    tmp_path: Path, entry: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(f'{{"language": "fr", "welcome_dismissed": true, {entry}}}', "utf-8")
    settings = load_settings(path)
    assert (settings.language, settings.welcome_dismissed) == ("fr", True)
    save_settings(settings, path)  # raised UnicodeEncodeError
    again = load_settings(path)
    assert again.language == "fr"
    assert "\ud800" not in path.read_text("utf-8")
    if "wizard_position" in entry:
        assert again.wizard_position == {"250939": 1}


def test_good_values_from_a_newer_version_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "en", "theme": {"name": "dark 🌙"}}', "utf-8")
    settings = load_settings(path)
    save_settings(settings, path)
    assert load_settings(path).extra == {"theme": {"name": "dark 🌙"}}
