"""`make dist`: the standalone one-folder app in dist/Screener (dist/Screener.app on macOS).

PyInstaller (with pyinstaller-hooks-contrib) freezes Python, the app, the Qt modules it uses
and its resources; packaging/screener.spec says what is kept. On Linux the generated
.desktop file, AppStream metainfo and icons go in dist/Screener/share, ready to copy to
~/.local/share (or /usr/share) as the README says. Prints the bundle's size on disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import app_spec  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "Screener"


def size_on_disk(folder: Path) -> int:
    """Bytes the folder takes (allocated blocks where the system reports them)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            blocks = getattr(stat, "st_blocks", None)
            total += blocks * 512 if blocks is not None else stat.st_size
    return total


# Qt's X11 and Wayland platform plugins link these system libraries; PyInstaller copies them
# into the bundle when they are installed here, so the app runs where they are missing.
LINUX_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}


def ensure_linux_libraries() -> None:
    """Install the libraries Qt's platform plugins need (Debian/Ubuntu, as root), or say which."""
    found = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    missing = sorted({package for lib, package in LINUX_LIBRARIES.items() if lib not in found})
    if not missing:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"installing {', '.join(missing)} (apt-get)", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False)
    else:
        print(
            f"make dist: the bundle will rely on the target system for {', '.join(missing)}; "
            "install them here to bundle them",
            file=sys.stderr,
        )


def install_linux_desktop_files(generated: Path, files: dict[str, Path]) -> None:
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(files["desktop"], share / "applications" / files["desktop"].name)
    shutil.copy2(files["metainfo"], share / "metainfo" / files["metainfo"].name)
    shutil.copytree(generated / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)


def main() -> int:
    if sys.platform.startswith("linux"):
        ensure_linux_libraries()
    generated = ROOT / "build" / "app-spec"
    files = app_spec.write_all(generated)
    env = dict(os.environ, SCREENER_SPEC_DIR=str(generated))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(ROOT / "build" / "pyinstaller"),
        str(HERE / "screener.spec"),
    ]
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        print(f"make dist: PyInstaller failed (exit {done.returncode})", file=sys.stderr)
        return done.returncode
    if sys.platform.startswith("linux"):
        install_linux_desktop_files(generated, files)
    size = size_on_disk(BUNDLE)
    print(f"bundle: {BUNDLE} ({size / 2**20:.0f} MiB on disk)")
    if (DIST / "Screener.app").is_dir():
        print(
            f"macOS app: {DIST / 'Screener.app'} ({size_on_disk(DIST / 'Screener.app') / 2**20:.0f} MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
