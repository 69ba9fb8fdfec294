"""The fifty-sixth blind batch's misses (a representative mix): the official languages named
as alternatives ("level V in English or French, and level III in the other"), read as a level
in English alone; a vendor named once for two products ("CompTIA A+ or Network+"), the second
kept without it (or lost after "Certification" in French order); each with further forms of
the same cause, in English and French."""

from __future__ import annotations

import pytest

from screener.importer.bullet_typing import Lang
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang", "one", "other"),
    [
        # The batch's form, in both halves.
        ("Languages: level V in English or French, and level III in the other.", "en", "V", "III"),
        ("Langues : niveau V en anglais ou en français, et niveau III dans l'autre.", "fr", "V", "III"),
        ("English or French at level V (Advanced); the other at level III.", "en", "V", "III"),
        ("Level IV in French or in English and level II in the other official language.", "en", "IV", "II"),
        ("Niveau IV en français ou en anglais et niveau II dans l'autre langue officielle.", "fr", "IV", "II"),
        ("Maîtrise de l'anglais ou du français (niveau V) et niveau III dans l'autre langue.", "fr", "V", "III"),
        ("Fluency in English or French (NATO level V); level II in the other.", "en", "V", "II"),
        # One level for either language: nothing is asked in the other.
        ("Level V in English or French.", "en", "V", None),
        ("Niveau IV en anglais ou en français.", "fr", "IV", None),
        ("Maîtrise du français ou de l'anglais (niveau IV).", "fr", "IV", None),
    ],
)  # fmt: skip
def test_the_official_languages_named_as_alternatives_are_one_and_the_other(
    text: str, lang: Lang, one: str, other: str | None
) -> None:
    typing = recognize(text, lang)
    assert typing.kind == "official_languages"
    assert typing.params["mode"] == "one_and_other"
    assert typing.params["one"] == one
    assert typing.params.get("other") == other


def test_a_level_for_each_named_language_stays_a_level_for_each() -> None:
    typing = recognize("Level IV in English; level II in French.", "en")
    assert typing.params == {"mode": "per_language", "en": "IV", "fr": "II"}


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # The batch's form: the vendor named once, for both products.
        ("CompTIA A+ or Network+ certification.", "en", ["CompTIA A+", "CompTIA Network+"]),
        ("Certification CompTIA A+ or Network+.", "en", ["CompTIA A+", "CompTIA Network+"]),
        ("Certification CompTIA A+ ou Network+.", "fr", ["CompTIA A+", "CompTIA Network+"]),
        (
            "Une certification CompTIA Security+ ou CySA+ serait un atout.",
            "fr",
            ["CompTIA Security+", "CompTIA CySA+"],
        ),
        (
            "CompTIA Network+, Security+ or CySA+",
            "en",
            ["CompTIA Network+", "CompTIA Security+", "CompTIA CySA+"],
        ),
        # Another vendor's certificate, or no vendor at all, stays as the notice names it.
        ("CompTIA Linux+ or RHCSA", "en", ["CompTIA Linux+", "RHCSA"]),
        ("Network+ or Security+ certification", "en", ["Network+", "Security+"]),
    ],
)  # fmt: skip
def test_a_product_listed_after_a_vendors_product_is_that_vendors(
    text: str, lang: Lang, names: list[str]
) -> None:
    typing = recognize(text, lang)
    assert typing.kind == "certification"
    assert typing.params["any_of"] == names
