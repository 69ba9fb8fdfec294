"""`screener import -o FILE --force` (and the app's import review) write through write_atomic.

The importer had its own temporary-file-and-rename: it replaced a symlink with a regular
file (the link's target kept its old content), a pipe with a file, and, run as root,
`-o /dev/null` put a regular file in place of the system's null device.
"""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import pytest

from screener import paths
from screener.importer import write_vacancy_toml
from screener.persistence import atomic
from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import run_cli

posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes and device nodes")


def _notice(tmp_path: Path) -> Path:
    vacancy = load_vacancy(paths.bundled_vacancies_dir() / "250939.toml")
    text = "\n".join(
        [
            f"{vacancy.title.en} - {vacancy.reference}",
            "ESSENTIAL",
            *(f"- {criterion.text.en}" for criterion in vacancy.essential),
        ]
    )
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_symlink_is_followed_and_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "real.toml"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    status, _out, err = run_cli(
        capsys, "import", str(_notice(tmp_path)), "-o", str(link), "--force"
    )
    assert status == 0, err
    assert link.is_symlink()
    assert load_vacancy(target).draft  # the draft went where the link points


@posix_only
def test_a_pipe_is_refused_and_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    status, _out, err = run_cli(
        capsys, "import", str(_notice(tmp_path)), "-o", str(pipe), "--force"
    )
    assert status == 2
    assert f"{pipe}: cannot be written: not a regular file" in err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_is_never_replaced_even_as_root(tmp_path: Path) -> None:
    device = tmp_path / "null.toml"  # a null device of our own, never the system's
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    vacancy = load_vacancy(paths.bundled_vacancies_dir() / "250939.toml")
    with pytest.raises(OSError):
        write_vacancy_toml(vacancy, device)
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["null.toml"]  # no temporary file left


@posix_only
def test_a_command_asked_to_end_while_writing_leaves_no_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM (a closed terminal, `kill`, a scheduler's timeout) ended the process at once,
    leaving ".draft.toml.….tmp" in the user's folder; it now ends it with status 143 after
    write_atomic's clean-up."""
    # Outside a command, SIGTERM is only noted here (Python's default would end pytest).
    noted: list[int] = []
    monkeypatch.setattr(atomic, "_before_replace", lambda *_: os.kill(os.getpid(), signal.SIGTERM))
    previous = signal.signal(signal.SIGTERM, lambda number, _frame: noted.append(number))
    out = tmp_path / "drafts"
    out.mkdir()
    try:
        with pytest.raises(SystemExit) as ended:
            run_cli(capsys, "import", str(_notice(tmp_path)), "-o", str(out / "draft.toml"))
        os.kill(os.getpid(), signal.SIGTERM)  # after the command: its own handler is gone
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert ended.value.code == 143 and os.listdir(out) == [] and noted == [signal.SIGTERM]
