"""Domain models and the rules engine. Plain Python: this package never imports Qt."""
