"""Emoji in notices shared on social media and job apps: bullets and decorations.

A recruiter's post marks its items with emoji ("✔ Bachelor's degree", "➕ French or German")
and decorates its headings ("What you need ✅", "Nice to have ➕"). An emoji opening a line is
a bullet; emoji after a line's text are decoration, dropped so the heading reads as typed.
"""

from __future__ import annotations

import re

# Pictographs, dingbats and arrows (not the geometric shapes tables mark cells with), with the
# variation selector and skin tones after them.
_EMOJI = "[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_TAIL = "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
_LEADING = re.compile(rf"^(\s*)(?:{_EMOJI}{_TAIL}\s*)+(?=\S)")
_TRAILING = re.compile(rf"(?<=\S)(?:\s*{_EMOJI}{_TAIL})+\s*$")


def emoji_as_marks(line: str) -> str:
    """'✔ A degree' -> '• A degree'; 'What you need ✅' -> 'What you need'."""
    if line.isascii():
        return line
    line = _TRAILING.sub("", line)
    return _LEADING.sub(r"\1• ", line)
