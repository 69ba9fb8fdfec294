"""`screener import NOTICE`: a draft vacancy file from a notice, and what to review."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import REPO, Run

from screener.persistence.vacancy_files import load_vacancy

# The copies kept with the importer tests, so these run in any clone.
NOTICES = REPO / "tests" / "importer" / "notices"


@pytest.fixture
def notice(tmp_path: Path) -> Path:
    source = NOTICES / "250939.txt"
    if not source.is_file():
        pytest.skip("shared notices not available")
    copy = tmp_path / "notice.txt"
    copy.write_bytes(source.read_bytes())
    return copy


def test_import_to_a_file(run: Callable[..., Run], notice: Path, tmp_path: Path) -> None:
    before = notice.read_bytes()
    target = tmp_path / "draft.toml"
    result = run("import", str(notice), "-o", str(target))
    assert result.code == 0, result.err
    assert f"wrote draft vacancy 250939 to {target}" in result.out
    assert "stands for the bundled vacancy" not in result.out  # a file elsewhere replaces nothing
    assert notice.read_bytes() == before
    draft = load_vacancy(target)
    assert draft.draft and draft.reference == "250939"
    assert run("validate", str(target)).out == "ok: 1 vacancy files\n"
    again = run("import", str(notice), "-o", str(target))
    assert again.code == 2 and "already exists; use --force" in again.err
    assert run("import", str(notice), "-o", str(target), "--force").code == 0


def test_import_to_stdout(run: Callable[..., Run], notice: Path) -> None:
    result = run("import", str(notice), "-o", "-")
    assert result.code == 0
    assert tomllib.loads(result.out)["draft"] is True
    assert "250939" in result.err  # the review list goes to stderr, away from the TOML


def test_import_into_the_users_folder(
    run: Callable[..., Run], notice: Path, _isolated_environment: Path
) -> None:
    result = run("import", str(notice))
    assert result.code == 0, result.err
    assert (_isolated_environment / "vacancies" / "250939.toml").is_file()
    assert "now stands for the bundled vacancy 250939" in result.out
    listing = run("list").out
    assert "(draft)" in next(line for line in listing.splitlines() if line.startswith("250939"))


def test_import_refuses_what_is_not_a_notice(run: Callable[..., Run], tmp_path: Path) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("Dear Sir or Madam,\nplease find my application attached.\n", encoding="utf-8")
    result = run("import", str(text))
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(str(text))
    assert run("import", str(tmp_path / "missing.txt")).code == 2


def test_import_reads_standard_input(
    run: Callable[..., Run], notice: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(notice.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    result = run("import", "-", "-o", "-")
    assert result.code == 0, result.err
    assert tomllib.loads(result.out)["reference"] == "250939"
    assert "from standard input" in result.out


def test_reimporting_a_bundled_vacancy_keeps_its_ids(
    run: Callable[..., Run], notice: Path, tmp_path: Path
) -> None:
    target = tmp_path / "250939.toml"
    result = run("import", str(notice), "-o", str(target))
    assert result.code == 0, result.err
    assert "kept the criterion ids of" in result.out
    bundled = load_vacancy(REPO / "vacancies" / "250939.toml")
    assert {c.id for c in load_vacancy(target).criteria} == {c.id for c in bundled.criteria}


def test_review_items_follow_lang_and_the_locale(
    run: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "Title: Technician\nReference: 270001\n\nESSENTIAL\n- Knowledge of Russian and "
        "Ukrainian.\n",
        encoding="utf-8",
    )
    target = tmp_path / "draft.toml"
    english = run("import", str(notice), "-o", str(target))
    assert "  - schedule: No schedule was found; please fill it in." in english.out
    assert "  - language-ru: This bullet states 2 requirements" in english.out
    french = run("import", str(notice), "-o", str(target), "--force", "--lang", "fr")
    out = french.out.replace("\u00a0", " ")
    assert "  - schedule: Champ « horaire » introuvable ; veuillez le remplir." in out
    assert "  - language-ru: Cette puce énonce 2 exigences" in out
    assert "point(s) à vérifier :" in out
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    by_locale = run("import", str(notice), "-o", str(target), "--force").out
    assert "Champ «\u00a0horaire\u00a0» introuvable" in by_locale
    # The file keeps the structured item, whatever language it was shown in.
    saved = load_vacancy(target).review
    assert any(item.code == "bullet_split" and item.values["count"] == 2 for item in saved)
