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


def install_linux_desktop_files(generated: Path, files: dict[str, Path]) -> None:
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(files["desktop"], share / "applications" / files["desktop"].name)
    shutil.copy2(files["metainfo"], share / "metainfo" / files["metainfo"].name)
    shutil.copytree(generated / "hicolor", share / "icons" / "hicolor", dirs_exist_ok=True)


def main() -> int:
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
