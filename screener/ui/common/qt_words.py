"""Words of Qt's own dialogs that Qt's French translation lacks, translated with ours.

The file and print dialogs are Qt's (where the platform has no dialog of its own, as on
Linux). Qt 6.11 changed a few of their labels ("&Look in:", "Files of &type:") and its
qtbase_fr catalogue still has the old ones, so a French user read them in English. Our
catalogue carries them in Qt's own contexts: Qt asks every installed translator, and finds
them there. lupdate collects the calls below; the function itself lists the words for tests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """The words, in the current language (found by Qt's own calls, not through this)."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QPrintSettingsOutput", "Page &Set:"),
    ]
