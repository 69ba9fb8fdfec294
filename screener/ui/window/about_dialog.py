"""Help > About: the version, the licence and where the user's data lives, as plain text."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import screener
from screener import paths
from screener.ui.common.accessibility import describe, room_for_title, scaled_font
from screener.ui.common.plain_text_label import PlainTextLabel


def _package_metadata() -> tuple[str, str | None]:
    """The installed version and licence; the source's version when not installed."""
    try:
        info = metadata.metadata("screener")
    except metadata.PackageNotFoundError:
        return screener.__version__, None
    stated = [*(info.get_all("License-Expression") or []), *(info.get_all("License") or [])]
    return metadata.version("screener"), next((text for text in stated if text), None)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Screener"))
        version, licence = _package_metadata()
        heading = QLabel(self.tr("Screener {version}").format(version=version))
        heading.setFont(scaled_font(self, 1.2, bold=True))
        self.lines = [
            PlainTextLabel(self.tr("Checks, offline, whether you meet the requirements of a "
                                   "NATO vacancy.")),
            PlainTextLabel(
                self.tr("Licence: {licence}").format(licence=licence)
                if licence
                else self.tr("Licence: see the files that came with Screener")
            ),
            PlainTextLabel(
                self.tr("Your data folder (profiles, settings, your own vacancy files):\n"
                        "{folder}").format(folder=paths.user_data_dir())
            ),
            PlainTextLabel(self.tr("Screener never connects to the network: nothing you enter "
                                   "leaves this computer.")),
        ]  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter closes, like Escape: the dialog has nothing else to do.
        close.setDefault(True)
        describe(close, self.tr("Close"), self.tr("Closes this window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for line in self.lines:
            layout.addWidget(line)
        layout.addWidget(buttons)
        self.heading = heading
        room_for_title(self)
        close.setFocus()

    def texts(self) -> list[str]:
        return [self.heading.text(), *(line.text() for line in self.lines)]
