"""`python -m benchmarks`: measure every figure, print the table, write results/latest.json."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable

from benchmarks import machine
from benchmarks.profiling import render
from benchmarks.results import Figure, table, write_json

GROUPS = ("core", "startup", "gui", "memory", "adviser", "bundle")


def _group(name: str) -> Callable[[bool], list[Figure]]:
    if name == "core":
        from benchmarks.core import run_core

        return run_core
    if name == "startup":
        from benchmarks.startup import run_startup

        return run_startup
    if name == "gui":
        from benchmarks.gui import run_gui_figures

        return run_gui_figures
    if name == "bundle":
        from benchmarks.bundle import run_bundle_figures

        return run_bundle_figures
    if name == "adviser":
        from benchmarks.adviser import run_adviser

        return run_adviser
    from benchmarks.startup import run_memory

    return run_memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", choices=GROUPS, action="append", help="run only these groups")
    parser.add_argument("--no-profile", action="store_true", help="do not profile misses")
    args = parser.parse_args(argv)
    described = machine.describe()
    print(f"machine: {machine.summary(described)}", flush=True)
    figures: list[Figure] = []
    for name in args.only or GROUPS:
        print(f"running {name} ...", flush=True)
        try:
            figures += _group(name)(not args.no_profile)
        except Exception as exc:  # one broken group must not hide the others' figures
            traceback.print_exc()
            figures.append(Figure(name, "", None).failed(f"{type(exc).__name__}: {exc}"))
    print()
    print(table(figures))
    for figure in figures:
        rows = figure.details.get("profile")
        if rows:
            print(f"\nprofile of '{figure.name}' (top functions by own time):")
            print(render(rows))
        imports = figure.details.get("import_profile")
        if imports:
            print(f"\nslowest imports for '{figure.name}' (python -X importtime, own ms):")
            for row in imports:
                print(f"    {row['own_ms']:8.1f}  {row['cum_ms']:8.1f}  {row['module']}")
    path = write_json(figures, described)
    print(f"\nwrote {path}")
    return 1 if any(f.state == "error" for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
