"""A competition open only to serving staff: a condition on who may apply, outside the lists.

"This vacancy is open only to serving NATO international civilian staff members" sits in a
notice's introduction, not in its requirement lists. Left unread, an outside candidate who
meets every listed requirement would be told they may apply; as an essential requirement the
candidate declares, the draft asks them. The sentence keeps the notice's words.
"""

from __future__ import annotations

import re

from screener.importer.wording import fold

# On folded text: "open only to serving ... staff", "restricted to current NATO staff",
# "internal candidates only", "réservé au personnel en poste", "concours interne".
_INTERNAL_ONLY = re.compile(
    r"\b(?:(?:open|opened|available) only|(?:restricted|limited)(?: only)?) to (?:currently )?"
    r"(?:serving|current|internal|existing)\b"
    r"|\bonly (?:open|available) to (?:currently )?(?:serving|current|internal|existing)\b"
    r"|\binternal (?:candidates|applicants) only\b"
    r"|\b(?:reservee?|ouverte?) (?:uniquement |exclusivement )?aux? (?:membres du )?personnel"
    r" (?:en (?:poste|fonction|activite)|actuel)"
)
_FRENCH = re.compile(r"\b(?:reservee?|ouverte?|personnel|uniquement)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"«(À-Ý])")
_MAX_LINE = 3000


def internal_only(lines: list[str]) -> tuple[str, str] | None:
    """(language, sentence) of the first sentence opening the post to serving staff only, a
    paragraph's wrapped lines joined; None when the notice has none."""
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line and len(line) <= _MAX_LINE:
            paragraph.append(line.strip())
            continue
        text = " ".join(paragraph)
        paragraph = []
        if not text or _INTERNAL_ONLY.search(fold(text)) is None:
            continue
        for sentence in _SENTENCE_END.split(text):
            folded = fold(sentence)
            if _INTERNAL_ONLY.search(folded):
                lang = "fr" if _FRENCH.search(folded) and " the " not in folded else "en"
                return lang, sentence.strip().rstrip(" .;")
    return None
