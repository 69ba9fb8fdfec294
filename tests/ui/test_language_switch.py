"""English and French at runtime: the Language menu, the wizard's language button, the
summary and its PDF, the language remembered, and no English left in the French UI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard
from pytestqt.qtbot import QtBot
from ui_french import answer_page, assert_no_english, mnemonic_clashes, visible_texts
from ui_pdf_text import pdf_text, squeeze

from screener import paths
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel
from screener.persistence.profile_store import ProfileStore
from screener.persistence.settings import Settings, load_settings, save_settings
from screener.ui import app as app_module
from screener.ui.common import language
from screener.ui.common.language import apply_language, current_language, startup_language
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog
from screener.ui.summary import summary_exports
from screener.ui.window.main_window import MainWindow
from screener.ui.wizard.criterion_page import CriterionPage
from screener.ui.wizard.education_page import EducationPage
from screener.ui.wizard.language_level_helper import LanguageLevelHelper
from screener.ui.wizard.nationality_page import NationalityPage
from screener.ui.wizard.wizard import ScreeningWizard

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    apply_language("en")


def choose(window: MainWindow, lang: str, qtbot: QtBot) -> None:
    """Through the Language menu, as a user would; Qt delivers the change on the next loop."""
    window.language_menu.language_actions[lang].trigger()
    file_menu = "&File" if lang == "en" else "&Fichier"
    qtbot.waitUntil(lambda: window.file_menu.title() == file_menu)


def open_wizard(window: MainWindow, qtbot: QtBot, reference: str = "250939") -> ScreeningWizard:
    assert window.select_reference(reference)
    window.check_selected()
    wizard = window.wizard
    assert isinstance(wizard, ScreeningWizard)
    qtbot.waitExposed(wizard)
    return wizard


def go_next(wizard: ScreeningWizard, qtbot: QtBot) -> None:
    before = wizard.currentId()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def answer_everything(wizard: ScreeningWizard, qtbot: QtBot) -> None:
    while wizard.currentId() != wizard.summary_id:
        page = wizard.currentPage()
        if page is not wizard.check_page:
            assert isinstance(page, CriterionPage)
            answer_page(page)
        go_next(wizard, qtbot)


# -- the language itself -----------------------------------------------------------------


def test_first_start_follows_the_system_then_the_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert language.system_language(QLocale("fr_BE")) == "fr"
    assert language.system_language(QLocale("fr_CA")) == "fr"
    assert language.system_language(QLocale("en_US")) == "en"
    assert language.system_language(QLocale("de_DE")) == "en"
    monkeypatch.setattr(language, "system_language", lambda locale=None: "fr")
    assert startup_language(Settings()) == "fr"
    assert startup_language(Settings(language="en")) == "en"


def test_the_language_menu_names_each_language_in_itself(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.language_menu.language_actions
    assert [a.text() for a in actions.values()] == ["&English", "&Français"]
    assert window.language_menu.group.isExclusive()
    assert actions["en"].isChecked() and not actions["fr"].isChecked()
    assert window.language_menu.title() == "&Language"

    choose(window, "fr", qtbot)
    assert current_language() == "fr"
    assert actions["fr"].isChecked() and not actions["en"].isChecked()
    assert window.language_menu.title() == "&Langue"
    assert [a.text() for a in actions.values()] == ["&English", "&Français"]
    assert load_settings().language == "fr"  # remembered for the next start

    choose(window, "en", qtbot)
    assert load_settings().language == "en"


def test_the_main_window_follows_the_switch(window: MainWindow, qtbot: QtBot) -> None:
    window.select_reference("250939")
    choose(window, "fr", qtbot)
    assert window.check_button.text() == "Vérifier mon a&dmissibilité"
    assert window.file_menu.title() == "&Fichier"
    header = window.model.headerData(1, Qt.Orientation.Horizontal)
    assert header == "Intitulé"
    assert window.details.title_text().startswith("Agent (Centre opérationnel")
    assert window.details.field_text("schedule") == "Temps plein"
    assert window.details.field_text("salary").endswith("778,93 EUR par mois")
    assert window.details.field_text("deadline") == (
        "Clôture dans 7 jours (27 juillet 2025) (heure de Bruxelles)"
    )
    assert window.details.requirements_text().startswith("Acquis essentiels\n")

    choose(window, "en", qtbot)
    assert window.check_button.text() == "Check my &eligibility"
    assert window.details.field_text("schedule") == "Full-time"


def test_qt_own_dialogs_and_the_level_helper_speak_french(window: MainWindow, qtbot: QtBot) -> None:
    choose(window, "fr", qtbot)
    # Qt's own words come from qtbase_fr: file dialogs, message boxes, standard buttons.
    assert QCoreApplication.translate("QFileDialog", "Save As") == "Enregistrer sous"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    helper = LanguageLevelHelper([("en", "anglais"), ("fr", "français")])
    qtbot.addWidget(helper)
    assert helper.windowTitle() == "Trouver votre niveau"
    cancel = helper.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"
    assert helper.use_button.text() == "&Utiliser ce niveau"
    assert helper.evidence.itemText(0) == "Un niveau du CECR (A1 à C2)"
    # An open dialog follows a switch too.
    choose(window, "en", qtbot)
    qtbot.waitUntil(lambda: helper.windowTitle() == "Find your level")
    assert helper.evidence.itemText(0) == "A CEFR level (A1 to C2)"
    assert cancel.text() == "Cancel"


# -- mid-wizard ----------------------------------------------------------------------------


def test_switching_mid_wizard_keeps_the_answers(window: MainWindow, qtbot: QtBot, vacancy) -> None:
    wizard = open_wizard(window, qtbot)
    nationality = wizard.currentPage()
    assert isinstance(nationality, NationalityPage)
    answer_page(nationality)  # Belgium
    go_next(wizard, qtbot)
    education = wizard.currentPage()
    assert isinstance(education, EducationPage)
    education.levels[EducationLevel.BACHELOR].setChecked(True)
    answers = wizard.session.profile

    # The main window's menu, as the brief asks; the wizard has its own button (next test).
    choose(window, "fr", qtbot)
    qtbot.waitUntil(lambda: wizard.windowTitle() == "Vérifier mon admissibilité\u00a0: 250939")
    assert wizard.button(NEXT).text() == "&Suivant >"
    assert wizard.button(BACK).text() == "< &Précédent"
    assert education.title() == "Étape 2 sur 11\u00a0: Formation"
    criterion = vacancy("250939").criterion("education")
    assert education.notice_texts() == [criterion.text.fr]
    assert education.levels[EducationLevel.BACHELOR].text() == "Diplôme universitaire (licence)"
    assert education.levels[EducationLevel.BACHELOR].isChecked()
    assert wizard.session.profile == answers

    wizard.back()
    qtbot.waitUntil(lambda: wizard.currentPage() is nationality)
    assert nationality.chosen.text() == "Choix\u00a0: Belgique — membre de l'OTAN"
    assert nationality.selected_code() == "BE"
    assert nationality.countries.item(0).text().startswith("Afghanistan")
    go_next(wizard, qtbot)
    assert education.levels[EducationLevel.BACHELOR].isChecked()

    choose(window, "en", qtbot)
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == "&Next >")
    assert education.title() == "Step 2 of 11: Education"
    assert education.notice_texts() == [criterion.text.en]
    assert wizard.session.profile == answers


def test_the_wizard_has_its_own_language_button(window: MainWindow, qtbot: QtBot) -> None:
    """The main window's menu is out of reach while the wizard is open (it is modal)."""
    wizard = open_wizard(window, qtbot)
    button = wizard.language_button
    assert button.isVisible()
    assert button.text() == "França&is"  # Alt+I
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.text() == "En&glish")  # Alt+G
    assert current_language() == "fr"
    assert load_settings().language == "fr"
    assert wizard.currentPage().title() == "Étape 1 sur 11\u00a0: Nationalité"
    assert window.language_menu.language_actions["fr"].isChecked()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: button.text() == "França&is")
    assert load_settings().language == "en"


def test_the_summary_and_its_pdf_in_french(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vacancy,
) -> None:
    wizard = open_wizard(window, qtbot)
    answer_everything(wizard, qtbot)
    view = wizard.summary_page.view
    assert view.verdict_label.text().startswith("✔ Eligible: ")
    answers = wizard.session.profile

    choose(window, "fr", qtbot)
    qtbot.waitUntil(lambda: view.verdict_label.text().startswith("✔ Admissible\u00a0: "))
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Terminer"
    assert view.buttons["pdf"].text() == "Exporter en P&DF…"
    texts = view.row_for("nationality").texts()
    assert texts[:3] == [
        "✔ Rempli",
        vacancy("250939").criterion("nationality").text.fr,
        "Votre réponse\u00a0: Belgique",
    ]
    assert wizard.session.profile == answers

    target = tmp_path / "fiche.pdf"
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: str(target))
    qtbot.mouseClick(view.buttons["pdf"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.is_file)
    text = squeeze(pdf_text(target.read_bytes()))
    assert "✔ Admissible : vous remplissez tous les acquis essentiels" in text
    assert "Profil : sans nom" in text or "Profil :" in text
    assert "Relevé d'auto-évaluation" in text
    assert "Acquis essentiels remplis" in text
    assert "Exigence" in text and "Votre réponse et l'explication" in text
    for criterion in vacancy("250939").essential:
        assert squeeze(criterion.text.fr)[:40] in text, criterion.id
    assert "27 juillet 2025" in text
    for english in ("Eligible", "Essential requirements", "Your answer", "Self-screening"):
        assert english not in text
    assert view.message.text().startswith("Enregistré dans ")

    html = tmp_path / "fiche.html"
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: str(html))
    view.export_html()
    assert 'lang="fr"' in html.read_text(encoding="utf-8")

    choose(window, "en", qtbot)
    qtbot.waitUntil(lambda: view.verdict_label.text().startswith("✔ Eligible: "))
    assert view.message.text().startswith("Saved to ")


# -- no English in the French UI -----------------------------------------------------------


@pytest.mark.parametrize("when", ["from the start", "switched at the summary"])
def test_the_french_ui_shows_no_english(
    make_window: Callable[[], MainWindow], qtbot: QtBot, vacancy, when: str
) -> None:
    """Main window, every page of 250939 and the summary: nothing left in English."""
    v = vacancy("250939")
    if when == "from the start":
        apply_language("fr")  # as run_gui does at start-up, before any window exists
    window = make_window()
    # The profile's name is the user's (a default given in the language of its day); the
    # data folder (in the welcome) is a path.
    data = (window.profile.name, str(paths.user_data_dir()))
    if when == "from the start":
        assert window.profile.name == "Mon profil"
        assert_no_english(visible_texts(window), v, data)
        assert mnemonic_clashes(window) == []
    wizard = open_wizard(window, qtbot)
    seen = 0
    while True:
        if when == "from the start":
            assert_no_english(visible_texts(wizard), v, data)
            assert mnemonic_clashes(wizard) == []
            seen += 1
        if wizard.currentId() == wizard.summary_id:
            break
        page = wizard.currentPage()
        if page is not wizard.check_page:
            assert isinstance(page, CriterionPage)
            answer_page(page)
        go_next(wizard, qtbot)
    if when == "switched at the summary":
        choose(window, "fr", qtbot)
        qtbot.waitUntil(lambda: wizard.button(BACK).text() == "< &Précédent")
        # Back through every page the English UI built, now in French.
        while True:
            assert_no_english(visible_texts(wizard), v, data)
            assert mnemonic_clashes(wizard) == []
            seen += 1
            if wizard.currentId() == 0:
                break
            before = wizard.currentId()
            wizard.back()
            qtbot.waitUntil(lambda before=before: wizard.currentId() != before)
        assert_no_english(visible_texts(window), v, data)
    assert seen == len(wizard.question_pages) + 2


@pytest.mark.parametrize("reference", ["241436", "241600", "250411", "250717"])
def test_the_other_vacancies_in_french_show_no_english(
    make_window: Callable[[], MainWindow], qtbot: QtBot, vacancy, reference: str
) -> None:
    v = vacancy(reference)
    apply_language("fr")
    window = make_window()
    assert window.select_reference(reference)
    assert_no_english(visible_texts(window), v, (window.profile.name,))
    wizard = open_wizard(window, qtbot, reference)
    while True:
        assert_no_english(visible_texts(wizard), v, (window.profile.name,))
        assert mnemonic_clashes(wizard) == []
        if wizard.currentId() == wizard.summary_id:
            break
        page = wizard.currentPage()
        if page is not wizard.check_page:
            assert isinstance(page, CriterionPage)
            answer_page(page)
        go_next(wizard, qtbot)


def test_a_closed_wizard_is_gone_and_not_retranslated(window: MainWindow, qtbot: QtBot) -> None:
    """Each switch retranslates every live widget: finished wizards must not pile up."""
    for reference in ("250939", "241436"):
        wizard = open_wizard(window, qtbot, reference)
        wizard.close()
        qtbot.waitUntil(lambda: window.wizard is None)
    qtbot.waitUntil(lambda: window.findChildren(ScreeningWizard) == [])
    choose(window, "fr", qtbot)


@pytest.mark.parametrize(("saved", "system", "expected"), [
    (None, "fr", "fr"), (None, "en", "en"), ("en", "fr", "en"), ("fr", "en", "fr"),
])  # fmt: skip
def test_the_app_starts_in_the_remembered_or_the_system_language(
    monkeypatch: pytest.MonkeyPatch, saved: str | None, system: str, expected: str
) -> None:
    save_settings(Settings(language=saved))
    monkeypatch.setattr(language, "system_language", lambda locale=None: system)
    titles: list[str] = []

    def fake_loop(app: QApplication) -> int:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                titles.append(window.file_menu.title())
                window.close()
                window.deleteLater()
        return 0

    monkeypatch.setattr(app_module, "exec_event_loop", fake_loop)
    assert app_module.run_gui(["screener"]) == 0
    assert current_language() == expected
    assert titles == ["&Fichier" if expected == "fr" else "&File"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_both_tabs_of_the_main_window_share_no_access_key(
    window: MainWindow, qtbot: QtBot, lang: str
) -> None:
    """The menus, the tabs and what each tab shows: one thing per Alt+letter."""
    apply_language(lang)
    try:
        first_tab = "&Vacancies" if lang == "en" else "&Avis de vacance"
        qtbot.waitUntil(lambda: window.profiles.tabs.tabText(0) == first_tab)
        assert mnemonic_clashes(window) == []
        window.profiles.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: window.profiles.overview.isVisible())
        assert mnemonic_clashes(window) == []
    finally:
        apply_language("en")


def test_a_profile_never_named_is_named_in_the_language_of_the_ui(
    make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    store = ProfileStore()
    store.save(Profile(name="My profile", nationality="BE"), "my-profile")  # saved in English
    store.save(Profile(name="Anna"), "anna")
    save_settings(Settings(last_profile="my-profile"))
    apply_language("fr")
    window = make_window()
    assert window.windowTitle().startswith("Mon profil — ")
    dialog = OpenProfileDialog(store, "my-profile", window)
    qtbot.addWidget(dialog)
    names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert [name.split(" (")[0] for name in names] == ["Anna", "Mon profil"]
    assert store.load("my-profile").name == "My profile"  # the file is left as it is
    choose(window, "en", qtbot)
    assert window.windowTitle().startswith("My profile — ")
