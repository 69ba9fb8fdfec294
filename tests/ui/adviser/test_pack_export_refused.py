"""Export vacancy pack… with more vacancies than an import takes: the app says why the pack
was not written, in the user's language (it said the English of the file's problem after
the French "could not be written")."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.ui.adviser import pack_dialogs
from screener.ui.common.language import apply_language
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


def test_a_pack_no_import_would_take_is_refused_in_french(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def two_thousand(parent: object, entries: list[LoadedVacancy], ticked: set[str]) -> list:
        first = entries[0]
        return [
            LoadedVacancy(
                first.vacancy.model_copy(update={"reference": f"P{n}"}), first.path, False
            )
            for n in range(2_000)
        ]

    monkeypatch.setattr(pack_dialogs, "choose_pack_entries", two_thousand)
    monkeypatch.setattr(profile_prompts, "ask_save_file", lambda *args: str(tmp_path / "all"))
    warned: list[str] = []
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: warned.append(text))
    apply_language("fr")
    try:
        window.adviser.pack_export_action.trigger()
    finally:
        apply_language("en")
    assert warned == [
        f"{tmp_path / 'all.zip'}\u00a0: contiendrait 2\u202f000 avis\u00a0; un lot en contient au "
        "plus 1\u202f999\u00a0: choisissez-en moins"
    ]
    assert not (tmp_path / "all.zip").exists()
