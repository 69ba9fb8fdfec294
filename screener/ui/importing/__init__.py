"""Importing a notice: reading it off the UI thread, reviewing the draft, saving it."""
