"""A plain-text label keeps the heights it laid out for a width only while its text and
font stay as they were: a longer text or a larger font makes it taller at once."""

from __future__ import annotations

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from screener.ui.common.plain_text_label import PlainTextLabel

_SENTENCE = "The result is an estimate made from your own answers, not a decision. "


def test_a_longer_text_is_laid_out_again_at_the_same_width(qtbot: QtBot) -> None:
    label = PlainTextLabel(_SENTENCE)
    qtbot.addWidget(label)
    short = label.heightForWidth(200)
    assert label.heightForWidth(200) == short  # asked again: the same answer

    label.setText(_SENTENCE * 6)
    assert label.heightForWidth(200) > short
    label.setText(_SENTENCE)
    assert label.heightForWidth(200) == short


def test_a_larger_font_is_laid_out_again(qtbot: QtBot) -> None:
    label = PlainTextLabel(_SENTENCE * 3)
    qtbot.addWidget(label)
    before = label.heightForWidth(240)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(240) > before


def test_margins_set_later_are_laid_out_again(qtbot: QtBot) -> None:
    label = PlainTextLabel(_SENTENCE * 3)
    qtbot.addWidget(label)
    before = label.heightForWidth(240)
    label.setContentsMargins(0, 30, 0, 30)
    assert label.heightForWidth(240) == before + 60


def test_a_window_of_many_widths_still_gets_the_right_height(qtbot: QtBot) -> None:
    label = PlainTextLabel(_SENTENCE * 4)
    qtbot.addWidget(label)
    heights = {width: label.heightForWidth(width) for width in range(150, 600, 10)}
    fresh = PlainTextLabel(_SENTENCE * 4)
    qtbot.addWidget(fresh)
    assert heights == {width: fresh.heightForWidth(width) for width in heights}
