"""`screener pack export|import`: share chosen vacancy files as one .zip with a manifest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from screener import paths
from screener.adviser.packs import export_pack, import_pack
from screener.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CliError,
    catalogue,
    emit,
    looks_like_path,
)
from screener.domain.vacancy import Vacancy
from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.persistence.vacancy_files import load_vacancy


def _entries(specs: list[str]) -> list[LoadedVacancy]:
    known = catalogue()
    chosen: dict[str, LoadedVacancy] = {}  # a reference named twice is packed once
    for spec in specs:
        if looks_like_path(spec):
            path = Path(spec)
            loaded = LoadedVacancy(load_vacancy(path), path, bundled=False)
        else:
            found = known.find(spec)
            if found is None:
                raise CliError(
                    f"unknown vacancy reference {spec!r}; `screener list` shows the known ones"
                )
            loaded = found
        chosen.setdefault(loaded.vacancy.reference, loaded)
    return list(chosen.values())


def cmd_pack_export(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.suffix.lower() != ".zip":
        raise CliError(f"{args.output}: a pack is a .zip file; give a name ending in .zip")
    entries = _entries(args.references)
    try:
        export_pack(entries, target)
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written: {exc.strerror or exc}") from None
    drafts = sum(1 for e in entries if e.vacancy.draft)
    note = f" ({drafts} marked draft)" if drafts else ""
    print(f"packed {len(entries)} vacancies{note}: {args.output}", file=sys.stderr)
    return EXIT_OK


def _refuse(name: str, incoming: Vacancy, yours: Vacancy | None) -> bool:
    print(
        f"screener: {name}: you already have a different {incoming.reference}; kept yours "
        "(run again with --force to replace it, or --skip to keep it quietly)",
        file=sys.stderr,
    )
    return False


def cmd_pack_import(args: argparse.Namespace) -> int:
    if args.force:
        decide = lambda *_: True  # noqa: E731 - a decision, said in one line
    elif args.skip:
        decide = lambda *_: False  # noqa: E731
    else:
        decide = _refuse
    folder = paths.user_vacancies_dir()
    report = import_pack(Path(args.pack), folder, decide)
    for problem in report.problems:
        print(f"screener: {problem}", file=sys.stderr)
    lines = [f"added {name}" for name in report.added]
    lines += [f"replaced {name}" for name in report.replaced]
    lines += [f"unchanged {name}" for name in report.unchanged]
    lines += [f"kept your {name}" for name in report.kept]
    emit("".join(line + "\n" for line in lines))
    print(f"into {folder}", file=sys.stderr)
    refused = report.kept and not (args.force or args.skip)
    return EXIT_PROBLEM if report.problems or refused else EXIT_OK


def add_pack_command(sub: Any) -> None:
    p = sub.add_parser("pack", help="share vacancy files as one .zip pack, or import one")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    e = actions.add_parser(
        "export",
        help="write chosen vacancies to a .zip pack",
        description="Write the chosen vacancy files (as you have them, drafts included) and a "
        "manifest (references, titles, deadlines, draft flags) to one .zip file.",
    )
    e.add_argument("references", nargs="+", metavar="REF", help="vacancy references or .toml files")
    e.add_argument("-o", "--output", required=True, metavar="FILE.zip", help="the pack to write")
    e.set_defaults(handler=cmd_pack_export)
    i = actions.add_parser(
        "import",
        help="add the vacancies of a .zip pack to your vacancies folder",
        description="Check each file of the pack and add the valid ones to your vacancies "
        "folder; bad files are reported and skipped. A vacancy you already have with "
        "different content is kept unless you say --force. Exit status 2 if anything was "
        "skipped.",
    )
    i.add_argument("pack", metavar="FILE.zip", help="the pack to import")
    choice = i.add_mutually_exclusive_group()
    choice.add_argument("--force", action="store_true", help="replace your differing files")
    choice.add_argument("--skip", action="store_true", help="keep your differing files quietly")
    i.set_defaults(handler=cmd_pack_import)
