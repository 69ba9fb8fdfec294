"""Bilingual notices that give both halves in one list: each English bullet followed by its
French twin (or the other way round), or all the English bullets then all the French ones,
under one bilingual heading. Read as one list, every requirement would appear twice, once in
each language (a second degree, a second experience, a French line typed as a statement); the
list is split into the English and the French list instead, so each requirement is one
criterion with both wordings.

A bullet with no twin (the notice did not translate it) is never dropped: its own text stands
in both lists at its place, so the pairs after it stay aligned, and the review says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from screener.importer.language_names import OTHER_LANGUAGES
from screener.importer.review_text import quote, review_item
from screener.importer.text_cleanup import tidy_item
from screener.importer.wording import fold

# Common words of requirement bullets, in the case they are written (accents kept: "a" is
# English, "à" French; "experience" English, "expérience" French).
_EN = frozenset(
    {
        "the", "and", "of", "in", "with", "have", "has", "be", "to", "a", "an", "or", "for",
        "at", "least", "years", "year", "experience", "knowledge", "ability", "able", "skills",
        "skill", "degree", "good", "working", "willingness", "must", "should", "training",
        "basic", "certificate", "english", "french", "italian", "spanish", "german", "polish",
        "proven", "level", "university", "driving", "licence", "license", "written", "spoken",
        "fluent", "relevant", "related", "field", "management", "which", "from", "on", "as",
        "is", "are", "within", "including", "preferably", "equivalent", "advanced", "strong",
        "excellent", "familiarity", "understanding", "course",
    }
)  # fmt: skip
_FR = frozenset(
    {
        "le", "la", "les", "et", "des", "du", "de", "d", "l", "avoir", "être", "une", "un",
        "ou", "au", "aux", "en", "dans", "pour", "sur", "par", "avec", "ans", "années", "moins",
        "connaissance", "connaissances", "expérience", "diplôme", "niveau", "bonne", "bonnes",
        "bon", "compétences", "compétence", "capacité", "aptitude", "disposition", "maîtrise",
        "permis", "formation", "anglais", "français", "italien", "italienne", "espagnol",
        "allemand", "polonais", "sous", "certificat", "titulaire", "doctorat", "langue",
        "conduire", "universitaire", "domaine", "gestion", "travail", "travailler", "poste",
        "à", "qui", "que", "est", "sont", "équivalent", "souhaitable", "atout", "avancée",
        "excellente", "solide", "pratique", "cours",
    }
)  # fmt: skip
_ACCENTED = re.compile(r"[éèêàçùûôîœ]")
# "Anglais : SLP 3333", "d'expérience", "l'italien": French typography and elision.
_FRENCH_MARKS = re.compile(r"\s[:;]|\b[dlDL][’']\w")
_ENGLISH_MARKS = re.compile(r"\w[’']s\b")
_NUMBER = re.compile(r"\d+")
_MIN_PAIRS = 2
# A requirement list is tens of bullets: longer runs are not paired (bounded work).
_MAX_ITEMS = 120


def item_language(item: str) -> str | None:
    """'en' or 'fr' when the item's words say so clearly, else None."""
    lowered = item.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    english = sum(word in _EN for word in words) + len(_ENGLISH_MARKS.findall(item))
    french = sum(word in _FR for word in words) + len(_FRENCH_MARKS.findall(item))
    french += bool(_ACCENTED.search(lowered))
    if english == french:
        return None
    return "en" if english > french else "fr"


def _twins(first: str, second: str) -> bool:
    """Two bullets that can be one requirement in two languages: the same figures, if both
    give figures ('5 years' / '5 ans', 'SLP 3333' / 'SLP OTAN 3333')."""
    one, other = _NUMBER.findall(first), _NUMBER.findall(second)
    if one and other and sorted(one) != sorted(other):
        return False
    # A translation is about as long as its original; a sentence beside a short bullet is not.
    shorter, longer = sorted((max(len(first), 20), max(len(second), 20)))
    return longer <= 2 * shorter


@dataclass(slots=True)
class Halves:
    """The English and the French list of one bilingual list, and the bullets that have no
    twin (they stand in both lists)."""

    english: list[str]
    french: list[str]
    untranslated: list[tuple[str, str]]  # (the bullet's language, its text)
    first: str | None = None  # the language of each pair's first bullet, when paired


_NAME = re.compile(r"\b(?:[A-Z][A-Z0-9+]{1,}|\d+)\b")


def _pairs(items: list[str], langs: list[str | None], first: str, known: bool) -> Halves | None:
    """The items read as twins in the order `first` then the other language; `known` when the
    other list of the notice was paired in that order (two bullets whose words say neither
    language, "ACCA qualification" / "Qualification ACCA", are twins there if they share a
    name or a figure)."""
    second = "fr" if first == "en" else "en"
    halves = Halves([], [], [], first)
    pairs: list[tuple[str, str]] = []
    at = sure = 0
    while at < len(items):
        here, after = langs[at], langs[at + 1] if at + 1 < len(items) else "-"
        if (
            here in (first, None)
            and after in (second, None)
            and ((here, after) != (None, None) or (known and _same_names(items[at : at + 2])))
            and _twins(items[at], items[at + 1])
        ):
            pair = (items[at], items[at + 1]) if first == "en" else (items[at + 1], items[at])
            halves.english.append(pair[0])
            halves.french.append(pair[1])
            pairs.append(pair)
            sure += here is not None and after is not None
            at += 2
            continue
        lang = here or first
        halves.english.append(items[at])
        halves.french.append(items[at])
        halves.untranslated.append((lang, items[at]))
        at += 1
    # Most bullets are twins, and enough pairs are sure of both languages.
    if sure < (1 if known else _MIN_PAIRS) or 2 * len(halves.untranslated) > len(halves.english):
        return None
    return halves if _alike(pairs) else None


def _same_names(pair: list[str]) -> bool:
    one, other = (set(_NAME.findall(item)) for item in pair)
    return bool(one & other)


# Languages named in either language, as one mark: "Knowledge of Dutch" / "du néerlandais".
_LANGUAGE_CODES = {
    **OTHER_LANGUAGES,
    **{"english": "en", "anglais": "en", "french": "fr", "francais": "fr"},
}


def _marks(item: str) -> set[str]:
    """What a bullet and its translation keep in common: figures, names in capitals, the
    languages it names, and the stems of long words ("acoustics" / "acoustique",
    "programming" / "programmation")."""
    words = re.findall(r"[a-z]+", fold(item))
    return (
        set(_NAME.findall(item))
        | {_LANGUAGE_CODES[word] for word in words if word in _LANGUAGE_CODES}
        | {word[:5] for word in words if len(word) >= 6}
    )


_LANGUAGE_HEADERS = frozenset(["english", "anglais", "french", "francais", "en", "fr"])


def language_header(cells: list[str]) -> bool:
    """A bilingual table's header row: "English | Français"."""
    return len(cells) == 2 and all(fold(cell).strip(" :") in _LANGUAGE_HEADERS for cell in cells)


def twin_cells(one: str, other: str) -> bool:
    """Two cells of a table row that are one requirement in English and in French (a
    bilingual table with a column per language)."""
    langs = {item_language(one), item_language(other)}
    return (
        langs == {"en", "fr"}
        and min(len(one.split()), len(other.split())) >= 2
        and _twins(one, other)
        and bool(_marks(one) & _marks(other))
    )


def _alike(pairs: list[tuple[str, str]]) -> bool:
    """Most pairs read as one text in two languages: two lists of different requirements
    side by side share nothing in most of their pairs."""
    unlike = sum(1 for one, other in pairs if not _marks(one) & _marks(other))
    return 3 * unlike <= len(pairs)


def _blocks(items: list[str], langs: list[str | None]) -> Halves | None:
    """All the bullets of one language, then all those of the other."""
    decided = [(at, lang) for at, lang in enumerate(langs) if lang is not None]
    if len(decided) < 2 * _MIN_PAIRS:
        return None
    first = decided[0][1]
    switch = next((at for at, lang in decided if lang != first), None)
    if switch is None or any(lang == first for at, lang in decided if at >= switch):
        return None
    ahead = sum(1 for at, _ in decided if at < switch)
    if ahead < _MIN_PAIRS or len(decided) - ahead < _MIN_PAIRS:
        return None
    # Undecided bullets just before the switch: with as many bullets on each side, the
    # middle of the list is where the other language starts.
    if len(items) % 2 == 0 and decided[ahead - 1][0] < len(items) // 2 <= switch:
        switch = len(items) // 2
    head, tail = items[:switch], items[switch:]
    second = "fr" if first == "en" else "en"
    positional = len(head) == len(tail) and all(map(_twins, head, tail))
    if positional and _alike(list(zip(head, tail, strict=True))):
        return Halves(*((head, tail) if first == "en" else (tail, head)), [])
    # Halves of different lengths (a bullet not translated): twins found by what they share.
    # Two lists of different requirements, one in each language, share too little and stay
    # one list.
    if len(items) > _MAX_ITEMS:
        return None
    aligned = _aligned(head, tail)
    pairs = sum(1 for one, other in aligned if one and other)
    if pairs < _MIN_PAIRS or 3 * pairs < 2 * max(len(head), len(tail)):
        return None
    halves = Halves([], [], [])
    for one, other in aligned:
        english, french = (one, other) if first == "en" else (other, one)
        halves.english.append(english or french or "")
        halves.french.append(french or english or "")
        if not (one and other):
            halves.untranslated.append((first if one else second, one or other or ""))
    return halves


def _likeness(one: str, other: str) -> int:
    """How much two bullets share, if they can be twins (0 if not)."""
    return len(_marks(one) & _marks(other)) if _twins(one, other) else 0


def _aligned(head: list[str], tail: list[str]) -> list[tuple[str | None, str | None]]:
    """The bullets of both halves in order, each twin pair together and a bullet with no
    twin alone: the pairing that shares the most (an alignment, as of two texts)."""
    n, m = len(head), len(tail)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in reversed(range(n)):
        for j in reversed(range(m)):
            alike = _likeness(head[i], tail[j])
            paired = alike + best[i + 1][j + 1] if alike else 0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], paired)
    out: list[tuple[str | None, str | None]] = []
    i = j = 0
    while i < n or j < m:
        alike = _likeness(head[i], tail[j]) if i < n and j < m else 0
        if alike and best[i][j] == alike + best[i + 1][j + 1]:
            out.append((head[i], tail[j]))
            i, j = i + 1, j + 1
        elif i < n and (j >= m or best[i][j] == best[i + 1][j]):
            out.append((head[i], None))
            i += 1
        else:
            out.append((None, tail[j]))
            j += 1
    return out


# Where the halves of a bullet that holds both languages meet: "Master's degree in physics /
# Master en physique", "English: SLP 3333 – Anglais : SLP 3333", or a sentence then its
# translation (a web page's <br> between them).
_INLINE_CUT = re.compile(r"\s/\s|\s[–—|]\s|(?<=[.;])\s+(?=[^\W\d_])")
INLINE = "inline"


def inline_halves(item: str) -> tuple[str, str] | None:
    """(English, French) halves of a bullet that gives both."""
    for cut in _INLINE_CUT.finditer(item):
        one, other = item[: cut.start()].strip(), item[cut.end() :].strip()
        if twin_cells(one, other):
            one, other = tidy_item(one), tidy_item(other)
            return (one, other) if item_language(one) == "en" else (other, one)
    return None


def _inline(items: list[str], known: bool) -> Halves | None:
    """Bullets each giving both languages; those that do not stay whole in both lists."""
    if len(items) > _MAX_ITEMS:
        return None
    halves = [inline_halves(item) for item in items]
    split = sum(half is not None for half in halves)
    if split < (1 if known else _MIN_PAIRS) or 3 * split < 2 * len(items):
        return None
    found = Halves([], [], [], INLINE)
    for item, half in zip(items, halves, strict=True):
        english, french = half or (item, item)
        found.english.append(english)
        found.french.append(french)
        if half is None:
            found.untranslated.append((item_language(item) or "en", item))
    return found


def interleaved_halves(items: list[str], first: str | None = None) -> Halves | None:
    """The English and the French list when `items` hold both languages, twin after twin,
    block after block or both in each bullet; None for a list in one language. `first`: how
    the notice's other list gave them (the language first in each pair, or INLINE)."""
    if inline := _inline(items, known=first is not None):
        return inline
    first = None if first == INLINE else first
    if first is None and len(items) in (2, 3) and (few := _few(items)):
        return few
    least = 1 if first else _MIN_PAIRS
    if len(items) < 2 * least:
        return None
    langs = [item_language(item) for item in items]
    if langs.count("en") < least or langs.count("fr") < least:
        return None
    orders = (first,) if first else ("en", "fr")
    found = [halves for order in orders if (halves := _pairs(items, langs, order, bool(first)))]
    if found:
        return min(found, key=lambda halves: len(halves.untranslated))
    return _blocks(items, langs)


def _few(items: list[str]) -> Halves | None:
    """A short list (a paragraph and its translation, a third item perhaps untranslated):
    paired only when the twins are plainly one text in two languages."""
    for order in ("en", "fr"):
        halves = _pairs(items, [item_language(item) for item in items], order, known=True)
        if halves is None or len(halves.untranslated) > 1:
            continue
        pairs = [
            (english, french)
            for english, french in zip(halves.english, halves.french, strict=True)
            if english != french
        ]
        if pairs and all(twin_cells(english, french) for english, french in pairs):
            return halves
    return None


def _without_the_other(english: Any, french: Any) -> None:
    """One language's list read on into the other's, which follows under its own lead-in
    ("ESSENTIAL / ESSENTIEL", "The incumbent must:", ..., "Le titulaire doit :", ...): the
    other's bullets leave it (found_lists.FoundList)."""
    for longer, shorter, lang in ((english, french, "fr"), (french, english, "en")):
        tail = len(shorter.items)
        if not 0 < tail < len(longer.items) or longer.items[-tail:] != shorter.items:
            continue
        # Only bullets in the other language, after bullets in the list's own.
        langs = [item_language(item) for item in longer.items]
        others, own = langs[-tail:], langs[:-tail]
        if lang in others and not set(others) - {lang, None} and lang not in own:
            longer.items = longer.items[:-tail]


def split_interleaved(found: Any) -> None:
    """Each part (essential, desirable) of `found` (requirement_lists.Requirements) read in one
    language only, or read as the same list in both, whose items hold both languages becomes
    the English and the French list."""
    first = None
    for part in ("essential", "desirable"):
        english, french = getattr(found, f"en_{part}"), getattr(found, f"fr_{part}")
        if english is not None and french is not None:
            _without_the_other(english, french)
        if english is not None and french is not None and english.items == french.items:
            french = None  # one bilingual list found under both languages' headings
        one = english if french is None else french if english is None else None
        halves = interleaved_halves(one.items, first) if one is not None else None
        if one is None or halves is None:
            continue
        first = halves.first
        setattr(found, f"en_{part}", replace(one, items=halves.english))
        setattr(found, f"fr_{part}", replace(one, items=halves.french))
        for lang, text in halves.untranslated:
            found.review.append(
                review_item(
                    "translation_missing",
                    field=part,
                    case="bullet",
                    half="fr" if lang == "en" else "en",
                    quote=quote(text),
                )
            )
