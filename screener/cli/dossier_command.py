"""`screener dossier`: one candidate across the chosen vacancies, as HTML or PDF.

HTML needs nothing more; PDF is laid out by Qt (PySide6), imported only for that case, so
every other command keeps running without Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from screener.adviser.dossier import (
    Dossier,
    build_dossier,
    dossier_html,
    office_line,
    office_name,
)
from screener.adviser.office import usable_office_name
from screener.adviser.selection import choose
from screener.cli.common import (
    EXIT_OK,
    CliError,
    catalogue_files,
    parse_date,
    refuse_overwriting_inputs,
    resolve_vacancies,
    write_output,
)
from screener.cli.gaps_command import known_vacancies, screening_date
from screener.persistence.profile_files import load_profile
from screener.persistence.settings import load_settings
from screener.report.messages import text


def cmd_dossier(args: argparse.Namespace) -> int:
    target = Path(args.output)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".html", ".htm"):
        raise CliError(f"{args.output}: give a name ending in .pdf or .html")
    profile = load_profile(Path(args.profile))
    vacancies = resolve_vacancies(args.vacancy) if args.vacancy else known_vacancies()
    on = screening_date(args)
    chosen = choose(vacancies, on, profile, args.open_only)
    given = args.office is not None
    office = usable_office_name(args.office) if given else office_name(load_settings())
    dossier = build_dossier(profile, chosen, on, office)
    if kind == ".pdf":
        _write_pdf(dossier, target, args)
    else:
        write_output(dossier_html(dossier, args.lang), args.output, _inputs(args))
    print(f"dossier of {len(chosen)} vacancies: {args.output}", file=sys.stderr)
    return EXIT_OK


def _inputs(args: argparse.Namespace) -> list[str | Path]:
    # The profile and every vacancy file read: named ones, or the whole catalogue.
    return [args.profile, *(args.vacancy or []), *catalogue_files()]


def _write_pdf(dossier: Dossier, target: Path, args: argparse.Namespace) -> None:
    try:
        from screener.ui.adviser.dossier_pdf import write_dossier_pdf
    except ImportError as exc:
        raise CliError(f"a PDF needs PySide6 (Qt), which cannot be loaded: {exc}; "
                       "write .html instead") from None  # fmt: skip
    refuse_overwriting_inputs(args.output, _inputs(args))
    lang = args.lang
    title = text("dossier.heading", lang, name=dossier.profile.name or "—")
    # The office heads every page of the PDF, so not again at the top of the first.
    page = dossier_html(dossier, lang, office_in_body=False)
    try:
        write_dossier_pdf(page, target, title, office_line(dossier, lang))
    except OSError as exc:
        raise CliError(f"{args.output}: cannot be written: {exc.strerror or exc}") from None


def add_dossier_command(sub: Any) -> None:
    p = sub.add_parser(
        "dossier",
        help="a candidate's dossier across vacancies, as PDF or HTML (PDF needs Qt)",
        description="One document for a candidate: their facts, a line per vacancy with its "
        "deadline, what would open more vacancies, then each vacancy's full record. "
        "Writing a .pdf lays the pages out with Qt (PySide6, installed with the app); "
        "a .html file needs no Qt.",
    )
    p.add_argument("--profile", required=True, metavar="FILE", help="profile (.json)")
    p.add_argument(
        "--vacancy", action="append", metavar="REF", help="a vacancy (repeat); default: all"
    )
    p.add_argument("--open-only", action="store_true", help="only vacancies still open")
    p.add_argument(
        "--office", metavar="NAME", help="office name for the header (default: preferences)"
    )
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help="date; default today")
    p.add_argument("--lang", choices=("en", "fr"), help="language of the dossier")
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf|FILE.html", help="file to write"
    )
    p.set_defaults(handler=cmd_dossier)
