"""Emoji in notices shared on social media and job apps: bullets and decorations.

A recruiter's post marks its items with emoji ("✔ Bachelor's degree", "➕ French or German")
and decorates its headings ("What you need ✅", "✅ Required:", "Nice to have ➕") and header
facts ("📌 <title>", "⏰ Deadline: ..."). A tick, plus sign or arrow opening a line is a bullet,
unless the line is a heading; a picture opening a line and emoji after its text are
decoration, dropped so the line reads as typed.
"""

from __future__ import annotations

import re

# Pictographs, dingbats and arrows (not the geometric shapes tables mark cells with), with the
# variation selector and skin tones after them.
_EMOJI = "[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_TAIL = "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
_LEADING = re.compile(rf"^(\s*)(?:{_EMOJI}{_TAIL}\s*)+(?=\S)")
_TRAILING = re.compile(rf"(?<=\S)(?:\s*{_EMOJI}{_TAIL})+\s*$")


# Emoji that mark items: ticks, crosses, plus signs, arrows, pointing hands, stars, small
# squares. Pictures ("📌", "⏰", "🏷️", "🔔") only decorate a line: a title, a header fact.
_ITEM_MARK = re.compile(
    "[\u2190-\u21ff\u2705\u2713\u2714\u2611\u2610\u2612\u2795\u2796\u27a1\u2794-\u27bf"
    "\u25aa-\u25ff\u261a-\u261f\u2b05-\u2b07\u2b50\u2728\u274c\u274e\u2747\u2733"
    "\U0001f446-\U0001f449\U0001f538-\U0001f53b]"
)


def emoji_as_marks(line: str) -> str:
    """'✔ A degree' -> '• A degree'; 'What you need ✅' -> 'What you need'; '✅ Required:'
    -> 'Required:' (a heading, not an item); '⏰ Deadline: 21 March' -> 'Deadline: 21 March'."""
    if line.isascii():
        return line
    line = _TRAILING.sub("", line)
    leading = _LEADING.match(line)
    if leading is None:
        return line
    marks = [ch for ch in leading[0] if not ch.isspace()]
    text = line[leading.end() :]
    item = any(_ITEM_MARK.match(ch) for ch in marks)
    if not item or text.rstrip().endswith(":"):
        return leading[1] + text
    return f"{leading[1]}• {text}"
