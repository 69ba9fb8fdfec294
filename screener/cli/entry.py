"""Headless commands (list, show, assess, validate, import, batch); no arguments starts the GUI.

Problems with the user's files are one line each on stderr and exit status 2; anything
unexpected is one line and exit status 1 (SCREENER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from screener import __version__, paths
from screener.cli.output_stream import is_output_failure, named_output
from screener.cli.status import (
    DEBUG_ENV,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_UNEXPECTED,
    CliError,
    default_lang,
)
from screener.persistence.errors import FileProblemError, os_reason, safe_text

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    # Imported here, not at the top: the desktop app (no arguments) does not need the
    # commands' modules (batch, import), and its start-up would pay for them.
    import argparse

    from screener.cli.batch_command import add_batch_parser
    from screener.cli.calendar_command import add_calendar_command
    from screener.cli.dossier_command import add_dossier_command
    from screener.cli.gaps_command import add_gaps_command
    from screener.cli.import_command import add_import_command
    from screener.cli.pack_command import add_pack_command
    from screener.cli.vacancy_commands import add_vacancy_commands

    parser = argparse.ArgumentParser(
        prog="screener",
        description="Check whether you meet the requirements of a NATO civilian vacancy (the "
        "International Staff, the agencies, the commands and the centres). Without a command, "
        "the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"screener {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep profiles, settings, your vacancies and the cache in DIR (portable use); "
        "give it before the command, or alone to start the desktop application with it",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_vacancy_commands(sub)
    add_import_command(sub)
    add_batch_parser(sub)
    add_gaps_command(sub)
    add_calendar_command(sub)
    add_pack_command(sub)
    add_dossier_command(sub)
    return parser


def run_gui(argv: list[str]) -> int:
    # Qt is imported only here: every other command runs without it.
    from screener.ui.app import run_gui as run_app

    return int(run_app(argv))


def _tolerate_console_encoding() -> None:
    # A console that cannot show a character (a cp1252 pipe on Windows) gets a '?' instead
    # of a crash halfway through a report.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and encoding not in {"utf8", "utf8sig"}:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _run(argv: list[str]) -> int:
    _tolerate_console_encoding()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else EXIT_PROBLEM
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_PROBLEM
    if getattr(args, "lang", "en") is None:
        args.lang = default_lang()
    with named_output():  # standard output that cannot be written is said as a file's is
        return int(args.handler(args))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _take_data_dir(args)
        if not args:  # the window says itself what it cannot save, where the user looks
            return run_gui([sys.argv[0] if sys.argv else "screener"])
        _check_data_dir_env()
        return _run(args)
    except FileProblemError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    except CliError as exc:
        print(f"screener: {safe_text(str(exc), limit=4096)}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `screener list | head`: the reader left; nothing more to say.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if is_output_failure(exc):  # a full disk, a stream gone: said, and said once
            print(f"screener: {_os_problem(exc)}", file=sys.stderr)
            _silence_stdout()
            return EXIT_PROBLEM
        if isinstance(exc, OSError) and exc.filename is not None:
            # The system refused a file (a data folder that is a file, a read-only disk, no
            # space left): the user's to fix, said with the file's name like any file problem.
            print(f"screener: {_os_problem(exc)}", file=sys.stderr)
            return EXIT_PROBLEM
        if os.environ.get(DEBUG_ENV) == "1":
            traceback.print_exc()
        else:
            detail = safe_text(str(exc).splitlines()[0] if str(exc) else "")
            print(
                f"screener: unexpected error: {type(exc).__name__}: {detail} "
                f"(set {DEBUG_ENV}=1 to see the details)",
                file=sys.stderr,
            )
        return EXIT_UNEXPECTED


def _os_problem(exc: OSError) -> str:
    """'file: what is wrong', worded for a person where the system's words puzzle."""
    name = os.fsdecode(exc.filename)
    return f"{safe_text(name, limit=4096)}: {safe_text(str(os_reason(exc, name)))}"


def _check_data_dir_env() -> None:
    """SCREENER_DATA_DIR must name a folder (or one to be made), as `--data-dir` must."""
    folder = os.environ.get(paths.DATA_DIR_ENV)
    # lexists: a link to nothing, or a loop of links, is no folder either.
    if folder and os.path.lexists(folder) and not os.path.isdir(folder):
        raise CliError(f"{paths.DATA_DIR_ENV}={folder!r}: expected a folder")


def _take_data_dir(args: list[str]) -> list[str]:
    """`--data-dir DIR` ahead of the command (or alone): applied before anything reads a path."""
    first = args[0] if args else ""
    if first == "--data-dir" and len(args) > 1:
        folder, rest = args[1], args[2:]
    elif first.startswith("--data-dir="):
        folder, rest = first.partition("=")[2], args[1:]
    else:
        return args  # no option, or no DIR after it: the parser says what is missing
    if not folder or (os.path.lexists(folder) and not os.path.isdir(folder)):
        raise CliError(f"--data-dir {folder!r}: expected a folder")
    paths.use_data_dir(Path(folder))
    return rest


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
