"""Turn notice text (copied from the careers site or extracted from a PDF) into clean lines.

Real notices arrive with stray markdown (`**`, `###`, `<b>`, tables), line breaks in the middle
of sentences and page-break debris. Everything later works on the lines this module returns.

Every pattern here is linear: quantifiers are bounded or cannot overlap, so megabytes of noise
cannot make a regex backtrack for ever.
"""

from __future__ import annotations

import re
import unicodedata

from screener.importer.emoji_marks import emoji_as_marks
from screener.importer.letter_spacing import join_spaced_letters
from screener.importer.ocr_repair import repair_ocr_capitals
from screener.importer.page_furniture import drop_page_furniture
from screener.importer.plus_items import plus_items_as_bullets
from screener.importer.site_menus import menu_line
from screener.persistence.text_checks import MAX_STACKED_MARKS, STACKED_MARKS

# Characters that PDF extraction and web copies leave behind and that mean nothing to a reader.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t"), " ")
# Typographic ligatures a PDF's text layer keeps ("speci\ufb01cations"): the letters they stand for.
_LIGATURES = {
    ord(ligature): letters
    for ligature, letters in zip(
        "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06",
        ["ff", "fi", "fl", "ffi", "ffl", "st", "st"],
        strict=True,
    )
}
# Bullet glyphs of PDF symbol fonts (private-use code points) and word processors: one bullet.
_GLYPH_BULLETS = dict.fromkeys(
    map(
        ord,
        "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\u27a2\u25ba\u25a0\u25cb\u2713\u2219"
        # → ❖ □ ⁃ ‣ ◆ ◇ ➤ ✔ ⦁
        "\u2192\u2756\u25a1\u2043\u2023\u25c6\u25c7\u27a4\u2714\u2981",
    ),
    "•",
)

# The four tables in one, applied where a regex finds their characters: str.translate looks
# every character up in its table (some 50 ns each once a text is not pure ASCII: 1.6 s of the
# four on a 5 MB paste), and these characters are few. No table's result is another's key.
_REPLACEMENTS = {**_INVISIBLE, **_SPACES, **_GLYPH_BULLETS, **_LIGATURES}
_TO_REPLACE = re.compile("[" + "".join(re.escape(chr(code)) for code in _REPLACEMENTS) + "]")


def _replaced(match: re.Match[str]) -> str:
    return _REPLACEMENTS[ord(match[0])] or ""


_HTML_BREAK = re.compile(r"<\s{0,3}br\s{0,3}/?\s{0,3}>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?\s{0,3}[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\(([^()\n]{0,500})\)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^<>\s]{1,500})>")
_EMPHASIS = re.compile(r"\*{2,3}|_{2,3}(?=\S)|(?<=\S)_{2,3}")
_SINGLE_STAR = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_HEADING_HASHES = re.compile(r"^#{1,6}(?:\s+|$)")
_QUOTING = re.compile(r"^[ \t]*>[ \t]*(?:>|$)", re.M)
_ARROW_ITEM = re.compile(r"^[ \t]*>[ \t]+(?=\S)", re.M)


_DOUBLE_ARROW_ITEM = re.compile(r"^[ \t]*>>[ \t]+(?=[^\s>])", re.M)
_ANY_QUOTE = re.compile(r"^[ \t]*>", re.M)


def _double_arrow_items(text: str) -> bool:
    """Every quoted-looking line is a '>> ' item, and they are a minority of the lines."""
    items = len(_DOUBLE_ARROW_ITEM.findall(text))
    if items < 2 or items != len(_ANY_QUOTE.findall(text)):
        return False
    return items * 2 < sum(1 for line in text.split("\n") if line.strip())


def arrows_as_bullets(text: str) -> str:
    """'> Minimum 5 years ...' items among ordinary lines are bullets written with '>' (a job
    board's); a text quoted line by line (a forwarded e-mail, '> ' on most lines) keeps '>' as
    the quote mark that the line markup strips."""
    if _double_arrow_items(text):
        # ">> A master's degree ...": ">>" marking the items of a list, not a second quote level.
        return _DOUBLE_ARROW_ITEM.sub("- ", text)
    arrows = len(_ARROW_ITEM.findall(text))
    if not arrows or arrows * 2 >= sum(1 for line in text.split("\n") if line.strip()):
        return text
    if _QUOTING.search(text):
        return text  # a quoted blank line ">" or a second level ">>": an e-mail's quoting
    return _ARROW_ITEM.sub("- ", text)


_TABLE_RULE = re.compile(r"^\|?[\s:|-]{0,2000}$")
# A plain-text grid's border ("+------+-----+", "+======+"): drawing, never text.
_GRID_BORDER = re.compile(r"^\+[\s:|+=-]*$")
_MULTISPACE = re.compile(r" {2,}")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")

# Bullet markers seen in notices and in text pasted from word processors.
_BULLET = re.compile(r"^(?:[-•*–—▪●·◦]|o(?= ))\s{0,8}(?=\S)|^[-•*–—▪●·◦]$")


_JUNK = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# A footnote's mark glued to a word ("7 years' experience²", "economics¹;"): it would stop a
# phrase being read ("experience" then a word boundary). The footnote's own line keeps its mark.
_FOOTNOTE_MARK = re.compile("(?<=[A-Za-zÀ-ÿ'’).,;:])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?=[\\s.,;:)]|$)", re.M)


# "Job title<TAB>Training Technician" (a Word table pasted as text), "Post ........ Librarian"
# (dot leaders): a label and its value, written "Label: value" so the header reads them.
# The gap is matched once (atomic): tried every way, a line of a label and many tabs with
# nothing after them (a spreadsheet's empty cells) took 18 s for 1,600 tabs.
_LEADER_LABEL = re.compile(
    r"(?m)^([ \t]*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /()'&-]{1,40}?)(?>[ \t]*(?:\t+|\.{4,}|…{2,})[ \t]*)(?=\S)"
)


_CAPITAL_LABEL = re.compile(
    r"^(?:(?:post |job |position |vacancy )?title|grade|(?:security )?clearance|closing date"
    r"|deadline|vacancy(?: no\.?| number)?|reference|post number|location|duty station"
    r"|nato body|body|contract)$"
)
_ITEM_NUMBER = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})[.)]$")


def _leader_label(match: re.Match[str]) -> str:
    label = match[1]
    # A line of capitals split by tabs ("NATO<TAB>NORTH ATLANTIC") is a banner, not a label.
    # "a)<TAB>item", "ii)<TAB>item": an item's number, not a label.
    letters = sum(ch.isalpha() for ch in label)
    labelled = len(label.split()) <= 5 and any(ch.islower() for ch in label) and letters >= 3
    labelled = labelled and not _ITEM_NUMBER.match(label.strip())
    # "TITLE<TAB>Supply Technician": a header label in capitals is a label all the same.
    labelled = labelled or bool(_CAPITAL_LABEL.match(label.strip().lower()))
    return f"{label}: " if labelled else match[0]


def normalize_characters(text: str) -> str:
    """Unify line ends, spaces and compatibility characters; drop invisible ones."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _LEADER_LABEL.sub(_leader_label, text)
    text = _FOOTNOTE_MARK.sub("", _TO_REPLACE.sub(_replaced, text))
    # NFC keeps "é" as one character, so "EXPÉRIENCE" matches whether it came composed or not.
    text = unicodedata.normalize("NFC", text)
    # Marks stacked past what a language writes are drawn over the text around them, and a
    # vacancy file may not hold them: the first few are kept on their letter.
    text = STACKED_MARKS.sub(lambda marks: marks[0][:MAX_STACKED_MARKS], text)
    # Lone surrogates cannot be written to UTF-8 files; other control characters are noise.
    return _JUNK.sub("", text)


# A table row's first cell that numbers the row ("1", "a)", "No."), not a label.
_ROW_NUMBER = re.compile(r"^(?:\(?\d{1,3}[.)]?|\(?[a-z][.)]|no\.?)$", re.IGNORECASE)


def _table_cells(line: str) -> str:
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    filled = [cell for cell in cells if cell]
    label = filled[0] if len(filled) == 2 and len(filled[0]) <= 40 else ""
    # A label is worded ("Post title"), not a banner in capitals ("NATO | NORTH ATLANTIC").
    if any(ch.islower() for ch in label) and not _ROW_NUMBER.match(label):
        # "| Post title | Modelling and Simulation Engineer |": a label and its value.
        return f"{filled[0].rstrip(' :')}: {filled[1]}"
    return "  ".join(filled)


def _strip_inline_markup(text: str) -> str:
    """Markup that never spans lines, removed from a whole text at once (fast on long texts)."""
    text = _HTML_BREAK.sub(" ", text)
    text = _HTML_TAG.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return _MULTISPACE.sub(" ", text)


def _strip_line_markup(line: str) -> str:
    """Markup that depends on a line's start: tables, headings, quotes, single stars."""
    stripped = line.strip()
    if not stripped:
        return ""
    first = stripped[0]
    if first == "|":
        stripped = "" if _TABLE_RULE.match(stripped) else _table_cells(stripped)
    elif first == "+" and _GRID_BORDER.match(stripped) and ("-" in stripped or "=" in stripped):
        stripped = ""
    elif first == "#":
        stripped = _HEADING_HASHES.sub("", stripped)
    elif first == ">":  # markdown quote
        stripped = stripped.lstrip("> ")
    if "*" in stripped and not is_bullet(stripped):
        stripped = _SINGLE_STAR.sub("", stripped)
    if "  " in stripped:
        stripped = _MULTISPACE.sub(" ", stripped)
    return stripped.strip()


def strip_markup(line: str) -> str:
    """One line without markdown/HTML decoration; bullet markers and text are kept."""
    return _strip_line_markup(_strip_inline_markup(line))


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def bullet_body(line: str) -> str:
    """The text of a bullet line without its marker ("- have a degree" -> "have a degree")."""
    match = _BULLET.match(line)
    return line[match.end() :].strip() if match else line.strip()


def clean_lines(text: str) -> list[str]:
    """The notice as a list of lines; blank lines are kept as "" since they separate blocks."""
    lines: list[str] = []
    # Spaced-out letters are joined before runs of spaces are squeezed: the wider gaps are
    # where the words end.
    text = "\n".join(map(join_spaced_letters, normalize_characters(text).split("\n")))
    text = plus_items_as_bullets(arrows_as_bullets(text))
    # A rule of underscores would lose all but one to the emphasis markup: blanked first.
    text = _RAW_RULE.sub("", text)
    # "-- Essential qualifications --", "== DESIRABLE ==": a heading framed by rules.
    text = _FRAMED.sub(r"\1", text)
    # « – être titulaire ... ; – justifier ... » : a list quoted from the notice, its first
    # bullet behind the opening quote mark.
    text = _QUOTED_BULLET.sub("", text)
    # "Numéro de l'avis ........... CMRE 27/ENG/03": a label and its value, as a colon joins them.
    text = _DOT_LEADER.sub(": ", text)
    for raw in emoji_as_marks(_strip_inline_markup(text).split("\n")):
        lines.extend(_pipe_fields(_strip_line_markup(repair_ocr_capitals(raw))))
    # A rule drawn with dashes or equals signs separates blocks as a blank line does; its
    # first dash is no bullet.
    return drop_page_furniture(["" if _RULE.match(line) else line for line in lines])


_RULE = re.compile(r"^\s*(?:[-=_~*–—━─]\s?){3,}$")
_DOT_LEADER = re.compile(r"(?<=[A-Za-zÀ-ÿ)'’])[ \t]*(?:\.[ \t]?){4,}[ \t]*(?=\S)")
_QUOTED_BULLET = re.compile(r"^[ \t]*[«“„\"][ \t]*(?=[-–—•*][ \t])", re.M)
_FRAMED = re.compile(
    r"^[ \t]*(?:[-=~_#]{2,}|[=~#])[ \t]*([^-=~_#\s][^\n]{1,80}?)[ \t]*(?:[-=~_#]{2,}|[=~#])[ \t]*$",
    re.M,
)
_RAW_RULE = re.compile(r"^[ \t]*(?:[-=_~*–—━─][ \t]?){3,}$", re.M)


_PIPE = " | "
_DOT = " · "


def _pipe_fields(line: str) -> list[str]:
    """An aggregator's header line ("Title | Body | Job ID 1234 | Grade G16 | ...") as one
    line per field, so each reads like a labelled header line; other lines unchanged."""
    dotted = line.count(_DOT) >= 2 and any(ch.isdigit() for ch in line)
    if is_bullet(line) or (line.count(_PIPE) < 3 and not dotted):
        return [line]  # ("English · French · German": a list of words, no header's figures)
    if menu_line(line):
        return [line]  # a site's menu stays one line, so none of its items reads as a title
    # "Vacancy AIRCOM-27-022 · NATO Grade G15 · NATO SECRET": fields joined by middle dots.
    fields = [part.strip() for part in line.replace(_DOT, _PIPE).split(_PIPE)]
    if any(len(part) > 80 for part in fields):
        return [line]  # a table row of prose or a collapsed section, not a header line
    return [part for part in fields if part]


def tidy_item(text: str) -> str:
    """A requirement's wording as the vacancy file keeps it: one line, no marker, no final ';'."""
    text = bullet_body(text)
    text = _MULTISPACE.sub(" ", text.replace("\n", " ")).strip()
    # "etc." is part of the wording; other trailing ";" "." "," are list punctuation.
    while text and text[-1] in ";.,:" and not text.endswith("etc."):
        text = text[:-1].rstrip()
    # French typography puts a space before ";" at the end of a bullet: "... supérieur ;".
    return text.strip()
