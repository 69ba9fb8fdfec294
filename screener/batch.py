"""Batch screening: many candidates against many vacancies, as a matrix. No Qt here.

Career advisers screen a folder of profiles against a folder of vacancies. Verdicts come
from domain.fast_verdict (the kinds' rules, statuses only), so 1,000 x 1,000 takes seconds;
a full explained assessment of one pair is still engine.assess's job.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.domain.assessment import Verdict
from screener.domain.deadline import deadline_status
from screener.domain.facts import facts_of
from screener.domain.fast_verdict import compile_vacancy, evaluate
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.persistence.atomic import write_atomic
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    look_alike_key,
    terminal_safe,
    told_apart,
)
from screener.report.catalogue import TEXT
from screener.report.requirement_names import requirement_names

Progress = Callable[[int, int], None]
# A file's inode, size and modification time (see file_stamp).
FileStamp = tuple[int, int, int]

# Progress is reported after each candidate row, but not more often than this many cells,
# so a callback that redraws a terminal line stays cheap.
_PROGRESS_EVERY_CELLS = 20_000


@dataclass(frozen=True, slots=True)
class Cell:
    """One candidate against one vacancy."""

    verdict: Verdict
    failing: tuple[str, ...]  # ids of the essential criteria not met, in notice order
    open: int  # essential criteria still unknown
    desirable_met: int
    desirable_total: int


@dataclass(slots=True)
class CandidateRow:
    name: str
    file: str
    cells: list[Cell]  # one a vacancy, in BatchResult.vacancies order


@dataclass(slots=True)
class BatchResult:
    on: dt.date
    vacancies: list[Vacancy]
    candidates: list[CandidateRow]
    # Profile (or vacancy) files that could not be read; the others were still screened.
    errors: list[FileProblemError] = field(default_factory=list)
    # Each profile file as it was when screened (ProfileFolder.stamps), by name.
    stamps: dict[str, FileStamp] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return [p for error in self.errors for p in error.problems]

    def column(self, reference: str) -> int:
        for index, vacancy in enumerate(self.vacancies):
            if vacancy.reference == reference:
                return index
        raise KeyError(reference)

    def cell(self, candidate_file: str, reference: str) -> Cell:
        column = self.column(reference)
        for row in self.candidates:
            if row.file == candidate_file:
                return row.cells[column]
        raise KeyError(candidate_file)


def run_batch(
    profiles: Iterable[tuple[str, Profile]] | Iterable[Profile],
    vacancies: Sequence[Vacancy],
    on: dt.date,
    progress: Progress | None = None,
) -> BatchResult:
    """Screen every (file name, profile) against every vacancy; bare profiles get no file name.

    `profiles` may be read lazily (see ProfileFolder): each profile is dropped once its row
    is done, so a batch never needs all the profiles in memory at once.
    """
    seen: set[str] = set()
    for vacancy in vacancies:
        if vacancy.reference in seen:
            raise ValueError(f"vacancy {vacancy.reference} is given more than once")
        seen.add(vacancy.reference)
    compiled = [compile_vacancy(v) for v in vacancies]
    expected = len(profiles) * len(compiled) if isinstance(profiles, Sized) else 0
    # Most cells repeat (same verdict, same failing ids): share one Cell object per outcome,
    # which keeps a million-cell result small.
    interned: dict[tuple[Any, ...], Cell] = {}
    rows: list[CandidateRow] = []
    done = reported = 0
    for item in profiles:
        file, profile = item if isinstance(item, tuple) else ("", item)
        cells = []
        facts = facts_of(profile)  # read once per candidate
        for compiled_vacancy in compiled:
            verdict, failing, unknown, met, desirable = evaluate(compiled_vacancy, profile, facts)
            key = (verdict, failing, len(unknown), met, desirable)
            cell = interned.get(key)
            if cell is None:
                cell = interned[key] = Cell(verdict, failing, len(unknown), met, desirable)
            cells.append(cell)
        rows.append(CandidateRow(profile.name, file, cells))
        done += len(compiled)
        if progress is not None and done - reported >= _PROGRESS_EVERY_CELLS:
            progress(done, max(done, expected))
            reported = done
    if progress is not None and done != reported:
        progress(done, done)  # unreadable files make the expected total too high
    return BatchResult(on, list(vacancies), rows)


# --- words ---------------------------------------------------------------------------------


def _word(key: str, lang: str) -> str:
    # The catalogue's template as written: CSV cells keep plain spaces (no French no-break
    # spaces), so a spreadsheet filter matches what an adviser types.
    return TEXT.get(lang, TEXT["en"])[f"batch.{key}"]


def requirement_labels(vacancy: Vacancy, lang: str) -> dict[str, str]:
    """A short, distinct name for each essential criterion, by id, in plain text:
    "Experience (5 years)", "Russian", a statement's first words (see
    screener.report.requirement_names, which every output that names one uses)."""
    return requirement_names(vacancy, lang)


def cell_text(cell: Cell, labels: dict[str, str], lang: str) -> str:
    if cell.verdict is Verdict.NOT_ELIGIBLE:
        failing = _word("separator", lang).join(labels.get(cid, cid) for cid in cell.failing)
        return _word("not_eligible", lang).format(failing=failing)
    if cell.verdict is Verdict.INCOMPLETE:
        if not cell.open:  # nothing to answer: a draft without the notice's requirements
            return _word("incomplete.unread", lang)
        return _word("incomplete", lang).format(open=cell.open)
    if cell.desirable_total == 0:
        return _word("eligible", lang)
    template = _word("eligible_desirable", lang)
    return template.format(met=cell.desirable_met, total=cell.desirable_total)


def _spreadsheet_safe(value: str) -> str:
    # A name beginning with = + - @ would run as a formula in Excel or LibreOffice; profile
    # files come from candidates, so treat them as untrusted. Spreadsheets skip leading
    # blanks (space, line break, no-break space) before deciding, so this does too.
    risky = value.lstrip()[:1] in ("=", "+", "-", "@") or value[:1] in ("\t", "\r")
    return "'" + value if risky else value


def row_names(result: BatchResult) -> list[str]:
    """Each candidate's name as the matrix, the CSV and the workbook show it. Control and
    bidi characters other than tabs and line breaks, from a profile or its file name, are
    escaped ("A\\x1bB") as in terminal output: openpyxl refuses them (the Excel export
    failed), a NUL or an escape sequence went raw into the CSV, and a right-to-left
    override reordered the rest of the row's text."""
    names = [row.name or Path(row.file).stem or "?" for row in result.candidates]
    keys = [look_alike_key(name) for name in names]
    counts = Counter(keys)
    # Two candidates with one name, or names that look the same, are told apart by their file
    # (and files whose names look the same, by the characters of those names).
    files = told_apart(
        [
            row.file if counts[key] > 1 else ""
            for key, row in zip(keys, result.candidates, strict=True)
        ]
    )
    return [
        terminal_safe(f"{name} ({file})" if file else name)
        for name, file in zip(names, files, strict=True)
    ]


def csv_rows(result: BatchResult, lang: str) -> Iterator[str]:
    """The matrix as CSV text, a row at a time (5,000 candidates and 10,000 vacancies make
    a gigabyte: never built whole)."""
    out = io.StringIO()
    writer = csv.writer(out)

    def taken() -> str:
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text

    writer.writerow([_word("candidate", lang), *(v.reference for v in result.vacancies)])
    yield taken()
    labels = [requirement_labels(v, lang) for v in result.vacancies]
    rendered: dict[tuple[int, int], str] = {}  # (id of the shared Cell, column)
    for name, row in zip(row_names(result), result.candidates, strict=True):
        texts = []
        for column, cell in enumerate(row.cells):
            key = (id(cell), column)
            shown = rendered.get(key)
            if shown is None:
                shown = rendered[key] = cell_text(cell, labels[column], lang)
            texts.append(shown)
        writer.writerow([_spreadsheet_safe(name), *texts])
        yield taken()


def csv_text(result: BatchResult, lang: str) -> str:
    return "".join(csv_rows(result, lang))


def _encoded(texts: Iterable[str], first: bytes = b"") -> Iterator[bytes]:
    """`texts` as UTF-8 in pieces of about a megabyte (a write per row would be slow)."""
    pending: list[bytes] = [first]
    size = len(first)
    for text in texts:
        data = text.encode("utf-8")
        pending.append(data)
        size += len(data)
        if size >= 1 << 20:
            yield b"".join(pending)
            pending, size = [], 0
    yield b"".join(pending)


def csv_bytes(result: BatchResult, lang: str) -> Iterator[bytes]:
    """The matrix as a CSV file's bytes, in pieces. UTF-8 with a BOM: without it Excel shows
    accented names as mojibake, and other spreadsheet programs accept it."""
    return _encoded(csv_rows(result, lang), first=codecs.BOM_UTF8)


def write_csv(result: BatchResult, path: Path, lang: str) -> None:
    """The matrix as CSV (csv_bytes), written atomically."""
    write_atomic(Path(path), csv_bytes(result, lang))


# --- JSON ----------------------------------------------------------------------------------


def _cell_json(cell: Cell) -> dict[str, Any]:
    return {
        "verdict": cell.verdict.value,
        "failing": list(cell.failing),
        "open": cell.open,
        "desirable": {"met": cell.desirable_met, "total": cell.desirable_total},
    }


def _json_vacancies(result: BatchResult) -> list[dict[str, Any]]:
    vacancies = []
    for vacancy in result.vacancies:
        deadline = deadline_status(vacancy.deadline, result.on)
        vacancies.append(
            {
                "reference": vacancy.reference,
                "title": {"en": vacancy.title.en, "fr": vacancy.title.fr},
                "deadline": deadline.closes_at.isoformat(),
                "deadline_state": deadline.state.value,
            }
        )
    return vacancies


def _json_candidates(result: BatchResult) -> Iterator[dict[str, Any]]:
    shared: dict[int, dict[str, Any]] = {}  # one dict per shared Cell: a million cells stay cheap
    refs = [v.reference for v in result.vacancies]
    for row in result.candidates:
        results = {}
        for ref, cell in zip(refs, row.cells, strict=True):
            data = shared.get(id(cell))
            if data is None:
                data = shared[id(cell)] = _cell_json(cell)
            results[ref] = data
        yield {"name": row.name, "file": row.file, "results": results}


def to_json(result: BatchResult) -> dict[str, Any]:
    """The matrix as JSON-ready data: {"on", "vacancies", "candidates", "problems"}."""
    return {
        "on": result.on.isoformat(),
        "vacancies": _json_vacancies(result),
        "candidates": list(_json_candidates(result)),
        "problems": [str(p) for p in result.problems],
    }


# Above this many cells the JSON is written compactly (indentation would double its size),
# and a candidate at a time: 5,000 candidates and 10,000 vacancies held as one document took
# over 10 GB.
PRETTY_JSON_CELLS = 100_000


def json_parts(result: BatchResult) -> Iterator[str]:
    """The matrix as JSON text (to_json's document), in parts."""
    if len(result.candidates) * len(result.vacancies) <= PRETTY_JSON_CELLS:
        yield json.dumps(to_json(result), ensure_ascii=False, indent=2) + "\n"
        return

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    # What json.dumps writes for to_json's document, with its separators, piece by piece.
    yield f'{{"on": {dumps(result.on.isoformat())}, "vacancies": '
    yield dumps(_json_vacancies(result))
    yield ', "candidates": ['
    for number, candidate in enumerate(_json_candidates(result)):
        yield (", " if number else "") + dumps(candidate)
    yield f'], "problems": {dumps([str(p) for p in result.problems])}}}\n'


def json_bytes(result: BatchResult) -> Iterator[bytes]:
    """The matrix as a JSON file's bytes, in pieces."""
    return _encoded(json_parts(result))


def write_json(result: BatchResult, path: Path) -> None:
    """The matrix as JSON, written atomically."""
    write_atomic(Path(path), json_bytes(result))
