"""`screener batch`: a folder of profiles against a folder of vacancies, to CSV (and JSON).

One line on stderr for each problem. Exit status: 0 when the output was written (files
that could not be read are listed as warnings and skipped, as `screener list` does),
2 when nothing could be written (bad arguments, no readable profile or vacancy, an
unwritable output file), 1 for anything unexpected. Never a traceback, unless
SCREENER_DEBUG=1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from screener import paths
from screener.adviser.selection import current_entries
from screener.batch import BatchResult, csv_bytes, json_bytes, run_batch
from screener.batch_profiles import ProfileFolder
from screener.cli.common import (
    DEBUG_ENV,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_UNEXPECTED,
    CliError,
    default_lang,
    parse_date,
    refuse_overwriting_inputs,
    warn_problems,
)
from screener.cli.output_stream import STANDARD_OUTPUT, STDOUT, is_output_failure
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import write_atomic
from screener.persistence.errors import FileProblemError, Problem, safe_text
from screener.persistence.vacancy_catalogue import Catalogue, load_catalogue, load_paths


def add_batch_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the `batch` subcommand to an argparse subparsers object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch",
        help="screen a folder of profiles against many vacancies (CSV matrix)",
        description="Screen every profile in a folder against every vacancy; one row a "
        "candidate, one column a vacancy.",
    )
    parser.add_argument("--profiles", required=True, metavar="DIR", help="folder of profiles")
    parser.add_argument(
        "--vacancies",
        metavar="DIR",
        help="folder of vacancy files (default: the bundled vacancies and your own)",
    )
    parser.add_argument("--out", required=True, metavar="FILE.csv", help="CSV file to write")
    parser.add_argument("--json", metavar="FILE.json", help="also write the results as JSON")
    parser.add_argument(
        "--on",
        type=parse_date,
        metavar="DATE",
        help="date for deadlines (default: today, Brussels)",
    )
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the CSV cells")
    parser.add_argument(
        "--progress", action="store_true", help="show progress even when stderr is not a terminal"
    )
    parser.set_defaults(handler=run_batch_command)
    return parser


class ProgressBar:
    """A one-line bar redrawn in place on a terminal; plain lines every 10% otherwise."""

    WIDTH = 30

    def __init__(self, stream: TextIO, in_place: bool) -> None:
        self.stream = stream
        self.in_place = in_place
        self.last_draw = 0.0
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        if self.in_place:
            now = time.monotonic()
            if done < total and now - self.last_draw < 0.1:
                return
            self.last_draw = now
            filled = int(self.WIDTH * fraction)
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            self.stream.write(f"\rscreening [{bar}] {fraction:4.0%} {done:,}/{total:,}")
            self.drawn = True
        else:
            tenth = int(fraction * 10)
            if tenth == self.last_tenth:
                return
            self.last_tenth = tenth
            self.stream.write(f"screening: {fraction:.0%} ({done:,}/{total:,})\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _vacancies(folder: str | None) -> tuple[list[Vacancy], list[Problem], list[Path]]:
    """The vacancies, the problems met, and every file read (the outputs must not be one)."""
    if folder is None:
        catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
        # A user's own copy of a bundled vacancy replaces it, as everywhere else.
        chosen = current_entries(catalogue)
        files = [e.path for e in catalogue.vacancies]
        return [e.vacancy for e in chosen], catalogue.problems, files
    path = Path(folder)
    if not path.exists():
        raise CliError(f"{folder}: folder not found")
    # Two files with one reference are one vacancy and a problem (load_paths).
    loaded: Catalogue = load_paths([path])
    files = [e.path for e in loaded.vacancies] + [error.path for error in loaded.errors]
    return [e.vacancy for e in loaded.vacancies], loaded.problems, files


def _check_outputs(args: argparse.Namespace) -> None:
    # os.path, not Path.resolve / is_dir: a symlink loop made resolve() raise RuntimeError
    # ("unexpected error", exit 1), and is_dir raises in a folder this user may not search.
    if args.json is not None and os.path.realpath(args.json) == os.path.realpath(args.out):
        raise CliError("--out and --json name the same file; choose two names")
    for name in (args.out, args.json):
        if name is None or name == STDOUT:
            continue
        folder = Path(os.path.realpath(name)).parent
        if not os.path.isdir(folder):
            raise CliError(f"{name}: cannot be written: folder {folder} does not exist")
        if os.path.isdir(name):
            raise CliError(f"{name}: is a folder; give a file name")


def _write_to(name: str, chunks: Iterator[bytes]) -> None:
    # "-" is standard output, as for the other commands' -o (it made a file named "-").
    if name != STDOUT:
        write_atomic(Path(name), chunks)
        return
    sys.stdout.flush()
    for chunk in chunks:
        sys.stdout.buffer.write(chunk)
    sys.stdout.buffer.flush()


def _write(result: BatchResult, args: argparse.Namespace, lang: str) -> None:
    outputs = [(args.out, csv_bytes(result, lang))]
    if args.json is not None:
        outputs.append((args.json, json_bytes(result)))
    for name, chunks in outputs:
        try:
            _write_to(name, chunks)
        except OSError as exc:
            if exc.filename == STANDARD_OUTPUT:
                raise
            raise CliError(f"{name}: cannot be written: {exc.strerror or exc}") from None


def _lang(args: argparse.Namespace) -> str:
    if args.lang is not None:
        return str(args.lang)
    return default_lang()


def _run(args: argparse.Namespace) -> int:
    _check_outputs(args)
    on = args.on if args.on is not None else dt.datetime.now(BRUSSELS).date()
    lang = _lang(args)
    vacancies, vacancy_problems, vacancy_files = _vacancies(args.vacancies)
    warn_problems(vacancy_problems)
    if not vacancies:
        where = args.vacancies or "the bundled or your own vacancies"
        raise CliError(f"no readable vacancy files in {where}")
    # Read one profile at a time: a large folder never has to fit in memory whole.
    profiles = ProfileFolder(Path(args.profiles))
    for name in (args.out, args.json):
        if name is not None and name != STDOUT:
            refuse_overwriting_inputs(name, [*profiles.paths, *vacancy_files])
    show = args.progress or sys.stderr.isatty()
    bar = ProgressBar(sys.stderr, in_place=sys.stderr.isatty()) if show else None
    try:
        result = run_batch(profiles, vacancies, on, bar)
    finally:
        if bar is not None:
            bar.finish()
    result.errors = profiles.errors
    warn_problems(result.problems)
    if not result.candidates:
        raise CliError(f"{args.profiles}: no readable profiles (*.json) in this folder")
    _write(result, args, lang)
    print(
        f"screened {len(result.candidates):,} candidate(s) x {len(vacancies):,} vacancies: "
        f"{STANDARD_OUTPUT if args.out == STDOUT else args.out}",
        file=sys.stderr,
    )
    return EXIT_OK


def run_batch_command(args: argparse.Namespace) -> int:
    """Run `screener batch` with parsed arguments; returns the exit status."""
    try:
        return _run(args)
    except CliError as exc:
        print(f"screener: {safe_text(str(exc), limit=4096)}", file=sys.stderr)
    except FileProblemError as exc:
        for problem in exc.problems:
            print(f"screener: {problem}", file=sys.stderr)
    except KeyboardInterrupt:
        print("\nscreener: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get(DEBUG_ENV) == "1" or is_output_failure(exc):
            raise  # standard output that cannot be written is said as for every command
        detail = safe_text(str(exc).splitlines()[0] if str(exc) else "")
        print(
            f"screener: unexpected error: {type(exc).__name__}: {detail} "
            f"(set {DEBUG_ENV}=1 to see the details)",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
    return EXIT_PROBLEM
