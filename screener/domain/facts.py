"""What the rules read of a profile, worked out once per profile: ranks as ints, sets.

A profile is assessed against every vacancy (and in a batch, a thousand profiles against a
thousand vacancies): reading levels, mother tongues and licences once per profile rather
than once per criterion is what keeps the rules fast enough to serve both the explained
assessment and the verdict-only path.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.domain.countries import is_nato_member
from screener.domain.profile import Profile
from screener.domain.scales import EDUCATION_RANK, LANGUAGE_RANK, EducationLevel
from screener.domain.slp import NO_SLP, Ranks
from screener.domain.slp import ranks as slp_ranks

MOTHER_TONGUE_RANK = 6  # a mother tongue counts as level VI


@dataclass(frozen=True, slots=True)
class Facts:
    nationality: str | None
    nato_member: bool
    education: EducationLevel | None
    education_rank: int  # 0: not given
    ranks: dict[str, int]  # language -> rank of the level held, mother tongues at VI
    mother_tongues: frozenset[str]
    # Asked about and not answered (no level, not a mother tongue): requirements stay open.
    unanswered: frozenset[str]
    any_language: bool  # a level or a mother tongue given for some language
    official: tuple[int, int, bool, bool]  # English rank, French rank, each unanswered?
    official_key: int  # the same four facts as one small int, a cheap key for caches
    licences: frozenset[str] | None  # upper case; None: not answered yet
    # STANAG 6001 profiles held, as four skill ranks (screener.domain.slp); None: holds none.
    slp: dict[str, Ranks | None]


def _facts(profile: Profile) -> Facts:
    ranks = {code: LANGUAGE_RANK[level] for code, level in profile.languages.items()}
    ranks.update(dict.fromkeys(profile.mother_tongues, MOTHER_TONGUE_RANK))
    unanswered = frozenset(code for code in profile.unanswered_languages if code not in ranks)
    country = profile.nationality
    licences = profile.driving_licences
    education = profile.education
    official = (ranks.get("en", 0), ranks.get("fr", 0), "en" in unanswered, "fr" in unanswered)
    return Facts(
        nationality=country,
        nato_member=country is not None and is_nato_member(country),
        education=education,
        education_rank=0 if education is None else EDUCATION_RANK[education],
        ranks=ranks,
        mother_tongues=frozenset(profile.mother_tongues),
        unanswered=unanswered,
        any_language=bool(ranks),
        official=official,
        official_key=official[0] * 32 + official[1] * 4 + official[2] * 2 + official[3],
        licences=None if licences is None else frozenset(x.upper() for x in licences),
        slp={
            code: None if held == NO_SLP else slp_ranks(held) for code, held in profile.slp.items()
        },
    )


# What the last facts were read from, as values, and those facts: assessing one profile
# against every vacancy reads it once. The key copies the profile's lists, so a list edited
# in place is seen as the change it is.
_last: tuple[tuple[object, ...], Facts] = ((), _facts(Profile()))


def facts_of(profile: Profile) -> Facts:
    global _last
    licences = profile.driving_licences
    key = (
        profile.nationality,
        profile.education,
        tuple(profile.languages.items()),
        tuple(profile.mother_tongues),
        tuple(profile.unanswered_languages),
        None if licences is None else tuple(licences),
        tuple(profile.slp.items()),
    )
    seen, facts = _last
    if key != seen:
        facts = _facts(profile)
        _last = (key, facts)
    return facts
