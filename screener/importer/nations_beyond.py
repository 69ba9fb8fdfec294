"""Nationality rules that name countries the other way round: excluded ones, or partners added.

"all NATO nations except Albania, Bulgaria, ..." names the members that may NOT apply: taking
the names as the list would refuse every eligible candidate and accept every excluded one, so
the list is every member but those. "nationals of NATO member countries and of Australia,
Japan, the Republic of Korea and New Zealand" adds partner countries to the members: keeping
only the members would refuse a partner's national the notice invites. Both are flagged for
review, since the draft's list is derived rather than quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from screener.domain.countries import Country, all_countries, nato_members
from screener.importer.wording import fold

# On folded text. "except", "excluding", "other than", "à l'exception de", "sauf", "hormis".
_EXCEPT = re.compile(
    r"\b(?:except(?:ing)?|excluding|exclusive of|other than|with the exception of|apart from"
    r"|a l'exception d(?:e|u|es)|a l'exclusion d(?:e|u|es)|sauf|hormis|excepte)\b"
)
# The rule speaks of every member before its exception ("all NATO nations", "member nations").
_ALL_MEMBERS = re.compile(r"\ball\b|\bmember|\bmembres?\b|\btou(?:s|tes) les\b|\ballied\b")
# Partners joined to the members: "... member countries and of Australia", "as well as".
_PARTNER_JOIN = re.compile(
    r"\b(?:member (?:countries|nations|states)|pays membres|etats membres|nations membres)"
    r"[^.;]{0,40}?\b(?:and (?:of |from |nationals of )?|as well as |plus |et (?:de |des |du |d')"
    r"|ainsi que )"
)
# A sentence that turns partners away ("... are not eligible") adds nobody.
_NEGATED = re.compile(r"\bnot\b|\bno\b|\bnor\b|\bne\b|\bn'|\bpas\b|\bexclu")
_SENTENCE_END = re.compile(r"\.\s|;|$")
# Partner names notices use besides countries.json's ("South Korea").
_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "KR": ("republic of korea", "korea", "republique de coree"),
    "MD": ("moldova", "republic of moldova"),
}


def _sentence_after(folded: str, start: int) -> str:
    tail = folded[start:]
    end = _SENTENCE_END.search(tail)
    return tail[: end.start()] if end else tail


def members_except(rule: str, countries_in: Callable[[str], list[str]]) -> list[str] | None:
    """Every NATO member but those the rule excludes, or None when it excludes none.
    `countries_in` reads member names (nationality.py)."""
    folded = fold(rule)
    excluded: set[str] = set()
    for match in _EXCEPT.finditer(folded):
        if _ALL_MEMBERS.search(folded[: match.start()]):
            excluded.update(countries_in(_sentence_after(folded, match.end())))
    if not excluded:
        return None
    return [code for code in nato_members() if code not in excluded]


def name_patterns(
    countries: Iterable[Country], other_names: Mapping[str, tuple[str, ...]]
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(ISO code, pattern of the country's English, French and other names) on folded text."""
    patterns = []
    for country in countries:
        names = {fold(country.en), fold(country.fr), *other_names.get(country.code, ())}
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        patterns.append((country.code, re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")))
    return tuple(patterns)


@cache
def _partner_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    members = nato_members()
    others = [country for code, country in all_countries().items() if code not in members]
    return name_patterns(others, _OTHER_NAMES)


def partner_countries(rule: str) -> list[str]:
    """Countries outside NATO that the rule invites beside the members ("... member countries
    and of Australia, Japan"), as ISO codes in the notice's order; [] when it names none."""
    folded = fold(rule)
    found: dict[str, int] = {}
    for join in _PARTNER_JOIN.finditer(folded):
        named = _sentence_after(folded, join.end())
        if _NEGATED.search(named) or _NEGATED.search(folded[: join.start()][-80:]):
            continue
        for code, pattern in _partner_patterns():
            hit = pattern.search(named)
            if hit is not None:
                found.setdefault(code, hit.start())
    return sorted(found, key=found.__getitem__)


def listed_non_members(rule: str) -> list[str]:
    """Countries outside NATO named in a rule that lists the eligible nations one by one (a
    COE's sponsoring nations: "Austria*, Belgium, ..." with Austria a contributing participant),
    as ISO codes in the notice's order; [] when the rule turns any country away."""
    folded = fold(rule)
    if _NEGATED.search(folded):
        return []
    found = {
        code: hit.start()
        for code, pattern in _partner_patterns()
        if (hit := pattern.search(folded))
    }
    return sorted(found, key=found.__getitem__)


# A footnote to a list of nations turning one away: "(*Georgia: contributing partner, not
# eligible for this post.)", "* La Géorgie n'est pas éligible pour ce poste." The countries
# named before its first ":" / "," / verb are the ones it excludes.
_EXCLUDING_NOTE = re.compile(
    r"^\(?\*{0,2}\s?(?:(?:nationals|citizens) of |(?:les )?ressortissants (?:de |du |des ))?"
    r"(?:la |le |l'|les |the )?([^:,;()*]{3,40}?)\s?(?::|,|–|\bis\b|\bare\b|\best\b|\bsont\b)"
    r".{0,160}$"
)
_NOT_ELIGIBLE = re.compile(
    r"\bnot (?:eligible|admissible)\b|\bineligible\b|\bnon (?:eligible|admissible)s?\b"
    r"|\bpas (?:eligible|admissible)s?\b"
)


def excluded_by_note(lines: list[str], countries_in: Callable[[str], list[str]]) -> set[str]:
    """The countries a footnote beside a list of nations says are not eligible."""
    excluded: set[str] = set()
    for line in lines:
        if not line or len(line) > 300 or "eligib" not in (folded := fold(line)):
            continue
        match = _EXCLUDING_NOTE.match(folded.strip())
        if match is None or not _NOT_ELIGIBLE.search(folded):
            continue
        named = match[1]
        excluded |= set(countries_in(named))
        excluded |= {code for code, pattern in _partner_patterns() if pattern.search(named)}
    return excluded
