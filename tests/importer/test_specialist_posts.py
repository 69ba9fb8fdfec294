"""Specialist posts' requirements: years of practice, certificates named side by side, and the
list's end right above who may apply."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported


def _one(bullet: str) -> dict[str, object]:
    text = f"{NOTICE_TOP}ESSENTIAL\n- {bullet}\n\nOpen to nationals of NATO member states.\n"
    criterion = imported(text).essential[1]
    return criterion.model_dump(mode="json", exclude={"id", "text", "source", "alternative"})


@pytest.mark.parametrize(
    ("bullet", "years"),
    [
        ("fifteen years of clinical practice", 15),
        ("at least 6 years' post-qualification practice as a lawyer", 6),
    ],
)
def test_years_of_practice_are_experience(bullet: str, years: int) -> None:
    got = _one(bullet)
    assert got["kind"] == "experience" and got["min_years"] == years


def test_certificates_named_together_are_each_kept_and_flagged() -> None:
    text = f"{NOTICE_TOP}ESSENTIAL\n- CompTIA A+ and Network+.\n\nOpen to nationals of NATO member states.\n"
    vacancy = imported(text)
    criterion = vacancy.essential[1]
    assert criterion.kind == "certification"
    assert criterion.any_of == ["CompTIA A+", "Network+"]
    # The criterion accepts any one of them: the review says the notice asks for both.
    reasons = [item.values["reasons"] for item in vacancy.review if item.code == "low_confidence"]
    assert any("asks for all these certificates" in reason["en"] for reason in reasons)


def test_who_may_apply_right_under_the_last_item_is_not_part_of_it() -> None:
    text = (
        f"{NOTICE_TOP}Essential qualifications\n- Three years of experience in IT support;\n"
        "Desirable qualifications\n- Bachelor's degree in computer science.\n"
        "Open to nationals of NATO member states.\n"
    )
    vacancy = imported(text)
    assert [c.text.en for c in vacancy.desirable] == ["Bachelor's degree in computer science"]
    assert vacancy.desirable[0].kind == "education"
    assert vacancy.essential[0].kind == "nationality"
