"""How a status or a verdict looks: always a symbol and a word, colour only as a third cue."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from screener.domain.assessment import Status, Verdict
from screener.report import messages
from screener.report.record import SYMBOLS, VERDICT_SYMBOLS

# (on a light background, on a dark one); all pass WCAG AA contrast for normal text.
_COLOURS: dict[str, tuple[str, str]] = {
    "good": ("#1b5e20", "#81c784"),
    "bad": ("#b71c1c", "#ef9a9a"),
    "open": ("#6d4c00", "#ffd54f"),
}
_STATUS_TONE = {Status.MET: "good", Status.NOT_MET: "bad", Status.UNKNOWN: "open"}
_VERDICT_TONE = {Verdict.ELIGIBLE: "good", Verdict.NOT_ELIGIBLE: "bad", Verdict.INCOMPLETE: "open"}


def status_text(status: Status, lang: str) -> str:
    return f"{SYMBOLS[status]} {messages.status_label(status, lang)}"


def verdict_text(verdict: Verdict, lang: str) -> str:
    return f"{VERDICT_SYMBOLS[verdict]} {messages.verdict_label(verdict, lang)}"


def _tone_colour(tone: str, palette: QPalette | None) -> QColor:
    light, dark = _COLOURS[tone]
    is_dark = palette is not None and palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(dark if is_dark else light)


def status_colour(status: Status, palette: QPalette | None = None) -> QColor:
    return _tone_colour(_STATUS_TONE[status], palette)


def verdict_colour(verdict: Verdict, palette: QPalette | None = None) -> QColor:
    return _tone_colour(_VERDICT_TONE[verdict], palette)


def verdict_colour_on_screen(verdict: Verdict) -> QColor:
    """For a table's text: the shade that reads on the application's palette. The light
    background's shades were dark brown and red on a dark or high-contrast theme's black."""
    return verdict_colour(verdict, QGuiApplication.palette())
