"""A short name for each essential requirement of a vacancy, in English or French. No Qt here.

The adviser's matrix, its CSV and workbook, the gap plan and the dossier name a failing or
open requirement in a few words: "experience (5 years)", "Russian", or a self-declared
statement's first words ("have good knowledge of the principles…"). Every name comes from
what the vacancy file holds (the kind, its parameters, the notice's own words in the
language asked; a file without French has a copy of the English there), and the names of
one vacancy are distinct: two that would read alike say more, then take a number.

Names follow a colon in every output ("not eligible: experience (5 years)"), so they keep
the case of their words: a kind's name in lower case, a language as each language writes
it (Russian, russe), the notice's words as written. They are plain text with plain spaces,
as a CSV cell wants them; the GUI adds French no-break spaces (messages.french_typography).
"""

from __future__ import annotations

import sys
import unicodedata
from bisect import bisect_left
from collections import Counter, OrderedDict
from collections.abc import Callable

from screener.domain.criteria import (
    CertificationCriterion,
    Criterion,
    DrivingLicenceCriterion,
    EducationCriterion,
    ExperienceCriterion,
    LanguageCriterion,
    LanguageProfileCriterion,
    LocalizedText,
)
from screener.domain.vacancy import Vacancy
from screener.report import messages

# How many characters of the notice's words name a requirement, then ten more at a time
# while two names read alike; past the last, a number tells them apart.
WORD_LIMITS = tuple(range(40, 101, 10))
# How much of an experience's domain is added when two experiences ask the same years.
_DOMAIN_LIMIT = 30
# Left at the end of a cut before its ellipsis: "principles,…" reads as "principles…".
_TRAILING = " ,;:.-–—(/"
# How many characters of a requirement's words name it inside a sentence of the app
# ("Change your answer: …", "“…”: you said no."): about a line, cut at a word like the rest.
SENTENCE_LIMIT = 80


def plain(text: str) -> str:
    """One line of plain text: runs of spaces, line breaks and no-break spaces become one
    space; control and bidi characters go (a name sits in a CSV cell or a table cell)."""
    if text.isprintable():  # no control, format or odd space character: the usual case
        return " ".join(text.split())
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch.isspace())
    return " ".join(visible.split())


def cut(text: str, limit: int) -> str:
    """`text` (made plain) in at most `limit` characters, cut at a word with an ellipsis."""
    return _cut(plain(text), limit)


def in_a_sentence(text: str) -> str:
    """A requirement's words (made plain) short enough to sit inside a sentence."""
    return cut(text, SENTENCE_LIMIT)


def _cut(plain_text: str, limit: int) -> str:
    words = plain_text.rstrip(" .;:,")
    if len(words) <= limit:
        return words
    head = words[: limit - 1]
    if words[limit - 1] != " " and " " in head:
        head = head[: head.rindex(" ")]  # a word cut in two is dropped
    return head.rstrip(_TRAILING) + "…"


def _kind_name(kind: str, lang: str) -> str:
    try:
        return messages.text(f"kind.{kind}", lang)
    except KeyError:  # a kind the report has no words for: its tag, readable
        return kind.replace("_", " ")


def _with(name: str, detail: str) -> str:
    return f"{name} ({detail})" if detail else name


def _words(crit: Criterion, lang: str) -> list[str]:
    """The notice's own words for it, cut shorter to longer."""
    said = plain(crit.text.get(lang))
    return list(dict.fromkeys(_cut(said, limit) for limit in WORD_LIMITS))


def _text_of(value: LocalizedText | None, lang: str) -> str:
    return "" if value is None else cut(value.get(lang), _DOMAIN_LIMIT)


def _experience(crit: ExperienceCriterion, lang: str) -> list[str]:
    years = messages.years_text(crit.min_years, lang)
    name = _with(_kind_name(crit.kind, lang), years)
    domain = _text_of(crit.domain, lang)
    return [name, _with(_kind_name(crit.kind, lang), f"{years}, {domain}") if domain else name]


def _education(crit: EducationCriterion, lang: str) -> list[str]:
    name = _kind_name(crit.kind, lang)
    detail = _text_of(crit.field, lang) or messages.education_name(crit.min_level, lang)
    return [name, _with(name, detail)]


def _language(crit: LanguageCriterion, lang: str) -> list[str]:
    name = messages.language_name(crit.language, lang)
    if name == crit.language:  # not in the app's list: the notice names it
        return []
    if crit.mother_tongue:
        detail = messages.text("mother_tongue", lang)
    else:
        detail = crit.min_level.value if crit.min_level is not None else ""
    return [name, _with(name, detail)]


def _language_profile(crit: LanguageProfileCriterion, lang: str) -> list[str]:
    name = messages.language_name(crit.language, lang)
    if name == crit.language:
        name = crit.language.upper()
    return [_with(name, f"STANAG 6001 {crit.profile}")]


def _licence(crit: DrivingLicenceCriterion, lang: str) -> list[str]:
    return [_with(_kind_name(crit.kind, lang), ", ".join(crit.categories))]


def _certification(crit: CertificationCriterion, lang: str) -> list[str]:
    names = cut(", ".join(crit.any_of), WORD_LIMITS[0])
    return [_with(_kind_name(crit.kind, lang), names)]


_BY_KIND: dict[str, Callable[[object, str], list[str]]] = {
    "experience": _experience,  # type: ignore[dict-item]
    "education": _education,  # type: ignore[dict-item]
    "language": _language,  # type: ignore[dict-item]
    "language_profile": _language_profile,  # type: ignore[dict-item]
    "driving_licence": _licence,  # type: ignore[dict-item]
    "certification": _certification,  # type: ignore[dict-item]
    "statement": lambda crit, lang: [],  # named by its words alone
}


def readings(crit: Criterion, lang: str) -> list[str]:
    """Names for one requirement, each saying more than the one before; the first is used
    unless another requirement of the vacancy would read the same."""
    make = _BY_KIND.get(crit.kind)
    first = make(crit, lang) if make is not None else [_kind_name(crit.kind, lang)]
    words = [said for said in _words(crit, lang) if said]
    if not first and not words:  # nothing printable in the notice's words: its kind
        first = [_kind_name(crit.kind, lang)]
    return list(dict.fromkeys([*first, *words]))


def _alike(one: str, other: str) -> bool:
    """The same name, or a cut one that the other only carries on ("Avoir une expérience
    s'agissant…" and "… s'agissant de…"): a reader could not tell them apart."""
    if one == other:
        return True
    if one.endswith("…") and other.startswith(one[:-1]):
        return True
    return other.endswith("…") and one.startswith(other[:-1])


def _read_alike(names: dict[str, str]) -> set[str]:
    """The ids whose names read alike (_alike) with another's. Sorted, the names a cut one
    carries on into follow it in one run, found by bisection: comparing every pair took
    seconds for a vacancy of 300 requirements, at each step of a gap plan."""
    counts = Counter(names.values())
    alike = {name for name, count in counts.items() if count > 1}
    ordered = sorted(counts)
    starts = [0] * (len(ordered) + 1)  # +1 where a run of alike names starts, -1 past it
    for name in ordered:
        if not name.endswith("…"):
            continue
        stem = name[:-1]
        low = bisect_left(ordered, stem)
        high = _past_names_starting(ordered, stem, low)
        if high - low > 1:  # the cut name and at least one other carrying it on
            starts[low] += 1
            starts[high] -= 1
    running = 0
    for index, name in enumerate(ordered):
        running += starts[index]
        if running > 0:
            alike.add(name)
    return {cid for cid, name in names.items() if name in alike}


def _past_names_starting(ordered: list[str], stem: str, low: int) -> int:
    """The index past the sorted names from `low` on that start with `stem`."""
    if stem and stem[-1] != chr(sys.maxunicode):
        return bisect_left(ordered, stem[:-1] + chr(ord(stem[-1]) + 1), low)
    high = low
    while high < len(ordered) and ordered[high].startswith(stem):
        high += 1
    return high


# Names made lately, by vacancy and language: a gap plan or a dossier names the same
# vacancy's requirements at each of its steps (hundreds, for an adviser's catalogue). A
# vacancy is frozen, and held here with its names, so its id stays its own while cached.
_MADE: OrderedDict[tuple[int, str], tuple[Vacancy, dict[str, str]]] = OrderedDict()
_MADE_KEPT = 64


def requirement_names(vacancy: Vacancy, lang: str) -> dict[str, str]:
    """A distinct short name for each essential requirement, by criterion id."""
    key = (id(vacancy), lang)
    made = _MADE.get(key)
    if made is not None and made[0] is vacancy:
        _MADE.move_to_end(key)
        return dict(made[1])
    names = _made_names(vacancy, lang)
    _MADE[key] = (vacancy, names)
    if len(_MADE) > _MADE_KEPT:
        _MADE.popitem(last=False)
    return dict(names)


def _made_names(vacancy: Vacancy, lang: str) -> dict[str, str]:
    choices = {crit.id: readings(crit, lang) for crit in vacancy.essential}
    depth = dict.fromkeys(choices, 0)
    while True:
        names = {cid: choices[cid][depth[cid]] for cid in choices}
        said_more = False
        for cid in _read_alike(names):
            if depth[cid] + 1 < len(choices[cid]):
                depth[cid] += 1
                said_more = True
        if not said_more:
            return _numbered(names, choices)


def names_on_screen(vacancy: Vacancy, lang: str) -> dict[str, str]:
    """requirement_names() as a window shows them: French keeps « » and : with their words
    by no-break spaces (a CSV cell keeps plain ones, so a spreadsheet filter matches)."""
    names = requirement_names(vacancy, lang)
    if lang != "fr":
        return names
    return {cid: messages.french_typography(name) for cid, name in names.items()}


def _numbered(names: dict[str, str], choices: dict[str, list[str]]) -> dict[str, str]:
    """Names still the same with all their words take a number, in the notice's order, on
    their shortest reading: the longer ones did not tell them apart."""
    counts = Counter(names.values())
    taken = set(names.values())
    seen: Counter[str] = Counter()
    out = {}
    for cid, name in names.items():
        if counts[name] == 1:
            out[cid] = name
            continue
        short = choices[cid][0]
        seen[short] += 1
        numbered = f"{short} ({seen[short]})"
        while numbered in taken:
            seen[short] += 1
            numbered = f"{short} ({seen[short]})"
        taken.add(numbered)
        out[cid] = numbered
    return out
