"""The frozen app's entry point (PyInstaller runs this script; `screener` in a checkout or
wheel runs screener.__main__:main the same way)."""

from __future__ import annotations

import os
import sys


def _streams_for_windowed_start() -> None:
    # A windowed Windows executable has no console: sys.stdout and sys.stderr are None, and
    # the first warning written to them would raise. They go nowhere instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _streams_for_windowed_start()
    from screener.__main__ import main

    sys.exit(main())
