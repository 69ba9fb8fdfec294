"""A profile's name pasted from several lines (a spreadsheet column, an address block): the
name box keeps the line breaks of a paste, and a name of more than 50 lines was saved as the
new profile, which then never opened again ("name: is 61 lines long; at most 50 are
allowed"), listed among the broken files. A name typed in a box is now one line, and the
store refuses to write any profile it would refuse to read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from screener.domain.profile import Profile
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_store import ProfileStore
from screener.ui.profiles import profile_prompts

PASTED = "Maria\n" * 30 + "Bianchi\u2028" * 30 + "end"


def test_a_name_pasted_from_many_lines_is_one_line(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def paste() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)
        assert field is not None
        QGuiApplication.clipboard().setText(PASTED)
        field.selectAll()
        field.paste()
        assert "\n" in field.text()  # as a paste leaves it: the box keeps line breaks
        dialog.accept()

    QTimer.singleShot(0, paste)
    name = profile_prompts.ask_text(parent, "New profile", "Name of the new profile:")
    assert name == " ".join(["Maria"] * 30 + ["Bianchi"] * 30 + ["end"])


def test_the_store_writes_no_profile_it_could_not_read_back() -> None:
    store = ProfileStore()
    with pytest.raises(FileProblemError) as raised:
        store.new(PASTED)
    assert "name: is 61 lines long; at most 50 are allowed" in str(raised.value)
    assert store.files() == []  # nothing on disk to be listed as broken
    saved = store.new("Maria Bianchi")
    with pytest.raises(FileProblemError):
        store.save(Profile(name="x" * 10_001), saved)
    assert store.load(saved).name == "Maria Bianchi"  # the file as it was


def test_a_profile_too_large_to_read_back_is_not_written() -> None:
    # An adviser's profile answering thousands of vacancies: over the size Screener reads of
    # a profile, it was written and then refused ("file is too large") at the next start.
    store = ProfileStore()
    saved = store.new("Maria Bianchi")
    answers = {f"V{n:05d}": {f"requirement-{k}": True for k in range(10)} for n in range(5_000)}
    with pytest.raises(FileProblemError) as raised:
        store.save(Profile(name="Maria Bianchi", answers=answers), saved)
    assert "file is too large" in str(raised.value)
    assert store.load(saved).answers == {}  # the file as it was
