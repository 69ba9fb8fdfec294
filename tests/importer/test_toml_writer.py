"""The TOML writer: every vacancy it writes reads back as the same model."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from importer_support import BUNDLED_DIR

from screener.domain.criteria import LocalizedText, StatementCriterion
from screener.domain.vacancy import Deadline, Grade, ReviewItem, Vacancy
from screener.importer.toml_writer import toml_string, vacancy_to_toml, write_vacancy_toml
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_files import load_vacancy, parse_vacancy_text

BUNDLED = sorted(BUNDLED_DIR.glob("*.toml"))


def round_trip(vacancy: Vacancy) -> Vacancy:
    return parse_vacancy_text(vacancy_to_toml(vacancy), Path("memory.toml"))


def test_there_are_bundled_files() -> None:
    assert len(BUNDLED) >= 5


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_bundled_vacancy_round_trips(path: Path) -> None:
    vacancy = load_vacancy(path)
    assert round_trip(vacancy) == vacancy


def minimal(text: str = "be kind", **extra: object) -> Vacancy:
    return Vacancy(
        reference="123456",
        title=LocalizedText(en="Officer", fr="Administrateur"),
        nato_body="NATO IS",
        location="Brussels",
        schedule="Full-time",
        grade=Grade(min="G15"),
        deadline=Deadline(date=dt.date(2025, 1, 31), time=dt.time(23, 59, 30)),
        essential=[StatementCriterion(id="kind", text=LocalizedText(en=text, fr=text))],
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    "text",
    [
        'quotes " and \\ backslashes',
        "new\nlines\r\nand\ttabs",
        "''' triple quotes \"\"\"",
        "accents é à « » – and emoji 🎖",
        "# not a comment = [not] {a table}",
    ],
)
def test_awkward_strings_survive(text: str) -> None:
    vacancy = minimal(text)
    assert round_trip(vacancy) == vacancy


def test_control_characters_are_written_escaped_and_refused_on_load() -> None:
    # Escape sequences in a vacancy would reach terminals: refused at load, naming the field.
    written = vacancy_to_toml(minimal("control \x01 \x1f \x7f characters"))
    assert "\x01" not in written
    with pytest.raises(FileProblemError, match=r"text\.en: holds the control character U\+0001"):
        parse_vacancy_text(written, Path("memory.toml"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1))
def test_any_text_survives(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def test_lone_surrogates_are_refused() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        toml_string("bad \ud800")


def test_drafts_keep_their_review_items() -> None:
    vacancy = minimal(
        draft=True,
        review=[
            ReviewItem(code="header_missing", field="salary", message='No "salary" found.'),
            ReviewItem(code="low_confidence", criterion="kind", message="Check.", done=True),
        ],
    )
    text = vacancy_to_toml(vacancy, comment="Draft imported from notice.txt\nCheck it.")
    assert text.startswith("# Draft imported from notice.txt\n# Check it.\n")
    assert "draft = true" in text and text.count("[[review]]") == 2
    assert parse_vacancy_text(text, Path("x.toml")) == vacancy


def test_defaults_are_left_out_but_kinds_are_not() -> None:
    text = vacancy_to_toml(minimal())
    assert "draft" not in text and "source" not in text and "[[review]]" not in text
    assert 'kind = "statement"' in text
    assert "time = 23:59:30" in text and "date = 2025-01-31" in text


def test_write_is_atomic_and_readable(tmp_path: Path) -> None:
    target = tmp_path / "123456.toml"
    target.write_text("old", encoding="utf-8")
    write_vacancy_toml(minimal(), target, comment="hello")
    assert load_vacancy(target) == minimal()
    assert [p.name for p in tmp_path.iterdir()] == ["123456.toml"]


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "123456.toml"
    target.write_text("old", encoding="utf-8")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("screener.persistence.atomic.os.replace", disk_full)
    with pytest.raises(OSError):
        write_vacancy_toml(minimal(), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["123456.toml"]


def test_an_alternative_reading_is_written_and_read_back() -> None:
    from screener.domain.criteria import AlternativeReading, OfficialLanguagesCriterion

    note = LocalizedText(
        en='The English text says I ("Intermediate"); the French text says III. ' * 3,
        fr="La version anglaise dit I (« Intermediate ») ; la version française dit III. " * 3,
    )
    languages = OfficialLanguagesCriterion(
        id="languages",
        text=LocalizedText(en="V in one; I in the other", fr="V dans l'une ; III dans l'autre"),
        mode="one_and_other",
        one="V",
        other="I",
        alternative=AlternativeReading(params={"other": "III"}, note=note),
    )
    vacancy = minimal().model_copy(update={"essential": [languages]})
    text = vacancy_to_toml(vacancy)
    assert 'alternative.params = { other = "III" }' in text
    assert "alternative.note.en = " in text and "alternative.note.fr = " in text
    # After the parameters, before the notice's wording.
    assert text.index('other = "I"') < text.index("alternative.params") < text.index("text.en")
    assert round_trip(vacancy) == vacancy
