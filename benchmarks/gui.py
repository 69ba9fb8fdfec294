"""GUI figures, measured in this process on the offscreen platform: search-as-you-type over
1,000 vacancies, switching wizard pages, exporting the summary PDF.

Each timing includes the event processing (layout and paint) that follows the action, so
it is what a user waits for. Pieces of the GUI that do not exist yet are reported as such.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate import write_vacancies
from benchmarks.profiling import profile
from benchmarks.results import Figure
from screener.domain.profile import Profile
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import Catalogue, load_catalogue

NOW = dt.datetime(2025, 1, 15, 10, 0, tzinfo=BRUSSELS)
QUERY = "security operations cyber"


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _settle(app: Any) -> None:
    app.processEvents()
    app.processEvents()


def full_profile(vacancy: Vacancy) -> Profile:
    """Every question of the vacancy answered, so the wizard can move through all pages."""
    answers: dict[str, bool | float] = {}
    for criterion in vacancy.criteria:
        answers[criterion.id] = 12.0 if criterion.kind == "experience" else True
    return Profile(
        nationality="BE",
        education="doctorate",
        languages={"en": "VI", "fr": "VI", "ru": "VI", "de": "VI"},
        mother_tongues=["en"],
        driving_licences=["B", "C", "D"],
        answers={vacancy.reference: answers},
    )


def bench_filter(app: Any, catalogue: Catalogue, profile_misses: bool) -> Figure:
    figure = Figure("filter 1,000-vacancy list, per keystroke (p95)", "ms", 16.0)
    main_window = _module("screener.ui.window.main_window")
    if main_window is None or not hasattr(main_window, "MainWindow"):
        return figure.unavailable("screener.ui.window.main_window.MainWindow does not exist yet")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = main_window.MainWindow(catalogue, clock=lambda: NOW)
    window.resize(1200, 800)
    window.show()
    _settle(app)
    search = getattr(window, "search", None)
    if search is None:
        return figure.unavailable("MainWindow has no `search` box to type into")

    def keystroke(key: Any) -> float:
        start = time.perf_counter()
        QTest.keyClick(search, key)
        _settle(app)
        return (time.perf_counter() - start) * 1000

    def type_and_erase() -> list[float]:
        times = [keystroke(char) for char in QUERY]
        times += [keystroke(Qt.Key.Key_Backspace) for _ in QUERY]
        return times

    type_and_erase()  # warm-up
    times = type_and_erase() + type_and_erase() + type_and_erase()
    figure.judge(_percentile(times, 0.95))
    figure.details = {
        "median_ms": round(statistics.median(times), 2),
        "max_ms": round(max(times), 2),
    }
    figure.note = (
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over "
        f"{len(times)} keystrokes typing and erasing {QUERY!r}"
    )
    if figure.state == "miss" and profile_misses:
        figure.details["profile"] = profile(type_and_erase)
    window.close()
    window.deleteLater()
    _settle(app)
    return figure


def _wizard_for(vacancy: Vacancy) -> Any | None:
    session_module = _module("screener.ui.profiles.session")
    wizard_module = _module("screener.ui.wizard.wizard")
    if session_module is None or wizard_module is None:
        return None
    session = session_module.ScreeningSession(vacancy, full_profile(vacancy), lambda: NOW)
    wizard = wizard_module.ScreeningWizard(session)
    wizard.session_ref = session  # keep the session alive as long as the wizard
    return wizard


def bench_wizard(app: Any, vacancy: Vacancy, profile_misses: bool) -> Figure:
    figure = Figure("switch wizard page (p95)", "ms", 16.0)
    wizard = _wizard_for(vacancy)
    if wizard is None:
        return figure.unavailable("screener.ui.wizard.wizard.ScreeningWizard does not exist yet")
    wizard.show()
    _settle(app)

    def step(move: Callable[[], None]) -> float:
        start = time.perf_counter()
        move()
        _settle(app)
        return (time.perf_counter() - start) * 1000

    def there_and_back() -> list[float]:
        times = []
        while True:
            before = wizard.currentId()
            elapsed = step(wizard.next)
            if wizard.currentId() == before:
                break
            times.append(elapsed)
        while True:
            before = wizard.currentId()
            elapsed = step(wizard.back)
            if wizard.currentId() == before:
                break
            times.append(elapsed)
        return times

    first = there_and_back()  # the first visit builds each page's widgets
    if not first:
        return figure.failed("the wizard did not move past its first page")
    times = there_and_back() + there_and_back() + there_and_back()
    figure.judge(_percentile(times, 0.95))
    figure.details = {
        "pages": len(first) // 2 + 1,
        "first_pass_ms": [round(t, 2) for t in first],
        "median_ms": round(statistics.median(times), 2),
    }
    figure.note = (
        f"{vacancy.reference}: {len(first) // 2 + 1} pages, median {statistics.median(times):.1f} ms, "
        f"first visit max {max(first):.1f} ms (next/back, all questions answered)"
    )
    if figure.state == "miss" and profile_misses:
        figure.details["profile"] = profile(there_and_back)
    wizard.close()
    wizard.deleteLater()
    _settle(app)
    return figure


def bench_pdf(app: Any, vacancy: Vacancy, profile_misses: bool) -> Figure:
    figure = Figure("export the summary PDF", "ms", 200.0)
    exports = _module("screener.ui.summary.summary_exports")
    view_module = _module("screener.ui.summary.summary_view")
    if exports is None or view_module is None or not hasattr(exports, "write_pdf"):
        return figure.unavailable(
            "screener.ui.summary.summary_exports.write_pdf does not exist yet"
        )
    from screener.domain.engine import assess

    view = view_module.SummaryView()
    view.resize(1000, 650)
    view.show_assessment(assess(vacancy, full_profile(vacancy), NOW), str(vacancy.grade))
    view.show()
    _settle(app)
    with tempfile.TemporaryDirectory(prefix="screener-bench-pdf-") as tmp:
        target = Path(tmp) / "summary.pdf"

        def export() -> None:
            # What SummaryView.export_pdf does once the save dialog has answered.
            exports.write_pdf(view.document(), target, f"Summary {vacancy.reference}")

        export()
        times = []
        for _ in range(7):
            start = time.perf_counter()
            export()
            times.append((time.perf_counter() - start) * 1000)
        size = target.stat().st_size
        if figure.judge(statistics.median(times)).state == "miss" and profile_misses:
            figure.details["profile"] = profile(export)
    figure.details.update(runs_ms=[round(t, 1) for t in times], pdf_bytes=size)
    figure.note = f"{vacancy.reference}, {len(vacancy.criteria)} criteria, {size:,} bytes"
    view.close()
    view.deleteLater()
    _settle(app)
    return figure


def run_gui_figures(profile_misses: bool = True) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    names = ("filter 1,000-vacancy list", "switch wizard page", "export the summary PDF")
    if _module("PySide6.QtWidgets") is None:
        return [Figure(name, "ms", None).unavailable("PySide6 is not installed") for name in names]
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quieter(_kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform says this on every top-level window; it is not news.
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quieter)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="screener-bench-gui-") as tmp:
        os.environ["SCREENER_DATA_DIR"] = str(Path(tmp) / "data")
        user = Path(tmp) / "data" / "vacancies"
        write_vacancies(user, 995)  # with the 5 bundled ones: 1,000 rows
        from screener.paths import bundled_vacancies_dir

        catalogue = load_catalogue(bundled_vacancies_dir(), user)
        busiest = max(
            (loaded.vacancy for loaded in catalogue.vacancies if loaded.bundled),
            key=lambda v: len(v.criteria),
        )
        return [
            bench_filter(app, catalogue, profile_misses),
            bench_wizard(app, busiest, profile_misses),
            bench_pdf(app, busiest, profile_misses),
        ]
