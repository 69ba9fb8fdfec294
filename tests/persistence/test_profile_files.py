"""Loading profiles: all or nothing, with problems a person can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.domain.profile import Profile
from screener.domain.scales import LanguageLevel
from screener.persistence.bounded_read import MAX_FILE_BYTES
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_files import load_profile


def _write(tmp_path: Path, content: str | bytes, name: str = "p.json") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(FileProblemError) as caught:
        load_profile(path)
    assert caught.value.path == path
    return [str(p) for p in caught.value.problems]


def test_round_trip(tmp_path: Path) -> None:
    profile = Profile(
        name="Ana",
        nationality="PT",
        education="master",
        languages={"en": "V", "fr": "III"},
        mother_tongues=["pt"],
        driving_licences=["B"],
        answers={"250939": {"experience": 4.5, "fitness": True, "firearms": "unsure"}},
    )
    path = _write(tmp_path, profile.model_dump_json())
    loaded = load_profile(path)
    assert loaded == profile
    assert loaded.languages["en"] is LanguageLevel.V


def test_an_empty_object_is_an_empty_profile(tmp_path: Path) -> None:
    assert load_profile(_write(tmp_path, "{}")) == Profile()


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path, b'\xef\xbb\xbf{"name": "Windows Notepad"}')
    assert load_profile(path).name == "Windows Notepad"


def test_syntax_errors_give_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, '{\n  "name": "A"\n  "education": "master"\n}')
    assert _problems(path) == [
        f"{path}: line 3, column 3: JSON syntax error: Expecting ',' delimiter"
    ]


def test_every_invalid_field_is_reported_with_its_path(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '{"nationality": "Belgium", "education": "phd", "languages": {"EN": "V"},'
        ' "answers": {"250939": {"experience": "four", "fitness": "perhaps"}}}',
    )
    problems = _problems(path)
    wheres = [p.split(": ")[1] for p in problems]
    assert wheres == [
        "nationality",
        "education",
        "languages.EN",
        "answers.250939.experience",
        "answers.250939.fitness",
    ]
    assert all("literal" not in p and "[key]" not in p for p in problems)


def test_newer_format_is_refused_whole(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"format": 7, "name": "From the future", "new_field": 1}')
    assert _problems(path) == [
        f"{path}: format: was saved by a newer version of Screener (profile format 7; this "
        "version reads formats up to 1). Update Screener to open it; the file was left as it is."
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1, 2]", "expected a JSON object"),
        ('{"answers": {"1": {"x": NaN}}}', "NaN is not a number JSON allows"),
        ('{"name": "a", "name": "b"}', "the key 'name' appears more than once"),
        ('{"format": "1"}', "format: must be a whole number (got '1')"),
        ("", "is empty; it is not a profile"),
    ],
)
def test_other_problems(tmp_path: Path, content: str, message: str) -> None:
    [problem] = _problems(_write(tmp_path, content))
    assert message in problem


def test_files_that_are_not_profiles(tmp_path: Path) -> None:
    assert _problems(tmp_path / "missing.json")[0].endswith("file not found")
    assert _problems(tmp_path)[0].endswith("is a folder, not a file")
    assert "is a binary file" in _problems(_write(tmp_path, b"\x00\x01", "bin.json"))[0]
    assert "is not UTF-8" in _problems(_write(tmp_path, b'{"name": "\xe9"}', "latin.json"))[0]
    big = _write(tmp_path, "{" + " " * MAX_FILE_BYTES + "}", "big.json")
    assert "file is too large" in _problems(big)[0]


def test_a_file_saved_in_a_windows_code_page_is_located_with_what_to_do(tmp_path: Path) -> None:
    problem = _problems(_write(tmp_path, '{\n  "name": "Zoé"\n}'.encode("cp1252"), "cp.json"))[0]
    assert "line 2, column 14: is not UTF-8 text; save it as UTF-8" in problem


def test_slips_of_hand_editing_in_a_profile_are_named(tmp_path: Path) -> None:
    problem = _problems(_write(tmp_path, '{"name": \u201cZo\u00e9\u201d}', "smart.json"))[0]
    assert "line 1, column 10: JSON needs straight quotes" in problem
    problem = _problems(_write(tmp_path, '{"name": Zoe}', "bare.json"))[0]
    assert "line 1, column 10: text must be between straight quotes" in problem
