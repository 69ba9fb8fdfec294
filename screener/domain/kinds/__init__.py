"""Every kind of criterion, one module each: its model, its rule, its words, its question.

A kind's module is the one place to read or change what a kind is. Everything else that
lists kinds (the discriminated union of criteria, the engine's rules, the wizard's pages and
questions, the report's words, the importer's ids, the import review's editors) is derived
from KINDS, in this order (the order kinds are offered in, and listed in messages).
"""

from __future__ import annotations

from types import MappingProxyType

from screener.domain.kinds import (
    availability,
    certification,
    driving_licence,
    education,
    experience,
    firearms,
    fitness_test,
    language,
    nationality,
    official_languages,
    statement,
)
from screener.domain.kinds.kind import Check, Kind, Rule, Words

KINDS: tuple[Kind, ...] = (
    nationality.KIND,
    education.KIND,
    experience.KIND,
    official_languages.KIND,
    language.KIND,
    driving_licence.KIND,
    fitness_test.KIND,
    firearms.KIND,
    availability.KIND,
    certification.KIND,
    statement.KIND,
)

BY_NAME = MappingProxyType({kind.name: kind for kind in KINDS})


def kind_of(name: str) -> Kind:
    return BY_NAME[name]


__all__ = ["BY_NAME", "KINDS", "Check", "Kind", "Rule", "Words", "kind_of"]
