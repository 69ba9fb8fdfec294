"""A notice's file name is written into the draft's first comment ("Draft imported by
`screener import` from NAME."). A name holding an escape character ("a\\x1bb.txt", as a
download can be named) made a draft that Screener could not read back (TOML allows no
control character in a comment: "line 1, column 45: TOML syntax error"), and a name that is
not UTF-8 (b"Andr\\xe9.txt" from a Latin-1 system) stopped `screener import -o FILE` with
"unexpected error: UnicodeEncodeError", writing nothing. Such characters are now written
escaped, and the draft loads."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import REPO, run_cli

NOTICE = REPO / "tests" / "importer" / "notices" / "250717.txt"

# A line feed would end a file's name on a terminal; the others are what a careless
# download or another system leaves in one.
NAMES = ["esc\x1b[31mred.txt", "bell\x07.txt", "del\x7f.txt", "bidi\u202etxt.exe.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_a_draft_from_a_notice_with_a_control_in_its_name_loads(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    notice = tmp_path / name
    shutil.copyfile(NOTICE, notice)
    draft = tmp_path / "draft.toml"
    status, _, err = run_cli(capsys, "import", str(notice), "-o", str(draft))
    assert status == 0, err
    first_line = draft.read_text("utf-8").splitlines()[0]
    assert first_line.startswith("# Draft imported by `screener import` from ")
    assert first_line.isprintable()
    assert load_vacancy(draft).reference == "250717"
    assert run_cli(capsys, "validate", str(draft))[0] == 0


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="these systems keep every file name as text"
)
def test_a_notice_whose_name_is_not_utf8_makes_a_draft(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notice = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Andr\xe9.txt"))
    shutil.copyfile(NOTICE, notice)
    draft = tmp_path / "draft.toml"
    status, _, err = run_cli(capsys, "import", str(notice), "-o", str(draft))
    assert status == 0, err  # was 1: "unexpected error: UnicodeEncodeError"
    assert "from Andr\\udce9.txt." in draft.read_text("utf-8").splitlines()[0]
    assert load_vacancy(draft).reference == "250717"
