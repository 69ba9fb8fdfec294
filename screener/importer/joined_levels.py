"""Two education levels in one bullet that are both asked for, not offered as alternatives: "a
university degree in physics ..., with a PhD in underwater acoustics", "a Master's degree and a
doctorate", "un master, suivi d'un doctorat". The higher level is then the requirement: taking
the lower one (as for "a degree or higher secondary education") would pass a candidate without
the doctorate."""

from __future__ import annotations

import re
from collections.abc import Sequence

from screener.domain.scales import EducationLevel

# What joins the higher level to the lower one when both are required ("..., with a PhD").
_JOINED = re.compile(
    r"(?:\bwith|\band(?: also)?|\bplus|\bfollowed by|\btogether with|\bas well as|\bavec"
    r"|\bet|\bsuivie? d'|\bainsi qu')\s?(?:a|an|un|une|the)?\s?(?:completed |relevant )?$"
)


_OR_BEFORE = re.compile(r"\b(?:or|ou)\s(?:an?\s|une?\s)?$")


def joined_level(
    required: str,
    levels: Sequence[EducationLevel],
    cues: Sequence[tuple[EducationLevel, re.Pattern[str]]],
) -> EducationLevel | None:
    """The highest level named when the bullet joins it to the others with "with" / "and"
    (both required), else None (the levels are alternatives, or only one is named)."""
    if len(levels) < 2:
        return None
    top = max(levels, key=lambda lvl: lvl.rank)
    if top.rank <= EducationLevel.HIGHER_SECONDARY.rank:
        return None  # "secondary education and a vocational qualification": read as before
    # "a degree in interpretation or a university degree ... together with a post-graduate
    # qualification": the 'with' joins the second path, an alternative to the first.
    if any(
        _OR_BEFORE.search(required[: found.start()])
        for _, pattern in cues
        for found in pattern.finditer(required)
    ):
        return None
    for level, pattern in cues:
        if level is top and (found := pattern.search(required)) is not None:
            before = required[: found.start()]
            # Only when the lower level comes first: "a PhD, with a Master's degree" does not
            # say the master's is required on top.
            return top if _JOINED.search(before.rstrip(" ,")) else None
    return None
