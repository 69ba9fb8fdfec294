"""Notice importer: NATO vacancy notice text (or PDF) -> DRAFT vacancy definition. No Qt here.

Public API:

- `import_notice_text(text, source_name="notice") -> ImportResult`
- `import_notice_file(path) -> ImportResult` for the formats in screener/notice_formats.py (PDF
  needs the 'pdf' extra); both take `existing=` (the vacancy file being replaced) to keep criterion ids
- `read_notice_stream(stream)`: notice text from standard input
- `keep_answers(result, existing)`: the same draft with the ids of the file it replaces
- `ImportResult`: `.vacancy` (a valid `Vacancy` with `draft=True`), `.review` (the
  `ReviewItem`s a person should check, also in `vacancy.review`), `.confidence` (criterion id ->
  0..1) and `.source_name`
- `vacancy_to_toml(vacancy) -> str` and `write_vacancy_toml(vacancy, path)`: save a vacancy in
  the format `screener.persistence.vacancy_files.load_vacancy` reads; `loadable_toml(vacancy,
  path)`: the file's bytes, or FileProblemError when load_vacancy would refuse them

Unusable input (empty, binary, too large, not a notice, unreadable PDF) raises
`screener.persistence.errors.FileProblemError` with a message for people.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from screener.domain.vacancy import Vacancy
    from screener.importer.draft import ImportResult, keep_answers
    from screener.importer.notice_files import import_notice_file, read_notice_stream
    from screener.importer.toml_writer import loadable_toml, vacancy_to_toml, write_vacancy_toml

# Where each public name lives. They are loaded when first asked for (PEP 562): the reader of
# one part (the paste box's HTML reader, the list of notice formats) does not load the whole
# importer, which takes most of a second.
_EXPORTS = {
    "ImportResult": "screener.importer.draft",
    "keep_answers": "screener.importer.draft",
    "import_notice_file": "screener.importer.notice_files",
    "read_notice_stream": "screener.importer.notice_files",
    "loadable_toml": "screener.importer.toml_writer",
    "vacancy_to_toml": "screener.importer.toml_writer",
    "write_vacancy_toml": "screener.importer.toml_writer",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def import_notice_text(
    text: str,
    source_name: str = "notice",
    existing: Vacancy | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Build a draft vacancy from a notice's text (English half, French half, or both).

    `existing`: the vacancy file the draft will replace; matching criteria keep its ids.
    `cancelled`: asked between the steps; ImportCancelled (importer.cancelling) once it says so.
    """
    from screener.importer.draft import build_draft

    return build_draft(text, source_name, existing, cancelled)


__all__ = [
    "ImportResult",
    "import_notice_file",
    "import_notice_text",
    "keep_answers",
    "loadable_toml",
    "read_notice_stream",
    "vacancy_to_toml",
    "write_vacancy_toml",
]
