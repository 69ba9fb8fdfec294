"""File > Import notice…: a notice in, a reviewed draft saved and shown in the browser at once.

The file dialog and message boxes are stubbed with plain functions (import_prompts); the
notices are the real ones kept in tests/importer/notices.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox
from pytestqt.qtbot import QtBot
from ui_clock import NOW

from screener import paths
from screener.domain.criteria import ExperienceCriterion, OfficialLanguagesCriterion
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.catalogue.catalogue_model import CatalogueModel as M
from screener.ui.importing import import_prompts
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.window.main_window import MainWindow

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"


def importer_support() -> ModuleType:
    """tests/importer/importer_support.py (its tiny PDF maker), wherever pytest was started."""
    spec = importlib.util.spec_from_file_location(
        "importer_support", NOTICES.parent / "importer_support.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Prompts:
    """Stand-ins for the dialogs: records what was shown, answers questions as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.chosen = ""
        self.problems: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.answer = True
        monkeypatch.setattr(import_prompts, "ask_notice_path", self._ask_path)
        monkeypatch.setattr(import_prompts, "show_problem", self._show_problem)
        monkeypatch.setattr(import_prompts, "ask_confirm", self._ask_confirm)

    def _ask_path(self, parent: object, caption: str, file_filter: str) -> str:
        assert "*.txt" in file_filter and "*.pdf" in file_filter and "*.md" in file_filter
        assert "*.html" in file_filter and "*.htm" in file_filter
        return self.chosen

    def _show_problem(self, parent: object, title: str, text: str) -> None:
        self.problems.append((title, text))

    def _ask_confirm(self, parent: object, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


def finish_reading(window: MainWindow) -> None:
    """The notice is read off the UI thread: wait for it, then let its result arrive."""
    job = window.imports.notice_import
    if job is not None:
        assert job.wait()  # type: ignore[attr-defined]
        QApplication.processEvents()


def import_via_menu(window: MainWindow, prompts: Prompts, path: Path) -> ImportReviewDialog:
    prompts.chosen = str(path)
    window.imports.import_action.trigger()
    finish_reading(window)
    dialog = window.imports.import_dialog
    assert isinstance(dialog, ImportReviewDialog)
    assert dialog.isVisible()
    return dialog


def save(qtbot: QtBot, dialog: ImportReviewDialog) -> Path:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.isHidden(), dialog.errors.text()
    assert dialog.saved_path is not None
    return dialog.saved_path


def criteria_texts(dialog: ImportReviewDialog) -> list[str]:
    return [dialog.criteria_list.item(r).text() for r in range(dialog.criteria_list.count())]


def review_texts(dialog: ImportReviewDialog) -> list[str]:
    return [dialog.review_list.item(r).text() for r in range(dialog.review_list.count())]


def status_text(window: MainWindow, reference: str) -> str:
    row = window.model.row_of_reference(reference)
    assert row is not None
    return window.model.data(window.model.index(row, M.COL_STATUS))


def test_menu_has_import_with_ctrl_i(window: MainWindow) -> None:
    assert window.imports.import_action.text() == "&Import notice…"
    assert window.imports.import_action.shortcut().toString() == "Ctrl+I"


def test_import_241600_edit_years_save_and_browse(
    qtbot: QtBot, window: MainWindow, prompts: Prompts
) -> None:
    dialog = import_via_menu(window, prompts, NOTICES / "241600.txt")
    texts = criteria_texts(dialog)
    assert len(texts) == 13
    assert texts[2].startswith("E3 · Experience · have at least 6 years of experience")
    assert texts[-1].startswith("D3 · Self-declared · knowledge of the WPS and HS Agendas")
    assert review_texts(dialog) == []

    # Select the experience requirement, as a user would, and change its minimum years.
    dialog.criteria_list.setCurrentRow(2)
    editor = dialog.requirements.stack.currentWidget()
    assert editor is dialog.editor_for("experience")
    assert editor.source_en.text().startswith("have at least 6 years")
    assert editor.source_fr.text().startswith("avoir au moins six ans")
    years = editor.parameters.inputs["min_years"]
    assert isinstance(years, QDoubleSpinBox) and years.value() == 6
    years.setFocus()
    years.selectAll()
    qtbot.keyClicks(years, "8")
    assert years.value() == 8

    saved = save(qtbot, dialog)
    assert saved == paths.user_vacancies_dir() / "241600.toml"
    assert not dialog.isVisible()
    vacancy = load_vacancy(saved)
    assert vacancy.draft is True
    experience = vacancy.criterion("experience")
    assert isinstance(experience, ExperienceCriterion) and experience.min_years == 8
    assert saved.read_text(encoding="utf-8").startswith("# Draft imported from the notice 241600")

    # The browser shows the draft at once, selected, marked as a draft.
    selected = window.selected_vacancy()
    assert selected is not None and selected.path == saved and selected.vacancy.draft
    assert status_text(window, "241600") == "Draft · Closed"
    assert window.details.title_text() == "Principal Assistant, The Human Security Unit"
    # One row per vacancy: the user's draft replaces the bundled 241600, as in the CLI.
    assert window.model.rowCount() == 5


def test_a_draft_saved_from_the_overview_is_shown_and_focused_in_the_catalogue(
    qtbot: QtBot, window: MainWindow, prompts: Prompts
) -> None:
    """Imported from the overview tab, the draft was selected behind it and the focus left
    in the overview's filter: Enter did not open the draft's screening."""
    tabs = window.profiles.tabs
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tabs.currentIndex() == 1)
    dialog = import_via_menu(window, prompts, NOTICES / "241600.txt")
    save(qtbot, dialog)
    assert tabs.currentIndex() == 0
    assert window.focusWidget() is window.table
    selected = window.selected_vacancy()
    assert selected is not None and selected.vacancy.reference == "241600"


def test_import_250717_contradiction_ticked_and_level_corrected(
    qtbot: QtBot, window: MainWindow, prompts: Prompts
) -> None:
    dialog = import_via_menu(window, prompts, NOTICES / "250717.txt")
    reviews = review_texts(dialog)
    assert len(reviews) == 2
    # Requirements are named by the notice's words, never by ids such as "languages", cut
    # at a word as everywhere else ("langua…" before).
    named = "Requirement “possess the following minimum levels in the official languages of NATO…”"
    assert reviews[0].startswith(f"{named}: The English asks for level V")
    assert reviews[1] == (
        f'{named}: Level I is called "Intermediate", which is the name of '
        "level III; check which level NATO means."
    )
    languages_row = next(i for i, t in enumerate(criteria_texts(dialog)) if "Official" in t)
    assert "Official languages, to review" in criteria_texts(dialog)[languages_row]

    # Moving to a review item selects its criterion; Space ticks it off.
    dialog.criteria_list.setCurrentRow(0)
    dialog.review_list.setFocus()
    dialog.review_list.setCurrentRow(1)
    assert dialog.tabs.currentIndex() == 1
    assert dialog.criteria_list.currentRow() == languages_row
    editor = dialog.editor_for("languages")
    assert dialog.requirements.stack.currentWidget() is editor
    assert [w.code for w, _ in editor.warnings] == ["language_level_contradiction"]
    qtbot.keyClick(dialog.review_list, Qt.Key.Key_Space)
    assert dialog.review_list.item(1).checkState() == Qt.CheckState.Checked
    dialog.review_list.set_done(0, True)
    assert "to review" not in criteria_texts(dialog)[languages_row]
    # Enter goes to the input the item is about.
    qtbot.keyClick(dialog.review_list, Qt.Key.Key_Return)
    assert dialog.focusWidget() is editor.parameters.first_input()

    # The French text is right: level III in the other language, and the warning goes.
    levels = editor.parameters.inputs["levels"].parentWidget()
    other = levels.levels["other"]  # type: ignore[attr-defined]
    assert other.value() == "I"
    other.set_value("III")
    _warning, keep = editor.warnings[0]
    keep.setChecked(False)

    saved = save(qtbot, dialog)
    vacancy = load_vacancy(saved)
    assert vacancy.draft is True
    assert [(r.code, r.done) for r in vacancy.review] == [
        ("language_level_mismatch", True),
        ("language_level_contradiction", True),
    ]
    languages = vacancy.criterion("languages")
    assert isinstance(languages, OfficialLanguagesCriterion)
    assert (languages.mode, languages.one, languages.other) == ("one_and_other", "V", "III")
    assert vacancy.warnings == []
    assert window.selected_vacancy().path == saved  # type: ignore[union-attr]
    assert status_text(window, "250717") == "Draft · Closed"
    assert "Draft vacancy: imported from a notice" in "\n".join(
        w.text() for w in window.details.text_widgets()[1:2]
    )


def profile_for(vacancy: Vacancy, years: float) -> Profile:
    """Facts given once, and a yes to every self-declared requirement of this vacancy."""
    answers: dict[str, bool | float] = {c.id: True for c in vacancy.criteria}
    answers["experience"] = years
    return Profile(
        nationality="BE",
        education=EducationLevel.MASTER,
        languages={"en": LanguageLevel.V, "fr": LanguageLevel.III},
        answers={vacancy.reference: answers},
    )


def test_imported_241600_screens_like_the_bundled_one(
    qtbot: QtBot, window: MainWindow, prompts: Prompts, vacancy: object
) -> None:
    dialog = import_via_menu(window, prompts, NOTICES / "241600.txt")
    imported = load_vacancy(save(qtbot, dialog))
    bundled = load_vacancy(paths.bundled_vacancies_dir() / "241600.toml")
    for years in (7, 3):
        mine, theirs = (
            assess(imported, profile_for(imported, years), NOW),
            assess(bundled, profile_for(bundled, years), NOW),
        )
        assert mine.verdict == theirs.verdict
        assert [r.status for r in mine.criteria] == [r.status for r in theirs.criteria]
        assert mine.draft and not theirs.draft
    unanswered = Profile()
    assert assess(imported, unanswered, NOW).verdict == assess(bundled, unanswered, NOW).verdict
    # Screening it in the app uses the draft: the user's copy wins.
    window.check_selected()
    assert window.wizard is not None
    assert window.session.vacancy.draft


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("letter.md", b"Dear colleague,\nthanks for lunch.\n", "not a NATO vacancy notice"),
        # Word's document saved with a password: Office's encrypted package, a compound file.
        (
            "locked.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "is password-protected",
        ),
    ],
)
def test_bad_notice_gives_a_message_naming_file_and_problem(
    window: MainWindow, prompts: Prompts, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    prompts.chosen = str(path)
    window.imports.import_action.trigger()
    finish_reading(window)
    assert window.imports.import_dialog is None
    [(title, text)] = prompts.problems
    assert title == "Import notice"
    assert text.startswith(f"The notice “{name}” could not be imported:")
    assert problem in text
    assert "Traceback" not in text
    assert not paths.user_vacancies_dir().exists()


def test_cancelling_the_file_dialog_does_nothing(window: MainWindow, prompts: Prompts) -> None:
    prompts.chosen = ""
    window.imports.import_action.trigger()
    assert window.imports.import_dialog is None and prompts.problems == []


def test_dropping_a_notice_opens_the_review(
    qtbot: QtBot, window: MainWindow, prompts: Prompts
) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(NOTICES / "250939.txt"))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    finish_reading(window)
    dialog = window.imports.import_dialog
    assert isinstance(dialog, ImportReviewDialog)
    assert dialog.windowTitle() == "Review imported notice: 250939.txt"
    assert len(review_texts(dialog)) == 4


def test_cancel_asks_only_after_an_edit(qtbot: QtBot, window: MainWindow, prompts: Prompts) -> None:
    dialog = import_via_menu(window, prompts, NOTICES / "241600.txt")
    dialog.reject()
    assert not dialog.isVisible() and prompts.questions == []

    dialog = import_via_menu(window, prompts, NOTICES / "241600.txt")
    qtbot.keyClicks(dialog.header_form.inputs["location"], " (HQ)")
    prompts.answer = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert prompts.questions == [
        "Your corrections to this notice have not been saved. Discard them?"
    ]
    prompts.answer = True
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert not paths.user_vacancies_dir().exists()
    assert window.imports.import_dialog is None


def test_saving_over_an_existing_file_asks_first(
    qtbot: QtBot, window: MainWindow, prompts: Prompts
) -> None:
    save(qtbot, import_via_menu(window, prompts, NOTICES / "250411.txt"))
    target = paths.user_vacancies_dir() / "250411.toml"
    before = target.read_text(encoding="utf-8")
    dialog = import_via_menu(window, prompts, NOTICES / "250411.txt")
    qtbot.keyClicks(dialog.header_form.inputs["schedule"], " (35 hours)")
    prompts.answer = False
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert prompts.questions == ["250411.toml already exists in your vacancies folder. Replace it?"]
    assert dialog.isVisible() and target.read_text(encoding="utf-8") == before
    prompts.answer = True
    save(qtbot, dialog)
    assert load_vacancy(target).schedule.endswith("(35 hours)")
    assert window.model.rowCount() == 5  # replaced in the browser, and the bundled 250411 too


def test_a_pdf_notice_is_imported_and_a_missing_pdf_extra_is_explained(
    qtbot: QtBot,
    window: MainWindow,
    prompts: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("pypdf")
    lines = (NOTICES / "241600.txt").read_text(encoding="utf-8").splitlines()
    pdf = tmp_path / "241600.pdf"
    pdf.write_bytes(importer_support().make_pdf(lines))
    dialog = import_via_menu(window, prompts, pdf)
    assert dialog.windowTitle() == "Review imported notice: 241600.pdf"
    assert len(criteria_texts(dialog)) == 13
    dialog.reject()

    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if the 'pdf' extra were not installed
    prompts.chosen = str(pdf)
    window.imports.import_action.trigger()
    finish_reading(window)
    [(_title, text)] = prompts.problems
    assert text.startswith("The notice “241600.pdf” could not be imported:")
    assert "PDF import needs the optional 'pdf' extra" in text
