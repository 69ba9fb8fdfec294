"""The vacancy file a new import will stand in for, whose criterion ids the draft must keep.

Profiles keep answers by reference and criterion id. A draft saved under a reference replaces,
in lists and assessments, the user's own file of that reference or else the bundled one; the
answers candidates gave were given to that file, so its ids are the ones to keep.
"""

from __future__ import annotations

from pathlib import Path

from screener import paths
from screener.domain.vacancy import Vacancy
from screener.file_names import vacancy_file_name
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_files import load_vacancy


def replaced_vacancy(reference: str, target: Path | None = None) -> tuple[Vacancy, Path] | None:
    """The vacancy (and its file) that `reference` stands for now: `target` if given and
    present, else the user's file, else the bundled one; None if there is none."""
    candidates = [
        target,
        paths.user_vacancies_dir() / vacancy_file_name(reference),
        paths.bundled_vacancies_dir() / vacancy_file_name(reference),
    ]
    for path in candidates:
        if path is None or not path.is_file():
            continue
        try:
            existing = load_vacancy(path)
        except FileProblemError:
            continue  # a broken file has no ids to keep; the draft will replace it
        if existing.reference == reference:
            return existing, path
    return None
