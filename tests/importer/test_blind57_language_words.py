"""The fifty-seventh blind batch's AIRCOM transport notice: "Good knowledge of German and EU
regulations on drivers' hours" was read as German asked as a language; the country's name is
there an adjective of its rules, beside another's. Knowledge of the language itself stays a
language, in English and French."""

from __future__ import annotations

import pytest

from screener.importer.bullet_typing import Lang
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Good knowledge of German and EU regulations on drivers' hours and tachographs.", "en"),
        ("Knowledge of Dutch and Belgian law.", "en"),
        ("Sound knowledge of Italian or EU procurement rules.", "en"),
        ("Bonne connaissance des réglementations allemande et européenne sur les temps de conduite.", "fr"),
        ("Connaissance du droit allemand.", "fr"),
    ],
)  # fmt: skip
def test_knowledge_of_a_countrys_rules_is_no_language(text: str, lang: Lang) -> None:
    assert recognize(text, lang).kind != "language"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Good knowledge of German.", "en"),
        ("Knowledge of German and French.", "en"),
        ("Good knowledge of German and English at level III.", "en"),
        ("Bonne connaissance de l'allemand.", "fr"),
    ],
)
def test_knowledge_of_the_language_itself_stays_a_language(text: str, lang: Lang) -> None:
    typing = recognize(text, lang)
    assert typing.kind == "language"
    assert typing.params["language"] == "de"
