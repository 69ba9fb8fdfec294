"""The widgets. Importing this package first protects Python from a PySide6 bug that would
otherwise abort it after a few thousand Qt calls (see none_refcount.py)."""

from screener.ui.none_refcount import keep_none_alive

keep_none_alive()
