"""Requirements said in sentences inside a section that also holds a list.

"The successful candidate must have a university degree in law, and must have at least 5
years of experience. In addition, the incumbent must:" over the bullets, or "The incumbent
must also be willing to travel." under them: the list reads only its bullets, so those
requirements were lost without a word. Each sentence there that says what the candidate must
be or have is read into the list (split into its requirements), before or after the bullets
as it stands; who may apply and how to apply are not requirements of the list.
"""

from __future__ import annotations

import re

from screener.importer.prose_splitting import (
    prose_sentences,
    says_must,
    split_compound,
    wished,
)
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import plain_words

# "Applicants must be nationals of ...", "Candidates must apply online", "... must be able to
# obtain a NATO SECRET clearance" (a condition of appointment): not the list's.
_NOT_A_REQUIREMENT = re.compile(
    r"\b(?:nationals?|citizens?|nationality|apply|application|submit|ressortissants?"
    r"|nationalite|candidature|postuler|clearance|habilitation)\b",
    re.IGNORECASE,
)
_MAX_LINE = 1500


def _requirements(line: str, desirable: bool) -> list[str]:
    found: list[str] = []
    for sentence in prose_sentences(line):
        # Under DESIRABLE, a sentence that says it is an asset ("X would also be an asset,
        # as would Y"); under ESSENTIAL one that says what the candidate must be or have.
        asks = wished(sentence) if desirable else says_must(sentence)
        if sentence.rstrip().endswith(":") or not asks:
            continue  # the list's lead-in ("In addition, the incumbent must:")
        if _NOT_A_REQUIREMENT.search(sentence):
            continue
        found.extend(split_compound(sentence))
    return found


def with_section_sentences(
    block: list[str], items: list[str], desirable: bool = False
) -> list[str]:
    """The list's items with the requirements its section states in sentences around it."""
    listed = " | ".join(plain_words(item) for item in items)
    before: list[str] = []
    after: list[str] = []
    seen_bullet = after_list = False
    for line in block:
        if not line:
            if seen_bullet and after_list:
                break  # a paragraph apart from the list: another section's, not the list's
            continue
        if is_bullet(line):
            seen_bullet = after_list = True
            continue
        after_list = False
        if seen_bullet and len(line) <= 60 and line.rstrip()[-1:] not in ".;!?":
            break  # "ATTRIBUTES/COMPETENCIES": the next part of the notice
        if len(line) > _MAX_LINE or plain_words(line)[:40] in listed:
            continue
        found = [
            part for part in _requirements(line, desirable) if plain_words(part)[:40] not in listed
        ]
        (after if seen_bullet else before).extend(found)
    if not before and not after:
        return items
    return [*before, *items, *after]
