"""Importing the five real notices reproduces the hand-made bundled vacancy files."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from importer_support import (
    BUNDLED_DIR,
    NOTICE_FILES,
    criterion_facts,
    header_facts,
    typing_facts,
)

from screener.domain.criteria import CRITERION_ID_PATTERN
from screener.domain.vacancy import Vacancy
from screener.importer import ImportResult, import_notice_file, import_notice_text
from screener.persistence.vacancy_files import load_vacancy

REFERENCES = [path.stem for path in NOTICE_FILES]


@cache
def imported(reference: str) -> ImportResult:
    return import_notice_file(Path(NOTICE_FILES[REFERENCES.index(reference)]))


@cache
def bundled(reference: str) -> Vacancy:
    return load_vacancy(BUNDLED_DIR / f"{reference}.toml")


def notice_text(reference: str) -> str:
    return NOTICE_FILES[REFERENCES.index(reference)].read_text(encoding="utf-8")


def test_the_five_notices_are_there() -> None:
    assert REFERENCES == ["241436", "241600", "250411", "250717", "250939"]


@pytest.mark.parametrize("reference", REFERENCES)
def test_header_facts_match_the_bundled_file(reference: str) -> None:
    assert header_facts(imported(reference).vacancy) == header_facts(bundled(reference))


@pytest.mark.parametrize("reference", REFERENCES)
@pytest.mark.parametrize("part", ["essential", "desirable"])
def test_criteria_match_the_bundled_file(reference: str, part: str) -> None:
    got = getattr(imported(reference).vacancy, part)
    expected = getattr(bundled(reference), part)
    assert [c.kind for c in got] == [c.kind for c in expected]
    for mine, theirs in zip(got, expected, strict=True):
        assert criterion_facts(mine) == criterion_facts(theirs)


@pytest.mark.parametrize("reference", REFERENCES)
def test_a_draft_with_readable_unique_ids(reference: str) -> None:
    result = imported(reference)
    vacancy = result.vacancy
    assert vacancy.draft is True
    assert result.review == vacancy.review
    assert result.source_name.endswith(f"{reference}.txt")
    ids = [c.id for c in vacancy.criteria]
    assert len(ids) == len(set(ids))
    assert all(re.match(CRITERION_ID_PATTERN, i) for i in ids)
    assert vacancy.essential[0].id == "nationality"
    assert {"education", "languages"} <= set(ids)
    assert all(i.startswith("d-") for i in (c.id for c in vacancy.desirable))
    assert set(result.confidence) == set(ids)
    assert all(0 < value <= 1 for value in result.confidence.values())


def test_typing_accuracy_on_the_five_notices() -> None:
    """The figure quoted in the README: bullets whose kind and parameters match the files."""
    right = total = 0
    for reference in REFERENCES:
        for part in ("essential", "desirable"):
            got = [c for c in getattr(imported(reference).vacancy, part) if c.source == "bullet"]
            expected = [c for c in getattr(bundled(reference), part) if c.source == "bullet"]
            total += len(expected)
            right += sum(
                typing_facts(a) == typing_facts(b) for a, b in zip(got, expected, strict=False)
            )
    assert total == 83
    assert right / total >= 0.95, f"{right}/{total}"


def test_250717_level_contradiction_is_flagged() -> None:
    result = imported("250717")
    vacancy = result.vacancy
    languages = next(c for c in vacancy.essential if c.kind == "official_languages")
    assert (languages.one, languages.other) == ("V", "I")  # as the English states it
    [warning] = vacancy.warnings
    assert warning.code == "language_level_contradiction"
    assert warning.criterion == languages.id
    assert '"Intermediate"' in warning.text.en and "level III" in warning.text.en
    assert "« Intermediate »" in warning.text.fr
    codes = {(item.code, item.criterion) for item in result.review}
    assert ("language_level_contradiction", languages.id) in codes
    assert ("language_level_mismatch", languages.id) in codes


@pytest.mark.parametrize("reference", ["241436", "241600", "250411", "250939"])
def test_consistent_notices_have_no_warnings(reference: str) -> None:
    result = imported(reference)
    assert result.vacancy.warnings == []
    assert not [i for i in result.review if "mismatch" in i.code or "contradiction" in i.code]


def test_absent_clearance_is_left_for_review() -> None:
    result = imported("250939")
    assert result.vacancy.clearance is None
    assert any(i.code == "header_missing" and i.field == "clearance" for i in result.review)


def test_unsure_typings_are_left_for_review() -> None:
    result = imported("250939")
    low = {i.criterion for i in result.review if i.code == "low_confidence"}
    # "certification with regard to firearms skills": a statement, but worth a second look.
    firearms_certification = next(
        c.id for c in result.vacancy.desirable if c.text.en.startswith("certification with")
    )
    assert firearms_certification in low
    assert all(result.confidence[c] < 0.7 for c in low)


def test_english_only_text_copies_the_wording_and_says_so() -> None:
    text = notice_text("250939")
    english = text[: text.index("Agent (Centre opérationnel")]
    result = import_notice_text(english, "250939-en.txt")
    vacancy = result.vacancy
    assert len(vacancy.essential) == len(bundled("250939").essential)
    assert all(c.text.fr == c.text.en for c in vacancy.criteria if c.source == "bullet")
    assert any(i.code == "translation_missing" for i in result.review)
    assert any(i.code == "header_missing" and i.field == "title" for i in result.review)


def test_differing_bullet_counts_are_reported() -> None:
    text = notice_text("241600").replace(
        "- avoir une connaissance des systèmes de gestion de projet ;\n", ""
    )
    result = import_notice_text(text)
    assert any(i.code == "bullet_count_mismatch" and i.field == "essential" for i in result.review)


def test_differing_years_are_reported() -> None:
    text = notice_text("250717").replace("au moins cinq ans", "au moins six ans")
    result = import_notice_text(text)
    experience = next(c for c in result.vacancy.essential if c.kind == "experience")
    assert experience.min_years == 5  # the English figure
    assert any(i.code == "years_mismatch" and i.criterion == experience.id for i in result.review)


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(lambda t: t.replace("\n", "\r\n"), id="crlf"),
        pytest.param(lambda t: t.replace("\n- ", "\n• "), id="round-bullets"),
        pytest.param(lambda t: t.replace("ESSENTIAL\n", "### **ESSENTIAL**\n"), id="markdown"),
        pytest.param(lambda t: t.replace("\n", "\n\n"), id="blank-lines"),
        pytest.param(lambda t: "\f".join(t.split("\n\n")), id="page-breaks"),
    ],
)
def test_format_variants_give_the_same_criteria(variant: object) -> None:
    assert callable(variant)
    result = import_notice_text(variant(notice_text("250939")))
    expected = bundled("250939")
    assert [criterion_facts(c) for c in result.vacancy.criteria] == [
        criterion_facts(c) for c in expected.criteria
    ]


def test_french_only_text_is_a_draft_with_french_titles() -> None:
    text = notice_text("250411")
    french = text[text.index("Analyste sénior du renseignement (connaissance") :]
    result = import_notice_text(french, "250411-fr.txt")
    vacancy = result.vacancy
    assert vacancy.title.fr.startswith("Analyste sénior")
    assert [c.kind for c in vacancy.criteria] == [c.kind for c in bundled("250411").criteria]
    missing = [i for i in result.review if i.code == "translation_missing"]
    assert {i.field for i in missing} == {"essential", "desirable"}
    assert all(i.criterion is None for i in missing)  # once per list, not per bullet


def test_unreadable_header_values_are_left_for_review() -> None:
    text = notice_text("250939").replace("27-Jul-2025, 11:59:00 PM", "end of July")
    text = text.replace("27-juil.-2025, 23:59:00", "fin juillet")
    result = import_notice_text(text)
    fields = {(i.code, i.field) for i in result.review}
    assert ("header_unreadable", "deadline") in fields
    assert ("header_missing", "deadline") in fields


def test_the_contradiction_gives_an_alternative_reading() -> None:
    """250717: English 'I ("Intermediate")', French III: the other reading is kept too."""
    languages = imported("250717").vacancy.criterion("languages")
    assert languages is not None and languages.alternative is not None
    assert languages.alternative.params == {"other": "III"}
    note = languages.alternative.note
    assert 'level I but calls it "Intermediate", the name of level III' in note.en
    assert "the French text asks for level V in one language and III in the other" in note.en
    assert "la version française demande le niveau V dans une langue et III dans l'autre" in note.fr
    assert languages.alternative_reading().other == "III"  # type: ignore[union-attr]
    # The bundled file, once it records the alternative, reads it the same way.
    expected = bundled("250717").criterion("languages")
    assert expected is not None
    if expected.alternative is not None:
        assert expected.alternative.params == languages.alternative.params
    # No other notice contradicts itself, so no other criterion has an alternative.
    for reference in REFERENCES:
        others = [c.id for c in imported(reference).vacancy.criteria if c.alternative]
        assert others == (["languages"] if reference == "250717" else [])
