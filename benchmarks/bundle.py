"""Start-up and peak memory on a real X display (Xvfb): the standalone bundle (`make dist`)
and the installed `screener` command, side by side with a bare PySide6 + pydantic window.

A frozen bundle cannot run benchmarks.first_paint inside it, so every start here is timed
from outside, the same way for all three: from exec to the MapNotify of its main window,
as `xev -root -event substructure` reports it (Xvfb has no window manager: a window is
mapped as soon as it is shown, and painted right after). Runs alternate, so drifts in the
machine's load hit all three. The memory figure is the process's VmHWM 0.5 s after the map,
with the bundled and 1,000 generated vacancies.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.generate import write_vacancies
from benchmarks.results import Figure

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Screener" / ("Screener.exe" if sys.platform == "win32" else "screener")
ENTRY_POINT = Path(sys.executable).parent / "screener"
RUNS = 5
SETTLE_S = 0.5
TIMEOUT_S = 60


class XEvents:
    """`xev` on the root window: the moments at which top-level windows get mapped."""

    def __init__(self, display: str) -> None:
        self._process = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-root", "-event", "substructure"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=dict(os.environ, DISPLAY=display),
        )
        self._maps: list[float] = []
        self._seen = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            if line.startswith("MapNotify"):
                with self._seen:
                    self._maps.append(time.perf_counter())
                    self._seen.notify_all()

    def next_map(self, after: float, timeout: float) -> float | None:
        with self._seen:
            self._seen.wait_for(lambda: any(t > after for t in self._maps), timeout)
            later = [t for t in self._maps if t > after]
            return later[0] if later else None

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)


@contextlib.contextmanager
def x_display() -> Iterator[str]:
    number = next(n for n in range(170, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _peak_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def start(command: list[str], env: dict[str, str], events: XEvents) -> tuple[float, int]:
    """Seconds from exec to the main window's map, and peak KiB SETTLE_S later."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        mapped = events.next_map(began, TIMEOUT_S)
        if mapped is None:
            raise RuntimeError(f"{command[-1]}: no window within {TIMEOUT_S} s")
        time.sleep(SETTLE_S)
        peak = _peak_kib(process.pid) if process.poll() is None else 0
        return mapped - began, peak
    finally:
        process.kill()
        process.wait(timeout=10)


def _environment(display: str, data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_")}
    env.update(
        DISPLAY=display, QT_QPA_PLATFORM="xcb", SCREENER_DATA_DIR=str(data), LANG="en_GB.UTF-8"
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app's bytecode is compiled
    return env


def _bare_command() -> list[str]:
    # The same bare window as the offscreen figure; it stays up so its memory can be read.
    return [sys.executable, "-c", BARE_WINDOW]


BARE_WINDOW = """
import pydantic
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
app.exec()
"""


def run_bundle_figures(profile_misses: bool = True) -> list[Figure]:
    startup = Figure("bundle: exec to mapped window, bundle / bare window (X11)", "x", 1.3)
    memory = Figure("bundle: peak memory, 1,000 vacancies, window open", "MiB", 100.0)
    installed = Figure("installed `screener`: exec to mapped window / bare (X11)", "x", 1.3)
    figures = [startup, memory, installed]
    missing = [tool for tool in ("Xvfb", "xev", "stdbuf") if shutil.which(tool) is None]
    if not sys.platform.startswith("linux") or missing:
        why = f"needs Linux with {', '.join(missing) or 'X'} (apt-get install xvfb x11-utils)"
        return [figure.unavailable(why) for figure in figures]
    if not BUNDLE.exists():
        startup.unavailable("no bundle: run `make dist` first")
        memory.unavailable("no bundle: run `make dist` first")
        figures = [installed, startup, memory]
    commands = {"bare": _bare_command(), "installed": [str(ENTRY_POINT)]}
    if BUNDLE.exists():
        commands["bundle"] = [str(BUNDLE)]
    with tempfile.TemporaryDirectory(prefix="screener-bench-x-") as tmp, x_display() as display:
        events = XEvents(display)
        try:
            # A data folder each, as on a machine with one of them installed: the bundle and
            # the installed command validate vacancies with different code, so in a shared
            # folder each start found the other's cache stale and parsed every file again.
            plain = {name: _environment(display, Path(tmp) / name) for name in commands}
            for name in commands:
                # The data folder exists, as it does after a first use: under --data-dir or
                # SCREENER_DATA_DIR the cache of validated vacancies goes inside it, and a
                # missing folder is never created by reading (every start parsed every file).
                (Path(tmp) / name).mkdir()
            times: dict[str, list[float]] = {name: [] for name in commands}
            for name, command in commands.items():  # warm the file cache, bytecode, cache
                start(command, plain[name], events)
            for _ in range(RUNS):
                for name, command in commands.items():
                    times[name].append(start(command, plain[name], events)[0])
            peaks = {}
            for name, command in commands.items():
                loaded = Path(tmp) / f"{name}-loaded"
                write_vacancies(loaded / "vacancies", 1_000)
                start(command, _environment(display, loaded), events)  # builds the cache
                peaks[name] = start(command, _environment(display, loaded), events)[1] / 1024
        finally:
            events.close()
    bare = statistics.median(times["bare"])
    for figure, name in ((installed, "installed"), (startup, "bundle")):
        if name not in times:
            continue
        median = statistics.median(times[name])
        figure.judge(median / bare)
        figure.details = {
            "runs_s": [round(t, 3) for t in times[name]],
            "bare_runs_s": [round(t, 3) for t in times["bare"]],
        }
        figure.note = (
            f"{median * 1000:.0f} ms vs bare window {bare * 1000:.0f} ms (medians of {RUNS}, "
            f"alternating; bundled catalogue; load average {os.getloadavg()[0]:.1f}); "
            f"peak memory with 1,000 vacancies {peaks[name]:.0f} MiB"
        )
    if "bundle" in peaks:
        memory.judge(peaks["bundle"])
        memory.note = (
            f"VmHWM {SETTLE_S} s after the window is mapped; the installed command: "
            f"{peaks['installed']:.0f} MiB; a bare PySide6 + pydantic window: {peaks['bare']:.0f} MiB"
        )
    return figures
