"""Page furniture that a PDF page break leaves inside the text: footers, page numbers and the
running header repeated at the top of each page.

A running header ("Vacancy 260981 – Senior Associate, Conference Interpretation") reads like a
paragraph, so left in place it ends the list it interrupts and the bullets after the page
break are lost. It is told apart by where it is (next to a page number or classification
footer) and by what it says (a line repeated on several pages, or the notice's own reference
and title words again).
"""

from __future__ import annotations

import re

from screener.importer.pdf_pages import (
    ADDRESS_LINE,
    COUNT_LINE,
    DATE_TIME_LINE,
    ENDS_WITH_ADDRESS,
    PRINTED_AT_START,
)
from screener.importer.wording import ENDS_OPEN, fold

# Footers and page furniture on folded lines (lower case, no accents).
FOOTER = re.compile(
    r"^(?:nato (?:un)?classified|nato restricted|nato public(?:ly disclosed)?|otan (?:non )?classifie|nato/otan|"
    r"(?:https?://)?www\.[a-z.]{3,40}/?\S{0,80}|page \d{1,4}|p\.\s?\d{1,4}|\d{1,4}\s?\.?)"
    r"(?:\s?[-–/:].{0,80})?$"
)
PAGE_NUMBER = re.compile(
    # "Page 2", "page 2/3", and the short "p. 2" / "p. 2 sur 3" of a French PDF (not an item
    # "p." reading "2").
    r"^(?:(?:page|p\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:/|of|sur|de)\s{0,3}\d{1,4})?"
    # "- 1 -", "- 1 / 3 -", "– 2 of 5 –": a page number between dashes, with its page count.
    r"|[-–]\s{0,3}\d{1,4}(?:\s{0,3}(?:/|of|sur|de)\s{0,3}\d{1,4})?\s{0,3}[-–]"
    r"|\d{1,4}\s{0,3}/\s{0,3}\d{1,4})$",
    re.IGNORECASE,
)
# The footers that mark a page break (a bare "3." or "02-Nov-2025" does not).
_BREAK_FOOTER = re.compile(
    r"^(?:nato (?:un)?classified|nato restricted|nato public(?:ly disclosed)?|otan (?:non )?classifie|nato/otan|page \d{1,4}"
    r"|(?:https?://)?www\.[a-z.]{3,40}/?\S{0,80})(?:\s?[-–/:].{0,80})?$"
)
_WORD = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
# How far from a page-break marker a running header or footer sits (non-blank lines).
_REACH = 2
# The header of a notice: where its title and reference are.
_HEADER_LINES = 15


# A page number beside the reference or classification on one line ("JFCBS 26-112  Page 1/3",
# "Page 1 of 2  NSPA 26-0502"), and the "continued" notes a PDF leaves at a page's foot.
_PAGE_OF = re.compile(r"(?:^|\s)page\s?\d{1,4}\s?(?:/|of|sur|de)\s?\d{1,4}(?:\s|$)")
_CONTINUED = re.compile(
    r"^[(\[]?(?:continued|cont'?d\.?)(?: (?:on|over)(?: the)? (?:next|following) page| overleaf)?"
    r"[)\]]?\.?$|^(?:suite (?:a|en) la page suivante|suite au verso|\.\s?/\s?\.{1,2})$"
)
# "Ref. 262140 - Page 2", "VN 26/041 | page 3": a page number closing a short footer line.
_PAGE_AT_END = re.compile(r"\d[^a-z]{0,12}\s[|–-]\s?page\s?\d{1,4}\s?$")
# A classification marking with only the reference beside it ("NSPA 26-0502 NATO UNCLASSIFIED").
_MARKING = re.compile(r"^(?:(.*?)\s)?(?:nato (?:un)?classified|nato restricted)(?:\s(.*))?$")


def is_page_break(line: str) -> bool:
    """A page number or a classification / web-address footer line."""
    if not line or len(line) > 120:
        return False
    folded = fold(line).strip()
    if PAGE_NUMBER.match(line) or _BREAK_FOOTER.match(folded) or _CONTINUED.match(folded):
        return True
    if COUNT_LINE.match(line.strip()) or ADDRESS_LINE.match(line.strip()):
        return True  # a browser's margin: "1 of 3  30/11/2026, 14:05", an address then "1/3"
    if len(line) <= 80 and (_PAGE_OF.search(folded) or _PAGE_AT_END.search(folded)):
        return True
    marking = _MARKING.match(folded) if len(line) <= 60 else None
    # Only a code beside the marking: a sentence naming NATO RESTRICTED has lower-case words.
    return bool(marking) and not any(ch.islower() for ch in _without_marking(line))


def _without_marking(line: str) -> str:
    return re.sub(r"(?i)nato\s(?:un)?classified|nato\srestricted", "", line)


def _shape(line: str) -> str:
    # "Page 2 of 5" and "Page 3 of 5", or "Vacancy 1 - 2" and "Vacancy 1 - 3": one shape.
    return _DIGITS.sub("#", " ".join(fold(line).split()))


def _echoes_header(line: str, lines: list[str], header_at: list[int], index: int) -> bool:
    """Mostly the header's words ("Vacancy 260981 - Senior Associate"), or, when short, the
    header's own phrase (the title "Logistics Officer" repeated on each page). A section
    heading in capitals is the notice's own ("DESIRABLE QUALIFICATIONS"), and a line never
    echoes itself (in a short notice the header reaches it)."""
    if _is_heading_like(line):
        return False
    others = " ".join(lines[i] for i in header_at if i != index)
    header_text = " ".join(_WORD.findall(fold(others)))
    header_words = set(header_text.split())
    words = _WORD.findall(fold(line))
    if len(words) >= 3:
        return sum(word in header_words for word in words) >= 0.8 * len(words)
    if len(words) == 1:
        # The reference alone ("262140", "NSPA-26-0502" folded to one code) repeated at the
        # top of each page: a code of the header, never a word of the text.
        return any(ch.isdigit() for ch in words[0]) and words[0] in header_words
    return len(words) == 2 and f" {' '.join(words)} " in f" {header_text} "


# "Post Title:        Senior Network Engineer" beside the first page's "Page 1 of 3": among the
# header's own lines, a label with its value is the header, not an echo of it.
_LABELLED = re.compile(r"^[A-Z][A-Za-z.'/() -]{1,30}:\s+\S")


def _is_heading_like(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _could_be_furniture(line: str) -> bool:
    # Bullets, wrapped sentence ends and lower-case continuations are the notice's text.
    return bool(line) and len(line) <= 120 and not line[0].islower() and line[-1] not in ".;:"


def _near_breaks(lines: list[str], breaks: list[int]) -> set[int]:
    """Indices of the non-blank lines within reach of a page break, on either side."""
    near: set[int] = set()
    for at in breaks:
        for step in (-1, 1):
            index, seen = at + step, 0
            while 0 <= index < len(lines) and seen < _REACH:
                if lines[index]:
                    near.add(index)
                    seen += 1
                index += step
    return near


# "ESSENTIAL QUALIFICATIONS (continued)": a heading a PDF repeats at the top of the next page.
_CONTINUED_HEADING = re.compile(
    r"^(.{3,80}?)\s?(?:[(\[]\s?(?:continued|cont'?d\.?|cont\.|suite)\s?[)\]]"
    r"|[-–—]\s?(?:continued|cont'?d\.?|suite))\s?:?$"
)


def _continued_headings(lines: list[str]) -> list[int]:
    """Lines that repeat an earlier line with "(continued)": the list above goes on."""
    seen: set[str] = set()
    found = []
    for index, line in enumerate(lines):
        if not line or len(line) > 120:
            continue
        folded = fold(line).strip().rstrip(":").strip()
        match = _CONTINUED_HEADING.match(folded)
        if match and match[1].strip().rstrip(":").strip() in seen:
            found.append(index)
        seen.add(folded)
    return found


# A browser's print header at the top of each page: the date and time of printing, then the
# page's title ("30/11/2026, 10:12   Technician (Plumbing)-261963 | NATO Careers"), or the
# title then the date (Safari). Its date is not the notice's; a line of that shape printed on
# two pages or more is dropped.
_PRINT_STAMP = DATE_TIME_LINE


def _print_stamps(lines: list[str]) -> list[str]:
    # (Firefox's top line: the page's title, then its address.)
    stamped = [
        line for line in lines if _PRINT_STAMP.search(line) or ENDS_WITH_ADDRESS.search(line)
    ]
    repeated = {line for line in stamped if stamped.count(line) >= 2}
    if repeated:
        return ["" if line in repeated else line for line in lines]
    # A page printed once: its stamp's page title stays (it may hold the title and reference:
    # "Logistics Assistant - 261963 | NATO Careers"), without the date and time of printing or
    # the address.
    # (Only Chromium's stamp, the date first: a line ending with a date and time once may be
    # the notice's own.)
    first = next(
        (
            i
            for i, line in enumerate(lines[:3])
            if PRINTED_AT_START.match(line) or ENDS_WITH_ADDRESS.search(line)
        ),
        None,
    )
    if first is None:
        return lines
    title = ENDS_WITH_ADDRESS.sub("", PRINTED_AT_START.sub("", lines[first])).strip(" ,")
    return [*lines[:first], title, *lines[first + 1 :]]


def drop_page_furniture(lines: list[str]) -> list[str]:
    """The lines with page numbers, footers and running headers blanked ("")."""
    lines = _print_stamps(lines)
    continued = set(_continued_headings(lines))
    if continued:
        lines = ["" if i in continued else line for i, line in enumerate(lines)]
    breaks = [i for i, line in enumerate(lines) if is_page_break(line)]
    if not breaks:
        return _closed_gaps(lines, continued) if continued else lines
    shapes: dict[str, int] = {}
    for line in lines:
        if line and len(line) <= 120:
            shapes[_shape(line)] = shapes.get(_shape(line), 0) + 1
    header_at = [i for i, line in enumerate(lines[:200]) if line][:_HEADER_LINES]
    # The notice's own first lines (its title) are never furniture, even next to a "-1-".
    first_lines = header_at[2] if len(header_at) > 2 else -1
    out = list(lines)
    for index in breaks:
        out[index] = ""
    if header_at and header_at[0] in breaks:
        # "SUPREME HEADQUARTERS ALLIED POWERS EUROPE   NATO UNCLASSIFIED": the first page's
        # banner names the body beside the marking; the name stays.
        rest = _without_marking(lines[header_at[0]]).strip()
        out[header_at[0]] = rest if len(rest.split()) >= 3 else ""
    for index in _near_breaks(lines, breaks):
        line = lines[index]
        if (
            index <= first_lines
            or index in breaks
            or not _could_be_furniture(line)
            or line[0] in "-•*–—▪●·◦"
        ):
            continue
        labelled = index in header_at and _LABELLED.match(line)
        if shapes.get(_shape(line), 0) >= 2 or (
            not labelled and _echoes_header(line, lines, header_at, index)
        ):
            out[index] = ""
    return _closed_gaps(out, continued | {i for i, line in enumerate(lines) if line and not out[i]})


# What a list's next item or a wrapped line's rest starts with: "- ", "4. ", "c. ", "(2) ", "f) ".
_ITEM_START = re.compile(r"^(?:[-•*–—▪●·◦o]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\([ivx]{1,4}\)\s)")


def _closed_gaps(lines: list[str], dropped: set[int]) -> list[str]:
    """The blank lines a page break leaves (its furniture, the form feed's gap) taken out where
    the text goes on across it: the next item of a list, a wrapped line's lower-case rest, or
    the text under a heading left at the foot of the page. Elsewhere one blank line stays."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and not lines[end]:
            end += 1
        if end == index:
            out.append(lines[index])
            index += 1
            continue
        if not any(i in dropped for i in range(index, end)):
            out.extend(lines[index:end])
        elif not _goes_on(out[-1] if out else "", lines[end] if end < len(lines) else ""):
            out.append("")
        index = end
    return out


def _goes_on(before: str, after: str) -> bool:
    if not before or not after:
        return False
    heading = (
        len(before) <= 60
        and before[0].isupper()
        and before[-1] not in ".;:,!?"
        and not _ITEM_START.match(before)
    )
    return bool(_ITEM_START.match(after) or after[0].islower() or heading or _cut(before, after))


def _ends_an_item(before: str, after: str) -> bool:
    """'- have a university degree in Law' / 'Economics or a related field;': the item had no
    end, and the line after the break ends as the list's items do, so it is that item's rest."""
    return before[-1] not in ".;!?" and after.rstrip().endswith(";") and len(after) <= 160


def _cut(before: str, after: str) -> bool:
    """An item cut by the page break: it ends on its colon or comma ("possess the following
    levels of NATO's official languages:" / "V ("Advanced") in one; ..."), so the line after
    the break is its rest, capitalised or not, unless it is a heading in capitals."""
    return (
        # (An item's first line, or its wrapped lower-case rest: "  systems, including:".)
        bool(_ITEM_START.match(before) or before.lstrip()[:1].islower())
        and (before[-1] in ":," or bool(ENDS_OPEN.search(before)) or _ends_an_item(before, after))
        and not _is_heading_like(after)
        and not (after.isupper() and len(after) <= 60)
    )
