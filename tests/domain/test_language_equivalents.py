"""The CEFR / test-score helper table, without Qt."""

from __future__ import annotations

import pytest

from screener.domain.language_equivalents import (
    CEFR_LEVELS,
    Evidence,
    choices,
    equivalent_level,
    is_score,
)
from screener.domain.scales import LanguageLevel as L


@pytest.mark.parametrize(
    ("cefr", "level", "stated"),
    [
        ("A1", L.I, False),
        ("A2", L.II, False),
        ("B1", L.III, False),
        ("B2", L.IV, True),
        ("C1", L.V, True),
        ("c2", L.VI, True),
    ],
)
def test_cefr_maps_one_to_one(cefr: str, level: L, stated: bool) -> None:
    result = equivalent_level(Evidence.CEFR, cefr)
    assert result.level is level
    assert result.stated is stated


@pytest.mark.parametrize(
    ("evidence", "value", "level"),
    [
        (Evidence.IELTS, 6.5, L.V),
        (Evidence.IELTS, 7.0, L.V),
        (Evidence.IELTS, 7.5, L.VI),
        (Evidence.IELTS, 9.0, L.VI),
        (Evidence.TOEFL_IBT, 110, L.V),
        (Evidence.TOEFL_IBT, 120, L.V),
        (Evidence.TOEIC, 945, L.V),
        (Evidence.TOEIC, 990, L.V),
        (Evidence.CAMBRIDGE, "FCE", L.IV),
        (Evidence.CAMBRIDGE, "CAE", L.V),
        (Evidence.CAMBRIDGE, "CPE", L.VI),
        (Evidence.DELF_DALF, "DELF A1", L.I),
        (Evidence.DELF_DALF, "DELF B2", L.IV),
        (Evidence.DELF_DALF, "DALF C1", L.V),
        (Evidence.DELF_DALF, "DALF C2", L.VI),
    ],
)
def test_stated_equivalences(evidence: Evidence, value: object, level: L) -> None:
    assert equivalent_level(evidence, value).level is level  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("evidence", "value"),
    [
        (Evidence.IELTS, 6.0),  # below the bands NATO states: no guess
        (Evidence.IELTS, 9.5),  # outside the scale
        (Evidence.TOEFL_IBT, 109),
        (Evidence.TOEFL_IBT, 80),
        (Evidence.TOEIC, 940),
        (Evidence.TOEIC, "not a number"),
        (Evidence.CAMBRIDGE, "KET"),
        (Evidence.CEFR, "D1"),
    ],
)
def test_lower_or_unknown_results_are_not_mapped(evidence: Evidence, value: object) -> None:
    result = equivalent_level(evidence, value)  # type: ignore[arg-type]
    assert result.level is None
    assert not result.mapped


def test_choices_and_scores() -> None:
    assert choices(Evidence.CEFR) == CEFR_LEVELS
    assert choices(Evidence.CAMBRIDGE) == ("FCE", "CAE", "CPE")
    assert "DALF C2" in choices(Evidence.DELF_DALF)
    assert choices(Evidence.IELTS) == ()
    assert is_score(Evidence.TOEIC)
    assert not is_score(Evidence.DELF_DALF)
