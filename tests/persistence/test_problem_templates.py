"""Every problem the core words for translation (QT_TRANSLATE_NOOP("FileProblem", ...)) has a
finished French translation naming the same values, and is given exactly those values where
it is made: the UI formats the French with them (ui/common/problem_words.py)."""

from __future__ import annotations

import ast
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

    with pytest.raises(ValidationError) as caught:
        Model(name="", years=-1, kind="z")
    problems = validation_problems(Path("m.toml"), caught.value)
    assert [p.message for p in problems] == [
        "String should have at least 1 character (got '')",
        "Input should be greater than or equal to 0 (got -1)",
        "Input should be 'a', 'b' or 'c' (got 'z')",
    ]
    assert all(p.template == "{expected} (got {got})" for p in problems)
    last = dict(problems[2].values)["expected"]
    assert isinstance(last, Wording) and dict(last.values) == {"choices": "'a', 'b'", "last": "'c'"}
