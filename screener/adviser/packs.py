"""Vacancy packs: chosen vacancy files shared as one .zip with a manifest. No Qt here.

A pack comes from someone else, so importing it trusts nothing: entry names are plain
file names (no folders, no '..', no absolute paths), sizes, counts and compression ratios
are capped before and while reading (a zip bomb stops at the cap), every file is
validated as a vacancy on its own and a bad one is reported and skipped, and a user's
file is never replaced unless the caller's `replace` says so.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.adviser.pack_archive import (
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_TOTAL_BYTES,
    TOO_MANY_ENTRIES,
    check_directory,
    check_importable,
    entry_reason,
    open_pack,
    read_entry,
)
from screener.domain.vacancy import Vacancy
from screener.file_names import portable, vacancy_file_name
from screener.persistence.atomic import write_atomic
from screener.persistence.bounded_read import read_text_limited
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    newer_format_error,
    os_reason,
    short_repr,
)
from screener.persistence.vacancy_catalogue import LoadedVacancy, load_paths
from screener.persistence.vacancy_files import load_vacancy, parse_vacancy_text
from screener.persistence.validation_words import expected_problem
from screener.translatable import QT_TRANSLATE_NOOP

MANIFEST = "manifest.json"
PACK_KIND = "screener-vacancy-pack"
PACK_FORMAT = 1
_ENTRY_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}\.toml$")

# replace(file name, the pack's vacancy, the user's vacancy or None) -> replace the user's file?
Replace = Callable[[str, Vacancy, Vacancy | None], bool]


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the user's differing file was kept
    problems: list[Problem] = field(default_factory=list)


# The problems said of a pack and its files, marked for translation (the UI says them).
_NOT_A_PACK = QT_TRANSLATE_NOOP("FileProblem", "not a vacancy pack: no {manifest}")
_NOT_A_VACANCY_NAME = QT_TRANSLATE_NOOP("FileProblem", "not a vacancy file name; skipped")
_TWICE = QT_TRANSLATE_NOOP("FileProblem", "is in the pack twice; skipped")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "FileProblem", "is too large ({size:,} bytes; the limit is {limit:,}); skipped"
)
_TOO_MUCH = QT_TRANSLATE_NOOP("FileProblem", "holds more than {limit:,} bytes; the rest is skipped")
_NOT_WRITTEN = QT_TRANSLATE_NOOP("FileProblem", "cannot be written: {reason}; skipped")
_NOT_IN_THE_PACK = QT_TRANSLATE_NOOP("FileProblem", "listed but not in the pack")
_NOT_A_FILE = QT_TRANSLATE_NOOP("FileProblem", "is not a file; the pack's copy was skipped")


def manifest_entry(vacancy: Vacancy, file: str) -> dict[str, Any]:
    return {
        "file": file,
        "reference": vacancy.reference,
        "title": {"en": vacancy.title.en, "fr": vacancy.title.fr},
        "deadline": vacancy.deadline.closes_at().isoformat(),
        "draft": vacancy.draft,
    }


def pack_bytes(
    entries: Sequence[LoadedVacancy], target: Path, created: dt.datetime | None = None
) -> bytes:
    """The pack as bytes: each vacancy's file as the user has it, and the manifest;
    FileProblemError naming `target` if import_pack would not take it all (check_importable)."""
    moment = created or dt.datetime.now(dt.UTC)
    buffer = io.BytesIO()
    listed: list[dict[str, Any]] = []
    names: set[str] = set()  # case-folded: unzipped on Windows or macOS, "ABC" is "abc"
    files_bytes = 0
    count = len({entry.vacancy.reference for entry in entries})
    check_importable(target, count, 0, 0)  # before reading any file
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            reference = entry.vacancy.reference
            if any(item["reference"] == reference for item in listed):
                continue
            name, number = vacancy_file_name(reference), 1
            while name.casefold() in names:
                number += 1
                name = vacancy_file_name(f"{reference}-{number}")
            names.add(name.casefold())
            data = read_text_limited(entry.path).encode("utf-8")
            files_bytes += len(data)
            check_importable(target, count, files_bytes, 0)
            archive.writestr(name, data)
            listed.append(manifest_entry(entry.vacancy, name))
        manifest = {
            "kind": PACK_KIND,
            "format": PACK_FORMAT,
            "created": moment.isoformat(timespec="seconds"),
            "vacancies": listed,
        }
        manifest_data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()
        check_importable(target, count, files_bytes, len(manifest_data))
        archive.writestr(MANIFEST, manifest_data)
    return buffer.getvalue()


def export_pack(entries: Sequence[LoadedVacancy], target: Path) -> None:
    write_atomic(target, pack_bytes(entries, target), mode=0o644)


def _manifest(pack: Path, archive: zipfile.ZipFile) -> dict[str, dict[str, Any]]:
    """The manifest's entries by file name; FileProblemError if it is missing or wrong."""
    try:
        info = archive.getinfo(MANIFEST)
        data = json.loads(read_entry(archive, info).decode("utf-8"))
    except KeyError:
        raise FileProblemError.of(pack, _NOT_A_PACK, manifest=MANIFEST) from None
    except UnicodeDecodeError as exc:
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP("FileProblem", "{manifest} is not UTF-8 text (byte {byte})"),
            manifest=MANIFEST,
            byte=exc.start,
        ) from None
    except RecursionError:
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP("FileProblem", "{manifest} is nested too deeply"),
            manifest=MANIFEST,
        ) from None
    except ValueError as exc:  # the entry's size or compression, or a JSON syntax error
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP("FileProblem", "{manifest} cannot be read: {reason}"),
            manifest=MANIFEST,
            reason=entry_reason(exc),
        ) from None
    if not isinstance(data, dict) or data.get("kind") != PACK_KIND:
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP("FileProblem", "not a vacancy pack ({manifest} is not one)"),
            manifest=MANIFEST,
        )
    version = data.get("format")
    if type(version) is int and version > PACK_FORMAT:
        raise newer_format_error(pack, "pack", version, PACK_FORMAT, f"{MANIFEST}: format")
    if version != PACK_FORMAT:
        raise FileProblemError.of(
            pack,
            QT_TRANSLATE_NOOP(
                "FileProblem", "pack format {version} is not supported (expected {supported})"
            ),
            MANIFEST,
            version=short_repr(version),
            supported=PACK_FORMAT,
        )
    listed = data.get("vacancies")
    if not isinstance(listed, list) or not all(
        isinstance(item, dict) and isinstance(item.get("file"), str) for item in listed
    ):
        expected = QT_TRANSLATE_NOOP("FileProblem", "expected a list of {file, reference, ...}")
        raise FileProblemError(pack, [expected_problem(pack, MANIFEST, expected, None)])
    return {item["file"]: item for item in listed}


def _entries(pack: Path, archive: zipfile.ZipFile, report: ImportReport) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise FileProblemError.of(pack, TOO_MANY_ENTRIES, count=len(infos), limit=MAX_ENTRIES)
    chosen: list[zipfile.ZipInfo] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name == MANIFEST:
            continue
        where = Path(f"{pack}!{name}")
        if not _ENTRY_NAME.match(name):
            report.problems.append(Problem.of(where, "", _NOT_A_VACANCY_NAME))
        elif name in seen:
            report.problems.append(Problem.of(where, "", _TWICE))
        elif info.file_size > MAX_ENTRY_BYTES:
            report.problems.append(
                Problem.of(where, "", _TOO_LARGE, size=info.file_size, limit=MAX_ENTRY_BYTES)
            )
        else:
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                report.problems.append(Problem.of(pack, "", _TOO_MUCH, limit=MAX_TOTAL_BYTES))
                break
            seen.add(name)
            chosen.append(info)
    return chosen


def _user_files(folder: Path) -> dict[str, tuple[Path, Vacancy]]:
    """The user's own vacancy files by reference (so a pack never adds a second copy)."""
    if not folder.is_dir():
        return {}
    return {e.vacancy.reference: (e.path, e.vacancy) for e in load_paths([folder]).vacancies}


def _incoming(
    pack: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, listed: dict[str, dict[str, Any]]
) -> tuple[bytes, Vacancy]:
    where = Path(f"{pack}!{info.filename}")
    item = listed.get(info.filename)
    if item is None:
        raise FileProblemError.of(
            where,
            QT_TRANSLATE_NOOP("FileProblem", "not listed in {manifest}; skipped"),
            manifest=MANIFEST,
        )
    try:
        data = read_entry(archive, info)
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise FileProblemError.of(
            where, QT_TRANSLATE_NOOP("FileProblem", "{reason}; skipped"), reason=entry_reason(exc)
        ) from None
    if b"\x00" in data:
        raise FileProblemError.of(
            where, QT_TRANSLATE_NOOP("FileProblem", "is a binary file, not text; skipped")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileProblemError.of(
            where,
            QT_TRANSLATE_NOOP("FileProblem", "is not UTF-8 text (byte {byte}); skipped"),
            byte=exc.start,
        ) from None
    vacancy = parse_vacancy_text(text, where)
    if item.get("reference") != vacancy.reference:
        raise FileProblemError.of(
            where,
            QT_TRANSLATE_NOOP(
                "FileProblem", "the manifest says reference {listed}, the file {reference}; skipped"
            ),
            listed=repr(item.get("reference")),
            reference=repr(vacancy.reference),
        )
    return text.encode("utf-8"), vacancy


def import_pack(pack: Path, folder: Path, replace: Replace) -> ImportReport:
    """Add the pack's valid vacancies to `folder` (the user's vacancies folder).

    A file the user already has with the same content is left alone; one that differs is
    replaced only if `replace` says so. Bad files are reported in `problems` and skipped.
    """
    report = ImportReport()
    with open_pack(pack) as handle:
        check_directory(pack, handle)
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError) as exc:
            raise FileProblemError.of(
                pack,
                QT_TRANSLATE_NOOP("FileProblem", "is not a readable .zip file ({reason})"),
                reason=str(exc),
            ) from None
        _import_entries(pack, archive, folder, replace, report)
    return report


def _import_entries(
    pack: Path, archive: zipfile.ZipFile, folder: Path, replace: Replace, report: ImportReport
) -> None:
    with archive:
        listed = _manifest(pack, archive)
        # OSError (a read-only folder, a file in its place) is the caller's to say: the
        # command prints it with the folder's name, the app warns.
        folder.mkdir(parents=True, exist_ok=True)
        mine = _user_files(folder)
        infos = _entries(pack, archive, report)
        for info in infos:
            try:
                data, vacancy = _incoming(pack, archive, info, listed)
            except FileProblemError as exc:
                report.problems.extend(exc.problems)
                continue
            try:
                _place(info.filename, data, vacancy, folder, mine, replace, report)
            except OSError as exc:  # a full disk, a file the user may not replace
                target = folder / info.filename
                reason = os_reason(exc, target)
                report.problems.append(Problem.of(target, "", _NOT_WRITTEN, reason=reason))
        missing = sorted(set(listed) - set(archive.namelist()))
        for name in missing:
            if _ENTRY_NAME.match(name):
                report.problems.append(
                    Problem.of(Path(f"{pack}!{name}"), MANIFEST, _NOT_IN_THE_PACK)
                )


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _new_file(folder: Path, name: str, mine: dict[str, tuple[Path, Vacancy]]) -> Path:
    """Where a vacancy the user does not have yet goes: the pack's file name, never one
    Windows takes for a device ("CON.toml"), nor the file of another of the user's
    vacancies: on a disk that ignores case, "abc.toml" is the user's "ABC.toml", and
    replacing it would lose vacancy ABC, asked about as if it were abc."""
    target, number = folder / portable(name, "vacancy"), 1
    while os.path.lexists(target):
        try:
            held = mine.get(load_vacancy(target).reference)
        except FileProblemError:
            held = None
        if held is None or _identity(held[0]) != _identity(target):
            return target  # no vacancy of the user's is read from it: asked as before
        number += 1
        target = folder / portable(f"{name.removesuffix('.toml')}-{number}.toml", "vacancy")
    return target


def _place(
    name: str,
    data: bytes,
    vacancy: Vacancy,
    folder: Path,
    mine: dict[str, tuple[Path, Vacancy]],
    replace: Replace,
    report: ImportReport,
) -> None:
    existing = mine.get(vacancy.reference)
    # The user's file for this reference, wherever it is; else the pack's file name, where
    # a file may already be (another reference, or one that cannot be read).
    target = existing[0] if existing is not None else _new_file(folder, name, mine)
    if not os.path.exists(target):  # os.path: Path.exists raises where it cannot search
        write_atomic(target, data, mode=0o644)
        mine[vacancy.reference] = (target, vacancy)  # a second copy in the pack is no news
        report.added.append(target.name)
        return
    if not os.path.isfile(target):
        report.problems.append(Problem.of(target, "", _NOT_A_FILE))
        return
    if target.stat().st_size == len(data) and target.read_bytes() == data:
        report.unchanged.append(target.name)
    elif replace(target.name, vacancy, existing[1] if existing is not None else None):
        write_atomic(target, data, mode=0o644)
        mine[vacancy.reference] = (target, vacancy)
        report.replaced.append(target.name)
    else:
        report.kept.append(target.name)
