"""Files that pass every check of their format but hold absurd values, followed through the
app and the commands: a requirement of 5,000 short lines, a vacancy of 300 requirements
that all read alike, and the like. Each is refused at load naming the file and the field,
or shown and exported in bounded time and memory.

A vacancy of 28 requirements of 5,000 one-letter lines each (900 KB, under every other
limit) took 1.6 GB and 18 s to export its result as PDF, and seconds at each wizard page.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.profile_files import read_profile
from screener.persistence.text_checks import MAX_TEXT_LINES
from screener.persistence.vacancy_files import load_vacancy
from screener.report import requirement_names
from tests.hardening.hardening_support import field_named, refused, run_cli

BASE = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")


def _with_requirement_text(tmp_path: Path, text: str) -> Path:
    """250939 with its education requirement's English words replaced by `text`."""
    changed = re.sub(r"text\.en = '''have an educational[^']*'''", f"text.en = '''{text}'''", BASE)
    assert changed != BASE
    path = tmp_path / "lines.toml"
    path.write_text(changed, encoding="utf-8")
    return path


def test_a_requirement_of_thousands_of_lines_is_refused_naming_it(tmp_path: Path) -> None:
    path = _with_requirement_text(tmp_path, "\n".join(["x"] * 5_000))
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "essential[1].text.en"), str(error)
    assert f"is 5,000 lines long; at most {MAX_TEXT_LINES}" in str(error)


def test_line_separators_count_as_lines_and_the_limit_loads(tmp_path: Path) -> None:
    path = _with_requirement_text(tmp_path, "\u2028".join(["x"] * (MAX_TEXT_LINES + 1)))
    refused(lambda: load_vacancy(path), path)
    path = _with_requirement_text(tmp_path, "\n".join(["a line"] * MAX_TEXT_LINES))
    assert any(c.text.en.count("\n") == MAX_TEXT_LINES - 1 for c in load_vacancy(path).essential)


def test_a_profile_name_of_thousands_of_lines_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ana.json"
    path.write_text(json.dumps({"format": 1, "name": "Ana\n" * 2_000}), encoding="utf-8")
    error = refused(lambda: read_profile(path), path)
    assert field_named(error, "name") and "lines long" in str(error)


def _languages_vacancy(count: int) -> Path:
    """A vacancy asking for `count` languages, each a requirement of its own."""
    codes = [a + b for a in "abcdefghij" for b in "abcdefghijklmnopqrstuvwxyz"][:count]
    text = BASE.replace('reference = "250939"', 'reference = "X-LANGS"')
    text = text.split("\n[[essential]]", 1)[0] + "".join(
        f"\n[[essential]]\nkind = 'language'\nid = 'l-{code}'\nlanguage = '{code}'\n"
        f"min_level = 'III'\ntext.en = 'speak language {code} well'\ntext.fr = 'parler {code}'\n"
        for code in codes
    )
    folder = paths.user_vacancies_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "langs.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_gap_plan_names_a_vacancys_requirements_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step of the plan for a vacancy of 50 languages (as many as a profile holds)
    lists the other 49, and each named all 50 again, comparing every pair of names: 2,450
    names made here (14,280 for 120); `gaps` for a vacancy of 300 requirements took 4 s."""
    _languages_vacancy(50)
    profile = tmp_path / "ana.json"
    ana = {"format": 1, "name": "Ana", "nationality": "BE", "languages": {"en": "VI"}}
    profile.write_text(json.dumps(ana), encoding="utf-8")
    named: list[str] = []
    real = requirement_names.readings
    monkeypatch.setattr(
        requirement_names, "readings", lambda c, lang: named.append(c.id) or real(c, lang)
    )
    status, out, err = run_cli(capsys, "gaps", "--profile", str(profile))
    assert status == 0, err
    assert out.count("X-LANGS") > 40, out + err  # a step a language, each naming it
    languages = [cid for cid in named if cid.startswith("l-")]
    assert len(set(languages)) == 50 and len(languages) <= 2 * 50


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("title.en", "\u0301" * 500),  # combining accents on nothing
        ("nato_body", "   "),
        ("location", "\u200b\u200d\u2060"),  # zero-width space, joiner, word joiner
        ("essential[0].text.fr", "\u3000\u00a0"),
    ],
)
def test_text_that_shows_nothing_is_refused_naming_it(
    tmp_path: Path, field: str, text: str
) -> None:
    """Such a title showed as a blank row in the list, a blank heading in the details."""
    key = {"essential[0].text.fr": "text.fr"}.get(field, field)
    changed = re.sub(rf'^{re.escape(key)} = (".*"|\'\'\'.*\'\'\')$', f"{key} = '{text}'", BASE,
                     count=1, flags=re.M)  # fmt: skip
    assert changed != BASE
    path = tmp_path / "blank.toml"
    path.write_text(changed, encoding="utf-8")
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, field) and "shows nothing" in str(error), str(error)


def test_text_of_marks_on_letters_and_of_emoji_loads(tmp_path: Path) -> None:
    """Accents on letters, emoji, U+FFFD, and a code point this Python does not know yet (an
    emoji of a newer Unicode: the importer may find one in a notice)."""
    title = "Re\u0301sume\u0301 \U0001f469\u200d\U0001f4bb \ufffd"
    path = tmp_path / "shown.toml"
    for shown in (title, "\U00012544"):
        path.write_text(re.sub(r'^title\.en = ".*"$', f'title.en = "{shown}"', BASE, count=1,
                               flags=re.M), encoding="utf-8")  # fmt: skip
        assert load_vacancy(path).title.en == shown


@pytest.mark.parametrize("code", ["UK", "ZZ", "EU"])
def test_a_nationality_that_is_no_country_is_refused_naming_it(tmp_path: Path, code: str) -> None:
    """ "UK" (for GB) passed as two capitals: the candidate was not eligible for any post for
    NATO nationals, and My profile showed no nationality and saved none on OK."""
    path = tmp_path / "bob.json"
    path.write_text(json.dumps({"format": 1, "name": "Bob", "nationality": code}), "utf-8")
    error = refused(lambda: read_profile(path), path)
    assert field_named(error, "nationality") and "such as GB" in str(error), str(error)


def test_every_country_loads_and_a_territory_as_its_states_nationality(tmp_path: Path) -> None:
    """A profile saved when the picker offered French Guiana (GF): its French national was
    ruled out of every post for NATO nationals."""
    path = tmp_path / "ana.json"
    for code, nationality in (("GB", "GB"), ("CH", "CH"), ("TW", "TW"), ("GF", "FR")):
        path.write_text(json.dumps({"format": 1, "nationality": code}), "utf-8")
        assert read_profile(path).nationality == nationality


def test_a_vacancy_listing_no_country_is_refused_naming_it(tmp_path: Path) -> None:
    """A vacancy for "UK" nationals ruled out every British candidate (GB)."""
    listed = 'kind = "nationality"\nid = "nationality"\nscope = "listed"\ncountries = ["FR", "UK"]'
    changed = re.sub(
        r'kind = "nationality"\nid = "nationality"\nscope = "nato_members"', listed, BASE
    )
    assert changed != BASE
    path = tmp_path / "uk.toml"
    path.write_text(changed, encoding="utf-8")
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "essential[0].countries[1]") and "'UK'" in str(error), str(error)


def test_years_are_written_without_an_exponent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand-edited 0.00001 years was written "You have 1e-05 years"."""
    path = tmp_path / "ana.json"
    answers = {"250939": {"experience": 0.00001}}
    path.write_text(json.dumps({"format": 1, "name": "Ana", "answers": answers}), "utf-8")
    _status, out, _err = run_cli(capsys, "assess", "--vacancy", "250939", "--profile", str(path))
    assert "You have 0 years;" in out and "e-05" not in out, out


def test_a_requirement_of_a_moment_of_experience_is_refused(tmp_path: Path) -> None:
    """min_years = 5e-324 passed "more than 0" and was written "at least 4.94066e-324 years";
    every output writes years to the hundredth."""
    changed = re.sub(r"^min_years = .*$", "min_years = 5e-324", BASE, count=1, flags=re.M)
    path = tmp_path / "moment.toml"
    path.write_text(changed, encoding="utf-8")
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "min_years"), str(error)


@pytest.mark.parametrize("amount", ["1e308", "5e-324", "0.001"])
def test_a_salary_no_post_pays_is_refused_naming_it(tmp_path: Path, amount: str) -> None:
    """1e308 was written as a number of 400 digits, 0.001 as "0.00 EUR"."""
    changed = re.sub(r"amount = [0-9.]+", f"amount = {amount}", BASE, count=1)
    assert changed != BASE
    path = tmp_path / "salary.toml"
    path.write_text(changed, encoding="utf-8")
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "salary.amount"), str(error)


def _with_languages(tmp_path: Path, count: int) -> Path:
    """250939 with `count` desirable language requirements, each a different language."""
    codes = [a + b for a in "abcdefghij" for b in "abcdefghij"][:count]
    blocks = "".join(
        f'\n[[desirable]]\nkind = "language"\nid = "d-{code}"\nlanguage = "{code}"\n'
        f"text.en = '''Language {code}'''\ntext.fr = '''Langue {code}'''\n"
        for code in codes
    )
    path = tmp_path / "languages.toml"
    path.write_text(BASE + blocks, encoding="utf-8")
    return path


def test_a_vacancy_asking_about_more_languages_than_a_profile_holds_is_refused(
    tmp_path: Path,
) -> None:
    """Screening keeps the languages asked about in the profile, which holds at most
    MAX_LANGUAGES: every answer's save would have failed."""
    from screener.domain.profile import MAX_LANGUAGES

    assert load_vacancy(_with_languages(tmp_path, MAX_LANGUAGES)).desirable
    path = _with_languages(tmp_path, MAX_LANGUAGES + 1)
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "essential"), str(error)
    assert f"at most {MAX_LANGUAGES}" in str(error)
