"""`python -m screener`, and the installed `screener` / `screener-gui` commands."""

from __future__ import annotations

import os
import sys

# Before pydantic is imported: Screener uses no pydantic plugins, and looking for them
# reads every installed package's metadata at start-up. Set it to "" to look all the same.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from screener.cli.entry import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
