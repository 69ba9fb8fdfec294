"""The app's icon, and the platform files generated from the one app spec
(packaging/app_spec.py): .desktop, AppStream metainfo, Windows version file, Info.plist, icons."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging_support import REPO
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from screener import APP_ID, __version__, paths
from screener.ui import app as app_module
from screener.ui.window.main_window import MainWindow


@pytest.fixture(scope="module")
def app_spec() -> ModuleType:
    loaded = importlib.util.spec_from_file_location("app_spec", REPO / "packaging" / "app_spec.py")
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules["app_spec"] = module  # its dataclass looks itself up there
    loaded.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(app_spec: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return app_spec.write_all(tmp_path_factory.mktemp("app-spec"))


def test_the_running_app_shows_the_screener_icon(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, str]] = []

    def fake_loop(app: QApplication) -> int:
        icon = app.windowIcon()
        seen.append((icon.isNull(), app.desktopFileName()))
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                seen.append((window.windowIcon().isNull(), window.windowTitle()))
                window.close()
                window.deleteLater()
        return 0

    monkeypatch.setattr(app_module, "exec_event_loop", fake_loop)
    assert app_module.run_gui(["screener"]) == 0
    assert seen[0] == (False, APP_ID)
    assert seen[1][0] is False
    image = QApplication.instance().windowIcon().pixmap(64, 64).toImage()
    assert image.pixelColor(32, 6).name() == "#1f3a68"  # the icon's navy frame, not a blank


def test_the_icon_source_is_the_svg_in_resources() -> None:
    assert paths.app_icon_file() == REPO / "resources" / "icons" / "screener.svg"
    assert paths.app_icon_file().read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_ico_and_icns_hold_renders_of_the_svg(generated: dict[str, Path]) -> None:
    ico = generated["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = generated["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    png = generated["desktop"].parent / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 12).name() == "#1f3a68"
    assert image.pixelColor(2, 2).alpha() == 0  # rounded corners stay transparent


def test_every_platform_file_carries_the_same_name_and_version(
    app_spec: ModuleType, generated: dict[str, Path]
) -> None:
    desktop = generated["desktop"].read_text(encoding="utf-8")
    assert "Name=Screener\n" in desktop and f"Icon={APP_ID}\n" in desktop
    metainfo = generated["metainfo"].read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo and f'<release version="{__version__}"' in metainfo
    version_file = generated["version_file"].read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in version_file
    plist = app_spec.info_plist(app_spec.spec())
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleName"] == "Screener"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_file_is_valid(generated: dict[str, Path]) -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(generated["desktop"])], capture_output=True, text=True
    )
    assert done.returncode == 0 and "error" not in done.stdout.lower(), done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_the_metainfo_is_valid(generated: dict[str, Path]) -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(generated["metainfo"])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
