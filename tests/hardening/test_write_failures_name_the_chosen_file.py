"""A write that fails before any byte is written (the folder is missing, read-only, full)
named the temporary file it could not make, "(/x/.report.txt.909ilkm2.tmp)", a name the user
never chose and cannot find. The message names the file they chose, and only it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener.domain.profile import Profile
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_store import ProfileStore
from tests.hardening.hardening_support import run_cli


def test_assess_output_in_a_missing_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    profile = tmp_path / "ana.json"
    profile.write_text(json.dumps({"format": 1, "name": "Ana"}))
    output = tmp_path / "missing" / "report.txt"
    status, _, err = run_cli(
        capsys, "assess", "--vacancy", "250939", "--profile", str(profile), "-o", str(output)
    )
    assert status == 2
    assert err.strip() == f"screener: {output}: cannot be written: No such file or directory"


def test_a_profile_export_to_a_missing_folder(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    store.save(Profile(name="Ana"), "ana")
    target = tmp_path / "missing" / "ana.json"
    with pytest.raises(FileProblemError) as caught:
        store.export("ana", target)
    assert str(caught.value) == f"{target}: cannot be written: No such file or directory"
    assert ".tmp" not in str(caught.value)
