"""What a text must be before it is read as a notice, and the refusals when it is not.

A text far larger than any notice, empty, binary, of tens of thousands of lines, or whose
requirement lists are far longer than a notice's, is refused early with a message saying what
was expected, so the work stays bounded; the draft builder refuses with the same wording a
text with neither a requirement list nor a header fact.
"""

from __future__ import annotations

from pathlib import Path

from screener.persistence.errors import FileProblemError
from screener.translatable import QT_TRANSLATE_NOOP

# Far above any notice (a long one is ~60 kB of text); refusing early keeps the work bounded.
MAX_TEXT_CHARS = 5 * 1024 * 1024
# Real notices have up to ~25 bullets per list; thousands mean the text is not a notice.
MAX_REQUIREMENTS = 300
# The longest real bullet is ~400 characters; a giant one means lists were not told apart.
MAX_REQUIREMENT_CHARS = 5000
# A notice is a few hundred lines (a thousand from a long PDF); far more is something else.
MAX_LINES = 50_000


def refuse(source_name: str, template: str, **values: int | str) -> FileProblemError:
    """The refusal of the text, worded by a template marked for translation."""
    return FileProblemError.of(Path(source_name), template, "", **values)


def check_text(text: str, source_name: str) -> None:
    """Refuse text that cannot be a notice before any parsing work is done."""
    if len(text) > MAX_TEXT_CHARS:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP(
                "FileProblem", "text is too large ({size:,} characters; the limit is {limit:,})"
            ),
            size=len(text),
            limit=MAX_TEXT_CHARS,
        )
    if not text.strip():
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP("FileProblem", "is empty: there is no notice text to import"),
        )
    sample = text[:65536]
    if "\x00" in sample:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP("FileProblem", "is a binary file, not the text of a notice"),
        )
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f")
    if controls > len(sample) // 20:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP("FileProblem", "looks like binary data, not the text of a notice"),
        )
    line_count = text.count("\n") + 1
    if line_count > MAX_LINES:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "has {count:,} lines; a vacancy notice has a few hundred, so this does not "
                "look like one",
            ),
            count=line_count,
        )


def check_sizes(lists: list[list[str]], source_name: str) -> None:
    """Refuse requirement lists no notice has: they mean the text is something else."""
    counted = max(len(lists[0]), len(lists[1])) + max(len(lists[2]), len(lists[3]))
    if counted > MAX_REQUIREMENTS:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "has {count:,} requirement bullets; a vacancy notice has far fewer, so this "
                "does not look like one",
            ),
            count=counted,
        )
    longest = max((len(item) for items in lists for item in items), default=0)
    if longest > MAX_REQUIREMENT_CHARS:
        raise refuse(
            source_name,
            QT_TRANSLATE_NOOP(
                "FileProblem",
                "has a requirement of {count:,} characters; notice bullets are far shorter, so "
                "the requirement lists could not be read",
            ),
            count=longest,
        )


NOT_A_NOTICE = QT_TRANSLATE_NOOP(
    "FileProblem",
    "is not a NATO vacancy notice: no title, reference, grade or deadline was found, and no "
    "requirement list (an ESSENTIAL or ACQUIS ESSENTIELS heading, a lead-in such as 'The "
    "incumbent must:', a qualifications heading followed by bullets, or a bullet list of "
    "requirements)",
)
