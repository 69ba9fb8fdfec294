"""Find the ESSENTIAL and DESIRABLE lists of a notice, whatever its layout.

Four ways, most confident first, tried per language until one finds the list:

1. `heading`: the ESSENTIAL / ACQUIS ESSENTIELS headings (NATO IS notices);
2. `lead_in`: only the sentence that opens the list ("The incumbent must:", "Le titulaire du
   poste doit :"), as in notices whose headings were lost in a copy;
3. `qualifications`: a "Qualifications and Experience:" heading directly followed by bullets,
   as other NATO bodies (NSPA, NCIA) write them; all its items are taken as essential unless a
   desirable lead-in splits them;
4. `bullet_run`: no heading or lead-in at all; the run of bullets that reads most like
   requirements (education, years of experience, language levels, licences);
5. `prose`: no list at all; sentences saying what candidates must have, one per requirement.

Which way was used is kept, so the review list can say how sure the importer is of the lists.
"""

from __future__ import annotations

import re

from screener.importer.bilingual_headings import one_language_headings
from screener.importer.found_lists import FoundList, Requirements, move_marked
from screener.importer.heading_lists import BulletList, find_by_heading, unread_bullets
from screener.importer.interleaved_lists import split_interleaved
from screener.importer.marked_desirable import lost_list_review
from screener.importer.marked_essential import move_marked_essential
from screener.importer.prose_items import split_paragraphs
from screener.importer.prose_requirements import prose_requirements
from screener.importer.recognizers import recognize
from screener.importer.requirement_groups import add_requirement_groups
from screener.importer.requirement_lead_ins import (
    EN_DESIRABLE_LEAD_IN,
    EN_LEAD_IN,
    EN_WORDS,
    FR_DESIRABLE_LEAD_IN,
    FR_LEAD_IN,
    FR_WORDS,
    QUALIFICATIONS,
)
from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.sections import (
    QUALIFICATION_LABEL,
    is_heading,
    is_item_start,
    list_items,
    section_end,
)
from screener.importer.star_marks import move_starred
from screener.importer.text_cleanup import is_bullet
from screener.importer.wording import ENDS_OPEN, fold

FOUND_BY_HEADING = "heading"
FOUND_BY_LEAD_IN = "lead_in"
FOUND_BY_QUALIFICATIONS = "qualifications"
FOUND_BY_BULLET_RUN = "bullet_run"
FOUND_BY_PROSE = "prose"
FOUND_BY_SECOND_HEADING = "second_heading"
# A desirable heading or lead-in found on its own, not where the essential list ends.
FOUND_BY_OWN_START = "own_start"

# A requirement list is tens of lines; candidates are read this far at most, so trying many
# candidate starts in a huge text stays cheap (the size checks refuse such text later).
_MAX_LIST_LINES = 1500
_DECIDING_KINDS = frozenset(
    {"education", "experience", "official_languages", "language", "driving_licence"}
)


def _folded(line: str) -> str:
    return fold(line).strip().rstrip(" ,;-–")


def _first(lines: list[str], pattern: re.Pattern[str], start: int = 0, stop: int = -1) -> int:
    stop = len(lines) if stop < 0 else stop
    for index in range(start, stop):
        line = lines[index]
        if line and len(line) <= 160 and not is_bullet(line) and pattern.match(_folded(line)):
            return index
    return -1


_ALL_STOPS = (
    EN_ESSENTIAL,
    EN_DESIRABLE,
    FR_ESSENTIAL,
    FR_DESIRABLE,
    EN_LEAD_IN,
    EN_DESIRABLE_LEAD_IN,
    FR_LEAD_IN,
    FR_DESIRABLE_LEAD_IN,
    QUALIFICATIONS,  # the other language's qualifications heading
)

_DESIRABLE_STARTS = (EN_DESIRABLE, FR_DESIRABLE, EN_DESIRABLE_LEAD_IN, FR_DESIRABLE_LEAD_IN)


def _list_after(lines: list[str], at: int, found_by: str) -> FoundList | None:
    if at < 0:
        return None
    end = section_end(lines, at + 1, _ALL_STOPS, _MAX_LIST_LINES)
    block = lines[at + 1 : end]
    items = list_items(block)
    return FoundList(items, found_by, _lost(block, items))


def _requirement_score(items: list[str], lang: str) -> int:
    """How many items read as education, experience, languages or a licence."""
    return sum(recognize(item, lang).kind in _DECIDING_KINDS for item in items[:60])  # type: ignore[arg-type]


def _deciding(bullets: list[str]) -> int:
    """How many of the bullets read as requirements that decide eligibility: left out of a
    list, they are lost requirements, whereas duties or links after a list are not."""
    lang = _language_of(bullets)
    return sum(recognize(b, lang).kind in _DECIDING_KINDS for b in bullets[:60])  # type: ignore[arg-type]


def _lost(block: list[str], items: list[str]) -> int:
    return _deciding(unread_bullets(block, items))


def _starts(lines: list[str], pattern: re.Pattern[str]) -> list[int]:
    found: list[int] = []
    start = 0
    while len(found) < 20 and (at := _first(lines, pattern, start)) >= 0:
        found.append(at)
        start = at + 1
    return found


def _desirable_after(lines: list[str], end: int, found_by: str) -> FoundList | None:
    """The desirable list when the line ending the essential one opens it."""
    if end >= len(lines):
        return None
    folded = _folded(lines[end])
    if any(p.match(folded) for p in _DESIRABLE_STARTS):
        return _list_after(lines, end, found_by)
    return None


def _by_lead_in(
    lines: list[str], essential: re.Pattern[str], lang: str
) -> tuple[FoundList | None, FoundList | None]:
    """The first lead-in whose list reads like requirements ('The incumbent must
    demonstrate:' also opens the competencies, which are not)."""
    candidates = []
    for at in _starts(lines, essential):
        end = section_end(lines, at + 1, _ALL_STOPS, _MAX_LIST_LINES)
        items = list_items(lines[at + 1 : end])
        if items:
            candidates.append((at, end, items))
    for at, end, items in candidates:
        if _requirement_score(items, lang) > 0:
            found = FoundList(items, FOUND_BY_LEAD_IN, _lost(lines[at + 1 : end], items))
            return found, _desirable_after(lines, end, FOUND_BY_LEAD_IN)
    return None, None


def _language_of(items: list[str]) -> str:
    words = re.findall(r"[a-z]+", fold(" ".join(items)[:4000]))
    en = sum(word in EN_WORDS for word in words)
    fr = sum(word in FR_WORDS for word in words)
    return "fr" if fr > en else "en"


def _by_qualifications(lines: list[str]) -> list[tuple[str, FoundList, FoundList | None]]:
    """(language, essential, desirable) for each qualifications heading followed by bullets.
    A second such heading ("Requirements" then "Qualifications", as job sites copy a notice)
    gives the desirable list when none was found otherwise, so its bullets are not lost."""
    found: list[tuple[str, FoundList, FoundList | None]] = []
    for at in _starts(lines, QUALIFICATIONS):
        first = _first_item(lines, at + 1)
        if first < 0:
            continue
        end = section_end(lines, first, _ALL_STOPS, _MAX_LIST_LINES)
        block = lines[first:end]
        items = list_items(block)
        lang = _language_of(items)
        earlier = next((i for i, (lg, _, des) in enumerate(found) if lg == lang), -1)
        if items and earlier >= 0 and found[earlier][2] is None:
            second = FoundList(items, FOUND_BY_SECOND_HEADING, _lost(block, items))
            found[earlier] = (lang, found[earlier][1], second)
        elif items and _requirement_score(items, lang) > 0:
            essential = FoundList(items, FOUND_BY_QUALIFICATIONS, _lost(block, items))
            desirable = _desirable_after(lines, end, FOUND_BY_QUALIFICATIONS)
            found.append((lang, essential, desirable))
    return found


# What a qualifications section may say before its first group or item: a sentence ("The
# requirements below are grouped by area. Unless an item is marked otherwise, it is
# essential.") or a key ("(E) = essential, (D) = desirable").
_LEAD_LINES = 2
_KEY = re.compile(r"^\(?[a-z]\)?\s?(?:=|:|-)\s?[a-z]")


def _first_item(lines: list[str], start: int) -> int:
    """Where the items under a qualifications heading start: right under it, or after a lead
    sentence or a key of marks; -1 when prose or nothing follows."""
    leads = 0
    for index in range(start, min(len(lines), start + 12)):
        line = lines[index]
        if not line:
            continue
        if is_item_start(line) or _sub_labelled(line) or _labelled_item(line):
            return index
        if leads == _LEAD_LINES or not _lead_line(line):
            return -1
        leads += 1
    return -1


def _labelled_item(line: str) -> bool:
    """ "Education: A university degree in law.": a group's name, then its item on the line."""
    label, colon, rest = line.partition(":")
    return bool(colon and rest.strip()) and _sub_labelled(label.strip())


def _lead_line(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > 300 or is_heading(stripped):
        return False
    return stripped.endswith((".", ":")) or bool(_KEY.match(_folded(stripped)))


def _sub_labelled(line: str) -> bool:
    """'Education & Experience' right under the heading: the list is in labelled parts."""
    return len(line) <= 60 and bool(QUALIFICATION_LABEL.match(_folded(line).rstrip(":") + ":"))


def _bullet_runs(lines: list[str]) -> list[list[str]]:
    """Runs of bullet lines (blank lines and wrapped continuations allowed inside)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if is_bullet(line):
            current.append(line)
        elif current and line and (line[0].islower() or _open_end(current[-1])):
            # A wrapped bullet's continuation: lower case, or after a line left open
            # ("AWS Certified Solutions Architect –" / "Professional or ...").
            current.append(line)
        elif current and line:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _open_end(line: str) -> bool:
    stripped = line.rstrip()
    return stripped.endswith(("–", "—", " -", ",", "/", "&")) or bool(ENDS_OPEN.search(stripped))


def _by_bullet_run(lines: list[str]) -> dict[str, FoundList]:
    """Per language, the bullet run with the most requirement-like bullets."""
    best: dict[str, tuple[int, FoundList]] = {}
    for run in _bullet_runs(lines)[:200]:
        items = list_items(run)
        lang = _language_of(items)
        score = _requirement_score(items, lang)
        if score >= 1 and score > best.get(lang, (0, None))[0]:
            best[lang] = (score, FoundList(items, FOUND_BY_BULLET_RUN))
    return {lang: found for lang, (_, found) in best.items()}


def _heading_lists(lines: list[str]) -> Requirements:
    heads = find_by_heading(lines, EN_DESIRABLE_LEAD_IN, FR_DESIRABLE_LEAD_IN)

    def wrap(found: BulletList | None) -> FoundList | None:
        if found is None:
            return None
        return FoundList(found.items, FOUND_BY_HEADING, _deciding(found.unread))

    return Requirements(
        wrap(heads.en_essential),
        wrap(heads.en_desirable),
        wrap(heads.fr_essential),
        wrap(heads.fr_desirable),
    )


# The (English, French) lead-in patterns a bilingual line pairs (headings: bilingual_headings).
_BILINGUAL = (
    (EN_LEAD_IN, FR_LEAD_IN),
    (EN_DESIRABLE_LEAD_IN, FR_DESIRABLE_LEAD_IN),
    (QUALIFICATIONS, QUALIFICATIONS),
    (QUALIFICATIONS, re.compile(r"^(?:exigences|qualifications|competences|profil)$")),
)


def find_requirements(lines: list[str]) -> Requirements:
    """The ESSENTIAL and DESIRABLE lists in both languages, each with how it was found."""
    lines = one_language_headings(lines, _BILINGUAL)
    found = _heading_lists(lines)
    if found.en_essential is None:
        found.en_essential, des = _by_lead_in(lines, EN_LEAD_IN, "en")
        found.en_desirable = found.en_desirable or des
    if found.fr_essential is None:
        found.fr_essential, des = _by_lead_in(lines, FR_LEAD_IN, "fr")
        found.fr_desirable = found.fr_desirable or des
    if found.en_essential is None or found.fr_essential is None:
        for lang, essential, desirable in _by_qualifications(lines):
            _assign(found, lang, essential, desirable)
    if found.en_essential is None and found.fr_essential is None:
        for lang, essential in _by_bullet_run(lines).items():
            _assign(found, lang, essential, None)
    if found.en_essential is None and found.fr_essential is None:
        for lang, items, wished in prose_requirements(lines):
            desirable = FoundList(wished, FOUND_BY_PROSE) if wished else None
            _assign(found, lang, FoundList(items, FOUND_BY_PROSE), desirable)
    _find_lone_desirable(lines, found)
    add_requirement_groups(lines, found)
    split_interleaved(found)
    split_paragraphs(found)
    move_starred(found, lines)
    move_marked(found)
    move_marked_essential(found)
    return found


def _find_lone_desirable(lines: list[str], found: Requirements) -> None:
    """A desirable list whose heading or lead-in does not follow the essential list (a
    paragraph between them); reported when nothing can be read after it."""
    own = {"en": (EN_DESIRABLE, EN_DESIRABLE_LEAD_IN), "fr": (FR_DESIRABLE, FR_DESIRABLE_LEAD_IN)}
    for lang, other in (("en", "fr"), ("fr", "en")):
        patterns: tuple[re.Pattern[str], ...] = own[lang]
        if getattr(found, f"{other}_essential") is None:
            # One language under the other's headings: a board's "What would set you apart"
            # over French items.
            patterns = (*patterns, *own[other])
        existing: FoundList | None = getattr(found, f"{lang}_desirable")
        if getattr(found, f"{lang}_essential") is None or (existing and existing.items):
            continue
        starts = sorted({at for pattern in patterns for at in _starts(lines, pattern)})
        for at in starts:
            desirable = _list_after(lines, at, FOUND_BY_OWN_START)
            if desirable is not None and desirable.items:
                setattr(found, f"{lang}_desirable", desirable)
                break
        else:
            if starts:
                found.review.append(lost_list_review(lang, lines[starts[0]]))


def _assign(
    found: Requirements, lang: str, essential: FoundList, desirable: FoundList | None
) -> None:
    if lang == "en" and found.en_essential is None:
        found.en_essential = essential
        found.en_desirable = found.en_desirable or desirable
    elif lang == "fr" and found.fr_essential is None:
        found.fr_essential = essential
        found.fr_desirable = found.fr_desirable or desirable
