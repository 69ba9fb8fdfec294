"""The widgets: they collect answers and show what the engine decides."""

from screener.ui.pyside_source_scan import spare_source_scan

spare_source_scan()
