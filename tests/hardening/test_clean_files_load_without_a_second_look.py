"""A first start over thousands of vacancy files with no cache: each file's strings were all
walked once more after parsing, to refuse control characters, bidi controls and lone
surrogates: a sixth of the CPU time of loading a file (10,000 files: 21 s, 3 of them this
walk). A file whose text holds no such character and no escape that could spell one cannot
hold one once parsed, so the walk is skipped for it; every other file is walked as before.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener import paths
from screener.persistence import vacancy_files
from screener.persistence.errors import FileProblemError
from screener.persistence.text_checks import may_hold_unusable_text, unusable_text

# Pieces from which the strings are made: every escape TOML and JSON have, forbidden
# characters raw, and harmless text.
PIECES = st.sampled_from(
    ["a", " ", "é", "\\\\", '\\"', "\\n", "\\t", "\\r", "\\b", "\\f", "\\e", "\\u0000",
     "\\u001B", "\\u202E", "\\U0000202e", "\\u0041", "\\/", "\\ud800", "\u202e", "\x1b", "\x7f",
     "\r", "\r\n", "\u200f", "\\\\u0000", "\\\\\\u0007"]
)  # fmt: skip
BODIES = st.lists(PIECES, max_size=8).map("".join)


def _toml(key: str, value: str) -> str | None:
    for text in (f'"{key}" = "{value}"\n', f'"{key}" = """\n{value}"""\n', f"x = '{value}'\n"):
        try:
            tomllib.loads(text)
        except (tomllib.TOMLDecodeError, ValueError):
            continue
        return text
    return None


@settings(max_examples=300, deadline=None)
@given(BODIES, BODIES)
def test_text_that_passes_holds_nothing_the_walk_would_refuse(key: str, value: str) -> None:
    for source in (_toml(key, value), f'{{"{key}": "{value}"}}'):
        if source is None:
            continue
        try:
            data = tomllib.loads(source) if not source.startswith("{") else json.loads(source)
        except (ValueError, tomllib.TOMLDecodeError):
            continue
        if unusable_text(data, controls=True) is not None:
            assert may_hold_unusable_text(source), source


def test_a_clean_file_is_not_walked_and_a_file_with_an_escape_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    walked: list[object] = []
    real = vacancy_files.unusable_text
    monkeypatch.setattr(
        vacancy_files, "unusable_text", lambda data, **kw: walked.append(data) or real(data, **kw)
    )
    bundled = sorted(paths.bundled_vacancies_dir().glob("*.toml"))
    for path in bundled:
        vacancy_files.load_vacancy(path)
    assert walked == []

    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text("utf-8")
    escaped = tmp_path / "escaped.toml"
    escaped.write_text(text.replace('title.en = "', 'title.en = "\\u001b[2J', 1), "utf-8")
    with pytest.raises(FileProblemError) as raised:
        vacancy_files.load_vacancy(escaped)
    assert "U+001B" in str(raised.value)
    assert len(walked) == 1


def test_a_clean_profile_is_not_walked_and_one_with_a_surrogate_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A profile of 10,000 answers: the walk was a third of the time it took to open, in
    Profile > Open for each profile of the folder, and in a batch."""
    from screener.persistence import profile_files

    walked: list[object] = []
    real = profile_files.unusable_text
    monkeypatch.setattr(
        profile_files, "unusable_text", lambda data, **kw: walked.append(data) or real(data, **kw)
    )
    answers = {f"R{i}": {"a": True} for i in range(100)}
    clean = tmp_path / "clean.json"
    data = {"format": 1, "name": "Zoë", "answers": answers}
    clean.write_text(json.dumps(data, ensure_ascii=False), "utf-8")  # as the app writes it
    assert profile_files.read_profile(clean).name == "Zoë"
    assert walked == []
    spelt = tmp_path / "spelt.json"
    spelt.write_text('{"format": 1, "name": "Ana \\ud800"}', "utf-8")
    with pytest.raises(FileProblemError) as raised:
        profile_files.read_profile(spelt)
    assert "U+D800" in str(raised.value) and len(walked) == 1
