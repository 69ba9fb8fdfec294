"""A language asked at a STANAG 6001 profile, in the wizard: the candidate's SLP in four
fields (Listening, Speaking, Reading, Writing) or "I have no SLP", by keyboard, saved in the
profile; and the PDF record, printed from the summary, says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot
from ui_clock import NOW, fixed_clock
from ui_keyboard import Keyboard
from ui_pdf_text import pdf_text, squeeze

from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.vacancy_files import load_vacancy
from screener.report.record import build_record
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.profiles.my_profile_dialog import MyProfileDialog
from screener.ui.profiles.session import ScreeningSession
from screener.ui.summary import summary_exports
from screener.ui.summary.summary_document import build_summary_document
from screener.ui.wizard.answer_words import answer_words
from screener.ui.wizard.page_plan import Topic
from screener.ui.wizard.wizard import ScreeningWizard

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "slp-example.toml"


def _languages_page(qtbot: QtBot, profile: Profile) -> tuple[ScreeningSession, Any]:
    session = ScreeningSession(load_vacancy(EXAMPLE), profile, fixed_clock)
    wizard = ScreeningWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    while (
        current := wizard.current_question_page()
    ) is None or current.topic is not Topic.LANGUAGES:
        wizard.next()
    page = wizard.current_question_page()
    page.wizard_kept = wizard  # the page lives as long as its wizard
    return session, page


def test_the_slp_is_given_skill_by_skill_with_the_keyboard(qtbot: QtBot) -> None:
    session, page = _languages_page(qtbot, Profile(nationality="BE"))
    quote = page.findChild(PlainTextLabel, "notice-slp-en")
    assert quote is not None and "English - SLP 3333" in quote.text()
    english = page.slp_fields["en"]  # type: ignore[attr-defined]
    names = [field.accessibleName() for field in english.fields]
    assert names == [
        "Listening in English (SLP)",
        "Speaking in English (SLP)",
        "Reading in English (SLP)",
        "Writing in English (SLP)",
    ]
    assert [label.text() for label in english.labels] == [
        "Listening",
        "Speaking",
        "Reading",
        "Writing",
    ]
    kb = Keyboard(qtbot)
    kb.wait_focus(lambda w: w is english.fields[0])  # the page's first input
    for typed in ("3", "3+", "2", "3"):
        kb.type(typed)
        kb.tab()
    assert session.profile.slp == {"en": "33+23"}
    # French: "I have no SLP in this language", by Tab and Space.
    french = page.slp_fields["fr"]  # type: ignore[attr-defined]
    kb.tab_until(lambda w: w is french.none_box)
    kb.space()
    assert session.profile.slp == {"en": "33+23", "fr": "none"}
    assert not any(field.isEnabled() for field in french.fields)


def test_a_page_asking_only_slps_says_so(qtbot: QtBot) -> None:
    """No NATO level is asked here: the page's subtitle speaks of SLPs, not of levels and
    mother tongues (which count for NATO levels only)."""
    _, page = _languages_page(qtbot, Profile(nationality="BE"))
    assert not page.pickers
    assert page.subTitle() == "Give the SLP you hold in each language asked."


def test_a_saved_slp_is_shown_again_and_an_incomplete_one_is_not_kept(qtbot: QtBot) -> None:
    # Both SLPs given: the wizard takes them from the profile; the page shows them if visited.
    session = ScreeningSession(
        load_vacancy(EXAMPLE), Profile(slp={"en": "4+443", "fr": "none"}), fixed_clock
    )
    wizard = ScreeningWizard(session)
    qtbot.addWidget(wizard)
    page: Any = next(p for p in wizard.question_pages if p.topic is Topic.LANGUAGES)
    page.initializePage()
    english = page.slp_fields["en"]  # type: ignore[attr-defined]
    assert [field.currentText() for field in english.fields] == ["4+", "4", "4", "3"]
    french = page.slp_fields["fr"]  # type: ignore[attr-defined]
    assert isinstance(french.none_box, QCheckBox) and french.none_box.isChecked()
    french.none_box.setChecked(False)
    assert "fr" not in session.profile.slp  # four fields left at "—": not given
    english.fields[3].setCurrentIndex(0)
    assert "en" not in session.profile.slp


def test_the_pdf_record_gives_the_slp_reason(qtbot: QtBot, tmp_path: Path) -> None:
    profile = Profile(nationality="BE", slp={"en": "33+23", "fr": "2+2+22"})
    assessment = assess(load_vacancy(EXAMPLE), profile, NOW)
    target = tmp_path / "record.pdf"
    record = build_record(assessment, "en", grade="G15")
    summary_exports.write_pdf(build_summary_document(record), target, "t")
    text = squeeze(pdf_text(target.read_bytes()))
    assert "you hold SLP 33+23; the notice asks for SLP 3333 (Reading 2, asked 3)" in text


def test_my_profile_shows_and_edits_the_slp(qtbot: QtBot) -> None:
    dialog = MyProfileDialog(Profile(languages={"en": "V"}, slp={"en": "3+332", "de": "none"}))
    qtbot.addWidget(dialog)
    editor = dialog.languages
    assert [f.currentText() for f in editor.slp_fields["en"].fields] == ["3+", "3", "3", "2"]
    assert editor.slp_fields["de"].none_box.isChecked()  # German added for its SLP
    assert editor.slp_labels["de"].text() == "STANAG 6001 profile (SLP) in German:"
    french = editor.slp_fields["fr"]
    for field, level in zip(french.fields, ("2", "2+", "2", "1+"), strict=True):
        field.setCurrentIndex(field.findText(level))
    editor.slp_fields["de"].none_box.setChecked(False)
    profile = dialog.profile()
    assert profile.slp == {"en": "3+332", "fr": "22+21+"}
    assert profile.languages == {"en": "V"}  # the NATO level untouched by the SLP


def test_check_your_answers_gives_the_slp_held() -> None:
    vacancy = load_vacancy(EXAMPLE)
    profile = Profile(slp={"en": "33+23", "fr": "none"})
    english, french = (k for k in vacancy.essential + vacancy.desirable if k.id.startswith("slp-"))
    assert answer_words(english, profile, vacancy.reference, "en") == "English SLP 33+23"
    assert answer_words(french, profile, vacancy.reference, "en") == "French no SLP"
    assert answer_words(english, Profile(), vacancy.reference, "en") == "English SLP not given"
