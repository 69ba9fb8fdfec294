"""A guard against a PySide6 6.12 bug that aborts Python 3.11 after a few thousand Qt calls.

With PySide6 6.12.0 on Python 3.11, every call of a Qt method that returns nothing
(label.setText(...), widget.setVisible(...), super().changeEvent(...)) drops one reference
to None without having taken it. From Python 3.12 None is immortal and nothing happens; on
3.11 None's count falls by one per call, and Python aborts with "none_dealloc: deallocating
None" when it reaches zero: after some 17,000 calls in a fresh app, i.e. a few screenings or
a dozen language switches. Until PySide is fixed, give None more references than any
session can drop, which is what Python 3.12 does for it anyway.
"""

from __future__ import annotations

import ctypes
import sys

# About 10**12: at a million Qt calls a second, more than ten days of nonstop calls.
_HEADROOM = 1 << 40


def keep_none_alive() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every CPython object, and id() is its address.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _HEADROOM:
        refcount.value += _HEADROOM
