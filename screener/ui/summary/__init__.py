"""The result page and its exports (PDF, HTML, JSON, print)."""
