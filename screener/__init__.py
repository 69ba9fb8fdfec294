"""Screener: offline self-screening of NATO International Staff vacancies."""

__version__ = "0.1.0"
