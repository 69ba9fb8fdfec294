"""Notes inside a requirement list: "NOTE: the work ... is conducted mainly in English." under
one lettered group, with the list's next group ("d. Skills:") after it. Such a note is not the
list's end; a note followed by a blank line or prose is."""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.importer.wording import fold

_NOTE = re.compile(r"^(?:note|nb|n\.b)\b")
# The note's own lines: a few at most before the list must go on.
_MOST_NOTE_LINES = 5


def list_goes_on_after_note(
    block: list[str], at: int, is_next_item: Callable[[str], bool]
) -> int | None:
    """Where the list goes on after the "NOTE:" paragraph at `at` (an item or a lettered group
    right after the note's few lines); None when the note ends the list."""
    if not _NOTE.match(fold(block[at]).strip()):
        return None
    for index in range(at + 1, min(len(block), at + 1 + _MOST_NOTE_LINES)):
        line = block[index]
        if not line:
            return None  # a blank line: whatever follows is no longer the list
        if is_next_item(line):
            return index
    return None
