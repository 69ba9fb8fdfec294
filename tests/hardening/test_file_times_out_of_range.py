"""A profile whose file time is past year 9999 (a damaged or crafted timestamp on a USB
stick; tmpfs, XFS, btrfs and NTFS keep such times): listing the profiles raised ValueError
("year 36812 is out of range"), so Profile > Open failed with a crash dialog for every
profile of the folder. Such a file is listed without its date."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from screener.persistence.profile_store import ProfileStore
from screener.ui.profiles.open_profile_dialog import OpenProfileDialog


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> ProfileStore:
    store = ProfileStore()
    store.folder.mkdir(parents=True)
    for name in ("Far", "Near"):
        (store.folder / f"{name.lower()}.json").write_text(json.dumps({"format": 1, "name": name}))
    real = Path.stat

    def stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        result = real(self, *args, **kwargs)  # type: ignore[arg-type]
        if self.name != "far.json":
            return result
        values = list(result)
        values[8] = 2**40  # st_mtime: year 36812
        return os.stat_result(values)

    monkeypatch.setattr(Path, "stat", stat)
    return store


def test_the_listing_keeps_it_without_a_date(store: ProfileStore) -> None:
    listing = store.list()  # raised ValueError
    assert [(entry.name, entry.modified is None) for entry in listing.entries] == [
        ("Far", True),
        ("Near", False),
    ]


def test_the_open_dialog_shows_it(qtbot: QtBot, store: ProfileStore) -> None:
    dialog = OpenProfileDialog(store, None)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert texts[0] == "Far" and texts[1].startswith("Near (changed ")
