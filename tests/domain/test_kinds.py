"""Every kind of criterion has every part: a model in the vacancy format's JSON Schema, a
rule whose every reason has words in English and French, a name in both languages, a
wizard topic, a yes/no question translated into French (for yes/no kinds), an importer id.

The parts the UI adds (a wizard page, the import review's editor) are checked in
tests/ui/test_kind_parts.py. A new kind fails here until it has them all.
"""

from __future__ import annotations

import json
import re
import typing
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from screener.domain import criteria, kinds
from screener.domain.criterion_base import CriterionBase
from screener.domain.facts import facts_of
from screener.domain.kinds import BY_NAME, KINDS, Kind
from screener.domain.profile import UNSURE, Profile
from screener.domain.slp import SKILLS
from screener.importer import criteria_builder, review_text
from screener.paths import resources_dir
from screener.report.catalogue import LANGS, TEXT, merge_kind_words
from screener.report.messages import render_reason

_LAW = {"en": "law", "fr": "droit"}
# Valid criteria of each kind (beyond id and words), between them every variant. A kind with
# no parameters of its own needs none here.
EXAMPLES: dict[str, list[dict[str, Any]]] = {
    "nationality": [{}, {"scope": "listed", "countries": ["BE", "FR"]}],
    "education": [{"min_level": "bachelor"}, {"min_level": "bachelor", "field": _LAW}],
    "experience": [{"min_years": 3, "domain": _LAW}],
    "official_languages": [
        {"mode": "one_and_other", "one": "V", "other": "II"},
        {"mode": "one_and_other", "one": "IV"},  # nothing asked in the other language
        {"mode": "both", "level": "IV"},
        {"mode": "per_language", "fr": "III"},
    ],
    "language": [{"language": "ru", "min_level": "IV"}, {"language": "ru", "mother_tongue": True}],
    "language_profile": [{"language": "en", "profile": "3+3+32"}],
    "driving_licence": [{"categories": ["B"]}],
    "fitness_test": [{"recurring": True}],
    "firearms": [{"shooting_test": True}],
    "availability": [{"needs": ["travel"]}],
    "certification": [{"any_of": ["CISSP"]}],
}
# Profiles that between them reach every outcome of the rules above.
PROFILES = [
    Profile(),
    Profile(
        nationality="BE",
        education="master",
        languages={"en": "VI", "fr": "V", "ru": "V"},
        driving_licences=["B"],
        slp={"en": "4443"},
    ),
    Profile(
        nationality="CH",
        education="secondary",
        languages={"en": "I", "ru": "I"},
        driving_licences=[],
        unanswered_languages=["fr"],
        slp={"en": "3+3+22+"},
    ),
    Profile(
        nationality="FR",
        education="bachelor",
        mother_tongues=["ru"],
        languages={"en": "I"},
        slp={"en": "none"},
    ),
    Profile(languages={"en": "V"}, unanswered_languages=["fr", "ru"]),
]
ANSWERS = [None, True, False, UNSURE, 1.0, 10.0]

_ADAPTER: TypeAdapter[criteria.Criterion] = TypeAdapter(criteria.Criterion)

merge_kind_words()  # the kinds' words join the catalogue on first need


def examples(kind: Kind) -> list[CriterionBase]:
    text = {"en": "requirement", "fr": "exigence"}
    return [
        _ADAPTER.validate_python({"kind": kind.name, "id": "c1", "text": text, **params})
        for params in EXAMPLES.get(kind.name, [{}])
    ]


def _codes(kind: Kind) -> set[str]:
    codes = set()
    for criterion in examples(kind):
        check = kind.rule(criterion)
        for profile in PROFILES:
            for answer in ANSWERS:
                _status, reason, remedy, _shown = check(facts_of(profile), answer)
                codes.add(reason.code)
                if remedy is not None:
                    codes.add(remedy.code)
    return codes


def _translated_questions() -> dict[str, str]:
    tree = ET.parse(resources_dir() / "i18n" / "screener_fr.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "YesNoQuestion":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished" and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def test_every_kind_with_parameters_has_an_example() -> None:
    base = set(CriterionBase.model_fields) | {"kind"}
    with_parameters = [kind.name for kind in KINDS if set(kind.model.model_fields) - base]
    assert [name for name in EXAMPLES if name in with_parameters] == with_parameters
    assert set(EXAMPLES) <= {kind.name for kind in KINDS}


def test_the_union_and_the_kind_list_come_from_the_registry() -> None:
    assert tuple(kind.name for kind in KINDS) == criteria.CRITERION_KINDS
    members = typing.get_args(typing.get_args(criteria.Criterion)[0])
    assert set(members) == {kind.model for kind in KINDS}
    # What type checkers see, written out in the registry, names the same models.
    source = Path(kinds.__file__).read_text(encoding="utf-8")
    written = source[source.index("if TYPE_CHECKING:") : source.index("else:")]
    assert set(re.findall(r"\b(\w+Criterion)\b", written)) == {k.model.__name__ for k in KINDS}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_kind_has_a_model_in_the_vacancy_schema(kind: Kind) -> None:
    assert kind.model.model_fields["kind"].default == kind.name
    schema = json.loads((resources_dir() / "vacancy.schema.json").read_text(encoding="utf-8"))
    consts = {
        definition["properties"]["kind"].get("const")
        for definition in schema["$defs"].values()
        if "kind" in definition.get("properties", {})
    }
    assert kind.name in consts
    assert all(criterion.kind == kind.name for criterion in examples(kind))


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_reason_of_a_kind_has_words_in_english_and_french(kind: Kind) -> None:
    codes = _codes(kind)
    # Words that render a reason's values, not reasons: "1 year", an SLP's skills.
    parts = {"remedy.more_years.one", "language_profile.skill", *(f"slp.{s}" for s in SKILLS)}
    assert codes >= set(kind.words) - parts, "a code no rule gives"
    for lang in LANGS:
        missing = sorted(code for code in codes if not TEXT[lang].get(code))
        assert not missing, f"{kind.name}: no {lang} words for {missing}"
        assert TEXT[lang][f"kind.{kind.name}"]
    for code, words in kind.words.items():
        assert len(words) == 2 and all(words), code


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_kind_has_a_wizard_topic_and_its_question(kind: Kind) -> None:
    topics = {"nationality", "education", "experience", "languages", "licence", "tests"}
    assert kind.topic in topics | {"availability", "statements"}
    if kind.declared:
        assert kind.question, f"{kind.name}: a yes/no kind asks a question"
        assert kind.question in _translated_questions(), f"{kind.name}: no French question"
    else:
        assert kind.question is None


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_the_importer_names_a_kind_as_the_report_does(kind: Kind) -> None:
    assert review_text.kind_name(kind.name, "en") == TEXT["en"][f"kind.{kind.name}"]
    assert review_text.kind_name(kind.name, "fr") == TEXT["fr"][f"kind.{kind.name}"]
    if kind.id_prefix is not None:
        assert criteria_builder.KIND_IDS[kind.name] == kind.id_prefix


def _slp_outcome(held: str | None, asked: str = "3+3+32") -> tuple[str, str, str | None]:
    crit = TypeAdapter(criteria.Criterion).validate_python(
        {"kind": "language_profile", "id": "slp-en", "language": "en", "profile": asked,
         "text": {"en": f"English - SLP {asked}", "fr": f"Anglais - SLP {asked}"}}
    )  # fmt: skip
    profile = Profile() if held is None else Profile(slp={"en": held})
    status, reason, remedy, _shown = BY_NAME["language_profile"].rule(crit)(facts_of(profile), None)
    words = render_reason(reason, "en")
    return status, words, None if remedy is None else render_reason(remedy, "fr")


def test_an_slp_is_checked_skill_by_skill_with_plus_levels_between() -> None:
    assert _slp_outcome("4443")[:2] == (
        "met",
        "English: you hold SLP 4443; the notice asks for SLP 3+3+32.",
    )
    assert _slp_outcome("3+3+32")[0] == "met"
    status, words, remedy = _slp_outcome("33+22")
    assert status == "not_met"
    assert words == (
        "English: you hold SLP 33+22; the notice asks for SLP 3+3+32"
        " (Listening 3, asked 3+, Reading 2, asked 3)."
    )
    assert remedy == "Un test STANAG 6001 en anglais donnant le profil SLP 3+3+32 ou plus."


def test_no_slp_is_not_met_and_an_slp_not_given_is_open() -> None:
    status, words, remedy = _slp_outcome("none")
    assert status == "not_met"
    assert "you hold no SLP" in words
    assert remedy is not None and "test STANAG 6001" in remedy
    assert _slp_outcome(None)[:2] == (
        "unknown",
        "English: the notice asks for SLP 3+3+32; your SLP is not given yet.",
    )


def test_an_slp_is_never_read_as_a_nato_level() -> None:
    # Level VI in English says nothing of an SLP: the requirement stays open.
    crit_status = _slp_outcome(None)[0]
    assert crit_status == "unknown"
    profile = Profile(languages={"en": "VI"}, mother_tongues=["en"])
    crit = TypeAdapter(criteria.Criterion).validate_python(
        {"kind": "language_profile", "id": "slp-en", "language": "en", "profile": "1111",
         "text": {"en": "English SLP 1111", "fr": "Anglais SLP 1111"}}
    )  # fmt: skip
    assert BY_NAME["language_profile"].rule(crit)(facts_of(profile), None)[0] == "unknown"


def test_an_slp_written_otherwise_is_refused() -> None:
    for wrong in ("333", "33333", "6333", "3++333", "III", "3 3 3 3"):
        with pytest.raises(ValidationError):
            Profile(slp={"en": wrong})
