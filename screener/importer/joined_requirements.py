"""Two requirements a bullet joins with "and": one criterion each.

"be willing to travel frequently, including at short notice, and hold a valid category B
driving licence" asks for travel AND a licence; "pass the pistol shooting qualification and the
annual physical fitness test" asks for two tests. The first reading alone lost the other
requirement, so a candidate was never asked about it. The bullet is cut where "and" starts a
new requirement (a verb or an article after it); each side must read as a typed requirement of
its own and the two must be of different kinds ("CISSP and CISM" stays one certification).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from screener.importer.bullet_typing import Lang, Typing
from screener.importer.wording import fold

# Kinds a candidate is checked on that a bullet joins to another one.
_JOINABLE = frozenset(
    {"availability", "driving_licence", "firearms", "fitness_test", "certification"}
)
# Other typed kinds, joined to one of those.
_TYPED = frozenset(
    {"experience", "education", "official_languages", "language", "language_profile"}
)
_NATIONS = re.compile(
    r"\b(?:nation|national|nationals|nationality|citizens?|countr(?:y|ies)|member states?|states"
    r"|pays|ressortissants?|nationalite|etats?)\b"
)
# "English SLP 3333; ability to chair meetings of national experts; willingness to travel":
# a bullet listing its requirements between semicolons, each its own criterion.
_SEMICOLON = re.compile(r";\s(?=[a-z])")
_MAX_CLAUSES = 5
# "..., and hold", " and the annual ...", " et être titulaire", " et réussir".
_AND = re.compile(
    # ("...; be willing to work shifts": a semicolon joins them too.)
    r";\s(?=[a-z])|,?\s(?:and|as well as|et)\s(?=(?:(?:must|to|also|be|hold|have|possess|pass|obtain|undergo"
    r"|successfully|the|an?|valid|doit|etre|detenir|posseder|reussir|disposer|le|la|les|un|une)\s"
    # ("... and hold, or be eligible for, a NATO SECRET security clearance".)
    r"|(?:hold|have|possess),\s))"
)


def split_joined(
    text: str, lang: Lang, whole: Typing, recognize: Callable[[str, Lang], Typing]
) -> Typing:
    """`whole` with the bullet's second requirement in `also` when "and" joins two of
    different kinds; `whole` unchanged otherwise."""
    if whole.also or len(text) > 400:
        return whole
    if listed := _semicolon_list(text, lang, recognize):
        return listed
    folded = fold(text)
    for join in _AND.finditer(folded):
        left = recognize(text[: join.start()], lang)
        right = recognize(text[join.end() :], lang)
        if left.kind == right.kind or left.also or right.also:
            continue
        kinds = {left.kind, right.kind}
        if whole.kind == "nationality":
            # "Be a national of a NATO member nation and hold ... a NATO SECRET clearance": who
            # may apply is the notice's rule; what the bullet asks beside it is asked too.
            # (Never more nations: "... and the following partner countries: ...".)
            if left.kind == "nationality" and not _NATIONS.search(folded[join.end() :]):
                return replace(whole, also=(right,))
            continue
        # ("5 years of experience and a valid driving licence": one of the two at least is a
        # need, a test, a licence or a certificate; degrees and years have their own reading.)
        if kinds <= _JOINABLE or (kinds & _JOINABLE and kinds <= _JOINABLE | _TYPED):
            return replace(left, also=(right,))
    return whole


def _semicolon_list(
    text: str, lang: Lang, recognize: Callable[[str, Lang], Typing]
) -> Typing | None:
    """A bullet of three or more clauses between semicolons, one requirement each: every
    clause's criterion (statements too), when two clauses at least are typed requirements of
    different kinds, one a need, a test, a licence or a certificate."""
    cuts = [0, *(m.end() for m in _SEMICOLON.finditer(fold(text)))]
    if not 3 <= len(cuts) <= _MAX_CLAUSES:
        return None
    ends = [*cuts[1:], len(text)]
    clauses = [text[start:end].rstrip(" ;") for start, end in zip(cuts, ends, strict=True)]
    parts = [recognize(clause, lang) for clause in clauses]
    typed = {part.kind for part in parts if part.kind != "statement"}
    if any(part.also for part in parts) or len(typed) < 2 or not typed & _JOINABLE:
        return None
    if not typed <= _JOINABLE | _TYPED:
        return None
    return replace(parts[0], also=tuple(parts[1:]))
