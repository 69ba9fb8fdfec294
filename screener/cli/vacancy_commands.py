"""`list`, `show`, `assess` and `validate`: the commands about vacancies and one profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from screener import paths
from screener.adviser.selection import current_entries
from screener.cli import output
from screener.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    add_lang_format,
    catalogue,
    emit,
    parse_date,
    resolve_vacancy,
    resolve_vacancy_file,
    warn_problems,
    when,
    write_output,
)
from screener.domain.engine import assess
from screener.persistence.vacancy_catalogue import load_paths


def cmd_list(args: argparse.Namespace) -> int:
    known = catalogue()
    warn_problems(known.problems)
    # A user's copy of a bundled vacancy replaces it, as in every other command.
    loaded = current_entries(known)
    if args.format == "json":
        emit(output.list_json(loaded, known.problems, args.lang, when(args)))
    else:
        emit(output.list_text(loaded, args.lang, when(args)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    vacancy = resolve_vacancy(args.vacancy)
    if args.format == "json":
        emit(output.show_json(vacancy))
    else:
        emit(output.show_text(vacancy, args.lang, when(args)))
    return EXIT_OK


def cmd_assess(args: argparse.Namespace) -> int:
    # The app's and the batch's reader: older formats are migrated the same way.
    from screener.persistence.profile_files import read_profile

    vacancy, vacancy_file = resolve_vacancy_file(args.vacancy)
    profile = read_profile(Path(args.profile))
    assessment = assess(vacancy, profile, when(args))
    # One record for every format: whose screening, the vacancy and its grade, the sections.
    from screener.report.record import build_record

    record = build_record(
        assessment, args.lang, profile_name=profile.name, grade=str(vacancy.grade)
    )
    if args.format == "json":
        from screener.report.json_report import record_to_dict

        text = output.to_json(record_to_dict(record))
    elif args.format == "html":
        from screener.report.html_report import render_record_html

        text = render_record_html(record)
    else:
        from screener.report.text_report import render_record_text

        text = render_record_text(record)
    write_output(text, args.output, [args.profile, vacancy_file])
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    if args.paths:
        targets = [Path(p) for p in args.paths]
    else:
        targets = [paths.bundled_vacancies_dir()]
        if paths.user_vacancies_dir().is_dir():
            targets.append(paths.user_vacancies_dir())
    catalogue = load_paths(targets)
    # Two files of one folder with one reference are among them (load_paths).
    problems = list(catalogue.problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    bad_files = {p.path for p in problems}
    total = len(catalogue.vacancies) + len(catalogue.errors)
    ok = total - len(bad_files)
    if problems:
        emit(f"{ok} of {total} vacancy files ok; {len(bad_files)} with problems\n")
        return EXIT_PROBLEM
    emit(f"ok: {ok} vacancy files\n")
    return EXIT_OK


def add_vacancy_commands(sub: Any) -> None:
    p = sub.add_parser("list", help="list the known vacancies")
    add_lang_format(p, ("text", "json"))
    p.add_argument(
        "--on", type=parse_date, metavar="YYYY-MM-DD", help="date for the deadline status"
    )
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one vacancy and its requirements")
    p.add_argument("vacancy", metavar="REF", help="vacancy reference or path of a .toml file")
    add_lang_format(p, ("text", "json"))
    p.add_argument(
        "--on", type=parse_date, metavar="YYYY-MM-DD", help="date for the deadline status"
    )
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("assess", help="check a profile against a vacancy")
    p.add_argument("--vacancy", required=True, metavar="REF|FILE", help="reference or .toml file")
    p.add_argument("--profile", required=True, metavar="FILE", help="profile (.json)")
    p.add_argument(
        "--on", type=parse_date, metavar="YYYY-MM-DD", help="screening date; default today"
    )
    add_lang_format(p, ("text", "json", "html"))
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (- for stdout)"
    )
    p.set_defaults(handler=cmd_assess)

    p = sub.add_parser("validate", help="check vacancy files (default: bundled and your own)")
    p.add_argument("paths", nargs="*", metavar="PATH", help=".toml files or folders")
    p.set_defaults(handler=cmd_validate)
