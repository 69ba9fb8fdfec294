"""Text with thousands of accents stacked on one letter ("Zalgo" text: "Z" and 9,000 acute
accents, under the 10,000-character limit) loaded, and Qt drew the stack as a tall streak
over the lines above it: in the details pane it crossed out the requirements listed there,
so the vacancy read as other words than the file holds, as a bidi override makes it. A
vacancy's text with more than 8 marks on one letter is refused, naming the field; the
accents of French, Vietnamese and the like (one to three) load as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener import paths
from screener.persistence.vacancy_files import load_vacancy
from screener.ui.common.language import apply_language
from screener.ui.common.problem_words import error_text
from tests.hardening.hardening_support import field_named, refused

BASE = (paths.bundled_vacancies_dir() / "250939.toml").read_text(encoding="utf-8")


def _titled(tmp_path: Path, title: str) -> Path:
    path = tmp_path / "marks.toml"
    changed = re.sub(r'^title\.en = ".*"$', f'title.en = "{title}"', BASE, count=1, flags=re.M)
    assert changed != BASE
    path.write_text(changed, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "title", ["Z" + "\u0301" * 9_000, "Agent " + "e\u0308\u0301" * 3 + "\u036f" * 9]
)
def test_marks_stacked_on_one_letter_are_refused_naming_the_field(
    tmp_path: Path, title: str
) -> None:
    path = _titled(tmp_path, title)
    error = refused(lambda: load_vacancy(path), path)
    assert field_named(error, "title.en"), str(error)
    assert "marks stacked on one letter" in str(error), str(error)


def test_it_is_said_in_french(qtbot: object, tmp_path: Path) -> None:
    path = _titled(tmp_path, "Agent Z" + "\u0301" * 40)
    error = refused(lambda: load_vacancy(path), path)
    apply_language("fr")
    try:
        said = error_text(error).replace("\u00a0", " ")
    finally:
        apply_language("en")
    assert "40 signes diacritiques empilés sur une lettre" in said, said


def test_accents_as_languages_write_them_load(tmp_path: Path) -> None:
    # Vietnamese puts two marks on a letter; decomposed, as macOS stores text: e + marks.
    title = (
        "Nguye\u0302\u0303n Re\u0301sume\u0301 Tie\u0302\u0301ng Vie\u0323\u0302t "
        + "a"
        + "\u0301" * 8
    )
    assert load_vacancy(_titled(tmp_path, title)).title.en == title


def test_a_notice_of_stacked_marks_makes_a_draft_that_loads(tmp_path: Path) -> None:
    from screener.importer import import_notice_text, write_vacancy_toml

    notice = Path(__file__).resolve().parents[2]
    text = (notice / "tests" / "importer" / "notices" / "250717.txt").read_text("utf-8")
    text = text.replace("Coordinator", "Coordi" + "\u0308" * 30 + "nator", 1)
    result = import_notice_text(text, "zalgo.txt")
    draft = tmp_path / "250717.toml"
    write_vacancy_toml(result.vacancy, draft)  # refused the draft before the notice was cleaned
    # NFC makes the first mark one letter with "i" (ï); eight stay stacked on it.
    assert load_vacancy(draft).title.en.startswith("Coord\u00ef" + "\u0308" * 8 + "nator")
