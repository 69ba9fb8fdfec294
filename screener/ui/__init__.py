"""The widgets: they collect answers and show what the engine decides."""
