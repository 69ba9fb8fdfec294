"""Which of the clipboard's two forms of a copied notice the paste box keeps.

A browser or word processor puts a copy on the clipboard twice: as plain text and as HTML. The
plain text of a list has lost its bullets (each item is a bare line) and a table's cells are
run together by tabs, while the HTML still says which lines are list items and which are a
table's rows: the same structure a saved careers page gives the importer. So the HTML is
read when it holds a list or a table. It is not when it sets text out as preformatted (a code
editor's or a terminal's copy: the plain text's spaces are its columns), nor past a size at
which reading it would keep the app busy (Word's copy of a long notice, full of styles, is a
few hundred KB; its plain text is then kept).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from screener.importer.html_text import html_to_text, too_many_tags

# html.parser reads about 2 MB a second here, less on a page dense with tags: up to a second
# and more on a copy this large, which the paste box reads off the UI thread (beyond
# READ_AT_ONCE_CHARS, some 30 ms of reading, at once).
MAX_PASTED_HTML_CHARS = 1024 * 1024
READ_AT_ONCE_CHARS = 64 * 1024
_STRUCTURE = re.compile(r"<(?:li|td|th)\b", re.IGNORECASE)
_PREFORMATTED = re.compile(r"<pre\b|white-space\s*:\s*pre", re.IGNORECASE)


def reads_markup(markup: str) -> bool:
    """Whether the paste is read from `markup`: it keeps a list or a table, within the limits."""
    if not markup or len(markup) > MAX_PASTED_HTML_CHARS or too_many_tags(markup):
        return False
    return bool(_STRUCTURE.search(markup)) and not _PREFORMATTED.search(markup)


def pasted_notice_text(plain: str, markup: str, cancelled: Callable[[], bool] | None = None) -> str:
    """The text to paste: `markup`'s when it keeps structure `plain` has lost, else `plain`.

    `cancelled`: asked between parts of the markup (ImportCancelled once it says so).
    """
    if not reads_markup(markup):
        return plain
    text = html_to_text(markup, cancelled)
    return text if text.strip() else plain
