"""The translation files: every UI string in them, translated, and the .qm built from the .ts.

`make translations` runs lupdate then lrelease; these tests fail when someone adds a string
to the UI and forgets that step, leaves an entry unfinished, or edits a .qm by hand.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from screener.ui.common.language import translations_dir

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "screener" / "ui"
I18N = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent
NBSP = "\u00a0"

Key = tuple[str, str]  # (context, source)


def ui_sources() -> list[str]:
    # As the Makefile's UI_SOURCES: the UI, the kinds' yes/no questions, and the core's
    # modules that word problems with files for the UI to translate ("FileProblem").
    kinds = UI_DIR.parent / "domain" / "kinds"
    ui = sorted(str(path) for folder in (UI_DIR, kinds) for path in folder.rglob("*.py"))
    core = [
        path
        for path in UI_DIR.parent.rglob("*.py")
        if UI_DIR not in path.parents and '"FileProblem"' in path.read_text(encoding="utf-8")
    ]
    return ui + sorted(str(path) for path in core)


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} not found next to {sys.executable}: install PySide6")
    return str(path)


def read_ts(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    found: dict[Key, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in the UI code today."""
    ts = tmp_path_factory.mktemp("lupdate") / "now_fr.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", *ui_sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    return read_ts(ts)


@pytest.fixture(scope="module")
def french() -> dict[Key, ET.Element]:
    return read_ts(I18N / "screener_fr.ts")


def test_the_app_looks_for_translations_where_they_are() -> None:
    assert translations_dir() == I18N
    for lang in ("en", "fr"):
        assert (I18N / f"screener_{lang}.ts").is_file()
        assert (I18N / f"screener_{lang}.qm").is_file()


def test_every_ui_string_is_in_the_french_ts(
    extracted: dict[Key, ET.Element], french: dict[Key, ET.Element]
) -> None:
    missing = sorted(set(extracted) - set(french))
    stale = sorted(set(french) - set(extracted))
    advice = "run `make translations`, translate the new entries, run it again"
    assert missing == [], f"UI strings missing from screener_fr.ts ({advice}): {missing}"
    assert stale == [], f"screener_fr.ts has strings the UI no longer uses ({advice}): {stale}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ts_files_are_as_make_translations_writes_them(lang: str, tmp_path: Path) -> None:
    """lupdate run again (as the Makefile runs it) changes nothing: the .ts files are in sync
    with the code and in lupdate's own layout, so the next run's diff shows real changes."""
    committed = I18N / f"screener_{lang}.ts"
    copy = tmp_path / committed.name
    copy.write_bytes(committed.read_bytes())
    options = ["-silent", "-no-obsolete", "-locations", "none", "-source-language", "en"]
    options += ["-target-language", lang] + (["-pluralonly"] if lang == "en" else [])
    subprocess.run(
        [tool("pyside6-lupdate"), *options, *ui_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert copy.read_bytes() == committed.read_bytes(), f"run `make translations` ({lang})"


def test_every_french_entry_is_finished(french: dict[Key, ET.Element]) -> None:
    unfinished = []
    for key, message in french.items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") or not all(form.strip() for form in forms(message)):
            unfinished.append(key)
        if message.get("numerus") == "yes":
            assert len(forms(message)) == 2, f"French has two plural forms: {key}"
    assert unfinished == []


def test_english_plurals_are_finished() -> None:
    english = read_ts(I18N / "screener_en.ts")
    assert english, "screener_en.ts holds the English plural forms"
    for key, message in english.items():
        assert message.get("numerus") == "yes", key
        translation = message.find("translation")
        assert translation is not None and not translation.get("type"), key
        singular, plural = forms(message)
        assert "%n" in singular and "%n" in plural and singular != plural, key


_PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_translations_keep_placeholders_and_mnemonics(french: dict[Key, ET.Element]) -> None:
    for (context, source), message in french.items():
        for form in forms(message):
            where = f"{context}: {source!r} -> {form!r}"
            assert sorted(_PLACEHOLDER.findall(form)) == sorted(_PLACEHOLDER.findall(source)), where
            assert _accelerators(form) == _accelerators(source), where
            # File dialog filters are parsed by Qt: keep their shape.
            assert form.count(";;") == source.count(";;"), where
            assert form.count("(*") == source.count("(*"), where


def test_french_typography(french: dict[Key, ET.Element]) -> None:
    """No-break spaces before : ; ? ! and inside « », no English quotation marks."""
    for (context, source), message in french.items():
        for form in forms(message):
            where = f"{context}: {source!r} -> {form!r}"
            text = form.replace(";;", "")  # file dialog filters
            text = re.sub(r"\{\w+:[^{}]*\}", "", text)  # a value's format: "{count:,}"
            # A character a parser names, as the English quotes it ("Expecting ':' delimiter").
            for literal in re.findall(r"'[^'\s]{1,2}'|`[^`\s]{1,2}`", source):
                text = text.replace(literal, "")
            assert not re.search(f"(?<!{NBSP})[:;?!]", text), where
            assert not re.search(f"«(?!{NBSP})|(?<!{NBSP})»", text), where
            # A value as a file writes it ("unsure" in a profile's JSON) keeps its quotes.
            for literal in re.findall(r'"[^"]*"', source):
                text = text.replace(literal, "")
            # The quotation mark itself, named in brackets ("needs straight quotes (")").
            text = text.replace('(")', "") if '(")' in source else text
            assert not any(mark in text for mark in ('"', "“", "”")), where


def test_qm_files_are_built_from_the_ts(tmp_path: Path) -> None:
    """The .qm files are lrelease's output, never edited: rebuilding gives the same bytes."""
    for lang in ("en", "fr"):
        built = tmp_path / f"screener_{lang}.qm"
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(I18N / f"screener_{lang}.ts"),
                "-qm",
                str(built),
            ],
            check=True,
            capture_output=True,
        )
        committed = (I18N / f"screener_{lang}.qm").read_bytes()
        assert built.read_bytes() == committed, f"screener_{lang}.qm is stale: make translations"


def test_qt_has_french_for_its_own_dialogs() -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_no_translatable_string_hides_from_lupdate() -> None:
    """lupdate reads tr("…"), translate("Context", "…") and QT_TRANSLATE_NOOP only: a wrapper
    like _tr("…") or a context in a variable keeps the string out of the .ts files."""
    offenders = []
    for source in ui_sources():
        path = Path(source)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            args = node.args
            wrapper = name != "tr" and name.endswith("tr") and args and _literal(args[0])
            hidden_context = (
                name in ("translate", "QT_TRANSLATE_NOOP")
                and len(args) >= 2
                and _literal(args[1])
                and not _literal(args[0])
            )
            if wrapper or hidden_context:
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno} {name}()")
    assert offenders == []
