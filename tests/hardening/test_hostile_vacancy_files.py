"""Hand-made hostile vacancy files: each is refused with a message naming the file (and the
field, where there is one), or loaded intact; never another exception, never a hang."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hardening_support import BUNDLED_FILES, field_named, loaded_or_refused, refused
from pydantic import ValidationError

from screener.domain.vacancy import Vacancy
from screener.persistence import vacancy_files
from screener.persistence.bounded_read import MAX_FILE_BYTES
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_files import MAX_KEY_PARTS, load_vacancy, parse_vacancy_text
from screener.persistence.validation_words import validation_problems

BASE = (Path(__file__).resolve().parents[2] / "vacancies" / "241600.toml").read_text("utf-8")


def write(tmp_path: Path, content: str | bytes, name: str = "hostile.toml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def edited(old: str, new: str, count: int = 1) -> str:
    assert old in BASE, f"the base file no longer contains {old!r}"
    return BASE.replace(old, new, count)


def test_the_base_file_loads(tmp_path: Path) -> None:
    assert load_vacancy(write(tmp_path, BASE)).reference == "241600"


@pytest.mark.parametrize(
    "content",
    [b"", b"\n\n\n", b"   ", b"# only a comment\n", b"\xef\xbb\xbf"],
    ids=["empty", "newlines", "spaces", "comment", "bom-only"],
)
def test_empty_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, content)
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "reference")


@pytest.mark.parametrize("path_index", range(len(BUNDLED_FILES)))
def test_truncated_bundled_files(tmp_path: Path, path_index: int) -> None:
    data = BUNDLED_FILES[path_index].read_bytes()
    rng = random.Random(path_index)
    # Every line end (where a cut can leave valid TOML) and a sample of cuts mid-line.
    cuts = {i for i, byte in enumerate(data) if byte == 0x0A}
    cuts |= set(rng.sample(range(len(data)), 60)) | {0, 1, len(data) - 1}
    path = tmp_path / "truncated.toml"
    for cut in sorted(cuts):
        path.write_bytes(data[:cut])
        result = loaded_or_refused(lambda: load_vacancy(path), path, seconds=2)
        assert result is None or isinstance(result, Vacancy)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01\x02binary\xff" * 50, "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b'reference = "\xff\xfe"\n', "UTF-8"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary"),
        ("title = 'é'".encode("latin-1"), "UTF-8"),
        ("reference = '1'".encode("utf-16"), "binary"),
    ],
    ids=["nul", "all-bytes", "invalid-utf8", "png", "latin1", "utf16"],
)
def test_binary_and_foreign_encodings_are_refused(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = write(tmp_path, content)
    error = refused(lambda: load_vacancy(path), path)
    assert words in str(error)


def test_a_file_over_the_limit_is_refused_without_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, BASE + "# " + "x" * MAX_FILE_BYTES + "\n")
    error = refused(lambda: load_vacancy(path), path, seconds=1)
    assert "too large" in str(error)
    assert f"{MAX_FILE_BYTES:,}" in str(error)


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    assert "folder" in str(refused(lambda: load_vacancy(folder), folder))
    missing = tmp_path / "missing.toml"
    assert "not found" in str(refused(lambda: load_vacancy(missing), missing))


@pytest.mark.parametrize(
    "content",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 50_000 + "1" + "}" * 50_000,
        edited('location = "Belgium-Brussels"', "location = " + "[" * 100_000 + "]" * 100_000),
        "[" + ".".join(["k"] * 20_000) + "]\n",
        "[[" + ".".join(["k"] * 20_000) + "]]\n",
        edited('grade = { min = "G10", max = "G12" }', "grade = { " + "a." * 20_000 + "b = 1 }"),
    ],
    ids=["arrays", "inline-tables", "arrays-in-field", "table", "array-table", "inline-dotted"],
)
def test_deep_nesting_is_refused_quickly(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, content)
    refused(lambda: load_vacancy(path), path, seconds=5)


def test_a_deeply_nested_value_in_a_field_is_refused(tmp_path: Path) -> None:
    # Dotted keys build nesting without recursion in tomllib; a key this long is refused
    # before parsing, with its line and its first parts.
    deep = "title.en." + ".".join(["k"] * 1_500) + " = 1"
    path = write(
        tmp_path, edited('title.en = "Principal Assistant, The Human Security Unit"', deep)
    )
    error = refused(lambda: load_vacancy(path), path, seconds=5)
    assert error.problems[0].where == "line 4"
    assert "title.en.k.k" in str(error)
    assert "1,502 dotted parts" in str(error)


def test_a_deeply_nested_value_reaching_validation_gives_a_short_message() -> None:
    # Input a parser could hand over (JSON nests ~1,000 deep): repr() of it recursed past
    # the limit inside the `except ValidationError` handler.
    deep: object = 1
    for _ in range(5_000):
        deep = {"k": deep}
    with pytest.raises(ValidationError) as caught:
        Vacancy.model_validate({"title": {"en": deep}})
    problems = validation_problems(Path("deep.toml"), caught.value)
    title = next(p for p in problems if p.where == "title.en")
    assert "{'k': {'k':" in title.message
    assert len(title.message) < 200


def _no_parsing(text: str) -> object:
    raise AssertionError("the file reached the TOML parser")


LONG = ".".join(["k"] * 50_000)


@pytest.mark.parametrize(
    "content",
    [
        f"{LONG} = 1\n",
        f"[{LONG}]\n",
        f"[[{LONG}]]\n",
        f"[ {LONG} ]\n",
        f"a = {{ b = 1, {LONG} = 1 }}\n",
        f"a = [\n  {{ {LONG} = 1 }},\n]\n",
        " . ".join(['"a b"'] * 50_000) + " = 1\n",
        "x." * 17 + "x = 1\n",
        edited("min_years = 6", "min_years = 6\n" + LONG + " = 1"),
    ],
    ids=["key", "table", "array-table", "spaced-table", "inline", "inline-in-array", "quoted",
         "17-parts", "in-a-table"],
)  # fmt: skip
def test_a_long_dotted_key_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    # tomllib's time grows with the square of a dotted key's length (50,000 parts ran 100+ s;
    # table headers too), so such keys must never reach it. The limit guards against a hang.
    monkeypatch.setattr(vacancy_files.tomllib, "loads", _no_parsing)
    path = write(tmp_path, content)
    error = refused(lambda: load_vacancy(path), path, seconds=20)
    assert error.problems[0].where.startswith("line ")
    assert f"at most {MAX_KEY_PARTS} are allowed" in str(error)
    assert len(str(error)) < 300


@pytest.mark.parametrize(
    "content",
    [
        edited("min_years = 6", "min_years = 6\n" + ".".join(["k"] * MAX_KEY_PARTS) + " = 1"),
        edited(
            'title.en = "Principal Assistant, The Human Security Unit"',
            f'title.en = "{LONG} {LONG}"',
        ),
        edited("Full-time", ". ".join(["Word"] * 2_000)),
    ],
    ids=["16-parts", "in-a-string", "prose"],
)
def test_dotted_text_that_is_not_a_long_key_is_parsed(tmp_path: Path, content: str) -> None:
    path = write(tmp_path, content)
    result = loaded_or_refused(lambda: load_vacancy(path), path)
    if result is None:  # refused by validation, not by the key check
        with pytest.raises(FileProblemError) as caught:
            load_vacancy(path)
        assert "dotted parts" not in str(caught.value)


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('kind = "statement"', 'kind = "telepathy"', "essential[3]", "unknown kind 'telepathy'"),
        ('kind = "statement"', "kind = 42", "essential[3]", "kind"),
        ('kind = "statement"\n', "", "essential[3]", "missing 'kind'"),
        ("min_years = 6", 'min_years = "six"', "essential[2].min_years", "number"),
        ("min_years = 6", "min_years = -1", "essential[2].min_years", "or equal to 0.01"),
        ("min_years = 6", "min_years = nan", "essential[2].min_years", ""),
        ("min_years = 6", "min_years = inf", "essential[2].min_years", ""),
        ("min_years = 6", "min_years = 1e400", "essential[2].min_years", ""),
        ('reference = "241600"', "reference = 241600", "reference", "string"),
        ('reference = "241600"', 'reference = "../../etc/passwd"', "reference", ""),
        ('reference = "241600"', 'reference = ""', "reference", ""),
        ("format = 1", "format = 2", "format", ""),
        ("format = 1", 'format = "1"', "format", ""),
        ('grade = { min = "G10", max = "G12" }', 'grade = "G10"', "grade", ""),
        ('grade = { min = "G10", max = "G12" }', 'grade = { min = "<b>G10</b>" }', "grade.min", ""),
        ("deadline = { date = 2024-12-08 }", 'deadline = "soon"', "deadline", ""),
        ("deadline = { date = 2024-12-08 }", "deadline = { date = 13:00:00 }", "deadline.date", ""),
        ('clearance = "NS"', 'clearance = "TOP"', "clearance", ""),
        ('one = "V"', 'one = "VII"', "essential[9].one", ""),
        ('one = "V"', "one = 5", "essential[9].one", ""),
        (
            'scope = "nato_members"',
            'scope = "listed"',
            "essential[0]",
            "needs at least one country",
        ),
        (
            'source = "notice"',
            'source = "notice"\nsurprise = true',
            "essential[0].surprise",
            "unknown field",
        ),
        ("format = 1", "format = 1\nessential = 'none'", "", ""),
        ('conditions = ["security_clearance"', 'conditions = ["bribery"', "conditions[0]", ""),
    ],
)
def test_wrong_values_name_the_field(
    tmp_path: Path, old: str, new: str, field: str, words: str
) -> None:
    path = write(tmp_path, edited(old, new))
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, field), [p.where for p in error.problems]
    assert words in str(error)


def test_a_vacancy_without_essential_criteria_is_refused(tmp_path: Path) -> None:
    header = BASE.split("# ESSENTIAL")[0]
    path = write(tmp_path, header + "essential = []\n")
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "essential")


def test_duplicate_criterion_ids_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, edited('id = "software"', 'id = "writing"'))
    error = refused(lambda: load_vacancy(path), path)
    assert "'writing'" in str(error)
    assert "more than once" in str(error)


def test_duplicate_keys_are_a_syntax_error_with_a_position(tmp_path: Path) -> None:
    path = write(
        tmp_path, edited('location = "Belgium-Brussels"', 'location = "A"\nlocation = "B"')
    )
    error = refused(lambda: load_vacancy(path), path)
    assert "TOML syntax error" in str(error)
    assert error.problems[0].where.startswith("line ")


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x08"])
def test_raw_control_characters_are_refused(tmp_path: Path, char: str) -> None:
    path = write(tmp_path, edited("Full-time", f"Full{char}time"))
    refused(lambda: load_vacancy(path), path)


@pytest.mark.parametrize("escape", ["\\u0000", "\\u0007", "\\u001b[31m", "\\u202e", "\\ufeff"])
def test_escaped_control_characters_never_crash(tmp_path: Path, escape: str) -> None:
    path = write(tmp_path, edited('"Full-time"', f'"Full{escape}time"'))
    loaded_or_refused(lambda: load_vacancy(path), path)


@pytest.mark.parametrize(
    "text",
    [
        "مساعد رئيسي، وحدة الأمن البشري",
        "עוזר ראשי \u200fהפוך\u200e",
        "<script>alert('x')</script>",
        "<b>bold</b> <a href='https://example.org'>link</a> <img src=x onerror=alert(1)>",
        "<html><body><h1 style='font-size:400px'>Qt rich text</h1></body></html>",
        "&lt;not a tag&gt; &amp; &#x41;",
        "%s %n {0} {title} $(rm -rf /) `id`",
        "Zalgo t̷̢̛e̵͇̓x̶̜̌t̴͎̑ 🇧🇪👩🏽‍💻",
    ],
    ids=[
        "arabic",
        "hebrew-marks",
        "script",
        "html",
        "qt-rich-text",
        "entities",
        "formats",
        "zalgo",
    ],
)
def test_hostile_text_is_kept_verbatim(tmp_path: Path, text: str) -> None:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    content = edited(
        'title.en = "Principal Assistant, The Human Security Unit"', f'title.en = "{escaped}"'
    )
    path = write(tmp_path, content)
    vacancy = load_vacancy(path)
    assert vacancy.title.en == text


def test_a_one_megabyte_string_under_the_limit_is_bounded(tmp_path: Path) -> None:
    big = "x" * (MAX_FILE_BYTES - len(BASE.encode()) - 200)
    path = write(tmp_path, edited('schedule = "Full-time"', f'schedule = "{big}"'))
    vacancy = loaded_or_refused(lambda: load_vacancy(path), path, seconds=5)
    assert vacancy is None or vacancy.schedule == big


def test_a_one_megabyte_wrong_value_gives_a_short_message(tmp_path: Path) -> None:
    big = "x" * 1_000_000
    path = write(tmp_path, edited("min_years = 6", f'min_years = "{big}"'))
    error = refused(lambda: load_vacancy(path), path)
    assert len(str(error)) < 2_000, "the message must not repeat a huge value"


def test_parse_vacancy_text_names_the_given_path() -> None:
    path = Path("/nowhere/named.toml")
    error = refused(lambda: parse_vacancy_text("reference = ", path), path)
    assert error.path == path
