"""`screener import NOTICE`: a notice file in, a draft vacancy file out, with what to review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from screener import paths
from screener.cli.common import CliError


def add_import_command(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="make a draft vacancy file from a notice (.txt, .md, .pdf)",
        description="Read a vacancy notice and write a DRAFT vacancy file, listing what a "
        "person should check. Without -o the draft goes to your vacancies folder, where "
        "`screener list` and the application find it.",
    )
    p.add_argument("notice", metavar="NOTICE", help="the notice file")
    p.add_argument(
        "-o", "--output", metavar="FILE.toml", help="where to write the draft ('-' for stdout)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_import)


def _same_file(a: Path, b: Path) -> bool:
    return a.exists() and b.exists() and a.samefile(b)


def cmd_import(args: argparse.Namespace) -> int:
    from screener.importer import import_notice_file, vacancy_to_toml, write_vacancy_toml

    notice = Path(args.notice)
    result = import_notice_file(notice)
    vacancy = result.vacancy
    comment = (
        f"Draft imported by `screener import` from {notice.name}.\n"
        "Check it against the notice, and the review items below, before relying on it."
    )
    report = sys.stdout
    if args.output == "-":
        sys.stdout.write(vacancy_to_toml(vacancy, comment))
        report = sys.stderr
    else:
        if args.output:
            target = Path(args.output)
        else:
            target = paths.user_vacancies_dir() / f"{vacancy.reference}.toml"
            target.parent.mkdir(parents=True, exist_ok=True)
        if _same_file(target, notice):
            raise CliError(f"{target}: is the notice itself; choose another file")
        if target.exists() and not args.force:
            raise CliError(
                f"{target}: already exists; use --force to replace it, or -o to choose another file"
            )
        try:
            write_vacancy_toml(vacancy, target, comment)
        except OSError as exc:
            raise CliError(f"{target}: cannot be written: {exc.strerror or exc}") from None
        print(f"wrote draft vacancy {vacancy.reference} to {target}", file=report)
        if (paths.bundled_vacancies_dir() / f"{vacancy.reference}.toml").is_file():
            print(
                f"note: this draft now stands for the bundled vacancy {vacancy.reference} "
                "in lists and assessments; delete the file to go back to the bundled one",
                file=report,
            )
    open_items = [item for item in result.review if not item.done]
    print(f"{vacancy.reference}: {vacancy.title.en}", file=report)
    if open_items:
        print(f"{len(open_items)} item(s) to review:", file=report)
        for item in open_items:
            where = item.criterion or item.field
            print(f"  - {where}: {item.message}" if where else f"  - {item.message}", file=report)
    else:
        print("nothing flagged for review; still compare it with the notice", file=report)
    return 0
