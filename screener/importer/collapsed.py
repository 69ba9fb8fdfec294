"""Undo what copying a notice from an aggregator site does to its layout.

Job sites and quick copies glue a whole section onto one or a few long lines ("2. QUALIFICATIONS
AND EXPERIENCE ESSENTIAL The incumbent must: - have ... ; - possess ..."), put a heading and its
lead-in on one line ("ESSENTIAL , The incumbent must:"), or write ESSENTIAL / DESIRABLE as
bullet items themselves. This module breaks such lines where a notice's own layout would have,
so the section finder sees headings, lead-ins and bullets on lines of their own.

Every pattern is linear (bounded quantifiers, fixed alternatives): a long line of noise costs
one pass.
"""

from __future__ import annotations

import re

from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.text_cleanup import bullet_body, is_bullet
from screener.importer.wished_lead_ins import EN_WISHED_LEAD_IN, FR_WISHED_LEAD_IN
from screener.importer.wording import fold

# Where a new line starts inside a collapsed one. Each break must follow a sentence end, a
# list separator or a capitalised heading word, so ordinary prose is never cut.
_BREAK_BEFORE = re.compile(
    r"(?<=[.;:,!?)A-Z])\s{1,3}(?="
    r"(?:\d{1,2}\s?\.\s?)?QUALIFICATIONS (?:AND|&|ET) EXP[EÉ]RIENCE\b"
    r"|(?:ESSENTIAL|DESIRABLE)(?:\s?(?:REQUIREMENTS|QUALIFICATIONS))?\b"
    r"|(?:Essential|Desirable) (?:[Qq]ualifications|[Rr]equirements|[Cc]riteria)\b"
    # Who may apply, glued after the last requirement ("Knowledge of French. Nationality: ...").
    r"|(?:Nationality|Eligibility|Citizenship|Conditions)\s?:"
    # "... French level III (Intermediate). Desirable • Experience of ...": a list's heading
    # word glued between two bullets of a paste that lost its line breaks.
    r"|(?:Essential|Desirable|Essentiels?|Souhaitables?)\s?:?\s{1,3}(?=[•▪●*]\s|[-–]\s)"
    r"|ACQUIS (?:ESSENTIELS|SOUHAITABLES)\b"
    # "... SLP 3333. 4.2 Desirable. It would be ...": a numbered section name after an item.
    r"|(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-z]\)|\([a-z]\))\s(?:Essential|Desirable|Essentiels?"
    r"|Souhaitables?)\b"
    r"|The (?:incumbent|successful candidate|candidate|post[- ]?holder)s? (?:must|should|will)\b"
    r"|The following (?:would|will|could|are|is|might)\b"
    r"|(?:Le|La|Le/la|La/Le|Le ou la|La personne) titulaire (?:du poste )?doit\b"
    r"|Seraient considér"
    r"|Les (?:atouts|éléments|qualifications) suivant"
    r"|\d{1,2}\s?\.\s(?:[A-ZÀ-Ý][A-ZÀ-Ý'’&/,-]{1,30}\s){1,6}[A-ZÀ-Ý]"
    r")"
)
# Only in very long lines (a whole page collapsed): header labels and capitalised headings.
_LONG_LINE_BREAKS = re.compile(
    # (Not inside a label of two words: "Primary Location:", "Application Deadline:".) Both
    # breaks are at a space, looked for first: the lookbehinds at every position took 0.4 s
    # on a 5 MB paste.
    r"(?=\s)(?:(?<=\S)(?<!Primary)(?<!Application)(?<!Security)(?<!Duty)\s{1,3}(?=(?:Job ID|Req(?:uisition)? ID|Vacancy (?:No|Number|Ref)|Reference|Grade"
    r"|Closing date|Application Deadline|Deadline|Location|Salary|Security Clearance|Clearance"
    r"|Contract|Languages?(?: Requirements| Proficiency)?)\s?:)"
    r"|(?<=[.;])\s{1,3}(?=[A-Z]{3,}(?:\s[A-Z]{2,}){1,5}\s[A-Z][a-z]))"
)
# A bullet glued after the previous item's end ("...; - possess", "...: • have").
_BULLET_BREAK = re.compile(r"(?<=[;:.])\s{1,3}(?=[-•▪●–*]\s{1,3}\S)")
# A star or dot bullet glued after a heading word ("Qualifications/Experience * University"):
# only cut when the line holds several of them, so one "*" in prose never starts a list.
_GLUED_BULLET = re.compile(r"(?<=\S)\s{1,3}(?=[*•▪●]\s{1,3}[A-Z])")
# In a line of glued bullets, a section's label glued to the end of a bullet ("... for
# transport Essential requirements: • ...", "... SLP 2222 Desirable: • ...", "... vehicle
# maintenance Conditions: Open to ..."): a capitalised word, a few more, a colon.
_GLUED_LABEL = re.compile(
    r"(?<=[A-Za-z0-9)])\s{1,3}(?=[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:\s[a-zà-ÿ]{2,}){0,3}\s?:\s{1,3}\S)"
)
# After a sentence's end, the next list's label or a section that ends the lists ("...
# English SLP 2222. Desirable: Knowledge of SAP; ...", "... French SLP 2222. How to apply:").
_GLUED_SECTION = re.compile(
    r"(?<=[.;])\s{1,3}(?=(?:Desirable|Essential|Preferred|Nice to have|Good to have|Assets?"
    r"|Souhaitables?|Atouts?|How to apply|Conditions|Contract|Eligibility|Nationality|Remarks"
    r"|What we offer|Benefits|Comment postuler|Candidatures?)"
    r"(?:\s(?:requirements|qualifications|criteria|skills))?\s?:\s)"
)
# A lead-in followed by its first requirement on the same line.
# (The colon first: a regex opening on a lookbehind is tried at every position, and these
# twelve took 1.4 s on a 5 MB paste; checking one character first, 0.06 s.)
_AFTER_LEAD_IN = re.compile(
    r"(?<=:)(?:(?<=\bmust:)|(?<=\bshould:)|(?<=\bshall:)|(?<=\badvantage:)|(?<=\bothers:)"
    r"|(?<=\bmust have:)|(?<=\bshould have:)|(?<=\bshall have:)"
    r"|(?<=\bdoit :)|(?<=\bdoit:)|(?<=\batout :)|(?<=\batouts :))\s{1,3}(?=\S)"
)
# A numbered capitalised heading with the section's first sentence glued on.
_HEADING_THEN_TEXT = re.compile(
    r"^(\d{1,2}\s?\.\s?(?:[A-ZÀ-Ý][A-ZÀ-Ý'’&/,-]{0,30}\s){0,7}[A-ZÀ-Ý][A-ZÀ-Ý'’&/,-]{1,30})"
    r"\s{1,3}(?=[A-ZÀ-Ý]?[a-zà-ÿ(\"“])"
)
# ESSENTIAL / DESIRABLE with the lead-in glued after them: the heading is a line of its own.
# A capitalised heading of two words or more with the section's first sentence glued on.
_CAPS_HEADING_THEN_TEXT = re.compile(r"^((?:[A-Z]{3,}\s){1,5}[A-Z]{2,})\s(?=[A-Z][a-z])")
_LIST_HEADING_THEN_TEXT = re.compile(
    r"^((?:ESSENTIAL|DESIRABLE|ACQUIS ESSENTIELS|ACQUIS SOUHAITABLES)\s?[,:]?)\s{1,3}"
    r"(?!REQUIREMENTS|QUALIFICATIONS|CRITERIA)(?=[^\s,:;])"
)
# "4.2 Desirable. It would be an advantage if ...:", "b) Desirable: ...", "DESIRABLE - The
# following ...:", "Souhaitable : les atouts suivants :": a section's name, then its lead-in
# or first item on the same line. Cut only when the name is numbered, in capitals, or
# followed by a lead-in: "Desirable: PRINCE2 certification" alone is one marked item.
_NAMED_SECTION = re.compile(
    r"^((?:\d{1,2}(?:\.\d{1,2}){0,2}\.?\s|[a-z]\)\s|\([a-z]\)\s)?"
    r"(?:essential|desirable|essentiels?|souhaitables?)"
    r"(?:\s(?:requirements|qualifications|criteria))?)\s?[.:–—-]\s{1,3}(?=\S)",
    re.IGNORECASE,
)


def _named_section_end(piece: str) -> int | None:
    """Where the text after a section's name starts in `piece`, or None (see _NAMED_SECTION)."""
    match = _NAMED_SECTION.match(piece)
    if match is None or len(piece) <= match.end():
        return None
    name = match[1]
    numbered = name[:1].isdigit() or name[:1] == "(" or name[1:2] == ")"
    capitals = name.isupper()
    lead_in = piece.rstrip().endswith(":") and len(piece) - match.end() <= 120
    return match.end() if numbered or capitals or lead_in else None


_LONE_NUMBER = re.compile(r"^\d{1,2}\s?\.?$")
# A requirement list written as one paragraph ("Essential qualifications: a degree ...; four
# years of ...; English ..."): the label is the heading, each part between semicolons an item.
_SEMICOLON_LIST = re.compile(
    r"^((?:essential|desirable|required|preferred|minimum|additional|qualifications|requirements"
    r"|acquis|exigences|nice[- ]to[- ]have|good[- ]to[- ]have|assets?|atouts?|bonus|a plus"
    r"|advantageous|souhaitables?)\b[^:;.]{0,40}):\s+(\S.*)$",
    re.IGNORECASE,
)
# Labels whose sentences are the list's items (not "Requirements:", often a paragraph of
# prose read by prose_requirements); a full stop before a capital ends an item.
_ITEM_LABEL = re.compile(
    r"^(?:essential|desirable|required|preferred|minimum|nice[- ]to[- ]have|good[- ]to[- ]have"
    r"|assets?|atouts?|acquis|souhaitables?|a plus|bonus)\b",
    re.IGNORECASE,
)
# Sentences of prose ("Candidates must have ..."), not a list's items.
_PROSE = re.compile(
    r"\b(?:must|should|shall|will|would|is|are|has|have|candidates?|incumbent|you|doit|doivent)\b",
    re.IGNORECASE,
)
_LABELLED_SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)]{2})\.\s+(?=[A-ZÀ-Ý])")
_HEADING_ITEM = re.compile(
    r"^(?:essentials?|desirables?|acquis essentiels|acquis souhaitables)"
    r"(?:\s(?:requirements|qualifications|criteria))?\s?[:,]?$"
)


_WISHED_ITEM = re.compile(f"{EN_WISHED_LEAD_IN}|{FR_WISHED_LEAD_IN}")


def _heading_item(body: str) -> bool:
    """A list item that is a heading: "ESSENTIAL:", or a desirable lead-in ending in its
    colon ("- Nice to have:", "- It would be an advantage if you have:")."""
    folded = fold(body).strip()
    if _HEADING_ITEM.match(folded):
        return True
    return len(body) <= 100 and folded.endswith(":") and bool(_WISHED_ITEM.match(folded))


def _after_lower_word(line: str, at: int) -> bool:
    """Whether the word before `at` is no capitalised word: "Security Clearance:" is one
    label, never cut before "Clearance"."""
    before = line[max(0, at - 40) : at].split()
    if not before:
        return False
    word = before[-1]
    # (A code in capitals ends a bullet: "... licence category B Conditions:", "... SAP".)
    return not (word[:1].isupper() and word[1:].islower() and len(word) > 1)


# In a list's item, "The candidate must have a very good knowledge of English" is the item's own
# second sentence, not a lead-in glued on (which ends in its colon).
_ITEM_SENTENCE = re.compile(
    r"(?<=[.;])\s{1,3}(?=The (?:incumbent|successful candidate|candidate|post[- ]?holder)s?"
    r" (?:must|should|will)\b(?![^.;:]{0,60}:))"
)


_ENUMERATED_ITEM = re.compile(r"^\s{0,6}(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[a-z]\.)\s")


def _pieces(line: str) -> list[str]:
    cuts = {m.start() for m in _BREAK_BEFORE.finditer(line)}
    if is_bullet(line) or _ENUMERATED_ITEM.match(line):
        cuts -= {m.start() for m in _ITEM_SENTENCE.finditer(line)}
    if not any(ch.islower() for ch in line):
        # In a line typed in capitals ("... ARE ESSENTIAL TO PEACE"), a capitalised word is no
        # heading: a break must follow a sentence end or a list separator.
        cuts = {cut for cut in cuts if not line[:cut].rstrip()[-1:].isalnum()}
    if len(line) > 300:
        # A whole page on one line: header labels and capitalised headings start lines too.
        cuts |= {m.start() for m in _LONG_LINE_BREAKS.finditer(line)}
    cuts |= {m.start() for m in _BULLET_BREAK.finditer(line)}
    glued = [m.start() for m in _GLUED_BULLET.finditer(line)]
    if len(glued) >= 2:
        cuts |= set(glued)
        cuts |= {
            m.start() for m in _GLUED_LABEL.finditer(line) if _after_lower_word(line, m.start())
        }
    cuts |= {m.start() for m in _AFTER_LEAD_IN.finditer(line)}
    cuts |= {m.start() for m in _GLUED_SECTION.finditer(line)}
    if not cuts and _named_section_end(line) is None:
        return [line]
    pieces: list[str] = []
    start = 0
    for cut in sorted(cuts):
        pieces.append(line[start:cut].strip())
        start = cut
    pieces.append(line[start:].strip())
    merged: list[str] = []
    for piece in _split_headings(pieces):
        if merged and (
            _LONE_NUMBER.match(merged[-1])
            or (merged[-1] in ("ESSENTIAL", "DESIRABLE") and piece.startswith("QUALIFICATIONS"))
        ):
            # "2." cut off its heading, "ESSENTIAL" off "QUALIFICATIONS AND EXPERIENCE": one
            # heading each time.
            merged[-1] = f"{merged[-1]} {piece}"
        elif piece:
            merged.append(piece)
    return merged


def _split_headings(pieces: list[str]) -> list[str]:
    out: list[str] = []
    for piece in pieces:
        match = (
            _HEADING_THEN_TEXT.match(piece)
            or _LIST_HEADING_THEN_TEXT.match(piece)
            or _CAPS_HEADING_THEN_TEXT.match(piece)
        )
        named = _named_section_end(piece)
        if named is not None:
            out.extend((piece[:named].strip(), piece[named:]))
        elif match and len(piece) > match.end():
            out.extend((match[1], piece[match.end() :]))
        else:
            out.append(piece)
    return out


def _semicolon_list(line: str) -> list[str] | None:
    """A labelled paragraph of requirements separated by semicolons, as a heading and its
    items; None for any other line."""
    match = _SEMICOLON_LIST.match(line)
    if match is None:
        return None
    if match[2].count(";") < 1:
        # "Essential requirements: University degree in economics. At least 5 years of ...
        # English SLP 3333.": the same list, its items ended by full stops.
        items = _LABELLED_SENTENCE_END.split(match[2])
        if len(items) < 2 or not (_ITEM_LABEL.match(match[1]) or not _PROSE.search(match[2])):
            return None
        return [f"{match[1]}:", *(f"- {item.strip().rstrip('.')}" for item in items if item)]
    items = [part.strip().rstrip(".").strip() for part in match[2].split(";")]
    return [f"{match[1]}:", *(f"- {item}" for item in items if item)]


# A list's start: its lead-in ("The incumbent must have:", "... would be an advantage:").
_LEAD_IN_END = re.compile(
    r"\b(?:must|should|shall|advantage|asset|assets|doit|doivent|atouts?|avantage)"
    r"(?:\s(?:have|possess|be))?\s?:$"
)


def _opens_list(line: str) -> bool:
    folded = fold(line).strip().rstrip(" ,-–")
    return bool(
        _LEAD_IN_END.search(folded)
        or any(p.match(folded) for p in (EN_ESSENTIAL, EN_DESIRABLE, FR_ESSENTIAL, FR_DESIRABLE))
    )


_NUMBERED = re.compile(r"^\s?(?:\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|\(?\d{1,2}[.)])\s")
_CONJUNCTIONS = frozenset({"or", "and", "ou", "et", "and/or"})


def _paragraph_items(line: str) -> list[str] | None:
    """A paragraph of requirements separated by semicolons, right under a list's heading or
    lead-in ("Knowledge of SAP; knowledge of German."), as one item each."""
    if is_bullet(line) or line.count("; ") < 1 or len(line) > 2000 or _NUMBERED.match(line):
        return None  # ("(a) a degree in law; or": the first of numbered items, not a paragraph)
    items = [part.strip().rstrip(".").strip() for part in line.split("; ")]
    if any(fold(item) in _CONJUNCTIONS for item in items):
        return None  # "...; or" / "...; and": a list's item, whose next line goes on with it
    return [f"- {item}" for item in items if item]


def _line_of_a_list(lines: list[str], at: int) -> bool:
    """The line is the first of a list without markers, one item a line, as a careers
    platform sets one ("Higher secondary education; a diploma in IT is preferred." over "2+
    years of experience ..."): one requirement, its ";" inside it, not a paragraph of items."""
    below = lines[at + 1] if at + 1 < len(lines) else ""
    return bool(below) and not is_bullet(below) and not _opens_list(below)


def unfold_collapsed(lines: list[str]) -> list[str]:
    """The lines with collapsed sections broken apart and heading bullets made headings."""
    out: list[str] = []
    for at, line in enumerate(lines):
        if not line:
            out.append(line)
            continue
        if is_bullet(line) and _heading_item(bullet_body(line)):
            # "- ESSENTIAL:" written as a list item is the heading itself.
            out.append(bullet_body(line))
            continue
        if len(line) > 5000:
            out.append(line)  # no notice line is this long; the size checks refuse it later
            continue
        if not _GLUED_SECTION.search(line) and (listed := _semicolon_list(line)) is not None:
            out.extend([*listed, ""])
            continue
        pieces = _pieces(line)
        # A paragraph of requirements right under the heading or lead-in it follows.
        if (
            len(pieces) == 1
            and out
            and _opens_list(out[-1])
            and not _line_of_a_list(lines, at)
            and (listed := _paragraph_items(line))
        ):
            out.extend(listed)
            continue
        if len(pieces) == 1:
            out.append(line)
            continue
        for at, piece in enumerate(pieces):
            if at and _opens_list(pieces[at - 1]) and (listed := _paragraph_items(piece)):
                out.extend(listed)
            elif (listed := _semicolon_list(piece)) is not None:
                out.extend(listed)  # "Essential: X; Y." then "Desirable: Z; W." on one line
            else:
                out.append(piece)
        out.append("")  # what followed a collapsed block is a new block
    return out
