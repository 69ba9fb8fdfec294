"""The review dialog on its own: every kind's settings, validation named by field, plain text,
accessibility, keyboard; and drafts marked in every summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTabBar
from pytestqt.qtbot import QtBot
from test_accessibility import inputs_in, unnamed
from ui_clock import NOW
from ui_french import mnemonic_clashes

from screener import paths
from screener.domain.criteria import CRITERION_KINDS, CertificationCriterion, LocalizedText
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.importer import ImportResult, import_notice_file, import_notice_text
from screener.persistence.vacancy_files import load_vacancy
from screener.report.record import build_record
from screener.ui.catalogue.overview_model import OverviewModel
from screener.ui.common.language import apply_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.importing import import_prompts, new_requirement_dialog
from screener.ui.importing.import_review_dialog import ImportReviewDialog
from screener.ui.profiles.official_languages_editor import OfficialLanguagesEditor
from screener.ui.summary import summary_exports
from screener.ui.summary.summary_document import build_summary_document
from screener.ui.summary.summary_view import SummaryView

NOTICES = Path(__file__).resolve().parents[1] / "importer" / "notices"
MARKUP_TITLE = "<b>Bold</b> Officer"
MARKUP_BULLET = 'knowledge of <img src=x onerror="alert(1)"> systems'


@pytest.fixture(autouse=True)
def _confirm_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    # Closing an edited dialog asks first; a real message box would block the test run.
    monkeypatch.setattr(import_prompts, "ask_confirm", lambda *args: True)


def open_dialog(qtbot: QtBot, result: ImportResult) -> ImportReviewDialog:
    dialog = ImportReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics only work in the active window
    return dialog


@pytest.fixture(scope="module")
def result_250717() -> ImportResult:
    return import_notice_file(NOTICES / "250717.txt")


def test_every_kind_builds_named_inputs(qtbot: QtBot, result_250717: ImportResult) -> None:
    dialog = open_dialog(qtbot, result_250717)
    # A tab bar's own scroll arrows are Qt's, not inputs of ours.
    ours = [w for w in inputs_in(dialog) if not isinstance(w.parentWidget(), QTabBar)]
    assert unnamed(ours) == []
    editor = dialog.editor_for("languages")
    assert editor is not None
    dialog.select_criterion("languages")
    for kind in CRITERION_KINDS:
        editor.kind.set_value(kind)
        assert editor.parameters.kind == kind
        assert unnamed(inputs_in(editor)) == [], kind
    assert "Statement" not in dialog.criteria_list.currentItem().text()
    assert "· Self-declared, to review ·" in dialog.criteria_list.currentItem().text()


def test_changing_kind_rebuilds_settings_and_validation_names_the_field(
    qtbot: QtBot, result_250717: ImportResult
) -> None:
    dialog = open_dialog(qtbot, result_250717)
    editor = dialog.select_criterion("d-formal-military-police-training")
    assert editor is not None and editor.parameters.kind == "statement"
    editor.kind.set_value("certification")
    assert set(editor.parameters.inputs) == {"any_of", "or_equivalent"}
    assert dialog.edited

    dialog.select_criterion("nationality")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_path is None
    assert dialog.errors.isVisible()
    # The field by the words beside it, not its key in the file; no Python list notation.
    assert (
        "• Requirement “formal military/police training” › Any of: List should have at least "
        "1 item after validation, not 0\n" in dialog.errors.text() + "\n"
    )
    assert "any_of" not in dialog.errors.text() and "[]" not in dialog.errors.text()
    # The first problem is shown: its requirement selected, its input focused.
    assert dialog.requirements.stack.currentWidget() is editor
    assert dialog.focusWidget() is editor.parameters.inputs["any_of"]

    qtbot.keyClicks(editor.parameters.inputs["any_of"], "Police academy diploma")
    dialog.header_form.inputs["grade.min"].setText("grade ten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "• Grade (grade.min): expected a grade such as 'G6'" in dialog.errors.text()
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() is dialog.header_form.inputs["grade.min"]

    # A title left empty is named by its own field; nothing follows what was expected.
    dialog.header_form.inputs["grade.min"].setText("G10")
    dialog.header_form.inputs["title.fr"].clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "• French title (title.fr): String should have at least 1 character\n" in (
        dialog.errors.text() + "\n"
    )
    assert dialog.focusWidget() is dialog.header_form.inputs["title.fr"]

    qtbot.keyClicks(dialog.header_form.inputs["title.fr"], "Coordinateur")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_path == paths.user_vacancies_dir() / "250717.toml"
    saved = load_vacancy(dialog.saved_path)
    criterion = saved.criterion("d-formal-military-police-training")
    assert isinstance(criterion, CertificationCriterion)
    assert criterion.any_of == ["Police academy diploma"]
    assert saved.warnings == result_250717.vacancy.warnings  # kept unless unticked
    assert [r.done for r in saved.review] == [False, False]


def test_back_to_the_imported_kind_restores_its_settings(
    qtbot: QtBot, result_250717: ImportResult
) -> None:
    dialog = open_dialog(qtbot, result_250717)
    editor = dialog.select_criterion("experience")
    assert editor is not None
    before = editor.criterion_data()
    editor.kind.set_value("statement")
    assert editor.criterion_data() == {k: before[k] for k in ("kind", "id", "text", "source")} | {
        "kind": "statement"
    }
    editor.kind.set_value("experience")
    assert editor.criterion_data() == before


def test_header_fields_are_edited_and_saved(qtbot: QtBot, result_250717: ImportResult) -> None:
    dialog = open_dialog(qtbot, result_250717)
    form = dialog.header_form
    dialog.tabs.setCurrentIndex(0)
    reference = form.inputs["reference"]
    assert isinstance(reference, QLineEdit)
    reference.selectAll()
    qtbot.keyClicks(reference, "250717-b")
    form.clearance.set_value(None)
    form.has_time.setChecked(True)
    form.amount.setValue(0)
    form.conditions["lower_grade_appointment"].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = load_vacancy(paths.user_vacancies_dir() / "250717-b.toml")
    assert saved.reference == "250717-b"
    assert saved.clearance is None and saved.salary is None
    assert saved.deadline.time is not None and saved.deadline.time.hour == 23
    assert "lower_grade_appointment" not in saved.conditions
    assert saved.title == result_250717.vacancy.title


@pytest.mark.parametrize(("typed", "saved_amount"), [("24000000", 24_000_000.0), ("0.5", None)])
def test_the_salary_typed_is_saved_as_a_file_may_hold_it(
    qtbot: QtBot, result_250717: ImportResult, typed: str, saved_amount: float | None
) -> None:
    """A yearly salary in forints (millions) was cut to 1,000,000 without a word; less than
    a unit of money was saved as a salary that the file's loader then refused."""
    dialog = open_dialog(qtbot, result_250717)
    form = dialog.header_form
    dialog.tabs.setCurrentIndex(0)
    form.amount.setFocus()
    form.amount.selectAll()
    qtbot.keyClicks(form.amount, typed)
    qtbot.keyClick(form.amount, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = load_vacancy(paths.user_vacancies_dir() / "250717.toml")
    assert (saved.salary.amount if saved.salary else None) == saved_amount


def with_markup(result: ImportResult) -> ImportResult:
    """The importer strips tags from notices; a vacancy can still carry them (a hand-edited
    file, a notice that spells them out), so put them straight into the draft."""
    vacancy = result.vacancy
    essential = list(vacancy.essential)
    bullet = essential[5]
    essential[5] = bullet.model_copy(
        update={"text": LocalizedText(en=MARKUP_BULLET, fr=f"<i>{bullet.text.fr}</i>")}
    )
    title = LocalizedText(en=MARKUP_TITLE, fr=vacancy.title.fr)
    draft = vacancy.model_copy(update={"title": title, "essential": essential})
    return ImportResult(draft, result.review, result.confidence, "<b>markup.txt")


def test_notice_text_with_markup_is_shown_literally(qtbot: QtBot) -> None:
    text = (NOTICES / "241600.txt").read_text(encoding="utf-8")
    result = with_markup(import_notice_text(text, "241600.txt"))
    dialog = open_dialog(qtbot, result)
    assert dialog.windowTitle() == "Review imported notice: <b>markup.txt"
    assert dialog.header_form.inputs["title.en"].text() == MARKUP_TITLE  # type: ignore[attr-defined]
    row = next(
        i for i in range(dialog.criteria_list.count())
        if MARKUP_BULLET in dialog.criteria_list.item(i).text()
    )  # fmt: skip
    dialog.criteria_list.setCurrentRow(row)
    editor = dialog.editors[row]
    assert editor.source_en.text() == MARKUP_BULLET
    for label in dialog.findChildren(QLabel):
        if "<" in label.text() and label.buddy() is None:
            assert isinstance(label, PlainTextLabel), label.text()
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_keyboard_space_ticks_and_mnemonics_switch_tabs(
    qtbot: QtBot, result_250717: ImportResult
) -> None:
    dialog = open_dialog(qtbot, result_250717)
    assert dialog.focusWidget() is dialog.review_list
    dialog.review_list.setCurrentRow(0)
    qtbot.keyClick(dialog.review_list, Qt.Key.Key_Space)
    assert [r.done for r in dialog.review_list.review_items()] == [True, False]
    qtbot.keyClick(dialog.review_list, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 0
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.header_form.inputs["reference"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert isinstance(dialog.focusWidget(), QListWidget)
    assert dialog.focusWidget() is dialog.criteria_list


def test_dialog_fits_1024x700(qtbot: QtBot, result_250717: ImportResult) -> None:
    dialog = open_dialog(qtbot, result_250717)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700


def test_a_draft_is_marked_in_every_summary(qtbot: QtBot, result_250717: ImportResult) -> None:
    draft = result_250717.vacancy
    assessment = assess(draft, Profile(), NOW)
    assert assessment.draft
    note = "Draft vacancy: imported from a notice and not yet fully reviewed."
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_assessment(assessment, "G10")
    assert note in [label.text() for label in view.findChildren(PlainTextLabel)]
    assert view.record is not None
    assert note in summary_exports.plain_text(view.record)
    assert note in summary_exports.html_text(view.record)
    document = build_summary_document(view.record, view.font())
    assert note in document.toPlainText()  # the PDF and the printout are made from it
    assert "brouillon" in summary_exports.plain_text(build_record(assessment, "fr"))


def test_a_draft_is_marked_in_the_overview(result_250717: ImportResult) -> None:
    draft = result_250717.vacancy
    bundled = load_vacancy(paths.bundled_vacancies_dir() / "241600.toml")
    model = OverviewModel([draft, bundled], Profile(), NOW)
    deadlines = [model.data(model.index(row, OverviewModel.COL_DEADLINE)) for row in (0, 1)]
    assert deadlines == ["Draft · Closed", "Closed"]


def test_tab_goes_from_the_kind_into_rebuilt_settings(
    qtbot: QtBot, result_250717: ImportResult
) -> None:
    dialog = open_dialog(qtbot, result_250717)
    editor = dialog.select_criterion("d-formal-military-police-training")
    assert editor is not None
    editor.kind.setFocus()
    editor.kind.set_value("experience")  # built after every other widget of the dialog
    years = editor.parameters.inputs["min_years"]
    qtbot.waitUntil(years.isVisible)  # a layout shows new widgets from the event loop
    qtbot.keyClick(editor.kind, Qt.Key.Key_Tab)
    assert dialog.focusWidget() in (years, years.focusProxy())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is editor.parameters.inputs["domain"]


def test_review_items_are_worded_in_the_ui_language(qtbot: QtBot) -> None:
    from screener.ui.common.language import apply_language

    text = "Title: Technician\nReference: 270001\n\nESSENTIAL\n- Knowledge of German and Dutch.\n"
    result = import_notice_text(text, "notice.txt")
    english = open_dialog(qtbot, result)
    shown = [english.review_list.item(i).text() for i in range(english.review_list.count())]
    assert any("No schedule was found; please fill it in." in line for line in shown)
    english.close()
    apply_language("fr")
    try:
        french = open_dialog(qtbot, result)
        rows = french.review_list.count()
        shown = [french.review_list.item(i).text().replace("\u00a0", " ") for i in range(rows)]
        assert any("Champ « horaire » introuvable ; veuillez le remplir." in line for line in shown)
        assert any("Cette puce énonce 2 exigences" in line for line in shown)
        assert not any("was not found" in line or "please fill" in line for line in shown)
    finally:
        apply_language("en")


def test_a_missed_requirement_is_added_and_a_misread_one_deleted(
    qtbot: QtBot, result_250717: ImportResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer missed a bullet and read a line that asks nothing: both are put right in
    the review, by keyboard, and the saved draft says so."""
    dialog = open_dialog(qtbot, result_250717)
    panel = dialog.requirements
    essentials = panel.essential_count
    wanted = new_requirement_dialog.NewRequirement(
        True, "hold a valid passport", "être titulaire d'un passeport valide"
    )
    monkeypatch.setattr(new_requirement_dialog, "ask_new_requirement", lambda parent: wanted)
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add
    qtbot.waitUntil(lambda: panel.essential_count == essentials + 1)  # a button's click is animated
    row = panel.criteria_list.currentRow()
    assert row == essentials  # after the last essential requirement
    assert panel.criteria_list.item(row).text() == (
        f"E{essentials + 1} · Self-declared · hold a valid passport"
    )
    added = panel.editors[row]
    assert dialog.focusWidget() is added.kind  # its kind is chosen next
    assert panel.criteria_list.item(row + 1).text().startswith("D1 · ")

    # One with review items and a warning about it goes, with both.
    doomed_id = "languages"
    assert any(item.criterion == doomed_id for item in dialog.review_list.review_items())
    doomed = dialog.editor_for(doomed_id)
    assert doomed is not None and doomed.warnings
    panel.select(doomed)
    panel.criteria_list.setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Delete
    qtbot.waitUntil(lambda: dialog.editor_for(doomed_id) is None)
    assert all(item.criterion != doomed_id for item in dialog.review_list.review_items())

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_path is not None, dialog.errors.text()
    saved = load_vacancy(dialog.saved_path)
    passport = saved.criterion("added-1")
    assert passport is not None and saved.is_essential("added-1")
    assert passport.kind == "statement" and passport.source == "bullet"
    assert passport.text.fr == "être titulaire d'un passeport valide"
    assert saved.criterion(doomed_id) is None
    assert all(w.criterion != doomed_id for w in saved.warnings)


def test_the_new_requirement_dialog_by_keyboard(qtbot: QtBot) -> None:
    dialog = new_requirement_dialog.NewRequirementDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # access keys work in the active window
    assert not dialog.ok_button.isEnabled()  # no words yet
    qtbot.keyClicks(dialog.english, "knowledge of SAP")
    assert not dialog.ok_button.isEnabled()  # French words, or say there are none
    qtbot.keyClick(dialog.english, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &no French
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # a box's access key clicks it, animated
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.desirable.isChecked)  # De&sirable
    assert not dialog.french.isEnabled()
    assert dialog.requirement() == new_requirement_dialog.NewRequirement(
        False, "knowledge of SAP", "knowledge of SAP"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_two_things_share_an_access_key_in_the_review(
    qtbot: QtBot, result_250717: ImportResult, lang: str
) -> None:
    """Alt+letter reaches one thing on each tab, with each requirement's settings shown, in
    both languages (a shared key only moves the focus between the two)."""
    apply_language(lang)
    try:
        dialog = open_dialog(qtbot, result_250717)
        dialog.tabs.setCurrentIndex(0)
        assert mnemonic_clashes(dialog) == []
        dialog.tabs.setCurrentIndex(1)
        for row in range(len(dialog.editors)):
            dialog.criteria_list.setCurrentRow(row)
            assert mnemonic_clashes(dialog) == [], dialog.editors[row].criterion_id
        editor = dialog.editors[-1]
        for kind in CRITERION_KINDS:  # every kind's settings
            editor.kind.set_value(kind)
            # A new setting's row is shown once events are processed: until then its label's
            # key was not counted (STANAG 6001 &profile clashed with &Post details unseen).
            qtbot.waitUntil(editor.parameters.isVisible)
            assert mnemonic_clashes(dialog) == [], kind
        # Each way the official languages are asked shows its own level boxes ("Niveau
        # d'&anglais" took Alt+A from "Exigences de l'&avis").
        editor.kind.set_value("official_languages")
        qtbot.waitUntil(editor.parameters.isVisible)
        (languages,) = editor.parameters.findChildren(OfficialLanguagesEditor)
        for mode in range(languages.mode.count()):
            languages.mode.setCurrentIndex(mode)
            assert mnemonic_clashes(dialog) == [], languages.mode.currentText()
        adding = new_requirement_dialog.NewRequirementDialog()
        qtbot.addWidget(adding)
        adding.show()
        assert mnemonic_clashes(adding) == []
        if lang == "fr":  # the review's own words ("Acquis essentiel 1"), not "Exigence"
            words = (adding.essential.text(), adding.desirable.text())
            assert words == ("Acquis &essentiel", "Acquis &souhaitable")
        adding.close()
        # Deleted before the language changes back, not at the test's end: switched back under
        # the dialog after its settings were rebuilt for every kind, a later test crashed in
        # Qt. No user gets there: the dialog is modal, the Language menu out of reach.
        dialog.edited = False  # closes without asking
        with qtbot.waitSignal(dialog.destroyed):
            dialog.deleteLater()
    finally:
        apply_language("en")


def test_a_field_the_notice_does_not_give_is_said_so_in_the_ui_language() -> None:
    """The draft holds the importer's placeholder for a missing location; the details pane
    says it in French too, never the English words."""
    from screener.importer.header_facts import PLACEHOLDER
    from screener.ui.catalogue.vacancy_details import header_value

    apply_language("fr")
    try:
        assert header_value(PLACEHOLDER) == "(absent de l'avis)"
    finally:
        apply_language("en")
    assert header_value(PLACEHOLDER) == PLACEHOLDER


_NO_LOCATION = (
    "Logistics Assistant\nVacancy Number: 270555\nGrade: G6\n"
    "Application deadline: 15 January 2027\nNATO Support and Procurement Agency (NSPA)\n\n"
    "ESSENTIAL\nThe incumbent must:\n- have completed secondary education;\n"
    "- have at least 2 years of experience in warehouse operations.\n"
)


def test_a_field_the_notice_does_not_give_is_an_empty_box_that_says_so(qtbot: QtBot) -> None:
    """Not the importer's English placeholder to select and erase, in French too: an empty
    box saying the notice does not give it; left empty, the draft still says so; typed in,
    the draft holds what was typed."""
    from screener.importer.header_facts import PLACEHOLDER

    apply_language("fr")
    try:
        dialog = open_dialog(qtbot, import_notice_text(_NO_LOCATION, "notice.txt"))
        location = dialog.header_form.inputs["location"]
        assert isinstance(location, QLineEdit)
        assert location.text() == ""
        assert location.placeholderText() == "(absent de l'avis)"
        assert dialog.header_form.values()["location"] == PLACEHOLDER
        location.setFocus()
        qtbot.keyClicks(location, "Capellen, Luxembourg")
        assert dialog.header_form.values()["location"] == "Capellen, Luxembourg"
        dialog.edited = False  # closes without asking
        dialog.close()
    finally:
        apply_language("en")
