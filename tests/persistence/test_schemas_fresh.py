"""resources/*.schema.json must match the models; `python -m screener.schemas` regenerates them."""

from __future__ import annotations

import json
from pathlib import Path

from screener import schemas
from screener.paths import resources_dir


def test_shipped_schemas_are_up_to_date() -> None:
    stale = schemas.stale(resources_dir())
    assert not stale, f"stale: {[p.name for p in stale]}; run `python -m screener.schemas`"


def test_schemas_describe_the_formats() -> None:
    vacancy = json.loads((resources_dir() / "vacancy.schema.json").read_text(encoding="utf-8"))
    profile = json.loads((resources_dir() / "profile.schema.json").read_text(encoding="utf-8"))
    assert vacancy["title"] == "Screener vacancy definition"
    assert {"reference", "essential", "deadline"} <= set(vacancy["required"])
    assert profile["title"] == "Screener candidate profile"
    assert "answers" in profile["properties"]


def test_check_and_write(tmp_path: Path) -> None:
    assert schemas.main(["--check", "--dir", str(tmp_path)]) == 1
    assert schemas.main(["--dir", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(schemas.SCHEMAS)
    assert schemas.main(["--check", "--dir", str(tmp_path)]) == 0
    (tmp_path / "profile.schema.json").write_text("{}", encoding="utf-8")
    assert schemas.stale(tmp_path) == [tmp_path / "profile.schema.json"]
