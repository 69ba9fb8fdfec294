"""`screener gaps`: what single change to a candidate's facts would open more vacancies."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from screener.adviser.gaps import gap_plan, plan_to_json
from screener.adviser.selection import current_entries
from screener.adviser.wording import plan_text
from screener.cli import output
from screener.cli.common import (
    EXIT_OK,
    CliError,
    add_lang_format,
    catalogue,
    catalogue_files,
    parse_date,
    warn_problems,
    write_output,
)
from screener.domain.terms import BRUSSELS
from screener.domain.vacancy import Vacancy
from screener.persistence.profile_files import load_profile


def screening_date(args: argparse.Namespace) -> dt.date:
    return args.on if args.on is not None else dt.datetime.now(BRUSSELS).date()


def known_vacancies() -> list[Vacancy]:
    """The catalogue as the app shows it (a user's copy replaces a bundled one)."""
    known = catalogue()
    warn_problems(known.problems)
    vacancies = [entry.vacancy for entry in current_entries(known)]
    if not vacancies:
        raise CliError("no readable vacancy files; `screener validate` lists the problems")
    return vacancies


def cmd_gaps(args: argparse.Namespace) -> int:
    profile = load_profile(Path(args.profile))
    vacancies = known_vacancies()
    plan = gap_plan(profile, vacancies, screening_date(args), open_only=args.open_only)
    if args.format == "json":
        data = plan_to_json(plan) | {"profile": {"name": profile.name, "file": args.profile}}
        text = output.to_json(data)
    else:
        text = plan_text(plan, args.lang, {v.reference: v for v in vacancies})
    write_output(text, args.output, [args.profile, *catalogue_files()])
    return EXIT_OK


def add_gaps_command(sub: Any) -> None:
    p = sub.add_parser(
        "gaps",
        help="what single change would open more vacancies to a candidate",
        description="For a profile, the changes to the candidate's facts (a language level, "
        "more years of experience, an education level, a driving licence, a yes to a "
        "requirement) that would turn 'not eligible' into 'eligible' or 'can't tell yet', "
        "ranked by how many vacancies each opens.",
    )
    p.add_argument("--profile", required=True, metavar="FILE", help="profile (.json)")
    p.add_argument("--open-only", action="store_true", help="only vacancies still open")
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help="date; default today")
    add_lang_format(p, ("text", "json"))
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (- for stdout)"
    )
    p.set_defaults(handler=cmd_gaps)
