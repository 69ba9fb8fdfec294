"""An upper limit on the years of experience: "a maximum of 3 years", "no more than 2 years".

A young professionals' programme asks for at most a few years. An experience criterion holds a
minimum only, and read as one, "a maximum of 3 years" would refuse the candidates the post is
for and accept those it excludes. So the bullet is a statement the candidate declares, with a
review note; when the notice also gives a minimum ("minimum 2, maximum 5 years"), that minimum
is asked and the maximum is flagged.
"""

from __future__ import annotations

import re

from screener.importer.bullet_typing import Note, note
from screener.importer.wording import YearsMention, number_value

# On folded text, right before or after the years.
_AT_MOST_BEFORE = re.compile(
    r"\b(?:a )?(?:maximum|max\.?)(?: of)?\s?$|\b(?:at most|no more than|not more than|not exceeding"
    r"|(?<!not )(?<!no )less than|(?<!not )(?<!no )fewer than|up to|au maximum|au plus"
    r"|pas plus de|(?<!pas )moins de|jusqu'a)\s?$"
)
_AT_MOST_AFTER = re.compile(r"^\s?(?:at most|maximum|max\b|or less|or fewer|au maximum|au plus)")
_MINIMUM = re.compile(
    r"\b(?:minimum|min\.|at least|au moins|un minimum de)\s(?:of\s)?(\d{1,2}|[a-z]{3,9})\b"
)


def upper_limit(folded: str, years: YearsMention) -> tuple[float | None, Note] | None:
    """(the minimum the bullet also gives, or None; the review note) when the years found
    are a maximum; None when they are not."""
    before = folded[: years.start]
    if not (_AT_MOST_BEFORE.search(before) or _AT_MOST_AFTER.match(folded[years.end :])):
        return None
    shown = f"{years.years:g}"
    minimum = _MINIMUM.search(before)
    value = number_value(minimum[1]) if minimum else None
    if value is not None and 0 < value < years.years:
        return value, note("experience_range_maximum", years=shown)
    return None, note("experience_maximum", years=shown)
