"""The first-run welcome, shown in the main window until a vacancy is chosen.

It says what the app does, that the result is an estimate, that the bundled notices are
closed and how to import a current one, and that nothing leaves the machine. Closing it
is remembered; Help > Welcome shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from screener import paths
from screener.ui.common.accessibility import describe, scaled_font, without_mnemonic
from screener.ui.common.enter_presses import not_default
from screener.ui.common.language import RetranslatesOnLanguageChange
from screener.ui.common.nested_layout import ButtonRow
from screener.ui.common.plain_text_label import PlainTextLabel


def menu_path(menu_title: str, action: QAction) -> str:
    """ "File > Import notice… (Ctrl+I)", from the menu and the action themselves."""
    path = f"{plain(menu_title)} > {plain(action.text())}"
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{path} ({shortcut})" if shortcut else path


def plain(text: str) -> str:
    """A button's or menu's text without its mnemonic: "&Open…" -> "Open…"."""
    return without_mnemonic(text)


class WelcomePanel(RetranslatesOnLanguageChange, QFrame):
    importRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The words of the window it points to: set by set_references().
        self._import_path = self._check_name = self._welcome_path = ""
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, 1.3, bold=True))
        self.heading.setWordWrap(True)
        self.paragraphs = [PlainTextLabel() for _ in range(4)]
        self.import_button = QPushButton()
        not_default(self.import_button)
        self.import_button.clicked.connect(self.importRequested)
        self.close_button = QPushButton()
        not_default(self.close_button)
        self.close_button.clicked.connect(self.closeRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        for paragraph in self.paragraphs:
            paragraph.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(paragraph)
        layout.addWidget(ButtonRow([self.import_button, self.close_button]))
        layout.addStretch(1)
        self.retranslate()

    def set_references(self, import_path: str, check_name: str, welcome_path: str) -> None:
        """The menu command to import a notice, the Check button's name, the way back here."""
        self._import_path = import_path
        self._check_name = check_name
        self._welcome_path = welcome_path
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Screener"))
        texts = (
            self.tr("Screener checks, before you apply, whether you meet the requirements of a "
                    "NATO vacancy. Choose a vacancy in the list and press "
                    "{check}: it asks only what that vacancy needs.").format(
                check=self._check_name
            ),
            self.tr("The result is an estimate made from your own answers, not a decision: "
                    "NATO's recruiters decide who is eligible."),
            self.tr("The vacancies that come with Screener are closed notices, kept for "
                    "practice and for similar posts. To screen a current vacancy, copy its "
                    "notice from the careers site that publishes it (NATO, an agency, a "
                    "headquarters or a job board), or save the page or a PDF of it, and "
                    "choose {menu_path}.").format(menu_path=self._import_path),
            self.tr("Nothing you enter leaves this computer: Screener never connects to the "
                    "network. Your answers are kept in {folder}.").format(
                folder=paths.user_data_dir()
            ),
        )  # fmt: skip
        for paragraph, text in zip(self.paragraphs, texts, strict=True):
            paragraph.setText(text)
        # Said as the focus enters the panel (its buttons): Tab stops on no paragraph, and
        # a screen reader user heard the buttons' names and none of the welcome's words.
        describe(self, self.heading.text(), " ".join(texts))
        self.import_button.setText(self.tr("&Import a notice…"))
        describe(
            self.import_button,
            self.tr("Import a notice"),
            self.tr(
                "Makes a draft vacancy from a NATO vacancy notice: pasted text, a text "
                "file, a saved web page or a PDF"
            ),
        )
        self.close_button.setText(self.tr("&Close welcome"))
        describe(
            self.close_button,
            self.tr("Close welcome"),
            self.tr("Shows the selected vacancy instead; {menu_path} shows this again").format(
                menu_path=self._welcome_path
            ),
        )

    def texts(self) -> list[str]:
        return [self.heading.text(), *(p.text() for p in self.paragraphs)]
