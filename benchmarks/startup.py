"""Start-up and memory figures, each from fresh processes running benchmarks.first_paint."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.first_paint import NOT_AVAILABLE
from benchmarks.generate import write_vacancies
from benchmarks.results import Figure

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
# The app, the bare window the target compares it with, and the floor between them: the bare
# window with the first screen's kinds of widgets and text, no Screener code (widget_floor.py).
MODES = ("bare", "widgets", "app")
TIMEOUT_S = 120


class NotAvailableError(Exception):
    pass


def _environment(data_dir: Path, settle_ms: int = 0) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SCREENER_DATA_DIR=str(data_dir),
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
        BENCH_SETTLE_MS=str(settle_ms),
        LANG="en_GB.UTF-8",
        # Compiled bytecode is kept, as in an installed app (pip compiles it) or a checkout
        # run twice; in a folder of its own, so the benchmark leaves no __pycache__ behind.
        # Without it (PYTHONDONTWRITEBYTECODE set), every start compiled all of Screener's
        # sources again, ~50 ms the bare window (whose libraries are compiled) never pays.
        PYTHONPYCACHEPREFIX=str(_PYCACHE),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


_PYCACHE = Path(tempfile.gettempdir()) / "screener-bench-pycache"


def first_paint(mode: str, env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Wall seconds from launching the process to its exit at the first paint."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint", mode],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=TIMEOUT_S,
    )
    elapsed = time.perf_counter() - start
    if done.returncode == NOT_AVAILABLE:
        raise NotAvailableError("screener.ui.app does not exist yet")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"{mode} start-up failed (exit {done.returncode}): {last}")
    return elapsed, json.loads(done.stdout.strip().splitlines()[-1])


def bench_startup() -> Figure:
    figure = Figure("cold start to first paint, app / bare PySide6", "x", 1.3)
    with tempfile.TemporaryDirectory(prefix="screener-bench-start-") as tmp:
        env = _environment(Path(tmp))
        wall: dict[str, list[float]] = {mode: [] for mode in MODES}
        cpu: dict[str, list[float]] = {mode: [] for mode in MODES}
        try:
            for mode in MODES:  # warm the OS file cache for all three
                first_paint(mode, env)
            for _ in range(RUNS):  # interleaved, so drifts in machine load hit all three
                for mode in MODES:
                    elapsed, line = first_paint(mode, env)
                    wall[mode].append(elapsed)
                    cpu[mode].append(line["cpu_s"])
        except NotAvailableError as exc:
            return figure.unavailable(str(exc))
    _report(figure, wall, cpu)
    return figure


def _report(figure: Figure, wall: dict[str, list[float]], cpu: dict[str, list[float]]) -> None:
    median = {mode: statistics.median(wall[mode]) for mode in MODES}
    cpu_median = {mode: statistics.median(cpu[mode]) for mode in MODES}
    app, bare, floor = median["app"], median["bare"], median["widgets"]
    figure.judge(app / bare)
    figure.details = {
        "app_s": [round(t, 3) for t in wall["app"]],
        "bare_s": [round(t, 3) for t in wall["bare"]],
        "widgets_s": [round(t, 3) for t in wall["widgets"]],
        "app_median_s": round(app, 3),
        "bare_median_s": round(bare, 3),
        # The same kinds of widgets and text with no Screener code (benchmarks/widget_floor.py):
        # the floor under the app's ratio; app / widgets is what Screener's own start adds.
        "widgets_median_s": round(floor, 3),
        "widgets_ratio": round(floor / bare, 2),
        "app_over_widgets": round(app / floor, 2),
        # CPU time is what a busy machine distorts least: the ratio to check wall times by.
        "app_cpu_median_s": round(cpu_median["app"], 3),
        "bare_cpu_median_s": round(cpu_median["bare"], 3),
        "widgets_cpu_median_s": round(cpu_median["widgets"], 3),
        "cpu_ratio": round(cpu_median["app"] / cpu_median["bare"], 2),
        "load_average": _load_average(),
    }
    figure.note = (
        f"app {app * 1000:.0f} ms, bare PySide6 + pydantic window {bare * 1000:.0f} ms "
        f"(medians of {RUNS}; bundled catalogue; from screener.__main__:main, the installed "
        f"command's entry point); CPU {cpu_median['app'] * 1000:.0f} vs "
        f"{cpu_median['bare'] * 1000:.0f} ms = {cpu_median['app'] / cpu_median['bare']:.2f}x; "
        f"the same kinds of widgets and text with no Screener code: {floor * 1000:.0f} ms = "
        f"{floor / bare:.2f}x (the floor), app / that window {app / floor:.2f}x; "
        f"load average {_load_average()}"
    )


def _load_average() -> str:
    """The 1-minute load average: the figures mean little on a busy machine."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "unknown"


def import_profile() -> list[dict[str, Any]]:
    """Where the app's start-up goes: `python -X importtime` of the GUI modules, largest first."""
    code = "import screener.ui.app, screener.ui.window.main_window"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=_environment(Path(tempfile.gettempdir())),
        cwd=ROOT,
        timeout=TIMEOUT_S,
    )
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[0].strip().startswith("import time:"):
            continue
        try:
            own = int(parts[0].split(":")[1])
            cumulative = int(parts[1])
        except ValueError:
            continue
        rows.append({"module": parts[2].strip(), "own_ms": own / 1000, "cum_ms": cumulative / 1000})
    rows.sort(key=lambda row: row["own_ms"], reverse=True)
    return rows[:15]


def bench_memory() -> list[Figure]:
    figure = Figure("peak memory, 1,000 vacancies loaded, window open", "MiB", 100.0)
    start = Figure("cold start to first paint, 1,000 vacancies", "s", None)
    with tempfile.TemporaryDirectory(prefix="screener-bench-mem-") as tmp:
        write_vacancies(Path(tmp) / "vacancies", 1_000)
        try:
            first_paint("app", _environment(Path(tmp)))  # warm the file cache
            times = [first_paint("app", _environment(Path(tmp)))[0] for _ in range(3)]
            _, line = first_paint("app", _environment(Path(tmp), settle_ms=500))
            _, bare = first_paint("bare", _environment(Path(tmp), settle_ms=500))
        except NotAvailableError as exc:
            return [figure.unavailable(str(exc)), start.unavailable(str(exc))]
    start.judge(statistics.median(times))
    start.details = {"runs_s": [round(t, 3) for t in times]}
    start.note = "bundled + 1,000 generated vacancies in the user folder (median of 3)"
    figure.judge(line["peak_rss_kib"] / 1024)
    figure.details = {"bare_window_mib": round(bare["peak_rss_kib"] / 1024, 1)}
    figure.note = (
        f"peak resident memory (VmHWM) of the app process (bundled + 1,000 generated vacancies, 0.5 s after "
        f"the first paint); a bare PySide6 + pydantic window: {bare['peak_rss_kib'] / 1024:.0f} MiB"
    )
    return [figure, start]


def run_startup(profile_misses: bool = True) -> list[Figure]:
    figure = bench_startup()
    if figure.state == "miss" and profile_misses:
        figure.details["import_profile"] = import_profile()
    return [figure]


def run_memory(profile_misses: bool = True) -> list[Figure]:
    return bench_memory()
