"""A list after the requirement lists that none of them took, reported, never dropped silently.

A careers page or a job board may open its desirable list with words no pattern knows ("It
would be great if you also bring:"). The list finder then stops at the essential list, and the
bullets under that lead-in would vanish without a word. A run of bullets after the last list
read, introduced by a lead-in that speaks of the candidate's profile, or with a bullet that
reads as a requirement, becomes one review item quoting its lead-in and first bullets.
"""

from __future__ import annotations

import re

from screener.domain.vacancy import ReviewItem
from screener.importer.interleaved_lists import inline_halves
from screener.importer.review_text import quote, review_item
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wording import fold, plain_words

# A lead-in that asks for something, required or wished.
_ASKS = re.compile(
    r"\b(?:must|should|require[ds]?|requirements?|qualifications?|skills|profile|desirable"
    r"|desired|advantage|asset|a plus|nice|ideally|bonus|preferred|would (?:also )?(?:be|like|love)"
    r"|you (?:have|bring|also have)|doit|doivent|exige|requis|souhait\w*|atouts?|un plus|profil"
    r"|idealement)\b"
)
# Lists after the requirements that are not requirements: what the post offers, how to apply,
# the documents to send, a job board's links, the duties and the competencies, a reader's note.
_NOT_REQUIREMENTS = re.compile(
    r"\b(?:offer|offers|benefits?|apply|applications?|documents?|submit\w*|send|attach|similar"
    r"|related|jobs like|salary|package|entitlements?|allowances?|duties|responsibilities|tasks"
    r"|accountabilities|demonstrate|competenc(?:y|ies)|faire preuve|note|notes|copied|remarks?"
    r"|will do|propos\w*|offrons|avantages sociaux|candidatures?|postul\w*|taches)\b"
)
_REQUIREMENT_KINDS = frozenset(
    {
        "education",
        "experience",
        "official_languages",
        "language",
        "certification",
        "language_profile",
        "driving_licence",
    }
)
_MAX_QUOTED = 3


# "(1) ", "a. ", "2) ": an item's number, which the lists read leave out.
_NUMBER = re.compile(r"^(?:\(?[a-z0-9]{1,2}[.)]\s+)+")


def _words(text: str) -> str:
    # A bullet giving both languages was listed as its English half.
    text = (inline_halves(text) or (text,))[0] if " " in text else text
    return plain_words(_NUMBER.sub("", text.strip()))


def _last_listed_line(lines: list[str], items: list[str]) -> int:
    """The last line of the text holding the start of a listed item (-1 when none does)."""
    starts = {_words(item)[:30] for item in items if _words(item)}
    last = -1
    for index, line in enumerate(lines):
        if not line or len(line) > 2000:
            continue
        body = bullet_body(line)
        # A half's words are among the line's: a line holding no item's start is passed over
        # without looking for its halves (that took seconds on a long text of sentences).
        words = plain_words(body)
        if any(start in words for start in starts) and _words(body)[:30] in starts:
            last = index
    return last


def _runs_after(lines: list[str], start: int) -> list[tuple[str, list[str], bool]]:
    """(lead-in, items) for each run of bullets from `start` on, and for the unmarked lines
    right under a lead-in ending in a colon (a job board's list without markers)."""
    runs: list[tuple[str, list[str], bool]] = []
    lead_in = ""
    marked = False
    current: list[str] = []
    unmarked = False  # the lines under a colon, up to the next blank line, are items
    for line in lines[start:]:
        if not line:
            unmarked = unmarked and not current
            continue
        if is_bullet(line) or (unmarked and len(line) <= 300):
            marked = marked or is_bullet(line)
            current.append(bullet_body(line))
            continue
        if current:
            runs.append((lead_in, current, marked))
            current, marked = [], False
        lead_in = line.strip()
        unmarked = lead_in.endswith(":")
    if current:
        runs.append((lead_in, current, marked))
    return runs


def _reads_as_requirements(lead_in: str, items: list[str], marked: bool) -> bool:
    """A lead-in that asks for something; bullets under any lead-in ending in a colon (after
    the requirements, what is not an offer, a how-to-apply or the duties is most likely a list
    of wishes in words no pattern knows: "Our team values people who bring:"); or bullets
    one of which reads as a requirement."""
    # Imported here: recognizers import this package's language readers.
    from screener.importer.recognizers import recognize

    folded = fold(lead_in)
    if _NOT_REQUIREMENTS.search(folded):
        return False
    if lead_in.endswith(":") and (marked or _ASKS.search(folded)):
        return True
    return marked and any(recognize(b, "en").kind in _REQUIREMENT_KINDS for b in items[:20])


def unread_list_after_lists(
    lines: list[str], items: list[str], reported: list[ReviewItem]
) -> list[ReviewItem]:
    """One review item for the first run of bullets after the last list read that reads as
    requirements and that no other review item quotes already."""
    last = _last_listed_line(lines, items)
    if last < 0:
        return []
    quoted = " ".join(str(v) for item in reported for v in item.values.values())
    listed = " | ".join(_words(item) for item in items)
    for lead_in, bullets, marked in _runs_after(lines, last + 1)[:40]:
        unread = [b for b in bullets if _words(b) and _words(b)[:30] not in listed]
        if len(unread) < len(bullets) or not _reads_as_requirements(lead_in, unread, marked):
            continue
        if any(quote(b, 80)[:40] in quoted for b in unread):
            continue
        quotes = [quote(b, 80) for b in unread[:_MAX_QUOTED]]
        return [
            review_item(
                "list_not_read",
                field="desirable",
                lead_in=quote(lead_in or "-", 80),
                count=len(unread),
                quotes=quotes,
            )
        ]
    return []
