"""What the entry point needs before it knows the command: exit statuses, the one-line
problem and the default language. Kept apart from cli.common (the catalogue, vacancy files)
so that starting the desktop app loads none of the commands' machinery."""

from __future__ import annotations

import os

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_PROBLEM = 2
DEBUG_ENV = "SCREENER_DEBUG"


class CliError(Exception):
    """A problem the user can fix, said in one line; exit status 2."""


def default_lang(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """French if the locale is French, otherwise English (POSIX precedence of variables)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    if environ is None:  # Windows sets no LANG; ask the system instead.
        import locale  # only here: the desktop app's start-up does not need it

        system = locale.getlocale()[0] or ""
        return "fr" if system.lower().startswith("fr") else "en"
    return "en"
