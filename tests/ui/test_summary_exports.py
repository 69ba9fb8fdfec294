"""The summary's ways out: PDF, HTML, JSON, print, clipboard, each naming whose screening it
is; file dialogs stubbed."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from pytestqt.qtbot import QtBot
from ui_clock import NOW
from ui_pdf_text import pdf_text, squeeze

from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.scales import EducationLevel, LanguageLevel
from screener.domain.vacancy import Vacancy
from screener.persistence.settings import load_settings
from screener.report.record import SectionKey, build_record
from screener.report.text_report import render_record_text
from screener.ui.summary import summary_exports
from screener.ui.summary.summary_document import build_summary_document
from screener.ui.summary.summary_view import SummaryView

ELIGIBLE_250939 = Profile(
    nationality="BE",
    education=EducationLevel.HIGHER_SECONDARY,
    languages={"en": LanguageLevel.V, "fr": LanguageLevel.I},
    driving_licences=["B"],
    answers={
        "250939": {
            "experience": 6.0,
            "firearms": True,
            "fitness": True,
            "availability": True,
            "cctv-ids-fire": True,
            "first-aid-self-defence": True,
            "writing": True,
            "d-close-protection": True,
        }
    },
)


@pytest.fixture
def view(qtbot: QtBot, vacancy: Callable[[str], Vacancy]) -> SummaryView:
    widget = SummaryView()
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    assessment = assess(vacancy("250939"), ELIGIBLE_250939, NOW)
    widget.show_assessment(assessment, "G6", profile_name="Ana Pérez")
    widget.show()
    return widget


SUGGESTED = "screening-250939-Ana-Pérez-2025-07-20."


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], Path]:
    """Answer the next save dialog with tmp_path/name."""

    def answer(name: str) -> Path:
        target = tmp_path / name

        def ask(parent: object, caption: str, suggested: str, file_filter: str) -> str:
            assert suggested.startswith(SUGGESTED)
            return str(target)

        monkeypatch.setattr(summary_exports, "ask_save_path", ask)
        return target

    return answer


def _more(qtbot: QtBot, view: SummaryView, key: str) -> None:
    """Open the More menu by keyboard and pick one of its entries by its mnemonic."""
    menu = view.menu
    view.buttons["more"].setFocus()
    mnemonic = {"html": Qt.Key.Key_H, "json": Qt.Key.Key_J, "preview": Qt.Key.Key_V}[key]

    def pick() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, mnemonic)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, pick)
    qtbot.keyClick(view.buttons["more"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_summary_shows_the_record(view: SummaryView) -> None:
    assert view.verdict_label.text() == (
        "✔ Eligible: you meet every essential requirement, and applications close in 7 days, "
        "on 27\u00a0July\u00a02025 (Brussels time)."
    )
    assert [row.result.id for row in view.rows][:3] == ["nationality", "education", "experience"]
    assert all(row.result.essential for row in view.rows[:11])
    assert not any(row.result.essential for row in view.rows[11:])
    texts = [label.text() for label in view.findChildren(type(view.title_label))]
    assert "Profile: Ana Pérez" in "\n".join(texts)
    assert "1 of 12 desirable qualifications met" in texts
    assert any("national security clearance" in text for text in texts)
    assert any("never asks candidates for money" in text for text in texts)


def test_pdf_export_is_a_real_pdf_with_the_record_in_it(
    qtbot: QtBot, view: SummaryView, save_to: Callable[[str], Path]
) -> None:
    target = save_to("record.pdf")
    qtbot.mouseClick(view.buttons["pdf"], Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 1024
    pages = int(data.split(b"/Type /Pages")[1].split(b"/Count ")[1].split()[0])
    assert 1 <= pages <= 2
    # Real text checks: the page streams inflated and mapped back through the fonts' CMaps.
    text = squeeze(pdf_text(data))
    assert "Close Protection Operations Centre Agent" in text
    assert "Reference 250939 · Grade G6" in text
    assert "Profile: Ana Pérez" in text
    assert "Screening date: 20 July 2025" in text
    assert "✔ Eligible: you meet every essential requirement, and applications close in 7" in text
    for row in view.rows:
        assert squeeze(row.result.text.get("en"))[:40] in text
    assert text.count("✔ Met") == 12  # 11 essentials and 1 desirable
    assert "never asks candidates for money" in text
    assert view.message.text() == f"Saved to {target}"


def test_pdf_of_markup_prints_it_literally(
    view: SummaryView, vacancy: Callable[[str], Vacancy], save_to: Callable[[str], Path]
) -> None:
    base = vacancy("250939")
    tricky = base.model_copy(
        update={"title": base.title.model_copy(update={"en": "<b>Agent</b> <img src=x>"})}
    )
    view.show_assessment(assess(tricky, ELIGIBLE_250939, NOW), "G6", profile_name="Ana Pérez")
    target = save_to("tricky.pdf")
    view.export_pdf()
    assert "<b>Agent</b> <img src=x>" in squeeze(pdf_text(target.read_bytes()))


def test_html_and_json_exports_from_the_more_menu(
    qtbot: QtBot, view: SummaryView, save_to: Callable[[str], Path]
) -> None:
    html = save_to("record.html")
    _more(qtbot, view, "html")
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "Close Protection Operations Centre Agent" in page
    assert "<p>Profile: Ana Pérez</p>" in page and "Screening date: 20 July 2025" in page

    data = save_to("record")  # no suffix typed: the right one is added
    _more(qtbot, view, "json")
    saved = json.loads(data.with_suffix(".json").read_text(encoding="utf-8"))
    assert saved["reference"] == "250939"
    assert saved["verdict"] == "eligible"
    assert saved["profile_name"] == "Ana Pérez" and saved["on"] == "2025-07-20"


def test_the_save_dialog_suggests_a_name_and_remembers_the_folder(
    view: SummaryView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    starts: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def dialog(parent: object, caption: str, start: str, file_filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(folder / "mine.pdf"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    view.buttons["pdf"].click()
    view.buttons["pdf"].click()
    assert Path(starts[0]).name == SUGGESTED + "pdf"
    assert starts[1] == str(folder / (SUGGESTED + "pdf"))
    assert load_settings().last_folder == str(folder)  # kept for the next session
    unnamed = SummaryView()
    unnamed.show_assessment(view.assessment, "G6")  # type: ignore[arg-type]
    unnamed.buttons["pdf"].click()
    assert starts[2] == str(folder / "screening-250939-2025-07-20.pdf")


def test_cancelled_dialog_writes_nothing(
    view: SummaryView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: "")
    view.buttons["pdf"].click()
    assert list(tmp_path.iterdir()) == []
    assert view.message.text() == ""


def test_a_name_typed_without_pdf_does_not_replace_a_pdf_unasked(
    qtbot: QtBot, view: SummaryView, save_to: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog asked about "report" only: "report.pdf", already there, is asked about
    before it is replaced, and kept when the user says no; a new name is simply written."""
    from screener.ui.profiles import profile_prompts

    earlier = save_to("report").with_suffix(".pdf")
    earlier.write_bytes(b"an earlier screening")
    asked: list[str] = []

    def answer(replace: bool) -> Callable[..., bool]:
        def confirm(parent: object, title: str, text: str, action: str) -> bool:
            asked.append(text)
            return replace

        return confirm

    monkeypatch.setattr(profile_prompts, "confirm", answer(False))
    view.buttons["pdf"].click()
    assert asked and "report.pdf already exists" in asked[0]
    assert earlier.read_bytes() == b"an earlier screening"

    monkeypatch.setattr(profile_prompts, "confirm", answer(True))
    view.buttons["pdf"].click()
    qtbot.waitUntil(lambda: earlier.read_bytes().startswith(b"%PDF"))

    asked.clear()
    fresh = save_to("another")
    view.buttons["pdf"].click()
    qtbot.waitUntil(lambda: fresh.with_suffix(".pdf").exists())
    assert not asked


def test_a_failed_save_is_reported(
    view: SummaryView, monkeypatch: pytest.MonkeyPatch, save_to: Callable[[str], Path]
) -> None:
    save_to("missing-folder/record.html")
    problems: list[str] = []
    monkeypatch.setattr(
        summary_exports, "show_problem", lambda parent, title, text: problems.append(text)
    )
    view.export_html()
    assert len(problems) == 1
    assert problems[0].startswith("Could not save ")
    assert view.message.text() == problems[0]


def test_copy_as_text_uses_the_text_report(view: SummaryView) -> None:
    view.buttons["copy"].click()
    copied = QGuiApplication.clipboard().text()
    record = build_record(view.assessment, "en", profile_name="Ana Pérez", grade="G6")  # type: ignore[arg-type]
    assert copied == render_record_text(record)
    assert "Profile: Ana Pérez\nScreening date: 20 July 2025" in copied
    assert view.message.text() == "The summary is on the clipboard."


def test_print_and_preview_get_the_record(
    qtbot: QtBot, view: SummaryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[str] = []

    def fake_print(parent: object, document: QTextDocument) -> bool:
        printed.append(document.toPlainText())
        return True

    monkeypatch.setattr(summary_exports, "run_print_dialog", fake_print)
    monkeypatch.setattr(summary_exports, "run_print_preview", fake_print)
    view.buttons["print"].click()
    _more(qtbot, view, "preview")
    assert len(printed) == 2
    assert "✔ Eligible: you meet every essential requirement" in printed[0]
    assert printed[0] == printed[1]


@pytest.mark.parametrize("reference", ["241436", "241600", "250411", "250717", "250939"])
def test_every_bundled_record_fits_on_two_pages(
    qtbot: QtBot, vacancy: Callable[[str], Vacancy], reference: str, tmp_path: Path
) -> None:
    # Few answers make the longest explanations ("... not given yet; the notice asks ...").
    profile = Profile(nationality="BE", education=EducationLevel.BACHELOR)
    assessment = assess(vacancy(reference), profile, NOW)
    target = tmp_path / "record.pdf"
    record = build_record(assessment, "en", grade=str(vacancy(reference).grade))
    summary_exports.write_pdf(build_summary_document(record), target, "t")
    data = target.read_bytes()
    pages = int(data.split(b"/Type /Pages")[1].split(b"/Count ")[1].split()[0])
    assert pages <= 2
    assert f"Reference {reference}" in squeeze(pdf_text(data))


def test_the_page_the_pdf_and_the_clipboard_show_the_records_sections_in_order(
    view: SummaryView,
) -> None:
    record = view.record
    assert record is not None
    titles = [section.title for section in record.sections]
    assert view.section_keys() == [section.key for section in record.sections]
    shown = [
        view.met_group.toggle.text() if key is SectionKey.MET else widget.accessibleName()
        for key, widget in view.sections
    ]  # fmt: skip
    assert shown == titles
    for text in (view.document().toPlainText(), summary_exports.plain_text(record)):
        positions = [text.find(title) for title in titles]
        assert -1 not in positions and positions == sorted(positions)
