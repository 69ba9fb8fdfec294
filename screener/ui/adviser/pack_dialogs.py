"""Vacancy packs in the app: choosing the vacancies to pack, and importing a pack."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from screener import paths
from screener.adviser.packs import ImportReport, Replace, export_pack, import_pack
from screener.domain.vacancy import Vacancy
from screener.persistence.errors import FileProblemError, os_reason
from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.report import messages
from screener.ui.common.accessibility import describe
from screener.ui.common.language import current_language
from screener.ui.common.message_boxes import plain_message_box
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.common.problem_words import error_text, problem_text, value_text
from screener.ui.profiles import profile_prompts as prompts
from screener.ui.window import window_placement


class PackExportDialog(QDialog):
    """A checklist of the vacancies (Space ticks one); the selected vacancy comes ticked."""

    def __init__(
        self, entries: Sequence[LoadedVacancy], ticked: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export vacancy pack"))
        self.entries = list(entries)
        intro = PlainTextLabel(
            self.tr("Tick the vacancies to share. Their files go into one .zip pack with a "
                    "list of references, titles, deadlines and draft marks.")
        )  # fmt: skip
        self.list = QListWidget()
        # Long titles wrap, shown whole, rather than run off the right edge.
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lang = current_language()
        for entry in self.entries:
            vacancy = entry.vacancy
            draft = self.tr(" (draft)") if vacancy.draft else ""
            item = QListWidgetItem(f"{vacancy.reference}  {vacancy.title.get(lang)}{draft}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = (
                Qt.CheckState.Checked if vacancy.reference in ticked else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        describe(
            self.list,
            self.tr("Vacancies to pack"),
            self.tr("Press Space to tick or untick the selected vacancy"),
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        window_placement.resize_within_screen(self, 560, 420)
        self.list.setFocus()

    def chosen(self) -> list[LoadedVacancy]:
        return [
            entry
            for row, entry in enumerate(self.entries)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def choose_pack_entries(
    parent: QWidget, entries: Sequence[LoadedVacancy], ticked: set[str]
) -> list[LoadedVacancy]:
    """The checklist dialog, behind a plain function so tests can answer it."""
    dialog = PackExportDialog(entries, ticked, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.chosen()


def ask_replace(
    parent: QWidget, name: str, incoming: Vacancy, yours: Vacancy | None
) -> tuple[bool, bool]:
    """Replace the user's differing file? Keeping it (Cancel) is the default. The names come
    from the pack: a plain-text message, as every other, with a button saying what it does.
    Also whether to answer the same for the pack's other differing files: a pack holds up to
    2,000 files, and each asked in turn."""
    from PySide6.QtWidgets import QCheckBox, QMessageBox

    box = plain_message_box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PackDialogs", "Import vacancy pack"),
        QCoreApplication.translate("PackDialogs", "You already have {file} (vacancy {reference}), and the pack's copy is different.\n\n"
            "Replace your file with the pack's?").format(file=name, reference=incoming.reference),
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    replace = box.addButton(
        QCoreApplication.translate("PackDialogs", "&Replace your file"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    # Made with the box as its parent: a check box held by no one else is deleted at once.
    same = QCheckBox(
        QCoreApplication.translate("PackDialogs", "&Same answer for the other files"), box
    )
    box.setCheckBox(same)
    box.exec()
    return box.clickedButton() is replace, same.isChecked()


def _replace_asking(parent: QWidget) -> Replace:
    """The question for each differing file, until one is answered for all the others."""
    for_all: list[bool] = []

    def replace(name: str, incoming: Vacancy, yours: Vacancy | None) -> bool:
        if for_all:
            return for_all[0]
        answer, same_for_all = ask_replace(parent, name, incoming, yours)
        if same_for_all:
            for_all.append(answer)
        return answer

    return replace


def export_chosen(
    parent: QWidget, entries: Sequence[LoadedVacancy], ticked: set[str]
) -> Path | None:
    title = QCoreApplication.translate("PackDialogs", "Export vacancy pack")
    chosen = choose_pack_entries(parent, entries, ticked)
    if not chosen:
        return None
    path = prompts.ask_save_file(
        parent,
        title,
        f"{messages.text('file.vacancies', current_language())}.zip",
        QCoreApplication.translate("PackDialogs", "Vacancy packs (*.zip)"),
    )
    target = prompts.save_target(parent, title, path, (".zip",)) if path else None
    if target is None:
        return None
    try:
        export_pack(chosen, target)
    except FileProblemError as exc:  # a pack no import would take whole, a file gone
        prompts.warn(parent, title, error_text(exc))  # in the user's language
        return None
    except OSError as exc:
        prompts.warn(parent, title, QCoreApplication.translate("PackDialogs", "{file} could not be written: {error}").format(
            file=target, error=getattr(exc, "strerror", None) or exc))  # fmt: skip
        return None
    return target


def import_chosen(parent: QWidget) -> ImportReport | None:
    title = QCoreApplication.translate("PackDialogs", "Import vacancy pack")
    path = prompts.ask_open_file(
        parent, title, QCoreApplication.translate("PackDialogs", "Vacancy packs (*.zip)")
    )
    if not path:
        return None
    try:
        report = import_pack(Path(path), paths.user_vacancies_dir(), _replace_asking(parent))
    except FileProblemError as exc:
        prompts.warn(parent, title, error_text(exc))
        return None
    except OSError as exc:  # the vacancies folder cannot take files (read-only, not searchable)
        folder = paths.user_vacancies_dir()
        prompts.warn(parent, title, f"{folder}: {value_text(os_reason(exc, folder))}")
        return None
    prompts.inform(parent, title, report_text(report))
    return report


def report_text(report: ImportReport) -> str:
    lines = []
    for names, text in (
        (report.added, QCoreApplication.translate("PackDialogs", "Added: {files}")),
        (report.replaced, QCoreApplication.translate("PackDialogs", "Replaced: {files}")),
        (
            report.unchanged,
            QCoreApplication.translate("PackDialogs", "Already there, unchanged: {files}"),
        ),
        (report.kept, QCoreApplication.translate("PackDialogs", "Kept yours: {files}")),
    ):
        if names:
            lines.append(text.format(files=", ".join(names)))
    if report.problems:
        lines.append(
            QCoreApplication.translate("PackDialogs", "Skipped ({count}):").format(
                count=len(report.problems)
            )
        )
        lines += [f"• {problem_text(problem)}" for problem in report.problems]
    return "\n".join(lines) or QCoreApplication.translate(
        "PackDialogs", "The pack holds no vacancy."
    )
