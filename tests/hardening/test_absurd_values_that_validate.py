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

from screener import paths
from screener.persistence.profile_files import read_profile
from screener.persistence.text_checks import MAX_TEXT_LINES
from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import field_named, refused

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
