"""Problems are shown in terminals and labels: one line each, nothing that drives the display,
bounded in length and in number, whatever the file holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.persistence.errors import (
    MAX_PROBLEM_TEXT,
    MAX_PROBLEMS,
    FileProblemError,
    Problem,
    short_repr,
)
from screener.persistence.vacancy_files import parse_vacancy_text

PATH = Path("vacancy.toml")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("line\nbreak", "line\\nbreak"),
        ("carriage\r\nreturn", "carriage\\r\\nreturn"),
        ("tab\there", "tab\\there"),
        ("\x1b[2Jcleared", "\\x1b[2Jcleared"),
        ("bell\x07", "bell\\x07"),
        ("\x7fdel\x85nel", "\\x7fdel\\x85nel"),
        ("abc\u202edcb", "abc\\u202edcb"),  # right-to-left override
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("bom\ufeff", "bom\\ufeff"),
        ("para\u2029sep", "para\\u2029sep"),
    ],
)
def test_control_and_bidi_characters_are_escaped(raw: str, shown: str) -> None:
    problem = Problem(PATH, raw, raw)
    assert problem.where == shown
    assert problem.message == shown
    assert str(problem) == f"{PATH}: {shown}: {shown}"


@pytest.mark.parametrize(
    "text",
    [
        "Assistant(e) principal(e), Unité Sécurité humaine",
        "مساعد رئيسي، وحدة الأمن البشري",
        "non-breaking\u00a0space",
        "👩🏽‍💻 joined emoji",  # keeps its zero-width joiner
        "می‌خواهم",  # Persian, with a zero-width non-joiner
    ],
)
def test_ordinary_text_is_kept(text: str) -> None:
    assert Problem(PATH, "", text).message == text


def test_long_texts_are_cut() -> None:
    problem = Problem(PATH, "k" * 100_000, "v" * 100_000)
    assert len(problem.where) == len(problem.message) == MAX_PROBLEM_TEXT
    assert problem.message.endswith("...")


def test_many_problems_are_cut_to_a_count() -> None:
    error = FileProblemError(PATH, [Problem(PATH, f"f{i}", "wrong") for i in range(1_000)])
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert (
        error.problems[-1].message == f"... and {1_000 - MAX_PROBLEMS:,} more problems not listed"
    )
    assert len(str(error).splitlines()) == MAX_PROBLEMS + 1


def test_a_file_with_thousands_of_wrong_values_gives_a_bounded_message() -> None:
    text = "".join(f"unknown{i} = 1\n" for i in range(20_000))
    with pytest.raises(FileProblemError) as caught:
        parse_vacancy_text(text, PATH)
    assert len(caught.value.problems) == MAX_PROBLEMS + 1
    assert len(str(caught.value)) < 10_000


def test_a_huge_key_gives_a_short_field_path() -> None:
    with pytest.raises(FileProblemError) as caught:
        parse_vacancy_text(f'"{"k" * 900_000}" = 1\n', PATH)
    assert len(str(caught.value)) < 20_000


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("G10", "'G10'"),
        (42, "42"),
        ([1, 2], "[1, 2]"),
        ({"b": 1, "a": 2}, "{'b': 1, 'a': 2}"),  # the file's order, not sorted
        ("x" * 1_000_000, "'" + "x" * 56 + "..."),
    ],
)
def test_short_repr(value: object, shown: str) -> None:
    assert short_repr(value) == shown


def test_short_repr_of_deep_nesting() -> None:
    deep: object = []
    for _ in range(100_000):
        deep = [deep]
    assert short_repr(deep) == "[[[[[...]]]]]"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Word or Outlook's quotes, French typing, single quotes.
        (
            "reference = \u201c269102\u201d\n",
            '1, column 13: TOML needs straight quotes (") around '
            "text, not typographic ones (\u201c), which a word processor or e-mail program types",
        ),
        ("reference = \u00ab 269102 \u00bb\n", "typographic ones (\u00ab)"),
        ("reference = \u2018269102\u2019\n", "typographic ones (\u2018)"),
        (
            "title.en = Analyst, Cyber\n",
            '1, column 12: text must be between straight quotes ("): TOML reads a word without '
            "them as no value at all",
        ),
        (
            'grade = "G17\nformat = 1\n',
            "1, column 13: a text's closing quote (\") is missing: add it at the end of the "
            "text, on the line where the text starts",
        ),
    ],
)
def test_slips_of_hand_editing_are_said_for_what_they_are(text: str, said: str) -> None:
    with pytest.raises(FileProblemError) as caught:
        parse_vacancy_text(text, Path("v.toml"))
    assert str(caught.value).startswith("v.toml: line ")
    assert said in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        'title = "the \u201cbest\u201d post"\nreference = 26 9\n',  # quotes inside text are text
        "draft = True\n",  # a value misspelt, not text without quotes
    ],
)
def test_other_syntax_errors_stay_as_the_parser_says_them(text: str) -> None:
    with pytest.raises(FileProblemError) as caught:
        parse_vacancy_text(text, Path("v.toml"))
    assert "TOML syntax error" in str(caught.value)
