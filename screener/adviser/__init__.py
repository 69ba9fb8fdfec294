"""The adviser's desk, without Qt: gap plans, dossiers, deadline calendars, vacancy packs."""
