"""The main window: its menus (File, View, Language, Help), the welcome panel, its size and place."""
