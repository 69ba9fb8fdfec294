"""Words that carry values in notices: numbers written out, NATO language levels, language names.

Both official languages: notices say "five years" and "cinq ans", 'V ("Advanced")' and
'V (« avancé »)'. Matching works on text folded by `fold` (lower case, no accents).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from screener.domain.scales import LanguageLevel

_PLAIN_LETTERS = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D"}


class _FoldTable(dict[int, str]):
    """A str.translate table filled on first use of each character (fast on long texts)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0] if ch.isalpha() else ch
        # Letters Unicode does not split into a base and an accent: Norwegian and Danish "ø"
        # ("Søknadsfrist"), Polish "ł" ("składania"), Turkish "ı" ("numarası"), "đ".
        base = _PLAIN_LETTERS.get(base, base)
        if ch in "’‘`´":
            base = "'"
        elif ch in "“”«»„":
            base = '"'
        lowered = base.lower()
        # One character in, one out: positions in the folded text are positions in the input.
        folded = lowered if len(lowered) == 1 else (base if len(base) == 1 else ch)
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_NOT_ASCII = re.compile(r"([^\x00-\x7f]+)")


class _DeaccentTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0] if ch.isalpha() else ch
        self[code] = base
        return base


_DEACCENT = _DeaccentTable()


def deaccent(text: str) -> str:
    """The text without accents, case kept, same length ("catégorie B" -> "categorie B")."""
    return text.translate(_DEACCENT)


# Words a sentence or an item cannot stop on, English and French: a line ending on one was
# wrapped ("a degree in" / "Computer Science", "spend up to" / "60 days", "au sein d'un" /
# "SOC ou d'un CERT."), also across a page break.
ENDS_OPEN = re.compile(
    r"\s(?:to|of|and|or|than|least|most|for|in|on|at|by|as|with|about|over|under|within|the|a"
    r"|an|some|per|approximately|around|minimum|maximum"
    r"|de|du|des|d'une?|un|une|le|la|les|au|aux|à|et|ou|en|pour|par|sur|dans|avec|sans|moins"
    r"|entre|chez|vers)$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower case without accents or typographic quotes, same length as the input.

    Keeping the length lets a match in the folded text be cut out of the original.
    """
    if text.isascii():
        return text.lower().replace("`", "'")  # what _FOLD gives each ASCII character
    # str.translate looks each character up in the table, some 30 ns a character: folding
    # every line of a long paste took seconds. Only the runs outside ASCII need the table.
    parts = _NOT_ASCII.split(text)
    parts[::2] = [part.lower() for part in parts[::2]]
    parts[1::2] = [part.translate(_FOLD) for part in parts[1::2]]
    return "".join(parts).replace("`", "'")


def plain_words(text: str) -> str:
    """The text's folded words and figures, one space apart: two copies of one requirement
    compare equal whatever their punctuation, case, accents or spacing."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


_EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-five": 25,
    "twenty five": 25,
    "thirty": 30,
}
_FR_NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
    "vingt-cinq": 25,
    "trente": 30,
}
WORD_NUMBERS: dict[str, int] = {**_EN_NUMBERS, **_FR_NUMBERS}


def _words_alternation(words: dict[str, int]) -> str:
    # Longest first, so "twenty-five" wins over "twenty" and "dix-sept" over "dix".
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = rf"(?:\d{{1,2}}(?:[.,]\d)?|{_words_alternation(WORD_NUMBERS)})"
# "at least 4 years", "five (5) years", "5+ years", "two to three years", "quatre ans",
# "trois années". Bounded gaps keep the search linear on any input.
_YEARS = re.compile(
    # ("between 5 and 8 years": the first is the minimum; "a three-year experience")
    rf"\b(?P<n>{_NUMBER})(?:\s{{0,2}}(?:to|-|–|or|a|ou|and|et)\s{{0,2}}{_NUMBER})?"
    rf"\s{{0,2}}(?:\(\s{{0,2}}\d{{1,2}}\s{{0,2}}\)\s{{0,2}})?\+?(?:\s{{0,2}}|-)(?:full[- ])?"
    rf"(?P<unit>years?|yrs?|ans|annees?|an|months?|mois)\b"
)


@dataclass(frozen=True, slots=True)
class YearsMention:
    years: float
    start: int
    end: int


def number_value(token: str) -> float | None:
    token = token.strip().lower()
    if token in WORD_NUMBERS:
        return float(WORD_NUMBERS[token])
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


# "Minimum 3, and ideally 5, years": the first figure is the minimum, the second a wish.
_IDEALLY = re.compile(
    rf"\b(?P<n>{_NUMBER}),?\s(?:and |but |or |or, )?(?:ideally|preferably|desirably|de preference"
    rf"|idealement),?\s{_NUMBER},?\s(?:full[- ])?(?P<unit>years?|yrs?|ans|annees?|months?|mois)\b"
)
_A_YEAR = re.compile(r"\b(at least|minimum(?: of)?|more than|over|au moins) an? (years?|months?)\b")


def all_years(text: str) -> list[YearsMention]:
    """Every duration in the text, in years ("18 months" is 1.5), in text order."""
    found: list[YearsMention] = []
    # "at least a year": one year ("a" and "1" are as long, so positions stay the same).
    for match in _YEARS.finditer(_A_YEAR.sub(r"\1 1 \2", fold(text))):
        value = number_value(match["n"])
        if value is None or value <= 0:
            continue
        if match["unit"].startswith(("month", "mois")):
            value = round(value / 12, 2)
        if value > 60:
            continue
        found.append(YearsMention(value, match.start(), match.end()))
    for match in _IDEALLY.finditer(fold(text)):
        value = number_value(match["n"])
        if value is not None and 0 < value <= 60:
            months = match["unit"].startswith(("month", "mois"))
            found.append(YearsMention(round(value / 12, 2) if months else value, *match.span()))
    return sorted(found, key=lambda mention: mention.start)


# "8 years, of which 3 at management level", "3 years ... within a total of 8 years": one
# duration is part of the other, and the whole is what the candidate needs.
_PART_OF_TOTAL = re.compile(
    r"\b(?:of which|of whom|including|incl\.|among which|within (?:a total of|an overall)"
    r"|out of (?:a total of )?|a total of|overall|in total|dont|parmi lesquell?es|y compris"
    r"|sur un total de)\b"
)


# "... in the last 10 years", "au cours des cinq dernières années": a window the experience
# falls in, not an amount of it.
_WINDOW_BEFORE = re.compile(
    r"\b(?:in|within|during|over|for) the (?:last|past|preceding|previous)\s?$"
    r"|\b(?:au cours des|dans les|durant les|pendant les|sur les)\s?$"
)
_WINDOW_AFTER = re.compile(r"^\s?(?:dernieres?|precedentes?)\b")


def _window(folded: str, mention: YearsMention) -> bool:
    before = folded[max(0, mention.start - 30) : mention.start]
    if _WINDOW_BEFORE.search(before):
        return True
    return bool(_WINDOW_AFTER.match(folded[mention.end : mention.end + 12]))


def find_years(text: str) -> YearsMention | None:
    """The years of experience a bullet asks for: the first duration, or the whole when one
    duration is part of another ("8 years, of which 3 at management level" is 8). A window
    ("in the last 10 years") is not an amount of experience."""
    folded = fold(text)
    found = [mention for mention in all_years(text) if not _window(folded, mention)]
    if len(found) > 1 and _PART_OF_TOTAL.search(fold(text)):
        return max(found, key=lambda mention: mention.years)
    return found[0] if found else None


# --- NATO IS language levels -------------------------------------------------------------

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
_ROMAN_RE = re.compile(r"(?<![A-Za-z0-9'’-])(VI|IV|V|III|II|I)(?![A-Za-z0-9'’])")

# Names as notices print them (folded), longest first so "upper intermediate" beats
# "intermediate". "indermediate" is a misspelling seen in a real notice.
LEVEL_NAMES: tuple[tuple[str, LanguageLevel], ...] = (
    ("upper-intermediate", LanguageLevel.IV),
    ("upper intermediate", LanguageLevel.IV),
    ("upper indermediate", LanguageLevel.IV),
    ("intermediaire superieur", LanguageLevel.IV),
    ("intermediaire avance", LanguageLevel.IV),
    ("proficiency", LanguageLevel.VI),
    ("proficient", LanguageLevel.VI),
    ("maitrise", LanguageLevel.VI),
    ("advanced", LanguageLevel.V),
    ("avance", LanguageLevel.V),
    ("intermediate", LanguageLevel.III),
    ("indermediate", LanguageLevel.III),
    ("intermediaire", LanguageLevel.III),
    ("elementary", LanguageLevel.II),
    ("elementaire", LanguageLevel.II),
    ("beginner", LanguageLevel.I),
    ("debutant", LanguageLevel.I),
)
_LEVEL_NAME_RE = re.compile(
    r"\b(" + "|".join(re.escape(name) for name, _ in LEVEL_NAMES) + r")(?:e|s|es)?\b"
)
_LEVEL_BY_NAME = dict(LEVEL_NAMES)


@dataclass(frozen=True, slots=True)
class LevelMention:
    """A level in a sentence: 'V ("Advanced")' has both a numeral and a name."""

    start: int
    end: int
    numeral: LanguageLevel | None
    name: str | None  # as printed in the notice, e.g. "Intermediate"
    named_level: LanguageLevel | None

    @property
    def level(self) -> LanguageLevel:
        # The numeral is what the notice defines; a name is only a gloss on it.
        level = self.numeral or self.named_level
        assert level is not None
        return level

    @property
    def contradictory(self) -> bool:
        return (
            self.numeral is not None
            and self.named_level is not None
            and self.numeral != self.named_level
        )


def level_from_roman(numeral: str) -> LanguageLevel | None:
    return LanguageLevel(numeral) if numeral in _ROMAN else None


def find_levels(text: str) -> list[LevelMention]:
    """Every level in order: numerals with an optional name right after them, or names alone."""
    folded = fold(text)
    mentions: list[LevelMention] = []
    names = list(_LEVEL_NAME_RE.finditer(folded))
    name_starts = [m.start() for m in names]
    for numeral in _ROMAN_RE.finditer(text):
        start, end = numeral.span()
        name_match = None
        # The first name after the numeral (binary search keeps long texts fast); it glosses
        # the numeral when only a few non-alphanumeric characters separate them:
        # ' ("Advanced")', ': Upper', ' (« avancé »)'.
        at = bisect.bisect_left(name_starts, end)
        if at < len(names):
            candidate = names[at]
            gap = folded[end : candidate.start()]
            if len(gap) <= 6 and not re.search(r"[a-z0-9]", gap):
                name_match = candidate
        name = named = None
        if name_match is not None:
            name = text[name_match.start() : name_match.end()]
            named = _LEVEL_BY_NAME[name_match[1]]
            end = name_match.end()
        mentions.append(LevelMention(start, end, level_from_roman(numeral[1]), name, named))
    glossed = {m.end for m in mentions if m.name is not None}
    for candidate in names:
        if candidate.end() in glossed:
            continue
        name = text[candidate.start() : candidate.end()]
        mentions.append(
            LevelMention(
                candidate.start(), candidate.end(), None, name, _LEVEL_BY_NAME[candidate[1]]
            )
        )
    mentions.sort(key=lambda m: m.start)
    return mentions


# Words that say a bullet is about education (a degree, a diploma, a level of schooling).
EDUCATION_CUES = re.compile(
    r"\b(?:degree(?! of )|university|diploma|education|educational|bachelor|master|doctorate|phd|"
    r"secondary|graduate|post-graduate|postgraduate|diplome|diplomee?\(?e?\)?|universit|"
    r"instruction|formation equivalente|licence universitaire|niveau secondaire|enseignement"
    r"|etudes secondaires|ll\.\s?m\b|doctorat|baccalaureat|bachelier|licence (?:\((?:l3|bac ?\+ ?3)\) )?(?:en|d'etudes|professionnelle)|\bbac ?\+ ?\d)"
    # Degrees by their abbreviations: "BSc/MSc", "MBA", "LLB", "B.A.", "DPhil".
    r"|\b(?:bsc|b\.sc|beng|b\.eng|bba|llb|ll\.b|b\.a\.|msc|m\.sc|meng|m\.eng|mba|mphil|m\.a\.|d\.?phil)"
    r"(?![a-z])"
    # Nursing's and commerce's ("BSN", "MSN", "BCom"); an honours degree ("BA (Hons)").
    r"|\b(?:bsn|bscn|msn|bcom)\b|\b(?:ba|bs|ma) ?\(hons?\)|\b(?:ba|ma)(?= in [a-z])"
)
