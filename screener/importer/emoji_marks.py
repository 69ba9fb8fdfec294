"""Emoji in notices shared on social media and job apps: bullets and decorations.

A recruiter's post marks its items with emoji ("✔ Bachelor's degree", "➕ French or German",
"🎓 Master's degree" / "💼 5 years of experience") and decorates its headings ("What you need
✅", "✅ Required:", "Nice to have ➕") and header facts ("📌 <title>", "⏰ Deadline: ...").
A tick, plus sign or arrow opening a line is a bullet; so is a picture opening a line among
others like it or under a heading, while a picture alone among the header's lines decorates
it. A heading, a header fact or a banner in capitals is never an item. Emoji after a line's
text are decoration, dropped so the line reads as typed.
"""

from __future__ import annotations

import re

# Pictographs, dingbats and arrows (not the geometric shapes tables mark cells with), with the
# variation selector and skin tones after them.
_EMOJI = "[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_TAIL = "[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
_LEADING = re.compile(rf"^(\s*)(?:{_EMOJI}{_TAIL}\s*)+(?=\S)")
_TRAILING = re.compile(rf"(?<=\S)(?:\s*{_EMOJI}{_TAIL})+\s*$")

# Emoji that mark items whatever is around them: ticks, crosses, plus signs, arrows, pointing
# hands, stars, small squares.
_ITEM_MARK = re.compile(
    "[\u2190-\u21ff\u2705\u2713\u2714\u2611\u2610\u2612\u2795\u2796\u27a1\u2794-\u27bf"
    "\u25aa-\u25ff\u261a-\u261f\u2b05-\u2b07\u2b50\u2728\u274c\u274e\u2747\u2733"
    "\U0001f446-\U0001f449\U0001f538-\U0001f53b]"
)
# "⏰ Deadline: 21 March 2027", "🏷️ Grade: G15 | Ref: ...": a header fact, never an item.
_HEADER_FACT = re.compile(
    r"^(?:deadline|closing|closes|apply by|grade|ref(?:erence)?|location|salary|clearance"
    r"|security clearance|contract|posted|vacancy|job id|date limite|lieu)\b[^:]{0,20}:",
    re.IGNORECASE,
)

# "👉 Apply on the NCIA careers site": the post's call to apply, never a requirement.
_CALL_TO_APPLY = re.compile(r"^(?:apply|how to apply|send your|postule[rz])\b", re.IGNORECASE)

# What a line's leading emoji make of it.
_PLAIN, _ITEM, _PICTURE, _DECORATION = range(4)


def _kind(line: str) -> tuple[int, str, str]:
    """(kind, indent, text after the emoji) of one line, its trailing emoji dropped."""
    line = _TRAILING.sub("", line)
    leading = _LEADING.match(line)
    if leading is None:
        return _PLAIN, "", line
    text = line[leading.end() :]
    letters = [ch for ch in text if ch.isalpha()]
    if (
        text.rstrip().endswith(":")
        or _HEADER_FACT.match(text)
        or _CALL_TO_APPLY.match(text)
        or (len(letters) >= 4 and all(ch.isupper() for ch in letters))
    ):
        return _DECORATION, leading[1], text  # a heading, a header fact, "NEW VACANCY"
    marks = [ch for ch in leading[0] if not ch.isspace()]
    if any(_ITEM_MARK.match(ch) for ch in marks):
        return _ITEM, leading[1], text
    return _PICTURE, leading[1], text


def emoji_as_marks(lines: list[str]) -> list[str]:
    """'✔ A degree' -> '• A degree'; '🎓 A degree' under a heading or beside '💼 5 years'
    -> '• A degree'; '📌 Engineer' among the header's facts -> 'Engineer'; '✅ Required:' ->
    'Required:'; 'What you need ✅' -> 'What you need'."""
    if all(line.isascii() for line in lines):
        return lines
    kinds = [_kind(line) if not line.isascii() else (_PLAIN, "", line) for line in lines]
    out: list[str] = []
    for at, (kind, indent, text) in enumerate(kinds):
        item = kind == _ITEM or (kind == _PICTURE and _among_items(kinds, at))
        out.append(f"{indent}• {text}" if item else indent + text)
    return out


def _among_items(kinds: list[tuple[int, str, str]], at: int) -> bool:
    """A picture opening a line marks an item when the line right above or below it is an
    item too, or when it is right under a heading ("What you need:"); after a blank line, on
    its own, it decorates ("🌍 Open to nationals of NATO countries only")."""
    before = kinds[at - 1] if at > 0 else None
    after = kinds[at + 1] if at + 1 < len(kinds) else None
    if before is not None and before[2].rstrip().endswith(":"):
        return True
    return any(k is not None and k[0] in (_ITEM, _PICTURE) for k in (before, after))
