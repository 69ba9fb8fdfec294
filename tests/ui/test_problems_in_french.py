"""Problems with files, read in the French UI: the core words them in English for the
command line and logs, and the UI says them in French, the file's own values kept as they are."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard
from ui_steps import open_import_review

from screener import paths
from screener.adviser.packs import PACK_KIND
from screener.ui.common.language import apply_language
from screener.ui.importing import import_prompts
from screener.ui.profiles import profile_prompts
from screener.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _french() -> Iterator[None]:
    apply_language("fr")
    yield
    apply_language("en")


def _shown_problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    problems: list[str] = []
    monkeypatch.setattr(
        import_prompts, "show_problem", lambda parent, title, text: problems.append(text)
    )
    return problems


def test_a_refused_paste_is_said_in_french(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["hello world", ""])  # pasted, then Cancel on the box shown again

    def ask(parent: QWidget, shown: str) -> str:
        return next(answers)

    monkeypatch.setattr(import_prompts, "ask_notice_text", ask)
    problems = _shown_problems(monkeypatch)
    window.imports.paste_notice_action.trigger()
    job = window.imports.notice_import
    assert job is not None and job.wait()
    qtbot.waitUntil(lambda: len(problems) == 1)
    said = problems[0]
    assert "L'avis « texte collé » n'a pas pu être importé" in said.replace("\u00a0", " ")
    assert "n'est pas un avis de vacance de l'OTAN\u00a0: aucun titre" in said
    assert "«\u00a0Le titulaire doit\u00a0:\u00a0»" in said
    assert "NATO vacancy notice" not in said


def test_a_word_97_file_dropped_is_refused_in_french(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    problems = _shown_problems(monkeypatch)
    legacy = tmp_path / "avis.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    window.imports.review_notice(legacy)
    job = window.imports.notice_import
    assert job is not None and job.wait()
    QApplication.processEvents()
    assert len(problems) == 1
    # The format's name and the advice are the app's words: in French too.
    assert (
        "• est un document Word 97-2003, que Screener ne sait pas lire\u00a0: "
        "enregistrez-le en .docx ou en PDF, ou copiez son texte et utilisez "
        "«\u00a0Coller le texte de l’avis\u00a0»" in problems[0]
    )
    assert "cannot read" not in problems[0]


def test_a_bad_vacancy_file_is_detailed_in_french(
    user_vacancies: Path, make_window: Callable[[], MainWindow]
) -> None:
    text = (
        (paths.bundled_vacancies_dir() / "250939.toml")
        .read_text(encoding="utf-8")
        .replace('reference = "250939"', 'reference = "25 09"')
        .replace('location = "Belgium-Brussels"', 'location = ""')
    )
    assert '"25 09"' in text and 'location = ""' in text
    (user_vacancies / "bad.toml").write_text('colour = "blue"\n' + text, encoding="utf-8")
    window = make_window()
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).is_error)
    title = model.data(model.index(row, model.COL_TITLE))
    assert title.startswith("reference\u00a0: une référence de lettres")
    assert title.endswith("(+2 autres)")
    window.search.setText("bad.toml")
    # The box's plain text has its no-break spaces as spaces.
    details = window.details.requirements_text()
    assert (
        "• reference : une référence de lettres, de chiffres, de '.', de '-' et de '_' est "
        "attendue (32 au plus, le premier une lettre ou un chiffre), comme '250939' "
        "(trouvé : '25 09')" in details
    )
    assert "• colour : champ inconnu (vérifiez son orthographe)" in details
    # pydantic's own sentence, in French too.
    assert "• location : le texte doit compter au moins 1 caractère (trouvé : '')" in details
    assert not {"expected", "unknown", "String", "got"} & set(details.split())


def test_a_save_error_in_the_review_is_said_in_french(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_import_review(qtbot, monkeypatch)
    reference = dialog.header_form.inputs["reference"]
    reference.setFocus()
    kb = Keyboard(qtbot)
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("25 07")
    grade = dialog.header_form.inputs["grade.min"]
    grade.setFocus()
    kb.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("grade ten")
    dialog.save()
    said = dialog.errors.text()
    # A model's own check (the grade's shape) is said in French too.
    assert "un grade comme 'G6' ou 'G17' est attendu, trouvé\u00a0: 'grade ten'" in said
    assert "une référence de lettres, de chiffres" in said
    assert "(trouvé\u00a0: '25 07')" in said
    assert "expected a reference" not in said


def _warnings(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    """The file the user picks in the open dialog, and the warnings then shown."""
    shown: list[str] = []
    monkeypatch.setattr(profile_prompts, "ask_open_file", lambda *args: str(chosen))
    monkeypatch.setattr(profile_prompts, "warn", lambda parent, title, text: shown.append(text))
    return shown


def test_a_pack_with_a_bad_manifest_is_refused_in_french(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pack = tmp_path / "lot.zip"
    shown = _warnings(monkeypatch, pack)
    for manifest in ({"format": "1"}, {"format": 1, "vacancies": 3}):
        with zipfile.ZipFile(pack, "w") as archive:
            archive.writestr("manifest.json", json.dumps({"kind": PACK_KIND, **manifest}))
        window.adviser.pack_import_action.trigger()
    assert shown == [
        f"{pack}\u00a0: manifest.json\u00a0: le format de lot '1' n'est pas pris en charge "
        "(1 est attendu)",
        f"{pack}\u00a0: manifest.json\u00a0: une liste de {{file, reference, ...}} est attendue",
    ]


def test_a_profile_that_cannot_be_migrated_or_parsed_is_refused_in_french(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Format 0 (no `format`): languages as a list, here one listed twice and one not an object.
    old = tmp_path / "ancien.json"
    languages = [{"code": "en", "level": "IV"}, {"code": "en", "level": "III"}, "fr"]
    old.write_text(json.dumps({"name": "Anne", "languages": languages}), encoding="utf-8")
    shown = _warnings(monkeypatch, old)
    window.profiles.actions.import_action.trigger()
    old.write_text('{"name": "Anne",}', encoding="utf-8")  # JSON allows no trailing comma
    window.profiles.actions.import_action.trigger()
    assert shown == [
        f"{old}\u00a0: languages[1]\u00a0: la langue 'en' figure deux fois\n"
        f"{old}\u00a0: languages[2]\u00a0: un objet avec 'code' et 'level' est attendu",
        f"{old}\u00a0: ligne 1, colonne 17\u00a0: erreur de syntaxe JSON\u00a0: un nom de "
        "propriété entre guillemets doubles est attendu",
    ]
