"""`screener calendar`: the deadlines of chosen vacancies as an .ics file (RFC 5545)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from screener.adviser.calendar import calendar_text
from screener.adviser.selection import choose
from screener.cli.common import (
    EXIT_OK,
    CliError,
    catalogue_files,
    parse_date,
    resolve_vacancies,
    write_output,
)
from screener.cli.gaps_command import known_vacancies, screening_date
from screener.persistence.profile_files import load_profile


def cmd_calendar(args: argparse.Namespace) -> int:
    if args.eligible_only and args.profile is None:
        raise CliError("--eligible-only needs --profile: whose eligibility?")
    vacancies = resolve_vacancies(args.vacancy) if args.vacancy else known_vacancies()
    profile = load_profile(Path(args.profile)) if args.profile is not None else None
    on = screening_date(args)
    chosen = choose(vacancies, on, profile, args.open_only, args.eligible_only)
    if not chosen:
        raise CliError("no vacancy matches: the calendar would be empty")
    # The profile and every vacancy file read: named ones, or the whole catalogue.
    inputs = [args.profile, *(args.vacancy or []), *catalogue_files()]
    write_output(calendar_text(chosen, args.lang), args.output, inputs, raw=True)
    return EXIT_OK


def add_calendar_command(sub: Any) -> None:
    p = sub.add_parser(
        "calendar",
        help="vacancy deadlines as an .ics calendar file",
        description="Write the application deadlines of the chosen vacancies as an iCalendar "
        "file (RFC 5545): an event at each deadline, Brussels time, with a reminder a week "
        "before. Without --vacancy, every known vacancy is a candidate for the file.",
    )
    p.add_argument("--profile", metavar="FILE", help="the candidate's profile (.json)")
    p.add_argument(
        "--vacancy",
        action="append",
        metavar="REF",
        help="a vacancy reference or .toml file; repeat for several",
    )
    p.add_argument("--open-only", action="store_true", help="only vacancies still open")
    p.add_argument(
        "--eligible-only",
        action="store_true",
        help="only vacancies the candidate is not ruled out of (eligible or can't tell yet)",
    )
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help="date; default today")
    p.add_argument("--lang", choices=("en", "fr"), help="language of the event texts")
    p.add_argument(
        "-o", "--output", metavar="FILE.ics", help="write to FILE instead of stdout (- for stdout)"
    )
    p.set_defaults(handler=cmd_calendar)
