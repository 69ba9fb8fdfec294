"""The thirty-eighth and thirty-ninth blind batches' typing misses, each with further wordings
of the same cause: travel named by an abbreviation or a synonym ("TDY travel, up to 25% of
working time") read as a statement."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ability to undertake TDY travel, up to 25% of working time.", "en"),
        ("Frequent TDYs within the NATO Command Structure.", "en"),
        ("Ability to undertake temporary duty (TDY) assignments of up to 3 weeks.", "en"),
        ("Able to go on missions, up to 20% of the time.", "en"),
        (
            "Must be prepared to perform missions to operational theatres up to 60 days per year.",
            "en",
        ),
        ("Capacity to carry out short missions abroad.", "en"),
        ("Ability to conduct duty visits to subordinate HQs (approx. 20 days a year).", "en"),
        (
            "Être en mesure d'effectuer des missions de courte durée (environ 30 jours par an).",
            "fr",
        ),
        ("Aptitude à partir en mission jusqu'à 40 jours par an.", "fr"),
        ("Déplacements fréquents à prévoir, jusqu'à 25 % du temps de travail.", "fr"),
    ],
)
def test_travel_named_by_its_abbreviations_and_synonyms_is_travel(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params.get("needs")) == ("availability", [Need.TRAVEL])


@pytest.mark.parametrize(
    "text",
    [
        "Ability to prepare travel claims and budgets.",
        "Knowledge of NATO missions and operations.",
        "Experience in 3 missions abroad.",
    ],
)
def test_travel_paperwork_and_missions_known_are_not_travel(text: str) -> None:
    assert recognize(text, "en").kind != "availability"
