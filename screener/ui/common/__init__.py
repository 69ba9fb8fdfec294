"""Widgets and helpers every part of the UI uses: plain-text labels, status words, the language, pickers."""
