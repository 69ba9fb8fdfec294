"""Every candidate's dossier in one go, one PDF each in a folder the adviser chooses.

One dossier at a time, 30 candidates took 90 keys (move down, Dossier…, Enter in the save
dialog) and 30 file dialogs; here they take a folder and Enter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from screener.adviser.selection import choose
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.ui.adviser.candidate_views import file_stem, start_dossiers
from screener.ui.adviser.dossier_run import DossierJob, DossierRun
from screener.ui.profiles import profile_prompts as prompts

# (name shown, the profile or None if its file cannot be read now)
Candidate = tuple[str, Profile | None]


def dossier_paths(folder: Path, profiles: Sequence[Profile]) -> list[Path]:
    """One file name each, from the candidate's name; a name met twice gets a number."""
    paths: list[Path] = []
    taken: set[str] = set()
    for profile in profiles:
        stem, number = file_stem(profile), 1
        name = f"{stem}-dossier.pdf"
        while name.casefold() in taken:
            number += 1
            name = f"{stem}-{number}-dossier.pdf"
        taken.add(name.casefold())
        paths.append(folder / name)
    return paths


def save_all_dossiers(
    parent: QWidget,
    candidates: Callable[[], Sequence[Candidate]],
    vacancies: Sequence[Vacancy],
    on: dt.date,
    saved: Callable[[str], None],
) -> DossierRun | None:
    """Asks for the folder and makes the dossiers off the UI thread; once they are written,
    `saved` gets the sentence that says where, how many, and whose profile could not be
    read. None if the user gave up before they were started."""
    title = QCoreApplication.translate("AllDossiers", "Save all dossiers")
    chosen_folder = prompts.ask_folder(parent, title, "")
    if not chosen_folder:
        return None
    folder = Path(chosen_folder)
    listed = candidates()
    readable = [(name, profile) for name, profile in listed if profile is not None]
    unreadable = [name for name, profile in listed if profile is None]
    targets = dossier_paths(folder, [profile for _name, profile in readable])
    there = [path.name for path in targets if path.exists()]
    names = ", ".join(there[:5]) + (", …" if len(there) > 5 else "")
    question = QCoreApplication.translate(
        "AllDossiers", "{count} of these files are already in {folder}: {names}. Replace them?"
    )
    if there and not prompts.confirm(
        parent, title, question.format(count=len(there), folder=folder, names=names),
        QCoreApplication.translate("AllDossiers", "&Replace"),
    ):  # fmt: skip
        return None
    shown = choose(vacancies, on, open_only=True) or list(vacancies)
    jobs = [
        DossierJob(profile, shown, target)
        for (_name, profile), target in zip(readable, targets, strict=True)
    ]
    return start_dossiers(
        parent,
        title,
        jobs,
        on,
        lambda written: saved(saved_words(folder, len(written), unreadable)),
    )


def saved_words(folder: Path, count: int, unreadable: Sequence[str]) -> str:
    """Where the dossiers went and how many, and the candidates left out and why."""
    message = QCoreApplication.translate("AllDossiers", "Dossiers saved: {count}, in {folder}.")
    message = message.format(count=count, folder=folder)
    if unreadable:
        message += " " + QCoreApplication.translate(
            "AllDossiers",
            "Not saved, the profile file could not be read or changed since the table "
            "was made: {names}.",
        ).format(names=", ".join(unreadable))
    return message
