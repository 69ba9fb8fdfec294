"""Start-up does only what the first screen shows: the commands' modules (batch,
import), the wizard, the overview and the exports are loaded when first used."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from packaging_support import REPO, clean_environment, run

# What the `screener` command runs with no arguments, up to the first processed events.
START = """
import json, sys
from screener.__main__ import main
import screener.ui.app as app
app.exec_event_loop = lambda qt_app: (qt_app.processEvents(), 0)[1]
code = main([])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NOT_AT_START = (
    "screener.batch",
    "screener.cli.batch_command",
    "screener.cli.import_command",
    "screener.importer",
    "screener.report.html_report",
    "screener.ui.catalogue.overview_model",
    "screener.ui.catalogue.overview_view",
    "screener.ui.wizard.wizard",
    "screener.ui.summary.summary_exports",
    "screener.ui.adviser.batch_dialog",
    "screener.ui.importing.import_review_dialog",
    "screener.ui.window.about_dialog",
    "screener.ui.window.shortcuts_dialog",
)


def test_the_desktop_app_starts_without_loading_what_the_first_screen_does_not_show(
    tmp_path: Path,
) -> None:
    env = clean_environment(tmp_path / "data", PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    started = run([sys.executable, "-c", START], tmp_path, env)
    assert started.code == 0, started.err
    report = json.loads(started.out.strip().splitlines()[-1])
    assert report["code"] == 0
    loaded = set(report["modules"])
    assert "screener.ui.window.main_window" in loaded  # it did start the window
    assert sorted(loaded.intersection(NOT_AT_START)) == []
