"""The short names of requirements the adviser's outputs use (report.requirement_names)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from vacancy_builders import crit, make_vacancy

from screener.batch import requirement_labels
from screener.domain.criterion_base import shows_something
from screener.report.requirement_names import cut, requirement_names


def said(id: str, en: str, fr: str | None = None, kind: str = "statement", **params: Any) -> dict:
    return {**crit(kind, id, **params), "text": {"en": en, "fr": fr if fr is not None else en}}


CYBER = make_vacancy(
    said(
        "cyber-policy",
        "have good knowledge of the principles, policy and procedures governing cybersecurity",
        "avoir une bonne connaissance des principes, de la politique et des procédures",
    ),
    said(
        "network-security",
        "have good knowledge of the principles of network security",
        "avoir une bonne connaissance des principes de sécurité des réseaux",
    ),
    said(
        "nato-procedures",
        "know NATO's procedures",
        "connaître les procédures de l'OTAN",
    ),
    crit("experience", "experience", min_years=5, domain={"en": "IT", "fr": "informatique"}),
    crit("language", "russian", language="ru", min_level="IV"),
)


def test_a_statement_is_named_by_its_first_words_in_the_language_asked() -> None:
    en = requirement_labels(CYBER, "en")
    fr = requirement_labels(CYBER, "fr")
    assert en["nato-procedures"] == "know NATO's procedures"
    assert fr["nato-procedures"] == "connaître les procédures de l'OTAN"
    assert en["experience"] == "experience (5 years)"
    assert fr["experience"] == "expérience (5 ans)"
    assert (en["russian"], fr["russian"]) == ("Russian", "russe")


def test_two_statements_with_the_same_first_words_say_more_until_they_differ() -> None:
    en = requirement_labels(CYBER, "en")
    # Both read "have good knowledge of the principles…" at 40 characters.
    assert en["cyber-policy"] == "have good knowledge of the principles, policy and…"
    assert en["network-security"] == "have good knowledge of the principles of network…"
    fr = requirement_labels(CYBER, "fr")
    assert fr["cyber-policy"] == "avoir une bonne connaissance des principes, de la…"
    assert fr["network-security"] == "avoir une bonne connaissance des principes de…"
    for names in (en, fr):
        assert all(len(name) <= 60 for name in names.values())
        assert len(set(names.values())) == len(names)


def test_words_a_reader_could_not_tell_apart_are_not_enough() -> None:
    # Cut at 40 characters, one name would only carry the other on by a word.
    vacancy = make_vacancy(
        said("a", "avoir une expérience s'agissant de gérer le développement des capacités"),
        said("b", "avoir une expérience s'agissant d'élaborer et de mettre en œuvre des processus"),
    )
    names = requirement_names(vacancy, "fr")
    assert names == {
        "a": "avoir une expérience s'agissant de gérer le…",
        "b": "avoir une expérience s'agissant d'élaborer et de…",
    }


def test_the_same_words_twice_take_a_number_and_never_the_id() -> None:
    twice = "be available for standby duty at weekends and during public holidays all year"
    vacancy = make_vacancy(said("standby-1", twice), said("standby-2", twice))
    names = requirement_names(vacancy, "en")
    assert names == {
        "standby-1": "be available for standby duty at… (1)",
        "standby-2": "be available for standby duty at… (2)",
    }


def test_two_experiences_of_the_same_length_are_told_apart_by_their_domain() -> None:
    vacancy = make_vacancy(
        crit("experience", "exp-a", min_years=2, domain={"en": "management", "fr": "gestion"}),
        crit("experience", "exp-b", min_years=2, domain={"en": "auditing", "fr": "audit"}),
        crit("experience", "exp-c", min_years=5, domain={"en": "auditing", "fr": "audit"}),
    )
    assert requirement_names(vacancy, "en") == {
        "exp-a": "experience (2 years, management)",
        "exp-b": "experience (2 years, auditing)",
        "exp-c": "experience (5 years)",
    }
    assert requirement_names(vacancy, "fr")["exp-a"] == "expérience (2 ans, gestion)"


def test_kinds_named_by_their_parameters() -> None:
    vacancy = make_vacancy(
        crit("driving_licence", "licence", categories=["B", "C"]),
        crit("certification", "cert", any_of=["CISSP", "CISM"]),
        crit("language", "russian", language="ru", min_level="IV"),
        crit("language", "russian-native", language="ru", mother_tongue=True),
        said("swedish", "Swedish at level III", "suédois au niveau III", "language",
             language="sv", min_level="III"),
    )  # fmt: skip
    en = requirement_names(vacancy, "en")
    assert en == {
        "licence": "driving licence (B, C)",
        "cert": "certification (CISSP, CISM)",
        "russian": "Russian (IV)",
        "russian-native": "Russian (mother tongue)",
        "swedish": "Swedish at level III",  # not in the app's list: the notice's words
    }
    assert requirement_names(vacancy, "fr")["russian-native"] == "russe (langue maternelle)"


def test_a_vacancy_without_french_words_gives_the_english_ones() -> None:
    # The importer copies the English words where a notice has no French.
    vacancy = make_vacancy(
        said("procedures", "know NATO's procedures for handling classified information"),
        crit("nationality"),
    )
    fr = requirement_names(vacancy, "fr")
    assert fr == {
        "procedures": "know NATO's procedures for handling…",
        "nationality": "nationalité",
    }


def test_names_are_one_plain_line_whatever_the_file_holds() -> None:
    vacancy = make_vacancy(
        said("odd", "<b>know</b>\u202e the\n\tprocedures\u00a0:\x1b[31m of <i>NATO</i>"),
    )
    assert requirement_names(vacancy, "en")["odd"] == "<b>know</b> the procedures :[31m of…"


def test_cut_keeps_whole_words_and_drops_trailing_punctuation() -> None:
    assert cut("short enough.", 40) == "short enough"
    assert cut("have good knowledge of the principles, policy and more", 40) == (
        "have good knowledge of the principles…"
    )
    assert cut("a" * 60, 40) == "a" * 39 + "…"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=120).filter(shows_something), min_size=1, max_size=8))
def test_names_are_distinct_short_and_never_an_id(texts: list[str]) -> None:
    vacancy = make_vacancy(*(said(f"req-{i}", text) for i, text in enumerate(texts)))
    for lang in ("en", "fr"):
        names = requirement_names(vacancy, lang)
        assert len(set(names.values())) == len(texts)
        for name in names.values():
            assert name.strip() and len(name) <= 110 and "\n" not in name
