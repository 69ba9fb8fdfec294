"""The divider between the vacancy list and the details, moved from the keyboard.

A splitter's handle takes no keyboard focus: with large text or a narrow window the list's
titles were cut ("Administratrice/Administrateur (opérations…") and only a mouse could give
the list more room. View > Widen the list / Widen the details move the divider by a tenth of
the window's width each time, as far as the other side's least width allows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

# How far one step moves the divider: a tenth of both panes together.
STEP_SHARE = 0.1


def widen(splitter: QSplitter, pane: int) -> bool:
    """Give `pane` (0: the list, 1: the details) a step more of the width; False when the
    other pane is already as narrow as it can be."""
    sizes = splitter.sizes()
    if len(sizes) != 2 or pane not in (0, 1):
        return False
    other = 1 - pane
    other_widget = splitter.widget(other)
    least = other_widget.minimumSizeHint().width() if other_widget is not None else 0
    step = min(int(sum(sizes) * STEP_SHARE), sizes[other] - least)
    if step <= 0:
        return False
    sizes[pane] += step
    sizes[other] -= step
    splitter.setSizes(sizes)
    return True
