"""What every command shares: exit statuses, the one-line problem, the language, the catalogue.

Problems with the user's files are one line each on stderr and exit status 2; anything
unexpected is one line and exit status 1 (SCREENER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from screener import paths
from screener.cli.status import DEBUG_ENV as DEBUG_ENV
from screener.cli.status import EXIT_OK as EXIT_OK
from screener.cli.status import EXIT_PROBLEM as EXIT_PROBLEM
from screener.cli.status import EXIT_UNEXPECTED as EXIT_UNEXPECTED
from screener.cli.status import CliError as CliError
from screener.cli.status import default_lang as default_lang
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import input_at, write_atomic
from screener.persistence.errors import Problem, os_reason, terminal_safe
from screener.persistence.vacancy_catalogue import (
    VACANCY_SUFFIX,
    Catalogue,
    load_catalogue,
    vacancy_files,
)
from screener.persistence.vacancy_files import load_vacancy


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def when(args: argparse.Namespace) -> dt.date | dt.datetime:
    return args.on if args.on is not None else dt.datetime.now(BRUSSELS)


def catalogue() -> Catalogue:
    return load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())


def warn_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"warning: skipped {problem}", file=sys.stderr)


def looks_like_path(spec: str) -> bool:
    return spec.lower().endswith(VACANCY_SUFFIX) or "/" in spec or os.sep in spec


def resolve_vacancy(spec: str) -> Vacancy:
    """A vacancy by reference (bundled or the user's own) or by the path of a .toml file."""
    return resolve_vacancy_file(spec)[0]


def resolve_vacancies(specs: Sequence[str]) -> list[Vacancy]:
    """The vacancies named, each once (given twice, by reference or file, it is one vacancy),
    the catalogue read once for them all: 100 references read a folder of 10,000 files 100
    times, and a dossier held a vacancy as often as it was named."""
    known: Catalogue | None = None
    chosen: dict[str, Vacancy] = {}
    for spec in specs:
        if known is None and not looks_like_path(spec):
            known = catalogue()
            warn_problems(known.problems)  # once, as `list` does
        vacancy = resolve_vacancy_file(spec, known)[0]
        chosen.setdefault(vacancy.reference, vacancy)
    return list(chosen.values())


def resolve_vacancy_file(spec: str, known: Catalogue | None = None) -> tuple[Vacancy, Path | None]:
    """The vacancy, and the file it was read from (None for one without a file); `known`,
    the catalogue already read (its problems already said)."""
    if looks_like_path(spec):
        return load_vacancy(Path(spec)), Path(spec)
    warn = known is None
    known = catalogue() if known is None else known
    found = known.find(spec)
    if found is None:
        hint = ""
        if known.errors:
            hint = f" ({len(known.errors)} vacancy file(s) could not be read; `screener validate` lists them)"
        raise CliError(
            f"unknown vacancy reference {spec!r}; `screener list` shows the known ones{hint}"
        )
    if warn:
        # As `list` does: a user's broken copy of this very vacancy would otherwise go
        # unseen, the bundled one shown in its place.
        warn_problems(known.problems)
    return found.vacancy, found.path


def emit(text: str) -> None:
    # Text from vacancy and profile files: no escape sequence reaches the terminal raw.
    sys.stdout.write(terminal_safe(text))


def catalogue_files() -> list[Path]:
    """Every vacancy file the catalogue reads (bundled and the user's): a command that reads
    them all must never write its output over one."""
    folders = [paths.bundled_vacancies_dir(), paths.user_vacancies_dir()]
    return [file for folder in folders for file in vacancy_files(folder)]


def refuse_overwriting_inputs(output: str, inputs: Iterable[Path | str | None]) -> None:
    """CliError if `output` is one of the input files, however either was named (a relative
    path, a symlink, a hard link, a vacancy given by its reference), or a file Screener
    keeps (see refuse_screeners_own)."""
    name = input_at(output, inputs)
    if name is not None:
        raise CliError(
            f"{output}: this is an input file ({name}); refusing to overwrite it, "
            "choose another name"
        )
    refuse_screeners_own(output)


def refuse_screeners_own(output: str | Path) -> None:
    """CliError if `output` is a profile, a vacancy file or the settings, as the app's save
    dialogs refuse them: `assess -o` over another candidate's profile replaced their answers."""
    if paths.kept_by_screener(output):
        raise CliError(
            f"{output}: is one of Screener's own files (a profile, a vacancy or the settings); "
            "refusing to overwrite it, choose another name or folder"
        )


def write_output(
    text: str, output: str | None, inputs: Sequence[Path | str | None], *, raw: bool = False
) -> None:
    """Write to `output`, or to stdout; `raw` for a file format (an .ics calendar) whose own
    escaping already keeps control characters out and whose line ends must stay CRLF.
    `-o -` is stdout, as for `import` and most tools (it wrote a file named "-")."""
    if output is None or output == "-":
        if raw and hasattr(sys.stdout, "buffer"):
            # Bytes as they are: a text stream on Windows would turn CRLF into CR CR LF.
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.buffer.flush()
        elif raw:
            sys.stdout.write(text)
        else:
            emit(text)
        return
    target = Path(output)
    refuse_overwriting_inputs(output, inputs)
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise CliError(f"{output}: cannot be written: {os_reason(exc, target)}") from None


def add_lang_format(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the output")
    parser.add_argument("--format", choices=formats, default="text", help="output format")
