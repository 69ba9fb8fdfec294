"""Start-up builds only what the first screen shows: the overview tab when first shown (with
the answers given so far), the search texts in idle moments after the window is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_steps import Steps

from screener import paths
from screener.persistence.vacancy_catalogue import load_catalogue
from screener.ui.catalogue.overview_model import OverviewModel as M
from screener.ui.window.main_window import MainWindow


def test_the_overview_shown_for_the_first_time_has_the_answers_given_before(
    qtbot: QtBot, window: MainWindow
) -> None:
    features = window.profiles
    assert features.overview_page.layout().count() == 0  # nothing assessed at start-up
    steps = Steps(qtbot, window)
    steps.open("250939")
    steps.nationality("Russia")  # not a NATO member
    steps.wizard.close()
    qtbot.waitUntil(lambda: window.wizard is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &All at a glance
    overview = features.overview
    qtbot.waitUntil(overview.isVisible)
    assert QApplication.focusWidget() is overview.find_edit  # keyboard users carry on there
    verdicts = {
        overview.proxy.index(row, M.COL_REFERENCE).data(): overview.proxy.index(
            row, M.COL_VERDICT
        ).data()
        for row in range(overview.proxy.rowCount())
    }
    assert len(verdicts) == 5
    assert verdicts["250939"] == "✘ Not eligible"
    assert verdicts["250717"] == "✘ Not eligible"

    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # back to &Vacancies
    qtbot.waitUntil(lambda: not overview.isVisible())
    assert features.overview_page.layout().count() == 1  # built once, kept


def test_search_texts_are_folded_after_the_window_is_up_and_a_search_before_that_works(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    model = window.model
    qtbot.waitUntil(lambda: all(model._haystacks[row] is not None for row in range(5)))

    # A new catalogue: nothing folded until the event loop runs, yet a search finds rows.
    model.set_catalogue(load_catalogue(paths.bundled_vacancies_dir(), None))
    assert all(text is None for text in model._haystacks)
    qtbot.keyClicks(window.search, "protection")
    shown = [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]
    assert shown == ["250939"]
    qtbot.waitUntil(lambda: None not in model._haystacks)


_FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            loaded = sorted(m for m in sys.modules if m.startswith(("pydantic", "screener.domain.")))
            print(watched.windowTitle() + "|" + " ".join(loaded), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
from screener.__main__ import main
main([])
"""


def _first_screen(data_dir: Path) -> tuple[str, list[str]]:
    """The window title at the first paint of `screener` (no arguments), and the pydantic and
    domain modules loaded by then."""
    env = dict(os.environ, SCREENER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    title, _, modules = done.stdout.strip().splitlines()[-1].partition("|")
    return title, modules.split()


def test_the_first_screen_loads_no_model_and_names_the_last_profile(tmp_path: Path) -> None:
    """The first screen (the catalogue, the selected vacancy's details, the last profile's name)
    comes from the cache of validated vacancies and the profile file read as plain JSON: no
    pydantic model is loaded before it is painted."""
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "ana.json").write_text(
        json.dumps({"format": 1, "name": "Ana Pereira"}), "utf-8"
    )
    (tmp_path / "settings.json").write_text(json.dumps({"last_profile": "ana"}), "utf-8")
    _first_screen(tmp_path)  # the first start fills the cache (parsing needs the models)
    title, modules = _first_screen(tmp_path)
    assert title.startswith("Ana Pereira — ")
    loaded = {name.split(".")[0] for name in modules}
    assert "pydantic" not in loaded, modules
    assert not {"screener.domain.vacancy", "screener.domain.profile"} & set(modules)
