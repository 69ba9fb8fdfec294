"""`make dist-check`: start the built bundle as a user would, with no Python of ours around.

- `--version`, `list`, `assess` of bundled vacancy 250939 (English and French), `import`
  of a PDF notice (pypdf is inside), and
  `validate` of a broken file (exit status 2, one line naming it);
- portable use: a `portable` file beside the executable keeps the data in `Screener data`;
- the desktop app under Xvfb (Debian's xvfb and xdotool, installed if missing): its main
  window must be mapped, titled in French when the system is French (the bundled .qm loads),
  and Enter must open the screening wizard for the first vacancy;
  a screenshot goes to build/dist-check.png when ImageMagick's `import` is there.

User data goes to a temporary folder. Exits 1 at the first failed check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "importer")]

from freeze_bundle import BUNDLE, size_on_disk  # noqa: E402
from importer_support import make_pdf  # noqa: E402
from vacancy_builders import meeting_profile  # noqa: E402

from screener import __version__  # noqa: E402
from screener.persistence.vacancy_files import load_vacancy  # noqa: E402

# The names packaging/screener.spec gives the executables on each platform.
if sys.platform == "win32":
    EXECUTABLE, GUI_EXECUTABLE = BUNDLE / "screener-cli.exe", BUNDLE / "Screener.exe"
elif sys.platform == "darwin":
    EXECUTABLE = GUI_EXECUTABLE = BUNDLE / "Screener"
else:
    EXECUTABLE = GUI_EXECUTABLE = BUNDLE / "screener"
DISPLAY = ":17"
# The screening wizard's title starts with the button's words, then the vacancy's reference.
WIZARD_TITLES = {"en": "Check my eligibility: 241436", "fr": "admissibilit.*241436"}
TITLES = {
    "en": "NATO vacancies",
    "fr": "Avis de vacance de l'OTAN",
}


class CheckFailedError(Exception):
    pass


def check(condition: bool, what: str, detail: str = "") -> None:
    print(f"{'ok  ' if condition else 'FAIL'} {what}", flush=True)
    if not condition:
        raise CheckFailedError(f"{what}: {detail.strip()[-2000:]}")


def user_env(data: Path | None, **extra: str) -> dict[str, str]:
    """A user's environment: no Python settings of ours, data where the check says."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "SCREENER_", "VIRTUAL_ENV"))
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    env.setdefault("LANG", "en_GB.UTF-8")
    if data is not None:
        env["SCREENER_DATA_DIR"] = str(data)
    env.update(extra)
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # The bundle writes UTF-8 where it can and the console's code page on Windows consoles;
    # anything it cannot show comes back as a replacement character, never a crash here.
    return subprocess.run(
        [str(EXECUTABLE), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        cwd=cwd,
        timeout=120,
    )


def check_commands(tmp: Path) -> None:
    env = user_env(tmp / "data")
    done = run(["--version"], env, tmp)
    check(done.stdout.strip() == f"screener {__version__}", "--version", done.stdout + done.stderr)
    done = run(["list"], env, tmp)
    check(done.returncode == 0 and "250939" in done.stdout, "list", done.stderr)
    profile = tmp / "me.json"
    vacancy = load_vacancy(ROOT / "vacancies" / "250939.toml")
    profile.write_text(meeting_profile(vacancy).model_dump_json(), encoding="utf-8")
    for lang, verdict_text in (("en", "Eligible"), ("fr", "Admissible")):
        args = ["assess", "--vacancy", "250939", "--profile", str(profile), "--lang", lang]
        done = run([*args, "--format", "json"], env, tmp)
        try:
            result = json.loads(done.stdout)
        except ValueError:
            result = {}
        check(
            done.returncode == 0
            and (result.get("verdict"), result.get("verdict_text")) == ("eligible", verdict_text),
            f"assess 250939 --lang {lang}",
            done.stdout + done.stderr,
        )
    notice = tmp / "notice.pdf"
    text = (ROOT / "tests" / "importer" / "notices" / "250939.txt").read_text(encoding="utf-8")
    notice.write_bytes(make_pdf(text.splitlines()))
    done = run(["import", str(notice), "-o", "-"], env, tmp)
    check(
        done.returncode == 0 and 'reference = "250939"' in done.stdout,
        "import a PDF notice (pypdf inside the bundle)",
        done.stderr,
    )
    broken = tmp / "broken.toml"
    broken.write_text("title = 3\n", encoding="utf-8")
    done = run(["validate", str(broken)], env, tmp)
    check(
        done.returncode == 2 and "broken.toml" in done.stderr and "Traceback" not in done.stderr,
        "validate a broken file: exit 2, named",
        done.stderr,
    )


def check_portable(tmp: Path) -> None:
    marker = EXECUTABLE.parent / "portable"
    data = EXECUTABLE.parent / "Screener data"
    if marker.exists() or data.exists():
        raise CheckFailedError(f"{marker} or {data} already exists: remove them first")
    home = tmp / "home"
    env = user_env(
        None, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache")
    )
    try:
        marker.write_text("", encoding="utf-8")
        mine = data / "vacancies"
        mine.mkdir(parents=True)
        text = (ROOT / "vacancies" / "250939.toml").read_text(encoding="utf-8")
        (mine / "999001.toml").write_text(text.replace('"250939"', '"999001"', 1), encoding="utf-8")
        done = run(["list"], env, tmp)
        check(
            done.returncode == 0 and "999001" in done.stdout and (data / "cache").is_dir(),
            "portable: data and cache beside the executable",
            done.stderr,
        )
        check(not home.exists() or not any(home.rglob("*")), "portable: nothing in the home folder")
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


def ensure_x_tools() -> None:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing and shutil.which("apt-get"):
        print(f"installing {', '.join(missing)} (apt-get)", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "xvfb", "xdotool"], check=False)
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        raise CheckFailedError(f"cannot check the GUI without {', '.join(missing)}")


def wait_for_window(title: str, display_env: dict[str, str], app: subprocess.Popen[str]) -> bool:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and app.poll() is None:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", title],
            capture_output=True,
            text=True,
            env=display_env,
        )
        if found.returncode == 0 and found.stdout.strip():
            return True
        time.sleep(0.5)
    return False


def check_gui(tmp: Path, lang: str) -> None:
    display_env = dict(os.environ, DISPLAY=DISPLAY)
    env = user_env(tmp / f"gui-data-{lang}", DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
    env["LANG"] = env["LC_ALL"] = "fr_FR.UTF-8" if lang == "fr" else "en_GB.UTF-8"
    app = subprocess.Popen(
        [str(GUI_EXECUTABLE)],
        env=env,
        cwd=tmp,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    screening = False
    try:
        shown = wait_for_window(TITLES[lang], display_env, app)
        if shown:  # Enter on the first vacancy: Check my eligibility
            subprocess.run(["xdotool", "key", "Return"], env=display_env, check=False)
            screening = wait_for_window(WIZARD_TITLES[lang], display_env, app)
        if screening and lang == "fr" and shutil.which("import"):
            time.sleep(1)
            (ROOT / "build").mkdir(exist_ok=True)
            subprocess.run(
                ["import", "-window", "root", str(ROOT / "build" / "dist-check.png")],
                env=display_env,
                check=False,
            )
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    check(shown, f"desktop app: main window shown, titled in {lang}", err)
    check("no translations" not in err, f"desktop app: {lang} translations loaded", err)
    check(screening, f"desktop app: Enter opens the screening of 241436 ({lang})", err)


def main() -> int:
    if not EXECUTABLE.exists():
        print(f"make dist-check: no bundle at {BUNDLE}: run `make dist` first", file=sys.stderr)
        return 2
    print(f"bundle: {BUNDLE} ({size_on_disk(BUNDLE) / 2**20:.0f} MiB on disk)", flush=True)
    xvfb: subprocess.Popen[bytes] | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="screener-dist-check-") as folder:
            tmp = Path(folder)
            check_commands(tmp)
            check_portable(tmp)
            if sys.platform.startswith("linux"):
                ensure_x_tools()
                xvfb = subprocess.Popen(
                    ["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                time.sleep(1)
                check_gui(tmp, "en")
                check_gui(tmp, "fr")
    except CheckFailedError as failure:
        print(f"make dist-check: {failure}", file=sys.stderr)
        return 1
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
    print("make dist-check: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
