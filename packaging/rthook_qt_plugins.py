# PyInstaller run-time hook (Linux bundle), in place of PyInstaller's PySide6 hook: Qt finds
# its plugins inside the bundle. PyInstaller's own hook also imports QtCore in every process
# to write an embedded qt.conf, which PyPI's PySide6 writes itself when imported: that cost
# every command-line run of the bundle about 100 ms and 14 MiB for nothing.
import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")
