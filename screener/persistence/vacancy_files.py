"""Reading vacancy files (TOML) and folders of them; one bad file never hides the others."""

from __future__ import annotations

import contextlib
import gc
import os
import re
import tomllib
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import get_args

from pydantic import BaseModel, ValidationError

from screener.domain.vacancy import Vacancy
from screener.persistence.errors import (
    FileProblemError,
    Problem,
    parser_failure,
    read_text_limited,
    validation_error,
)
from screener.persistence.text_checks import unusable_text
from screener.persistence.vacancy_cache import CachedVacancy, FolderCache, vacancy_from_cache
from screener.persistence.vacancy_rows import VacancyRow, row_of, vacancy_haystack

VACANCY_SUFFIX = ".toml"
_TOML_POSITION = re.compile(r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")

# tomllib's time grows with the square of a dotted key's length (in keys and in table
# headers: 50,000 parts take minutes, in a file under the size limit), so long keys are
# refused before parsing. A vacancy nests a few levels; 16 parts is far more than any needs.
MAX_KEY_PARTS = 16
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
# A key starts a line (after "[" or "[[" for a table header) or follows "{" or "," in an
# inline table. Text in a string can look the same (a line of a multi-line string, or after
# a comma): 17 dotted words there are no prose, so strings are not told apart.
_LONG_KEY = re.compile(
    rf"(?:^[ \t]*\[{{0,2}}|[{{,])[ \t]*(?P<key>(?:{_KEY_PART}[ \t]*\.[ \t]*){{{MAX_KEY_PARTS},}}{_KEY_PART})",
    re.MULTILINE,
)
# The same run of parts, found from its dots: much faster (the search jumps from dot to dot),
# so the slower search above runs only for the rare file that has such a run.
_LONG_DOTTED_RUN = re.compile(rf"\.(?:[ \t]*{_KEY_PART}[ \t]*\.){{{MAX_KEY_PARTS - 1}}}")


def _refuse_long_keys(text: str, path: Path) -> None:
    match = _LONG_KEY.search(text) if _LONG_DOTTED_RUN.search(text) else None
    if match is None:
        return
    key = match["key"]
    parts = len(re.findall(rf"{_KEY_PART}", key))
    line = text.count("\n", 0, match.start("key")) + 1
    shown = key if len(key) <= 40 else key[:37] + "..."
    raise FileProblemError.single(
        path,
        f"the key {shown} has {parts:,} dotted parts; at most {MAX_KEY_PARTS} are allowed",
        f"line {line}",
    )


# Every pydantic model carries its own set of the fields its input set (~300 bytes; 40 models
# a vacancy: 12 of the 31 MiB 1,000 vacancies took). The vacancy models are frozen, so
# nothing adds to those sets in place (a model_copy copies its set first): equal sets are
# shared, one per distinct set of field names.
_SHARED_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
# Per model class: whether it is frozen, and the fields that can hold models (read from the
# annotations once, so the walk skips strings, numbers and enums).
_CLASS_PLAN: dict[type, tuple[bool, tuple[str, ...]]] = {}


def _may_hold_model(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_may_hold_model(arg) for arg in get_args(annotation))


def _class_plan(kind: type[BaseModel]) -> tuple[bool, tuple[str, ...]]:
    plan = _CLASS_PLAN.get(kind)
    if plan is None:
        children = tuple(
            name for name, info in kind.model_fields.items() if _may_hold_model(info.annotation)
        )
        plan = _CLASS_PLAN[kind] = (bool(kind.model_config.get("frozen")), children)
    return plan


def share_fields_sets(model: BaseModel) -> None:
    """Make the frozen models in `model` (itself included) share equal fields-set objects."""
    shared_sets = _SHARED_FIELDS_SETS
    stack = [model]
    push = stack.append
    while stack:
        item = stack.pop()
        frozen, children = _class_plan(type(item))
        if frozen:
            own = item.__pydantic_fields_set__
            shared = shared_sets.setdefault(frozenset(own), own)
            if shared is not own:
                object.__setattr__(item, "__pydantic_fields_set__", shared)
        values = item.__dict__
        for name in children:
            value = values[name]
            if isinstance(value, BaseModel):
                push(value)
            elif type(value) is list:
                for element in value:
                    if isinstance(element, BaseModel):
                        push(element)


def parse_vacancy_text(text: str, path: Path) -> Vacancy:
    _refuse_long_keys(text, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.match(str(exc))
        if match:
            where = f"line {match['line']}, column {match['col']}"
            message = f"TOML syntax error: {match['msg'][:1].lower()}{match['msg'][1:]}"
        else:
            where, message = "", f"TOML syntax error: {exc}"
        raise FileProblemError.single(path, message, where) from None
    except RecursionError:
        raise FileProblemError.single(path, "TOML is nested too deeply") from None
    except (ValueError, OverflowError, MemoryError) as exc:
        # tomllib lets some errors through as they are: an integer over 4,300 digits is a
        # ValueError from int(), naming no position.
        raise FileProblemError.single(
            path, f"TOML value cannot be read: {parser_failure(exc)}"
        ) from None
    unusable = unusable_text(data, controls=True)
    if unusable is not None:
        raise FileProblemError.single(path, unusable[1], unusable[0])
    try:
        vacancy = Vacancy.model_validate(data)
    except ValidationError as exc:
        raise validation_error(path, exc) from None
    except RecursionError:
        raise FileProblemError.single(path, "data is nested too deeply") from None
    except Exception as exc:  # any other failure of a validator is still this file's problem
        raise FileProblemError.single(
            path, f"could not be read as a vacancy: {type(exc).__name__}: {exc}"
        ) from None
    share_fields_sets(vacancy)
    return vacancy


def load_vacancy(path: Path) -> Vacancy:
    """Read and validate one vacancy file; FileProblemError says what is wrong and where."""
    return parse_vacancy_text(read_text_limited(path), path)


class LoadedVacancy:
    """A vacancy of the catalogue, from its file or from the cache of validated vacancies.

    From the cache only its row (what the catalogue shows) and search text are read; the
    pydantic model is built from the kept JSON when first asked for (`vacancy`), then kept
    and shared: start-up with 1,000 vacancies builds one model, not 42,000 instances.
    """

    __slots__ = ("_entry", "_haystack", "_row", "_vacancy", "bundled", "path")

    def __init__(self, vacancy: Vacancy | None, path: Path, bundled: bool,
                 cached: CachedVacancy | None = None) -> None:  # fmt: skip
        if vacancy is None and cached is None:
            raise ValueError("a loaded vacancy needs its model or its cache entry")
        self._vacancy = vacancy
        self.path = path
        self.bundled = bundled
        self._row = cached.row if cached is not None else None
        self._haystack = cached.haystack if cached is not None else None
        self._entry = cached.entry if cached is not None and vacancy is None else None
        if vacancy is None and self._entry is None:
            raise ValueError("a cache entry without its place in the cache")

    @property
    def vacancy(self) -> Vacancy:
        if self._vacancy is None:
            self._vacancy = self._build()
            self._entry = None
        return self._vacancy

    def _build(self) -> Vacancy:
        assert self._entry is not None
        try:
            vacancy = vacancy_from_cache(self._entry)
        except (OSError, ValueError, zlib.error, RecursionError):  # ValidationError too
            # The cache was removed or written again without this entry (the folder was
            # loaded again after the file changed), or forged: then the file is what
            # counts. A file that can no longer be read raises FileProblemError here.
            vacancy = load_vacancy(self.path)
        share_fields_sets(vacancy)
        return vacancy

    @property
    def row(self) -> VacancyRow:
        if self._row is None:
            self._row = row_of(self.vacancy)
        return self._row

    @property
    def reference(self) -> str:
        return self.row.reference

    def haystack(self) -> str:
        """The folded text a catalogue search looks in."""
        if self._haystack is None:
            self._haystack = vacancy_haystack(self.vacancy)
        return self._haystack

    def __repr__(self) -> str:
        return f"LoadedVacancy({self.reference!r}, {str(self.path)!r}, bundled={self.bundled})"


@dataclass(slots=True)
class Catalogue:
    vacancies: list[LoadedVacancy] = field(default_factory=list)
    errors: list[FileProblemError] = field(default_factory=list)

    def find(self, reference: str) -> LoadedVacancy | None:
        # The user's own files come after the bundled ones, so a user's copy wins.
        found = None
        for loaded in self.vacancies:
            if loaded.reference == reference:
                found = loaded
        return found

    def current(self) -> list[LoadedVacancy]:
        """The vacancies to show: a bundled one is left out when the user has their own copy
        (same reference), as every command and view does."""
        return replace_bundled(self.vacancies)

    @property
    def problems(self) -> list[Problem]:
        return [p for error in self.errors for p in error.problems]


def replace_bundled(vacancies: list[LoadedVacancy]) -> list[LoadedVacancy]:
    """`vacancies` without the bundled ones that a user's file of the same reference replaces."""
    own = {loaded.reference for loaded in vacancies if not loaded.bundled}
    return [v for v in vacancies if not (v.bundled and v.reference in own)]


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def vacancy_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    # scandir knows which entries are files without a stat each; sorted as Path sorts them
    # (by name within one folder, case-insensitively where the file system is), without
    # Path.__lt__ (a Python call per comparison).
    with os.scandir(folder) as entries:
        names = [
            entry.name
            for entry in entries
            # Not only regular files: a pipe or device named *.toml is reported, not skipped.
            if os.path.splitext(entry.name)[1].lower() == VACANCY_SUFFIX and not _is_folder(entry)
        ]
    names.sort(key=os.path.normcase)
    return [folder / name for name in names]


@contextlib.contextmanager
def _no_collections() -> Iterator[None]:
    """Loading builds ~100 objects a file and no reference cycles; left on, the cyclic
    collector runs again and again over everything loaded so far (2-3x the validation time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unexpected(path: Path, exc: Exception) -> FileProblemError:
    return FileProblemError.single(path, f"could not be read: {type(exc).__name__}: {exc}")


def _load_folder(folder: Path, bundled: bool, catalogue: Catalogue) -> None:
    # A folder that did not change loads from the cache of validated vacancies.
    with FolderCache(folder) as cache:
        for file in vacancy_files(folder):
            try:
                text = read_text_limited(file)
                key = cache.key(text)
                cached = cache.get(key)
                if cached is not None:
                    catalogue.vacancies.append(LoadedVacancy(None, file, bundled, cached))
                    continue
                vacancy = parse_vacancy_text(text, file)
                row, haystack = row_of(vacancy), vacancy_haystack(vacancy)
                cache.put(key, vacancy, row, haystack)
                loaded = LoadedVacancy(vacancy, file, bundled, CachedVacancy(row, haystack, None))
                catalogue.vacancies.append(loaded)
            except FileProblemError as exc:
                catalogue.errors.append(exc)
            except Exception as exc:  # a bug met by one file must not hide the others
                catalogue.errors.append(_unexpected(file, exc))


def load_paths(
    paths: Iterable[Path], bundled: bool = False, into: Catalogue | None = None
) -> Catalogue:
    """Load every file (folders are searched for .toml files); bad files become errors."""
    catalogue = into if into is not None else Catalogue()
    with _no_collections():
        for path in paths:
            if path.is_dir():
                _load_folder(path, bundled, catalogue)
                continue
            try:
                catalogue.vacancies.append(LoadedVacancy(load_vacancy(path), path, bundled))
            except FileProblemError as exc:
                catalogue.errors.append(exc)
            except Exception as exc:
                catalogue.errors.append(_unexpected(path, exc))
    return catalogue


def load_catalogue(bundled_dir: Path, user_dir: Path | None) -> Catalogue:
    catalogue = load_paths([bundled_dir], bundled=True)
    # The user's folder appears with their first imported vacancy; until then it is no error.
    if user_dir is not None and user_dir.is_dir():
        load_paths([user_dir], bundled=False, into=catalogue)
    return catalogue
