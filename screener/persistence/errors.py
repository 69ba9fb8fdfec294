"""Problems with the user's files, phrased for people: file, field path, what was expected."""

from __future__ import annotations

import datetime as dt
import errno
import itertools
import os
import reprlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from screener.translatable import QT_TRANSLATE_NOOP

# The translation context of every problem's template (see Problem.of and ui/common/problem_words).
PROBLEM_CONTEXT = "FileProblem"

# A file with more problems than this gets the first ones and a count: nobody reads 80,000 lines.
MAX_PROBLEMS = 50
# Longer `where` or `message` texts are cut: they repeat keys or values from a hostile file.
MAX_PROBLEM_TEXT = 500

# Characters that must not reach a terminal or a label raw: controls (line breaks, escape
# sequences), line/paragraph separators, and invisible format characters such as bidi
# overrides. Zero-width (non-)joiners stay: scripts and emoji need them.
_KEPT_FORMAT_CHARACTERS = frozenset("\u200c\u200d")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _escape_unsafe(text: str, kept: frozenset[str]) -> str:
    if text.isprintable():  # the common case; isprintable() is False for all unsafe ones
        return text
    return "".join(
        _escaped(c)
        if not c.isprintable() and c not in kept and unicodedata.category(c) in _UNSAFE_CATEGORIES
        else c
        for c in text
    )


def safe_text(text: str, limit: int = MAX_PROBLEM_TEXT) -> str:
    """`text` on one line, with control and bidi characters escaped, and cut to `limit`."""
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return _escape_unsafe(text, _KEPT_FORMAT_CHARACTERS)


_KEPT_IN_LINES = _KEPT_FORMAT_CHARACTERS | {"\t"}


def look_alike_key(name: str) -> str:
    """One key for names a reader cannot tell apart: "Zoë" typed as one character or as e
    and a combining mark, with an invisible zero-width space, in full-width letters, or in
    another case. Profiles from different systems spell one name these ways."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(char for char in folded if unicodedata.category(char) != "Cf").strip()


def told_apart(names: Sequence[str]) -> list[str]:
    """`names` as they are, except a name that looks like another, different one of them:
    written with every character outside ASCII escaped ("Zo\\u00eb.json", "Zoe\\u0308.json").
    Files copied to one stick from macOS (which decomposes accents) and from Windows are two
    files whose names show the same; a list naming both must not show one name twice."""
    spellings: dict[str, set[str]] = {}
    for name in names:
        spellings.setdefault(look_alike_key(name), set()).add(name)
    return [
        "".join(c if " " <= c <= "~" else _escaped(c) for c in name)
        if len(spellings[look_alike_key(name)]) > 1
        else name
        for name in names
    ]


def terminal_safe(text: str) -> str:
    """`text` with its line breaks and tabs, every other control or bidi character escaped:
    what a terminal shows as is (no escape sequence, title change, bell or reordering)."""
    return "\n".join(_escape_unsafe(line, _KEPT_IN_LINES) for line in text.split("\n"))


class Phrase(str):
    """A value of a Problem that is itself a wording of the app, marked with
    QT_TRANSLATE_NOOP(PROBLEM_CONTEXT, ...): the UI translates it before putting it in the
    sentence (values from the file are shown as they are)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Wording:
    """A value of a Problem that is a marked template with values of its own (pydantic's
    "Input should be greater than or equal to {ge}" before " (got -1)"): the UI translates
    and formats it before putting it in the sentence; str() is its English."""

    template: str
    values: tuple[tuple[str, str | int | Wording], ...] = ()

    @classmethod
    def of(cls, template: str, **values: str | int | Wording) -> Wording:
        return cls(template, tuple(values.items()))

    def __str__(self) -> str:
        return self.template.format(**dict(self.values))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


ProblemValue = str | int | Wording


def _kept_value(value: ProblemValue) -> ProblemValue:
    # A value from a file is cut and escaped as the message is; the app's own phrases are not.
    return value if isinstance(value, (int, Phrase, Wording)) else safe_text(value)


@dataclass(frozen=True, slots=True)
class Problem:
    """`message` is the English sentence (CLI, logs, JSON). A problem made with `of` keeps
    its English template and values too, so the UI can say it in the user's language."""

    path: Path
    where: str  # a field path ("essential[2].min_years"), "line 3, column 5", or ""
    message: str
    template: str = ""  # marked with QT_TRANSLATE_NOOP(PROBLEM_CONTEXT, ...), or ""
    values: tuple[tuple[str, ProblemValue], ...] = ()
    place: Wording | None = None  # `where` as a marked wording ("line 3, column 5"), or None

    def __post_init__(self) -> None:
        # Keys and values from the file end up here; they are shown in terminals and labels.
        object.__setattr__(self, "where", safe_text(self.where))
        object.__setattr__(self, "message", safe_text(self.message))
        if self.values:
            kept = tuple((name, _kept_value(value)) for name, value in self.values)
            object.__setattr__(self, "values", kept)

    @classmethod
    def of(cls, path: Path, where: str | Wording, template: str, **values: ProblemValue) -> Problem:
        """The problem worded by `template` (str.format fields named by `values`); `where`
        a field path, or a position in the file worded for translation (see position)."""
        place = where if isinstance(where, Wording) else None
        message = template.format(**values)
        return cls(path, str(where), message, template, tuple(values.items()), place)

    def __str__(self) -> str:
        # A file name can hold a line break or an escape sequence too.
        path = safe_text(str(self.path), limit=4096)
        return f"{path}: {self.where}: {self.message}" if self.where else f"{path}: {self.message}"


class FileProblemError(Exception):
    """A file that could not be used, with one problem per line."""

    def __init__(self, path: Path, problems: Sequence[Problem], more: int = 0) -> None:
        """`more`: how many further problems were counted but not made into Problems."""
        self.path = path
        self.problems = list(problems)
        more += max(0, len(self.problems) - MAX_PROBLEMS)
        if more:
            self.problems[MAX_PROBLEMS:] = [
                Problem.of(
                    path,
                    "",
                    QT_TRANSLATE_NOOP("FileProblem", "... and {count:,} more problems not listed"),
                    count=more,
                )
            ]
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: Path, message: str, where: str = "") -> FileProblemError:
        return cls(path, [Problem(path, where, message)])

    @classmethod
    def of(
        cls, path: Path, template: str, where: str | Wording = "", **values: ProblemValue
    ) -> FileProblemError:
        """One problem worded by a marked template: see Problem.of."""
        return cls(path, [Problem.of(path, where, template, **values)])

    @classmethod
    def worded(cls, path: Path, wording: Wording, where: str = "") -> FileProblemError:
        """One problem said by a Wording (text_checks' findings)."""
        return cls.of(path, wording.template, where, **dict(wording.values))


class _ShortRepr(reprlib.Repr):
    """repr() with bounded depth and width: a hostile value can be nested thousands deep."""

    def __init__(self) -> None:
        super().__init__()
        self.maxlevel = 4
        self.maxstring = self.maxother = 80  # cut again to 60 below; this bounds the work

    def repr_str(self, x: str, level: int) -> str:
        # The start of a long text, like the message cut below (reprlib elides the middle).
        return repr(x[: self.maxstring])

    def repr_date(self, x: dt.date, level: int) -> str:
        return x.isoformat()  # as the file writes it, not datetime.date(1, 1, 1)

    repr_datetime = repr_date

    def repr_time(self, x: dt.time, level: int) -> str:
        return x.isoformat()

    def repr_dict(self, x: dict[object, object], level: int) -> str:
        # reprlib sorts keys; the file's order is easier to find.
        if not x:
            return "{}"
        if level <= 0:
            return "{...}"
        items = [
            f"{self.repr1(k, level - 1)}: {self.repr1(v, level - 1)}"
            for k, v in itertools.islice(x.items(), self.maxdict)
        ]
        return "{" + ", ".join(items) + (", ..." if len(x) > self.maxdict else "") + "}"


_SHORT_REPR = _ShortRepr()


def position(line: int, column: int | None = None) -> Wording:
    """Where in a file's text a problem is ("line 3, column 5"), a `where` the UI says in
    the user's language."""
    if column is None:
        return Wording.of(QT_TRANSLATE_NOOP("FileProblem", "line {line}"), line=line)
    return Wording.of(
        QT_TRANSLATE_NOOP("FileProblem", "line {line}, column {column}"), line=line, column=column
    )


_FORMAT_NAMES = {
    "vacancy": QT_TRANSLATE_NOOP("FileProblem", "vacancy format"),
    "profile": QT_TRANSLATE_NOOP("FileProblem", "profile format"),
    "pack": QT_TRANSLATE_NOOP("FileProblem", "pack format"),
}


def newer_format_error(
    path: Path, what: str, version: int, supported: int, where: str = "format"
) -> FileProblemError:
    """The one wording of the refusal of a file from a newer Screener (`what`: "profile",
    "vacancy" or "pack"): saying so, not that a field holds a wrong value, tells the user
    what to do."""
    template = QT_TRANSLATE_NOOP(
        "FileProblem",
        "was saved by a newer version of Screener ({format} {version}; this version reads "
        "formats up to {supported}). Update Screener to open it; the file was left as it is.",
    )
    format_ = Phrase(_FORMAT_NAMES[what])
    return FileProblemError.of(
        path, template, where, format=format_, version=version, supported=supported
    )


def short_repr(value: object) -> str:
    """A short, depth-limited repr of a value from a file, for messages."""
    text = _SHORT_REPR.repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def os_reason(exc: OSError, about: Path | str | None = None) -> str | Wording:
    """Why the system refused a file, in words a person can act on ("File exists" from
    making a folder where a file stands said nothing). The path the system names is added
    when it is not `about`, the file the message is already about (a folder on the way)."""
    name = os.fsdecode(exc.filename) if exc.filename is not None else None
    reason = exc.strerror or str(exc)
    if exc.errno == errno.EEXIST and name is not None and not os.path.isdir(name):
        # mkdir(exist_ok=True) over a file. Our own words are a Phrase: the UI translates them.
        reason = Phrase(QT_TRANSLATE_NOOP("FileProblem", "is a file where a folder is needed"))
    elif exc.errno == errno.ENOTDIR:
        return Phrase(
            QT_TRANSLATE_NOOP("FileProblem", "a part of the path is a file, not a folder")
        )
    if name is None or (about is not None and name == os.fspath(about)):
        return reason
    if about is None:
        return reason
    shown = safe_text(name, limit=4096)
    if isinstance(reason, Phrase):  # our words, with the folder's name: translated whole
        return Wording.of(
            QT_TRANSLATE_NOOP("FileProblem", "{folder} is a file where a folder is needed"),
            folder=shown,
        )
    return f"{reason} ({shown})"


def saved_as_text(path: Path, suffix: str) -> FileProblemError | None:
    """A FileProblemError if `path` is named `suffix` + ".txt": what Windows Notepad makes of
    "250939.toml" or "ana.json" saved as a text document. Explorer, hiding known extensions,
    shows the name the user typed, and the file was left out without a word."""
    ending = suffix + ".txt"
    if not path.name.lower().endswith(ending):
        return None
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP(
            "FileProblem",
            "the file name ends in {suffix} (Notepad adds .txt to what it saves as text), not "
            "{expected}; rename the file to use it",
        ),
        suffix=repr(path.name[-len(ending) :]),
        expected=repr(suffix),
    )


def unreadable_folder(folder: Path, exc: OSError) -> FileProblemError:
    """A folder that cannot be listed (no permission, a network share gone), as one problem
    naming it: the caller goes on with the other folders instead of stopping."""
    reason = os_reason(exc, folder)
    return FileProblemError.of(
        folder,
        QT_TRANSLATE_NOOP(
            "FileProblem", "this folder cannot be read ({reason}); its files were not loaded"
        ),
        reason=reason,
    )


def parser_failure(exc: BaseException) -> str:
    """What a parser's own unexpected error means, for a person (not "use sys.set_...")."""
    message = str(exc)
    if "integer string conversion" in message:
        return Phrase(QT_TRANSLATE_NOOP("FileProblem", "a number has more than 4,300 digits"))
    return safe_text(message.split(";")[0] or type(exc).__name__, 200)


def unreadable(path: Path, exc: OSError) -> FileProblemError:
    """Why a file the user named could not be opened or read, in words."""
    if isinstance(exc, FileNotFoundError):
        return FileProblemError.of(path, QT_TRANSLATE_NOOP("FileProblem", "file not found"))
    if isinstance(exc, IsADirectoryError):
        return FileProblemError.of(
            path, QT_TRANSLATE_NOOP("FileProblem", "is a folder, not a file")
        )
    return FileProblemError.of(
        path,
        QT_TRANSLATE_NOOP("FileProblem", "cannot be read: {reason}"),
        reason=os_reason(exc, path),
    )


def newer_format(what: str, version: int, supported: int) -> str:
    """That refusal's English sentence (see newer_format_error)."""
    return newer_format_error(Path(), what, version, supported).problems[0].message
