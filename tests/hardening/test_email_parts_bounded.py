"""A saved e-mail (.eml) of tens of thousands of MIME parts, under the notice size limit:
the standard library's parser took 30 s for 100,000 flat parts and 108 s for 100,000
nested ones before saying there was no text body. It is refused before parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hardening_support import REPO, run_cli

FLAT = (
    "Content-Type: multipart/mixed; boundary=x\n\n"
    + "--x\nContent-Type: text/plain\n\nhi\n" * 100_000
)
NESTED = "Content-Type: multipart/mixed; boundary=x\n\n" + (
    "--x\nContent-Type: multipart/mixed; boundary=x\n\n" * 100_000
)


@pytest.mark.parametrize("content", [FLAT, NESTED], ids=["flat", "nested"])
def test_an_email_of_a_hundred_thousand_parts_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str
) -> None:
    path = tmp_path / "notice.eml"
    path.write_text(content, "ascii")
    assert path.stat().st_size < 5 * 1024 * 1024
    status, _, err = run_cli(capsys, "import", str(path), "-o", str(tmp_path / "d.toml"))
    assert status == 2
    assert err == f"{path}: is an e-mail of over 1,000 parts, not a notice\n"


def test_a_notice_sent_as_an_email_still_imports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notice = (REPO / "tests/importer/notices/250939.txt").read_text("utf-8")
    body = notice.replace("\n--", "\n -")  # the notice's own text
    mail = (
        "From: hr@example.org\nSubject: Vacancy 250939\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--b--\n"
    )
    path = tmp_path / "notice.eml"
    path.write_text(mail, "utf-8")
    status, out, err = run_cli(capsys, "import", str(path), "-o", str(tmp_path / "d.toml"))
    assert status == 0, err
    assert "250939" in out
