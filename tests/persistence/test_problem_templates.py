"""Every problem the core words for translation (QT_TRANSLATE_NOOP("FileProblem", ...)) has a
finished French translation naming the same values, and is given exactly those values where
it is made: the UI formats the French with them (ui/common/problem_words.py)."""

from __future__ import annotations

import ast
import datetime as dt
import string
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Literal

import pytest

from screener.persistence.errors import FileProblemError, Phrase, Problem, Wording
from screener.persistence.validation_words import validation_problems

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "screener_fr.ts"


def _is_marker(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "FileProblem"
    )


@cache
def _core_trees() -> dict[Path, ast.Module]:
    core = [p for p in (ROOT / "screener").rglob("*.py") if "ui" not in p.parts]
    return {p: ast.parse(p.read_text(encoding="utf-8")) for p in core}


def _marked() -> list[str]:
    found = []
    for tree in _core_trees().values():
        for node in ast.walk(tree):
            if _is_marker(node):
                assert isinstance(node, ast.Call) and isinstance(node.args[1], ast.Constant)
                found.append(node.args[1].value)
    return found


def _fields(template: str) -> set[str] | None:
    """The names the template formats, or None for a wording put in a sentence as it is (a
    Phrase), which may hold braces of its own ("{ name = value, ... }")."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    return names if all(name.isidentifier() for name in names) else None


def _filled(template: str) -> str:
    values = {
        name: 1234 if spec else "x"
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    }
    return template.format(**values)


@cache
def _french() -> dict[str, str | None]:
    """Each FileProblem source with its French, None while unfinished."""
    found: dict[str, str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "FileProblem":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") is None and bool(translation.text)
            found[message.findtext("source") or ""] = translation.text if finished else None
    return found


def test_the_core_marks_its_problems() -> None:
    assert len(_marked()) > 80  # the importer's, the vacancy and profile files' problems


@pytest.mark.parametrize("template", sorted(set(_marked())))
def test_each_marked_problem_has_a_french_translation_that_formats(template: str) -> None:
    french = _french().get(template)
    assert french, f"no finished French translation in {TS.name} for: {template}"
    fields = _fields(template)
    if fields is None:
        return
    assert _fields(french) == fields
    assert _filled(french) and _filled(template)


def test_each_problem_is_made_with_the_values_its_template_names() -> None:
    """Problem.of(path, where, QT_TRANSLATE_NOOP(...), name=value, ...) and the like: a
    value missing would fail when the problem is made, one too many never be shown."""
    checked = 0
    for path, tree in _core_trees().items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            marked = [arg for arg in node.args if _is_marker(arg)]
            if not marked or _is_marker(node):
                continue
            template = marked[0].args[1].value  # type: ignore[attr-defined]
            given = {k.arg for k in node.keywords if k.arg is not None}
            assert given == (_fields(template) or set()), f"{path.name}: {template}"
            # Problem.of's and FileProblemError.of's own parameters: a value so named
            # would fail when the problem is made (a model check's values become its own).
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "of") or (
                isinstance(func, ast.Name) and func.id == "WordedValueError"
            ):
                assert not given & {"path", "where", "template"}, f"{path.name}: {template}"
            checked += 1
    assert checked > 50


def test_a_problem_keeps_its_english_sentence_with_its_template() -> None:
    problem = Problem.of(Path("a.toml"), "", "has {count:,} items; {what}", count=1500, what="x")
    assert problem.message == "has 1,500 items; x"
    assert dict(problem.values) == {"count": 1500, "what": "x"}
    error = FileProblemError.of(Path("a.eml"), "is {kind}", kind=Phrase("an e-mail"))
    assert str(error) == "a.eml: is an e-mail"
    assert isinstance(dict(error.problems[0].values)["kind"], Phrase)


def test_values_from_a_file_are_made_safe_as_the_message_is() -> None:
    problem = Problem.of(Path("a.toml"), "", "the key {key} is odd", key="a\x1b[2Jb")
    assert dict(problem.values)["key"] == "a\\x1b[2Jb"
    assert problem.message == "the key a\\x1b[2Jb is odd"


def test_pydantic_sentences_keep_their_english_word_for_word() -> None:
    """The UI translates pydantic's own sentences through templates of their values; the
    command line and logs read pydantic's English, unchanged."""
    from pydantic import BaseModel, Field, ValidationError

    class Model(BaseModel):
        name: str = Field(min_length=1)
        years: int = Field(ge=0)
        kind: Literal["a", "b", "c"]
        items: list[int] = Field(min_length=1)
        on: dt.date

    with pytest.raises(ValidationError) as caught:
        Model(name="", years=-1, kind="z", items=[], on="2024-13-01")
    problems = validation_problems(Path("m.toml"), caught.value)
    assert [p.message for p in problems] == [
        "String should have at least 1 character (got '')",
        "Input should be greater than or equal to 0 (got -1)",
        "Input should be 'a', 'b' or 'c' (got 'z')",
        "List should have at least 1 item after validation, not 0 (got [])",
        "Input should be a valid date or datetime, month value is outside expected range of "
        "1-12 (got '2024-13-01')",
    ]
    assert all(p.template == "{expected} (got {got})" for p in problems)
    last = dict(problems[2].values)["expected"]
    assert isinstance(last, Wording) and dict(last.values) == {"choices": "'a', 'b'", "last": "'c'"}
    # Why the date could not be read is pydantic's words too: a Phrase the UI translates.
    date = dict(problems[4].values)["expected"]
    assert isinstance(date, Wording) and isinstance(dict(date.values)["error"], Phrase)


def _message_of(call: ast.Call) -> ast.expr | None:
    """The message a core call words in plain English: FileProblemError.single(path,
    message, ...) or Problem(path, where, message)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "single" and len(call.args) >= 2:
        return call.args[1]
    if isinstance(func, ast.Name) and func.id == "Problem" and len(call.args) >= 3:
        return call.args[2]
    return None


def test_no_problem_of_the_core_is_a_plain_english_sentence() -> None:
    """A sentence written in place (a literal or an f-string) would reach the French UI in
    English: every problem the core words is a marked template (pydantic's own sentences
    it cannot word stay English, as a variable, in validation_words)."""
    plain = [
        f"{path.name}:{node.lineno}"
        for path, tree in _core_trees().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(_message_of(node), (ast.Constant, ast.JoinedStr, ast.BinOp))
    ]
    assert plain == []


def test_a_criterion_check_and_its_alternative_reading_are_worded_for_translation() -> None:
    """A kind's own check (WordedValueError), and pydantic's sentence met inside an
    alternative reading, reach the file's problem as marked templates, their English kept."""
    from pydantic import TypeAdapter, ValidationError

    from screener.domain.criteria import Criterion

    text = {"en": "x", "fr": "x"}
    bad = [
        {"id": "n", "kind": "nationality", "text": text, "scope": "listed"},
        {"id": "e", "kind": "experience", "text": text, "domain": text,
         "min_years": 2, "alternative": {"params": {"min_years": -1}, "note": text}},
    ]  # fmt: skip
    problems = []
    for data in bad:
        with pytest.raises(ValidationError) as caught:
            TypeAdapter(Criterion).validate_python(data)
        problems += validation_problems(Path("v.toml"), caught.value)
    assert [p.message for p in problems] == [
        "scope 'listed' needs at least one country in 'countries'",
        "alternative reading: min_years: Input should be greater than or equal to 0.01",
    ]
    assert set(_marked()) >= {problems[0].template, problems[1].template}
    nested = dict(problems[1].values)["reason"]
    assert (
        isinstance(nested, Wording)
        and nested.template == "Input should be greater than or equal to {ge}"
    )


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ('{"name": 1,}', "Expecting property name enclosed in double quotes"),
        ('{"name": "\\q"}', "Invalid \\escape"),
        ("{} x", "Extra data"),
        ("a = \n", "invalid value"),
        ("[x\n", "expected ']' at the end of a table declaration"),
        ('a = "\x01"\n', "illegal character {char}"),
    ],
)
def test_a_parser_sentence_and_its_position_are_worded_for_translation(
    text: str, template: str
) -> None:
    """Why the JSON or TOML parser refused a file, and where: marked templates, which give
    the parsers' English word for word."""
    from screener.persistence.profile_files import parse_profile_text
    from screener.persistence.vacancy_files import parse_vacancy_text

    parse = parse_profile_text if text.startswith("{") else parse_vacancy_text
    with pytest.raises(FileProblemError) as caught:
        parse(text, Path("f"))
    problem = caught.value.problems[0]
    reason = dict(problem.values)["reason"]
    assert isinstance(reason, Wording) and reason.template == template
    assert problem.message.endswith(f"syntax error: {reason}")
    assert problem.place is not None and str(problem.place) == problem.where
    assert problem.place.template == "line {line}, column {column}"
