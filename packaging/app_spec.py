"""One spec for the app's identity on every platform, and the files generated from it.

    python packaging/app_spec.py OUTDIR

writes, from the version and name in the `screener` package and pyproject.toml:
the freedesktop .desktop file and AppStream metainfo (Linux), the PyInstaller version file
(Windows) and the Info.plist values (macOS, `info_plist()`), and the icon renders of
resources/icons/screener.svg (PNGs, screener.ico, screener.icns). Nothing here is kept in
the repository: it is all derived again for each build.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from screener import APP_ID, __version__  # noqa: E402
from screener.paths import APP_NAME  # noqa: E402

ICON_SVG = ROOT / "resources" / "icons" / "screener.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-based icns entry types by pixel size.
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}
LINUX_ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class AppSpec:
    name: str
    app_id: str
    version: str
    summary: str
    summary_fr: str
    license: str
    executable: str
    copyright: str


def spec() -> AppSpec:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return AppSpec(
        name=APP_NAME,
        app_id=APP_ID,
        version=__version__,
        summary=project["description"],
        summary_fr="Vérifier hors ligne les conditions des avis de vacance de l'OTAN",
        license=project["license"]["text"],
        executable="screener" if sys.platform != "win32" else "Screener",
        copyright=f"© the {APP_NAME} authors, {project['license']['text']} licence",
    )


def release_date() -> str:
    """The build's date (SOURCE_DATE_EPOCH for a reproducible build), as AppStream wants it."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return when.date().isoformat()


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in version.split(".")]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def desktop_entry(app: AppSpec, exec_command: str = "screener") -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={app.name}",
            "GenericName=Vacancy requirements check",
            "GenericName[fr]=Vérification des conditions d'un avis de vacance",
            f"Comment={app.summary}",
            f"Comment[fr]={app.summary_fr}",
            f"Exec={exec_command}",
            f"Icon={app.app_id}",
            "Terminal=false",
            "Categories=Office;",
            "Keywords=NATO;OTAN;vacancy;job;eligibility;recruitment;",
            f"StartupWMClass={app.name}",
            "",
        ]
    )


def metainfo(app: AppSpec) -> str:
    e = escape
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{e(app.app_id)}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>{e(app.license)}</project_license>
  <name>{e(app.name)}</name>
  <summary>Check NATO vacancy requirements offline</summary>
  <summary xml:lang="fr">Vérifier hors ligne les conditions des postes de l'OTAN</summary>
  <description>
    <p>
      {e(app.name)} checks, before a candidate applies, whether they meet the requirements of a
      NATO vacancy, criterion by criterion, in English and French.
      Career advisers use it to go through vacancies with candidates, one at a time or in batch.
    </p>
    <p xml:lang="fr">
      {e(app.name)} vérifie, avant une candidature, si l'on remplit les conditions d'un avis de
      vacance de l'OTAN, critère par critère, en anglais et en français.
    </p>
    <p>Nothing it does leaves the machine: it opens no network connection.</p>
  </description>
  <launchable type="desktop-id">{e(app.app_id)}.desktop</launchable>
  <provides>
    <binary>{e(app.executable)}</binary>
  </provides>
  <categories>
    <category>Office</category>
  </categories>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{e(app.version)}" date="{release_date()}"/>
  </releases>
</component>
"""


def windows_version_file(app: AppSpec) -> str:
    """PyInstaller's --version-file format (a VSVersionInfo expression)."""
    numbers = version_tuple(app.version)
    strings = {
        "CompanyName": f"{app.name} authors",
        "FileDescription": app.name,
        "FileVersion": app.version,
        "InternalName": app.name,
        "LegalCopyright": app.copyright,
        "OriginalFilename": f"{app.name}.exe",
        "ProductName": app.name,
        "ProductVersion": app.version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by packaging/app_spec.py from the package's name and version.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200, 0x040C, 1200])]),
  ]
)
"""


def info_plist(app: AppSpec) -> dict[str, object]:
    """Values PyInstaller's BUNDLE(info_plist=...) writes into Screener.app's Info.plist."""
    return {
        "CFBundleName": app.name,
        "CFBundleDisplayName": app.name,
        "CFBundleIdentifier": app.app_id,
        "CFBundleShortVersionString": app.version,
        "CFBundleVersion": app.version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "fr"],
        "NSHumanReadableCopyright": app.copyright,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
    }


def render_png(size: int) -> bytes:
    """The SVG drawn at size × size pixels, as PNG bytes (Qt's SVG renderer)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(pngs.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all(out: Path) -> dict[str, Path]:
    """Every generated file, in `out`; returns them by role."""
    app = spec()
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES) | set(LINUX_ICON_SIZES))
    pngs = {size: render_png(size) for size in sizes}
    files = {
        "desktop": out / f"{app.app_id}.desktop",
        "metainfo": out / f"{app.app_id}.metainfo.xml",
        "version_file": out / "windows_version.txt",
        "ico": out / "screener.ico",
        "icns": out / "screener.icns",
    }
    files["desktop"].write_text(desktop_entry(app), encoding="utf-8")
    files["metainfo"].write_text(metainfo(app), encoding="utf-8")
    files["version_file"].write_text(windows_version_file(app), encoding="utf-8")
    files["ico"].write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    files["icns"].write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    for size in LINUX_ICON_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{app.app_id}.png").write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{app.app_id}.svg").write_bytes(ICON_SVG.read_bytes())
    return files


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "app-spec"
    for role, path in write_all(target).items():
        print(f"{role}: {path}")
