"""Screener: offline self-screening of NATO civilian vacancies."""

__version__ = "0.1.0"

# The application's reverse-DNS id: the freedesktop .desktop file and AppStream metainfo
# are named after it, the macOS bundle identifier is it, and the GUI tells Wayland it.
APP_ID = "io.github.screener.Screener"
