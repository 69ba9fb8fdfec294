"""Property-based hardening: whatever the bytes, loading a vacancy or profile file either
succeeds or raises FileProblemError naming the file. Inputs are bounded so runs stay fast."""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from fuzz_budget import examples
from hardening_support import BUNDLED_FILES, loaded_or_refused
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_files import load_profile, parse_profile_text
from screener.persistence.vacancy_files import load_vacancy, parse_vacancy_text

FUZZ = settings(
    max_examples=examples(150),
    deadline=2_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
VACANCY_PATH = Path("/fuzz/vacancy.toml")
PROFILE_PATH = Path("/fuzz/profile.json")
BUNDLED_TEXTS = [path.read_text("utf-8") for path in BUNDLED_FILES]
BUNDLED_DATA = [tomllib.loads(text) for text in BUNDLED_TEXTS]

# Text without lone surrogates (which no UTF-8 file can hold), control characters included.
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    text,
    st.sampled_from(["V", "VI", "I", "G6", "nationality", "statement", "unsure", "en", "BE"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(text, inner, max_size=4),
    max_leaves=20,
)


def toml_value(value: Any) -> str:
    """A TOML inline value (None, which TOML lacks, becomes an empty table)."""
    if value is None:
        return "{}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid TOML basic string
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    items = ", ".join(
        f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()
    )
    return "{ " + items + " }"


def toml_document(data: dict[str, Any]) -> str:
    return "\n".join(
        f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in data.items()
    )


def replace_at(data: Any, path: list[Any], value: Any) -> Any:
    """A copy of `data` with the item at `path` replaced (or a key added to a table)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        copy = dict(data)
        copy[head] = replace_at(data.get(head), rest, value)
        return copy
    if isinstance(data, list) and data:
        copy = list(data)
        index = head % len(data)
        copy[index] = replace_at(data[index], rest, value)
        return copy
    return value


@st.composite
def paths_into(draw: st.DrawFn, data: Any) -> list[Any]:
    path: list[Any] = []
    node = data
    while isinstance(node, dict | list) and node and (not path or draw(st.booleans())):
        if isinstance(node, dict):
            key = draw(st.sampled_from(sorted(node)))
        else:
            key = draw(st.integers(min_value=0, max_value=len(node) - 1))
        path.append(key)
        node = node[key]
    if isinstance(node, dict) and draw(st.booleans()):
        path.append(draw(text))
    return path


def _vacancy(text_: str) -> Vacancy | None:
    return loaded_or_refused(lambda: parse_vacancy_text(text_, VACANCY_PATH), VACANCY_PATH, 5)


def _profile(text_: str) -> Profile | None:
    # The one profile reader (profile_store reads through it too).
    return loaded_or_refused(lambda: parse_profile_text(text_, PROFILE_PATH), PROFILE_PATH, 5)


@FUZZ
@given(st.text(max_size=2_000))
def test_any_text_as_a_vacancy(content: str) -> None:
    _vacancy(content)


@FUZZ
@given(st.sampled_from(range(len(BUNDLED_TEXTS))), st.data())
def test_a_bundled_file_with_a_slice_replaced(index: int, data: st.DataObject) -> None:
    original = BUNDLED_TEXTS[index]
    start = data.draw(st.integers(0, len(original)))
    end = data.draw(st.integers(start, min(len(original), start + 200)))
    patch = data.draw(st.text(max_size=60) | st.sampled_from(["[", "]", "'''", '"', "=", "\n[["]))
    _vacancy(original[:start] + patch + original[end:])


@FUZZ
@given(st.sampled_from(range(len(BUNDLED_DATA))), st.data())
def test_a_bundled_vacancy_with_one_value_replaced(index: int, data: st.DataObject) -> None:
    original = BUNDLED_DATA[index]
    path = data.draw(paths_into(original))
    value = data.draw(json_values)
    _vacancy(toml_document(replace_at(original, path, value)))


@FUZZ
@given(st.binary(max_size=3_000))
def test_any_bytes_as_vacancy_and_profile_files(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, load in (("v.toml", load_vacancy), ("p.json", load_profile)):
            path = Path(folder) / name
            path.write_bytes(content)
            loaded_or_refused(lambda p=path, f=load: f(p), path, 5)


@FUZZ
@given(st.text(max_size=2_000))
def test_any_text_as_a_profile(content: str) -> None:
    _profile(content)


@FUZZ
@given(json_values)
def test_any_json_value_as_a_profile(value: Any) -> None:
    _profile(json.dumps(value, ensure_ascii=False))


PROFILE_BASE: dict[str, Any] = {
    "format": 1,
    "name": "A. Candidate",
    "nationality": "BE",
    "education": "master",
    "languages": {"en": "V", "fr": "III"},
    "mother_tongues": ["nl"],
    "driving_licences": ["B"],
    "answers": {"241600": {"experience": 7, "software": True, "writing": "unsure"}},
}
# Format 0 (no `format`, languages as a list): exercises profile_store's migration.
PROFILE_FORMAT_0: dict[str, Any] = {
    "name": "Old",
    "languages": [{"code": "en", "level": "V"}, {"code": "fr", "level": "II"}],
}


@FUZZ
@given(st.data())
def test_a_good_profile_with_one_value_replaced(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([PROFILE_BASE, PROFILE_FORMAT_0]))
    path = data.draw(paths_into(base))
    value = data.draw(json_values)
    _profile(json.dumps(replace_at(base, path, value), ensure_ascii=False))


def test_the_fuzz_bases_are_valid() -> None:
    assert parse_profile_text(json.dumps(PROFILE_BASE), PROFILE_PATH).nationality == "BE"
    for data in BUNDLED_DATA:
        assert isinstance(parse_vacancy_text(toml_document(data), VACANCY_PATH), Vacancy)
