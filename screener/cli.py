"""Headless commands (list, show, assess, validate, import); no arguments starts the GUI.

Problems with the user's files are one line each on stderr and exit status 2; anything
unexpected is one line and exit status 1 (SCREENER_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import locale
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from screener import __version__, paths
from screener.domain.engine import assess
from screener.domain.vacancy import BRUSSELS, Vacancy
from screener.persistence.atomic import write_atomic
from screener.persistence.errors import FileProblemError, Problem
from screener.persistence.vacancy_files import (
    VACANCY_SUFFIX,
    Catalogue,
    load_catalogue,
    load_paths,
    load_vacancy,
)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_PROBLEM = 2
DEBUG_ENV = "SCREENER_DEBUG"


class CliError(Exception):
    """A problem the user can fix, said in one line; exit status 2."""


def default_lang(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """French if the locale is French, otherwise English (POSIX precedence of variables)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    if environ is None:  # Windows sets no LANG; ask the system instead.
        system = locale.getlocale()[0] or ""
        return "fr" if system.lower().startswith("fr") else "en"
    return "en"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _when(args: argparse.Namespace) -> dt.date | dt.datetime:
    return args.on if args.on is not None else dt.datetime.now(BRUSSELS)


def _catalogue() -> Catalogue:
    return load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())


def _warn_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"warning: skipped {problem}", file=sys.stderr)


def _looks_like_path(spec: str) -> bool:
    return spec.lower().endswith(VACANCY_SUFFIX) or "/" in spec or os.sep in spec


def resolve_vacancy(spec: str) -> Vacancy:
    """A vacancy by reference (bundled or the user's own) or by the path of a .toml file."""
    if _looks_like_path(spec):
        return load_vacancy(Path(spec))
    catalogue = _catalogue()
    found = catalogue.find(spec)
    if found is None:
        hint = ""
        if catalogue.errors:
            hint = f" ({len(catalogue.errors)} vacancy file(s) could not be read; `screener validate` lists them)"
        raise CliError(
            f"unknown vacancy reference {spec!r}; `screener list` shows the known ones{hint}"
        )
    return found.vacancy


def _print(text: str) -> None:
    sys.stdout.write(text)


def _write_output(text: str, output: str | None, inputs: Sequence[str]) -> None:
    if output is None:
        _print(text)
        return
    target = Path(output)
    for name in inputs:
        source = Path(name)
        if source.exists() and target.exists() and source.samefile(target):
            raise CliError(f"{output}: refusing to overwrite an input file; choose another name")
    try:
        write_atomic(target, text.encode("utf-8"))
    except OSError as exc:
        raise CliError(f"{output}: cannot be written: {exc.strerror or exc}") from None


def cmd_list(args: argparse.Namespace) -> int:
    from screener import cli_output

    catalogue = _catalogue()
    _warn_problems(catalogue.problems)
    entries = sorted(catalogue.vacancies, key=lambda e: (e.vacancy.reference, e.bundled))
    # A user's copy of a bundled vacancy replaces it, as in every other command.
    shown = {e.vacancy.reference: catalogue.find(e.vacancy.reference) for e in entries}
    loaded = [e for e in shown.values() if e is not None]
    if args.format == "json":
        _print(cli_output.list_json(loaded, catalogue.problems, args.lang, _when(args)))
    else:
        _print(cli_output.list_text(loaded, args.lang, _when(args)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from screener import cli_output

    vacancy = resolve_vacancy(args.vacancy)
    if args.format == "json":
        _print(cli_output.show_json(vacancy))
    else:
        _print(cli_output.show_text(vacancy, args.lang, _when(args)))
    return EXIT_OK


def cmd_assess(args: argparse.Namespace) -> int:
    from screener.persistence.profile_files import load_profile

    vacancy = resolve_vacancy(args.vacancy)
    profile = load_profile(Path(args.profile))
    assessment = assess(vacancy, profile, _when(args))
    if args.format == "json":
        from screener.cli_output import to_json
        from screener.report.json_report import assessment_to_dict

        text = to_json(assessment_to_dict(assessment, args.lang))
    elif args.format == "html":
        from screener.report.html_report import render_html

        text = render_html(assessment, args.lang)
    else:
        from screener.report.text_report import render_text

        text = render_text(assessment, args.lang)
    _write_output(text, args.output, [args.profile, args.vacancy])
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    if args.paths:
        targets = [Path(p) for p in args.paths]
    else:
        targets = [paths.bundled_vacancies_dir()]
        if paths.user_vacancies_dir().is_dir():
            targets.append(paths.user_vacancies_dir())
    catalogue = load_paths(targets)
    problems = list(catalogue.problems)
    # Two files with one reference in one folder: which one wins would depend on file names.
    seen: dict[tuple[Path, str], Path] = {}
    for entry in catalogue.vacancies:
        key = (entry.path.parent, entry.vacancy.reference)
        if key in seen:
            message = f"reference {entry.vacancy.reference!r} is also used by {seen[key].name}"
            problems.append(Problem(entry.path, "reference", message))
        else:
            seen[key] = entry.path
    for problem in problems:
        print(problem, file=sys.stderr)
    bad_files = {p.path for p in problems}
    total = len(catalogue.vacancies) + len(catalogue.errors)
    ok = total - len(bad_files)
    if problems:
        _print(f"{ok} of {total} vacancy files ok; {len(bad_files)} with problems\n")
        return EXIT_PROBLEM
    _print(f"ok: {ok} vacancy files\n")
    return EXIT_OK


def _importer_available() -> bool:
    try:
        import screener.importer as importer
    except ImportError:
        return False
    has_writer = importlib.util.find_spec("screener.importer.toml_writer") is not None
    return hasattr(importer, "import_notice_file") and has_writer


def _add_lang_format(parser: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the output")
    parser.add_argument("--format", choices=formats, default="text", help="output format")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screener",
        description="Check whether you meet the requirements of NATO International Staff "
        "vacancies. Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"screener {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("list", help="list the known vacancies")
    _add_lang_format(p, ("text", "json"))
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="date for the deadline status")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one vacancy and its requirements")
    p.add_argument("vacancy", metavar="REF", help="vacancy reference or path of a .toml file")
    _add_lang_format(p, ("text", "json"))
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="date for the deadline status")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("assess", help="check a profile against a vacancy")
    p.add_argument("--vacancy", required=True, metavar="REF|FILE", help="reference or .toml file")
    p.add_argument("--profile", required=True, metavar="FILE", help="profile (.json)")
    p.add_argument("--on", type=_date, metavar="YYYY-MM-DD", help="screening date; default today")
    _add_lang_format(p, ("text", "json", "html"))
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(handler=cmd_assess)

    p = sub.add_parser("validate", help="check vacancy files (default: bundled and your own)")
    p.add_argument("paths", nargs="*", metavar="PATH", help=".toml files or folders")
    p.set_defaults(handler=cmd_validate)

    if _importer_available():
        from screener.cli_import import add_import_command

        add_import_command(sub)
    # `batch` lives in its own module (screener.cli_batch); it sets its own handler.
    if importlib.util.find_spec("screener.cli_batch") is not None:
        from screener.cli_batch import add_batch_parser

        add_batch_parser(sub)
    return parser


def run_gui(argv: list[str]) -> int:
    if importlib.util.find_spec("screener.ui.app") is not None:
        from screener.ui.app import run_gui as run_app

        return int(run_app(argv))
    return _placeholder_window(argv)


def _placeholder_window(argv: list[str]) -> int:
    # Until the real main window lands: the vacancy list, so `screener` opens something useful.
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    app = QApplication.instance() or QApplication(argv)
    window = QMainWindow()
    window.setWindowTitle("Screener")
    listing = QListWidget()
    for entry in _catalogue().vacancies:
        v = entry.vacancy
        listing.addItem(f"{v.reference}  {v.grade}  {v.title.get(default_lang())}")
    window.setCentralWidget(listing)
    window.resize(800, 400)
    window.show()
    return int(app.exec())


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
    return int(args.handler(args))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if not args:
            return run_gui([sys.argv[0] if sys.argv else "screener"])
        return _run(args)
    except FileProblemError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    except CliError as exc:
        print(f"screener: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `screener list | head`: the reader left; nothing more to say.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get(DEBUG_ENV) == "1":
            traceback.print_exc()
        else:
            detail = str(exc).splitlines()[0] if str(exc) else ""
            print(
                f"screener: unexpected error: {type(exc).__name__}: {detail} "
                f"(set {DEBUG_ENV}=1 to see the details)",
                file=sys.stderr,
            )
        return EXIT_UNEXPECTED


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
