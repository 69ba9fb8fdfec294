"""Hand-made hostile profile files, through both readers (profile_files and, with migrations,
profile_store): refused with a message naming the file and field, or loaded intact."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hardening_support import field_named, loaded_or_refused, refused

from screener.domain.profile import Profile
from screener.persistence.bounded_read import MAX_FILE_BYTES
from screener.persistence.profile_files import load_profile


def _readers() -> list[Any]:
    readers: list[Any] = [pytest.param(load_profile, id="profile_files")]
    try:
        store = importlib.import_module("screener.persistence.profile_store")
    except ImportError:
        return readers
    if hasattr(store, "read_profile"):
        readers.append(pytest.param(store.read_profile, id="profile_store"))
    return readers


READERS = _readers()
Reader = Callable[[Path], Profile]
GOOD: dict[str, Any] = {
    "format": 1,
    "name": "A. Candidate",
    "nationality": "BE",
    "education": "master",
    "languages": {"en": "V", "fr": "III"},
    "mother_tongues": ["nl"],
    "driving_licences": ["B"],
    "answers": {"241600": {"experience": 7, "software": True, "writing": "unsure"}},
}
GOOD_TEXT = json.dumps(GOOD, indent=2)


def write(tmp_path: Path, content: str | bytes, name: str = "profile.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def with_value(field: str, value: Any) -> str:
    data = json.loads(GOOD_TEXT)
    node = data
    *parents, last = field.split(".")
    for part in parents:
        node = node[part]
    node[last] = value
    return json.dumps(data)


@pytest.mark.parametrize("reader", READERS)
def test_the_good_profile_loads(tmp_path: Path, reader: Reader) -> None:
    assert reader(write(tmp_path, GOOD_TEXT)).nationality == "BE"


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "content",
    [b"", b"   \n", b"null", b"[]", b'"profile"', b"42", b"\xef\xbb\xbf"],
    ids=["empty", "blank", "null", "list", "string", "number", "bom-only"],
)
def test_empty_and_non_object_files_are_refused(
    tmp_path: Path, reader: Reader, content: bytes
) -> None:
    path = write(tmp_path, content)
    refused(lambda: reader(path), path)


@pytest.mark.parametrize("reader", READERS)
def test_every_prefix_of_a_profile(tmp_path: Path, reader: Reader) -> None:
    data = GOOD_TEXT.encode()
    path = tmp_path / "truncated.json"
    for cut in range(len(data)):
        path.write_bytes(data[:cut])
        refused(lambda: reader(path), path, seconds=2)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "content",
    [b"\x00\x01\x02\xff" * 100, b'{"name": "\xff"}', "{}".encode("utf-16"), b"\x1f\x8b\x08\x00"],
    ids=["binary", "invalid-utf8", "utf16", "gzip"],
)
def test_binary_files_are_refused(tmp_path: Path, reader: Reader, content: bytes) -> None:
    path = write(tmp_path, content)
    refused(lambda: reader(path), path)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"name": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"answers": {"241600": {"x": ' + "[" * 100_000 + "]" * 100_000 + "}}}",
    ],
    ids=["arrays", "objects", "in-name", "in-answers"],
)
def test_deep_nesting_is_refused_quickly(tmp_path: Path, reader: Reader, content: str) -> None:
    path = write(tmp_path, content)
    refused(lambda: reader(path), path)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("depth", range(900, 1000, 7))
def test_nesting_just_under_the_parser_limit(tmp_path: Path, reader: Reader, depth: int) -> None:
    # Deep enough for json to accept and for repr() of the value in a message to struggle.
    path = write(tmp_path, '{"name": ' + "[" * depth + "]" * depth + "}")
    refused(lambda: reader(path), path)


@pytest.mark.parametrize("reader", READERS)
def test_a_file_over_the_limit_is_refused(tmp_path: Path, reader: Reader) -> None:
    path = write(tmp_path, with_value("name", "x" * (MAX_FILE_BYTES + 10)))
    error = refused(lambda: reader(path), path, seconds=1)
    assert "too large" in str(error)


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("nationality", "Belgium", "nationality"),
        ("nationality", 32, "nationality"),
        ("education", "phd", "education"),
        ("languages", ["en"], "languages"),
        ("languages.en", "C1", "languages.en"),
        ("languages.en", None, "languages.en"),
        ("mother_tongues", "nl", "mother_tongues"),
        ("driving_licences", "B", "driving_licences"),
        ("answers", [], "answers"),
        ("answers.241600", "yes", "answers.241600"),
        ("answers.241600.software", "perhaps", "answers.241600.software"),
        ("answers.241600.software", None, "answers.241600.software"),
        ("answers.241600.experience", -3, "answers.241600.experience"),
        ("answers.241600.experience", 10**30, "answers.241600.experience"),
        ("name", 12, "name"),
        ("name", {"first": "A"}, "name"),
        ("surprise", True, "surprise"),
    ],
)
def test_wrong_values_name_the_field(
    tmp_path: Path, reader: Reader, field: str, value: Any, where: str
) -> None:
    path = write(tmp_path, with_value(field, value))
    error = refused(lambda: reader(path), path)
    assert field_named(error, where), [p.where for p in error.problems]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "text",
    [
        GOOD_TEXT.replace('"name"', '"name": "dup", "name"', 1),
        GOOD_TEXT.replace("7", "NaN"),
        GOOD_TEXT.replace("7", "Infinity"),
        GOOD_TEXT.replace("7", "9" * 5_000),
        GOOD_TEXT.replace('"format": 1', '"format": 99'),
        GOOD_TEXT.replace('"format": 1', '"format": "1"'),
        GOOD_TEXT.replace('"format": 1', '"format": 1e400'),
        GOOD_TEXT + "trailing",
        GOOD_TEXT.replace("}", "", 1),
        "// comment\n" + GOOD_TEXT,
        GOOD_TEXT.replace('"', "'"),
    ],
    ids=[
        "duplicate-key", "nan", "infinity", "huge-int", "newer-format", "format-string",
        "format-overflow", "trailing", "unbalanced", "comment", "single-quotes",
    ],
)  # fmt: skip
def test_malformed_json_is_refused(tmp_path: Path, reader: Reader, text: str) -> None:
    path = write(tmp_path, text)
    refused(lambda: reader(path), path)


@pytest.mark.parametrize("reader", READERS)
def test_format_true_is_not_format_one(tmp_path: Path, reader: Reader) -> None:
    path = write(tmp_path, GOOD_TEXT.replace('"format": 1', '"format": true'))
    error = refused(lambda: reader(path), path)
    assert field_named(error, "format")


@pytest.mark.parametrize("reader", READERS)
def test_a_newer_format_says_so(tmp_path: Path, reader: Reader) -> None:
    path = write(tmp_path, GOOD_TEXT.replace('"format": 1', '"format": 7'))
    assert "newer" in str(refused(lambda: reader(path), path))


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize(
    "name",
    [
        "محمد عبد الله",
        "\u202eevil.exe\u202c",
        "<script>alert(1)</script>",
        "<b>Bold</b><img src=x onerror=alert(1)>",
        "<html><h1>Qt rich text</h1></html>",
        "tab\there, bell\x07, escape\x1b[31m, nul\x00",
        "x" * 900_000,
    ],
    ids=["arabic", "rtl-override", "script", "html", "qt-rich-text", "controls", "huge"],
)
def test_hostile_names_are_kept_verbatim(tmp_path: Path, reader: Reader, name: str) -> None:
    path = write(tmp_path, with_value("name", name))
    profile = loaded_or_refused(lambda: reader(path), path)
    assert profile is None or profile.name == name


@pytest.mark.parametrize("reader", READERS)
def test_many_answers_stay_bounded(tmp_path: Path, reader: Reader) -> None:
    answers = {f"ref{i}": {f"c{j}": True for j in range(20)} for i in range(2_000)}
    path = write(tmp_path, with_value("answers", answers))
    profile = loaded_or_refused(lambda: reader(path), path, seconds=5)
    assert profile is None or len(profile.answers) == 2_000
