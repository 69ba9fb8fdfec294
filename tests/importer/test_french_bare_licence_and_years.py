"""French bullets that name a licence without "de conduire" or years without "d'expérience",
and a licence whose category is only preferred."""

from __future__ import annotations

from typing import Any

import pytest

from screener.importer import import_notice_text

_FRENCH_TOP = (
    "Intitulé du poste : Technicien\nGrade OTAN : G7\nDate de clôture : 1 mars 2027\n\n"
    "QUALIFICATIONS ESSENTIELLES\n"
)
_ENGLISH_TOP = (
    "Title: Technician\nNATO Grade: G7\nApplication Deadline: 1 March 2027\n\nESSENTIAL\n"
)


def _typed(top: str, bullet: str) -> tuple[dict[str, Any], list[str]]:
    draft = import_notice_text(top + f"- {bullet}\n- Diplôme universitaire en finance\n", "n.txt")
    vacancy = draft.vacancy
    found = [c for c in vacancy.essential if c.kind not in ("nationality", "education")]
    assert len(found) == 1, found
    criterion = found[0]
    params = criterion.model_dump(exclude={"text", "id", "source", "notes", "flags"})
    params = {k: v for k, v in params.items() if v is not None}
    codes = [r.code for r in vacancy.review if r.criterion == criterion.id]
    return params, codes


@pytest.mark.parametrize(
    ("bullet", "categories"),
    [
        ("Permis B", ["B"]),
        ("Permis B valide", ["B"]),
        ("Permis C1E en cours de validité", ["C1E"]),
        ("Être titulaire du permis D", ["D"]),
    ],
)
def test_a_licence_named_by_its_category_alone_is_a_driving_licence(
    bullet: str, categories: list[str]
) -> None:
    params, _ = _typed(_FRENCH_TOP, bullet)
    assert params["kind"] == "driving_licence"
    assert params["categories"] == categories


@pytest.mark.parametrize(
    "bullet",
    ["Permis de travail en Belgique", "Permis d'exploitation radio", "Permis à points"],
)
def test_other_permits_are_no_driving_licence(bullet: str) -> None:
    params, _ = _typed(_FRENCH_TOP, bullet)
    assert params["kind"] != "driving_licence"


@pytest.mark.parametrize(
    ("bullet", "years", "domain"),
    [
        ("Au moins 5 ans en audit financier", 5, "en audit financier"),
        ("Cinq ans dans un poste similaire", 5, "dans un poste similaire"),
        ("Minimum 3 ans comme chauffeur", 3, "comme chauffeur"),
        ("Plus de 10 ans au sein d'une organisation internationale", 10,
         "au sein d'une organisation internationale"),
    ],
)  # fmt: skip
def test_years_in_a_field_are_experience_in_french(bullet: str, years: int, domain: str) -> None:
    params, _ = _typed(_FRENCH_TOP, bullet)
    assert params["kind"] == "experience"
    assert params["min_years"] == years
    assert params["domain"]["fr"] == domain


@pytest.mark.parametrize(
    ("top", "bullet"),
    [
        (_ENGLISH_TOP, "Valid driving licence, preferably category C"),
        (_ENGLISH_TOP, "A driving licence, ideally category D"),
        (_FRENCH_TOP, "Permis de conduire, de préférence catégorie C"),
    ],
)
def test_a_licence_whose_category_is_only_preferred_requires_no_such_category(
    top: str, bullet: str
) -> None:
    params, codes = _typed(top, bullet)
    assert params["kind"] == "driving_licence"
    assert params["categories"] == ["B"]  # a licence, its usual category, flagged
    assert codes  # the person reviewing is told


def test_a_category_wished_for_as_a_whole_stays_that_category() -> None:
    draft = import_notice_text(
        _ENGLISH_TOP + "- A university degree\n\nDESIRABLE\n"
        "- Category C driving licence would be an asset\n",
        "n.txt",
    )
    licence = [c for c in draft.vacancy.desirable if c.kind == "driving_licence"]
    assert [c.model_dump()["categories"] for c in licence] == [["C"]]
