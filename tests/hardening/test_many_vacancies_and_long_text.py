"""A user folder of thousands of vacancies, and vacancy text far longer than any notice's.

`screener list` and `batch` looked up each reference through the whole catalogue: 10,000
files in the user's folder took 88 s before the first line, every run. And a vacancy file
under the size limit could hold a 400,000-letter title, which Qt's layout (time growing with
the square of a word's length) took 42 s to print in a dossier.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener import paths
from screener.adviser.selection import current_entries
from screener.cli import batch_command, vacancy_commands
from screener.persistence.errors import FileProblemError
from screener.persistence.text_checks import MAX_TEXT_CHARS
from screener.persistence.vacancy_catalogue import Catalogue, LoadedVacancy, load_catalogue
from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import field_named, refused, run_cli, time_limit

MANY = 6_000


def _catalogue_of_many(bundled: Catalogue, many: int = MANY) -> Catalogue:
    """The bundled vacancies, then `many` of the user's (one of them a copy of a bundled one)."""
    base = bundled.vacancies[0]
    own = [
        LoadedVacancy(
            base.vacancy.model_copy(update={"reference": f"U{i:05d}"}),
            Path(f"/nowhere/U{i:05d}.toml"),
            bundled=False,
        )
        for i in range(many - 1)
    ]
    copy = LoadedVacancy(base.vacancy, Path("/nowhere/mine.toml"), bundled=False)
    return Catalogue(vacancies=[*bundled.vacancies, *own, copy])


@pytest.fixture
def many(monkeypatch: pytest.MonkeyPatch) -> Catalogue:
    known = _catalogue_of_many(load_catalogue(paths.bundled_vacancies_dir(), None))
    monkeypatch.setattr(vacancy_commands, "catalogue", lambda: known)
    monkeypatch.setattr(batch_command, "load_catalogue", lambda *folders: known)
    return known


def _run_in(seconds: float, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """A command in bounded time (a lookup per reference: 20 s for 10,000 vacancies)."""
    from screener.cli import entry as cli

    with time_limit(seconds):
        status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_one_entry_per_reference_found_in_one_pass() -> None:
    many = 20_000  # in memory only; a lookup per reference takes minutes
    known = _catalogue_of_many(load_catalogue(paths.bundled_vacancies_dir(), None), many)
    with time_limit(8):
        entries = current_entries(known)
    assert len(entries) == many - 1 + 5  # five bundled, one replaced by the user's copy
    first = known.vacancies[0]
    shown = [e for e in entries if e.reference == first.reference]
    assert len(shown) == 1 and shown[0].path == Path("/nowhere/mine.toml")
    assert [e.reference for e in entries] == sorted(e.reference for e in entries)


def test_list_of_six_thousand_vacancies(
    many: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = _run_in(8, capsys, "list", "--format", "json")
    assert status == 0
    assert out.count('"reference"') == MANY - 1 + 5
    assert '"path": "/nowhere/mine.toml"' in out


def test_batch_against_six_thousand_vacancies(
    many: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "ana.json").write_text('{"format": 1, "name": "Ana"}', encoding="utf-8")
    out = tmp_path / "matrix.csv"
    status, _out, err = _run_in(8, capsys, "batch", "--profiles", str(profiles), "--out", str(out))
    assert status == 0, err
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.count(",") >= MANY - 1 + 5


def _with_title(tmp_path: Path, title: str) -> Path:
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    text = re.sub(r'^title\.en = ".*"$', f'title.en = "{title}"', text, count=1, flags=re.M)
    path = tmp_path / "long.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_title_longer_than_any_notice_is_refused_naming_it(tmp_path: Path) -> None:
    path = _with_title(tmp_path, "W" * (MAX_TEXT_CHARS + 1))
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "title.en")
    assert f"at most {MAX_TEXT_CHARS:,}" in str(error.problems[0])


def test_a_requirement_of_the_longest_length_loads(tmp_path: Path) -> None:
    text = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")
    word = "W" * MAX_TEXT_CHARS
    text = re.sub(r"text\.en = '''have an educational[^']*'''", f"text.en = '''{word}'''", text)
    path = tmp_path / "longest.toml"
    path.write_text(text, encoding="utf-8")
    try:
        vacancy = load_vacancy(path)
    except FileProblemError as exc:  # pragma: no cover - the failure says why
        pytest.fail(str(exc))
    assert any(c.text.en == word for c in vacancy.essential)


def test_the_app_and_the_commands_skip_such_a_file_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True)
    _with_title(tmp_path, "W" * 400_000).rename(folder / "long.toml")
    status, out, err = run_cli(capsys, "list")
    assert status == 0 and "250939" in out
    assert f"{folder / 'long.toml'}: title.en: is 400,000 characters long" in err
