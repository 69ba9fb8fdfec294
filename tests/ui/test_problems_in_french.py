"""Problems with files, read in the French UI: the core words them in English for the
command line and logs, and the UI says them in French, the file's own values kept as they are."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_keyboard import Keyboard
from ui_steps import open_import_review

from screener import paths
from screener.ui.common.language import apply_language
from screener.ui.importing import import_prompts
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
