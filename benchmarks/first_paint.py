"""Driver run in a fresh process by the start-up and memory benchmarks.

    python -m benchmarks.first_paint app    # `screener` with no arguments: its entry point
    python -m benchmarks.first_paint bare   # a bare PySide6 window that imports pydantic
    python -m benchmarks.first_paint widgets  # that window with the first screen's kinds of
                                              # widgets and text, no Screener code (widget_floor)

Either way the process exits at the main window's first paint event, printing one JSON
line: seconds since the interpreter started, the CPU seconds it used (user + system), and
the peak resident memory so far.
BENCH_SETTLE_MS keeps the window open that many milliseconds after the first paint (so
the memory figure includes what the catalogue view builds lazily) before exiting.

Exit status 3 means the GUI to measure does not exist yet.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import sys
import time

NOT_AVAILABLE = 3


def _peak_rss_kib() -> int:
    # VmHWM first: on Linux, ru_maxrss keeps the high-water mark of the process image that
    # exec replaced, so a child of a big benchmark process would report the parent's peak.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def _report_and_exit(mode: str) -> None:
    times = os.times()
    line = {
        "mode": mode,
        "process_s": _process_seconds(),
        "cpu_s": times.user + times.system,
        "peak_rss_kib": _peak_rss_kib(),
    }
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
    os._exit(0)  # no teardown: the figure is the time to the first paint


def _process_seconds() -> float:
    # Seconds since this process started, from the kernel's own start time (Linux).
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:
            return float(uptime.read().split()[0]) - started
    except (OSError, ValueError, IndexError):
        return time.process_time()


def main(mode: str) -> int:
    if mode == "app" and importlib.util.find_spec("screener.ui.app") is None:
        return NOT_AVAILABLE
    if mode == "app":
        # What the `screener` command runs first (its environment settings, the CLI module).
        import screener.__main__  # noqa: F401
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    settle_ms = int(os.environ.get("BENCH_SETTLE_MS", "0"))
    seen = False

    def first_paint(event: QEvent) -> None:
        nonlocal seen
        if seen or event.type() != QEvent.Type.Paint:
            return
        seen = True
        if settle_ms:
            QTimer.singleShot(settle_ms, lambda: _report_and_exit(mode))
        else:
            _report_and_exit(mode)

    # The first paint is seen in the main window's own event(), not by an event filter on
    # the application: such a filter sends every event of every object through Python, and
    # wrapping the objects it is shown (a table's viewport, scroll bars, header sections)
    # makes PySide6 build the Python enums of dozens of widget classes, which a real start
    # never does: it cost the app ~40 ms and the empty bare window nothing.
    if mode in ("bare", "widgets"):
        import pydantic  # noqa: F401 - the baseline pays for the same validation library

        class BareWindow(QMainWindow):
            def event(self, event: QEvent) -> bool:
                handled = super().event(event)
                first_paint(event)
                return handled

        window = BareWindow()
        window.setWindowTitle("bare")
        if mode == "widgets":
            from benchmarks.widget_floor import build_window

            build_window(window)
        window.resize(1200, 800)
        window.show()
        return app.exec()
    from screener.__main__ import main as screener_main
    from screener.ui.window import main_window

    app_event = main_window.MainWindow.event

    def watched_event(self: QMainWindow, event: QEvent) -> bool:
        handled = app_event(self, event)
        first_paint(event)
        return handled

    main_window.MainWindow.event = watched_event  # type: ignore[method-assign]
    # The function the installed `screener` command calls, with no arguments: the desktop
    # app's whole start-up path (it reuses this QApplication).
    return screener_main([])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "app"))
