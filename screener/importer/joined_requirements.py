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
_TYPED = frozenset({"experience", "education", "official_languages", "language"})
# "..., and hold", " and the annual ...", " et être titulaire", " et réussir".
_AND = re.compile(
    # ("...; be willing to work shifts": a semicolon joins them too.)
    r";\s(?=[a-z])|,?\s(?:and|as well as|et)\s(?=(?:(?:must|to|also|be|hold|have|possess|pass|obtain|undergo"
    r"|successfully|the|an?|valid|doit|etre|detenir|posseder|reussir|disposer|le|la|les|un|une)\s))"
)


def split_joined(
    text: str, lang: Lang, whole: Typing, recognize: Callable[[str, Lang], Typing]
) -> Typing:
    """`whole` with the bullet's second requirement in `also` when "and" joins two of
    different kinds; `whole` unchanged otherwise."""
    if whole.also or len(text) > 400:
        return whole
    folded = fold(text)
    for join in _AND.finditer(folded):
        left = recognize(text[: join.start()], lang)
        right = recognize(text[join.end() :], lang)
        if left.kind == right.kind or left.also or right.also:
            continue
        kinds = {left.kind, right.kind}
        # ("5 years of experience and a valid driving licence": one of the two at least is a
        # need, a test, a licence or a certificate; degrees and years have their own reading.)
        if kinds <= _JOINABLE or (kinds & _JOINABLE and kinds <= _JOINABLE | _TYPED):
            return replace(left, also=(right,))
    return whole
