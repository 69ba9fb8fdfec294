"""Profiles: keeping them saved, opening, importing, editing, resuming a screening."""
