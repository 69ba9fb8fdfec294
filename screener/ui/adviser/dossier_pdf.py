"""A dossier's HTML as an A4 PDF, with Qt's text layout (the same writer as the summary's).

The HTML comes from screener.adviser.dossier, which escapes every text taken from files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextDocument

from screener.ui.summary_exports import write_pdf


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one for a headless command (offscreen if needed)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "screener"])


def write_dossier_pdf(html: str, path: Path, title: str) -> None:
    """Write the PDF atomically; OSError if it cannot be produced or written."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    write_pdf(document, path, title)
