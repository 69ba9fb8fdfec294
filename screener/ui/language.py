"""The UI's current language for engine-derived and vacancy text ("en" or "fr").

Widgets translate their own strings with tr(); words that come from the engine
(screener.report.messages) and from vacancy files (LocalizedText.get) use this.
A later task switches it with the interface language; keep every caller going through here.
"""

from __future__ import annotations


def current_language() -> str:
    return "en"
