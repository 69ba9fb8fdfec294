"""The command line: `screener COMMAND ...`; without a command, the desktop application.

`entry.main` parses the arguments and hands each command to its module; every command but
the GUI runs without Qt.
"""
