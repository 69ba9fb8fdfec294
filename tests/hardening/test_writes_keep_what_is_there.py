"""Writing a file (a profile, settings, an export, a command's -o) over what is already there:
a symlink is written through (the user's link stays a link), and a pipe, a device or a
folder is never replaced by a file. The rename of an atomic write replaced all of them, and
as root it turned /dev/full, given as a "disk full" output, into a plain file. And a file
whose own name is as long as a name can be is written too (its temporary sibling was not)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from hardening_support import run_cli

from screener.persistence import profile_lock
from screener.persistence.atomic import write_atomic
from screener.persistence.profile_store import ProfileStore

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks are POSIX")


@posix_only
def test_a_pipe_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "out.html"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as raised:
        write_atomic(fifo, b"data")
    assert raised.value.filename == str(fifo)
    assert "not a regular file" in str(raised.value.strerror)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]  # no temporary left


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "out.html"
    folder.mkdir()
    (folder / "inside.txt").write_text("kept")
    with pytest.raises(IsADirectoryError):
        write_atomic(folder, b"data")
    assert (folder / "inside.txt").read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]


@posix_only
def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "ana.json"
    real.write_text("old")
    link = tmp_path / "ana.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_text() == "new"


@posix_only
def test_a_link_to_a_file_not_made_yet_makes_it(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to("made.csv")
    write_atomic(link, b"x")
    assert link.is_symlink() and (tmp_path / "made.csv").read_bytes() == b"x"


@posix_only
def test_a_profile_kept_behind_a_symlink_stays_behind_it(tmp_path: Path) -> None:
    """A profiles folder whose files link into a synced folder: saving kept no link."""
    synced = tmp_path / "synced"
    synced.mkdir()
    (synced / "ana.json").write_text('{"format": 1, "name": "Ana"}')
    store = ProfileStore(tmp_path / "profiles")
    store.folder.mkdir()
    (store.folder / "ana.json").symlink_to(synced / "ana.json")
    profile = store.load("ana")
    store.save(profile.model_copy(update={"name": "Ana B."}), "ana")
    assert (store.folder / "ana.json").is_symlink()
    assert '"Ana B."' in (synced / "ana.json").read_text()


@posix_only
def test_assess_output_to_a_pipe_exits_2_and_leaves_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    profile = tmp_path / "ana.json"
    profile.write_text('{"format": 1, "name": "Ana"}')
    fifo = tmp_path / "result.txt"
    os.mkfifo(fifo)
    status, _, err = run_cli(
        capsys, "assess", "--vacancy", "250939", "--profile", str(profile), "-o", str(fifo)
    )
    assert status == 2
    assert err.strip() == (
        f"screener: {fifo}: cannot be written: not a regular file (a device, pipe or socket); "
        "not replaced"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


# 255 bytes with ".json": as long as ext4, APFS and NTFS allow a name, as a stick from another
# system may hold. Each save wrote a temporary ".<name>.XXXXXXXX.tmp" beside it first, a name
# no system takes: "cannot be saved: File name too long", at every answer.
@pytest.mark.parametrize("stem", ["a" * 250, "\u00e9" * 125], ids=["ascii", "two-byte"])
def test_a_profile_named_as_long_as_a_name_can_be_saves_and_is_locked(
    tmp_path: Path, stem: str
) -> None:
    path = tmp_path / f"{stem}.json"
    path.write_text('{"format": 1, "name": "Long"}', "utf-8")
    store = ProfileStore(tmp_path)
    store.save(store.load(stem).model_copy(update={"nationality": "BE"}), stem)
    assert store.load(stem).nationality == "BE"
    profile_lock.take(path)
    lock = profile_lock.lock_path(path)
    assert lock.read_text() == f"{os.getpid()}\n"
    assert sorted(tmp_path.iterdir()) == sorted([path, lock])
