"""`python -m screener`, and the installed `screener` / `screener-gui` commands."""

from __future__ import annotations

import sys

from screener.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
