"""JSON Schemas of the file formats, generated from the models.

`python -m screener.schemas` rewrites resources/*.schema.json; `--check` only reports
whether they are up to date (a test runs the same check, so a stale schema fails CI).
Editors use the schemas to complete and check vacancy and profile files as they are typed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from screener.domain.profile import profile_json_schema
from screener.domain.vacancy import vacancy_json_schema
from screener.paths import resources_dir

SCHEMAS: dict[str, Callable[[], dict[str, object]]] = {
    "vacancy.schema.json": vacancy_json_schema,
    "profile.schema.json": profile_json_schema,
}


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def stale(folder: Path) -> list[Path]:
    """Schema files in `folder` that are missing or differ from the models."""
    out = []
    for name in SCHEMAS:
        path = folder / name
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current != render(name):
            out.append(path)
    return out


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for path in stale(folder):
        path.write_text(render(path.name), encoding="utf-8", newline="\n")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m screener.schemas", description=__doc__)
    parser.add_argument("--check", action="store_true", help="report stale schemas, write none")
    parser.add_argument("--dir", type=Path, default=resources_dir(), help="output folder")
    args = parser.parse_args(argv)
    if args.check:
        outdated = stale(args.dir)
        for path in outdated:
            print(f"{path}: out of date; run `python -m screener.schemas`", file=sys.stderr)
        return 1 if outdated else 0
    for path in write(args.dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
