"""A task done in a language is no language level (the fortieth blind batch's notice 10:
"Proficient in reading technical orders and illustrated parts catalogues in English" was read
as English at level VI). A level's name ("proficient", "advanced", "maîtrise") is the
language's only when it qualifies the language itself; a task done "in English" is a statement
the candidate declares, with a review note, unless the notice states a level."""

from __future__ import annotations

import pytest

from screener.domain.scales import LanguageLevel as Level
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Proficient in reading technical orders and illustrated parts catalogues in English.",
            "en",
        ),
        ("Proficient in drafting minutes and correspondence in French.", "en"),
        ("Proficiency in writing technical reports in English.", "en"),
        ("Advanced skills in drafting legal opinions in English.", "en"),
        ("Proficient in translating technical documents from Russian into English.", "en"),
        ("Maîtrise de la rédaction de rapports techniques en anglais.", "fr"),
        ("Capacité avancée à lire des manuels techniques en anglais.", "fr"),
    ],
)
def test_a_task_done_in_a_language_is_a_statement_with_a_note(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "statement"
    assert [n.code for n in typing.notes] == ["task_in_language"]


@pytest.mark.parametrize(
    ("text", "lang", "params"),
    [
        ("Proficiency in English.", "en", {"mode": "per_language", "en": Level.VI}),
        ("Advanced written and spoken English.", "en", {"mode": "per_language", "en": Level.V}),
        ("English: proficient.", "en", {"mode": "per_language", "en": Level.VI}),
        ("Maîtrise de la langue anglaise.", "fr", {"mode": "per_language", "en": Level.VI}),
        (
            'An "Advanced" level in both the NATO official languages (English/French).',
            "en",
            {"mode": "both", "level": Level.V},
        ),
        # A level the notice states holds, whatever task the bullet names.
        (
            "Proficient in reading technical manuals in English (level IV).",
            "en",
            {"mode": "per_language", "en": Level.IV},
        ),
    ],
)
def test_a_level_that_qualifies_the_language_is_kept(text: str, lang: str, params: dict) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "official_languages"
    assert {key: typing.params.get(key) for key in params} == params


def test_another_languages_level_name_still_holds() -> None:
    typing = recognize("Advanced knowledge of Russian.", "en")
    assert (typing.kind, typing.params["language"], typing.params["min_level"]) == (
        "language",
        "ru",
        Level.V,
    )
