"""`screener import NOTICE`: a notice file in, a draft vacancy file out, with what to review."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from screener import paths
from screener.cli.common import CliError, refuse_screeners_own
from screener.file_names import VACANCY_SUFFIX, vacancy_file_name
from screener.notice_formats import named_suffixes
from screener.persistence.errors import safe_text

if TYPE_CHECKING:
    from screener.domain.vacancy import ReviewItem
    from screener.importer import ImportResult


def add_import_command(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help=f"make a draft vacancy file from a notice ({named_suffixes()}, or - for stdin)",
        description="Read a vacancy notice and write a DRAFT vacancy file, listing what a "
        "person should check. Without -o the draft goes to your vacancies folder, where "
        "`screener list` and the application find it. When a vacancy file with the same "
        "reference exists, the draft keeps its criterion ids where requirements match, so "
        "candidates' answers stay attached; the others are listed for review.",
    )
    p.add_argument(
        "notice",
        metavar="NOTICE",
        help=f"the notice file ({named_suffixes()}), or - to read standard input",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE.toml", help="where to write the draft ('-' for stdout)"
    )
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument(
        "--lang", choices=("en", "fr"), help="language of the review items (default: the locale's)"
    )
    p.set_defaults(handler=cmd_import)


def _same_file(a: Path, b: Path) -> bool:
    return a.exists() and b.exists() and a.samefile(b)


def _read(notice: str) -> ImportResult:
    from screener.importer import import_notice_file, import_notice_text, read_notice_stream

    if notice == "-":
        if sys.stdin is None:  # closed before the start (`<&-`, a scheduler): Python's None
            raise CliError("standard input is closed: give the notice's file instead of -")
        return import_notice_text(read_notice_stream(sys.stdin.buffer), "<stdin>")
    return import_notice_file(Path(notice))


def cmd_import(args: argparse.Namespace) -> int:
    from screener.importer import keep_answers, vacancy_to_toml, write_vacancy_toml
    from screener.importer.replaced import replaced_vacancy

    notice = Path(args.notice)
    result = _read(args.notice)
    target = Path(args.output) if args.output and args.output != "-" else None
    replaced = replaced_vacancy(result.vacancy.reference, target)
    if replaced is not None:
        result = keep_answers(result, replaced[0])
    vacancy = result.vacancy
    source = "standard input" if args.notice == "-" else notice.name
    comment = (
        f"Draft imported by `screener import` from {source}.\n"
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
            target = paths.user_vacancies_dir() / vacancy_file_name(vacancy.reference)
            target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix.lower() != VACANCY_SUFFIX:
            # Over a vacancy file is what --force is for; over a profile or the settings, never.
            refuse_screeners_own(target)
        if args.notice != "-" and _same_file(target, notice):
            raise CliError(f"{target}: is the notice itself; choose another file")
        if os.path.isdir(target):  # --force could not replace it either
            raise CliError(f"{target}: is a folder; choose a file name with -o")
        if target.exists() and not args.force:
            raise CliError(
                f"{target}: already exists; use --force to replace it, or -o to choose another file"
            )
        try:
            write_vacancy_toml(vacancy, target, comment)
        except OSError as exc:
            raise CliError(f"{target}: cannot be written: {exc.strerror or exc}") from None
        print(f"wrote draft vacancy {vacancy.reference} to {target}", file=report)
        # Only a file in the user's vacancies folder stands in for the bundled one.
        in_user_folder = target.resolve().parent == paths.user_vacancies_dir().resolve()
        bundled = paths.bundled_vacancies_dir() / vacancy_file_name(vacancy.reference)
        if in_user_folder and bundled.is_file():
            print(
                f"note: this draft now stands for the bundled vacancy {vacancy.reference} "
                "in lists and assessments; delete the file to go back to the bundled one",
                file=report,
            )
    if replaced is not None:
        print(
            f"kept the criterion ids of {replaced[1]} where requirements match, so answers "
            "given to that vacancy still count",
            file=report,
        )
    # The notice's own words: a copied page can hold terminal escapes and bidi controls.
    print(safe_text(f"{vacancy.reference}: {vacancy.title.en}", limit=4096), file=report)
    _print_review(result.review, args.lang, report)
    return 0


def _print_review(review: list[ReviewItem], lang: str, report: TextIO) -> None:
    """The open review items, worded in `lang`."""
    from screener.importer.review_text import review_list_line, review_message

    open_items = [item for item in review if not item.done]
    if not open_items:
        print(review_list_line("none", lang), file=report)
        return
    print(review_list_line("open", lang, len(open_items)), file=report)
    for item in open_items:
        where = item.criterion or item.field
        message = review_message(item, lang)
        line = f"  - {where}: {message}" if where else f"  - {message}"
        print(safe_text(line, limit=4096), file=report)
