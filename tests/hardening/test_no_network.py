"""No network, ever: with every way to open a socket made to fail (and recorded), the core
flows and the GUI run as usual; and the source names no network library or web address."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
import re
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hardening_support import BUNDLED_FILES, REPO

from screener import paths
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.vacancy_catalogue import load_catalogue

# The copies kept with the importer tests, so this runs in any clone.
NOTICES = REPO / "tests" / "importer" / "notices"
ON = dt.date(2025, 1, 15)
PROFILE = Profile(
    name="Offline",
    nationality="BE",
    education="master",
    languages={"en": "V", "fr": "III"},
    driving_licences=["B"],
    answers={"250939": {"experience": 6.0, "firearms": True, "fitness": False}},
)


class NetworkAttemptError(RuntimeError):
    pass


def block_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every socket, connection or name lookup fail loudly; returns the record."""
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        def blocked(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args[1:] if what == 'socket' else args}")
            raise NetworkAttemptError(f"network use in an offline app: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts = block_network(monkeypatch)
    yield attempts
    assert not attempts, f"the app tried to use the network: {attempts}"


def test_the_guard_catches_attempts(monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    attempts = block_network(monkeypatch)
    with pytest.raises(NetworkAttemptError):
        socket.create_connection(("192.0.2.1", 80), timeout=0.1)
    with pytest.raises(NetworkAttemptError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(Exception, match="network use"):
        urllib.request.urlopen("http://192.0.2.1/", timeout=0.1)
    assert len(attempts) >= 3


def test_core_flows_stay_offline(
    network_attempts: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = paths.user_vacancies_dir()
    user.mkdir(parents=True)
    (user / "mine.toml").write_bytes(BUNDLED_FILES[0].read_bytes().replace(b"241436", b"MINE1"))
    catalogue = load_catalogue(paths.bundled_vacancies_dir(), user)
    assert len(catalogue.vacancies) == len(BUNDLED_FILES) + 1
    from screener.report.html_report import render_html
    from screener.report.json_report import assessment_to_dict
    from screener.report.text_report import render_text

    for loaded in catalogue.vacancies:
        assessment = assess(loaded.vacancy, PROFILE, ON)
        for lang in ("en", "fr"):
            assert render_text(assessment, lang)
            assert "<html" in render_html(assessment, lang).lower()
            json.dumps(assessment_to_dict(assessment, lang))

    cli = importlib.import_module("screener.cli.entry")
    profile_file = tmp_path / "profile.json"
    profile_file.write_text(PROFILE.model_dump_json(), encoding="utf-8")
    for args in (
        ["list", "--on", "2025-01-15"],
        ["show", "250939"],
        ["validate"],
        ["assess", "--vacancy", "250939", "--profile", str(profile_file), "--format", "html",
         "-o", str(tmp_path / "report.html")],
    ):  # fmt: skip
        assert cli.main(args) == 0, capsys.readouterr().err
    capsys.readouterr()

    if importlib.util.find_spec("screener.persistence.profile_store"):
        from screener.persistence.profile_store import ProfileStore

        store = ProfileStore()
        store.save(PROFILE, store.new("Offline"))
        assert [entry for entry in store.list().entries]

    if importlib.util.find_spec("screener.batch"):
        from screener.batch import csv_text, run_batch

        result = run_batch([PROFILE], [v.vacancy for v in catalogue.vacancies], ON)
        assert csv_text(result, "en")


@pytest.mark.skipif(not NOTICES.is_dir(), reason=f"no notices at {NOTICES}")
def test_importing_notices_stays_offline(network_attempts: list[str], tmp_path: Path) -> None:
    importer = pytest.importorskip("screener.importer", reason="the importer is not available yet")
    if not hasattr(importer, "import_notice_file"):
        pytest.skip("screener.importer.import_notice_file is not available yet")
    from screener.persistence.vacancy_files import load_vacancy

    for notice in sorted(NOTICES.glob("*.txt")):
        result = importer.import_notice_file(notice)
        target = tmp_path / f"{notice.stem}.toml"
        importer.write_vacancy_toml(result.vacancy, target)
        assert load_vacancy(target).draft


def _gui_available() -> bool:
    names = (
        "screener.ui.window.main_window",
        "screener.ui.wizard.wizard",
        "screener.ui.summary.summary_view",
    )
    return all(importlib.util.find_spec(name) is not None for name in names)


@pytest.mark.skipif(not _gui_available(), reason="the GUI modules are not available yet")
def test_gui_start_wizard_and_pdf_stay_offline(
    network_attempts: list[str], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    from screener.ui.summary import summary_exports
    from screener.ui.summary.summary_view import SummaryView
    from screener.ui.window.main_window import MainWindow

    catalogue = load_catalogue(paths.bundled_vacancies_dir(), paths.user_vacancies_dir())
    window = MainWindow(catalogue, profile=PROFILE)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.search, "protection")
    assert window.proxy.rowCount() >= 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    wizard = window.wizard
    assert wizard is not None, "Enter in the search box should open the wizard"
    for _ in range(30):
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break
    wizard.close()

    view = SummaryView()
    qtbot.addWidget(view)
    vacancy = catalogue.find("250939")
    assert vacancy is not None
    view.show_assessment(assess(vacancy.vacancy, PROFILE, ON), "G6")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(summary_exports, "ask_save_path", lambda *args: str(target))
    view.export_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    assert "PySide6.QtNetwork" not in sys.modules, "something imported Qt's network module"


# --- the source itself ---------------------------------------------------------------------

SOURCE = sorted((REPO / "screener").rglob("*.py"))
NETWORK_IMPORT = re.compile(
    r"^\s*(?:from|import)\s+(?:urllib(?:\.request)?|urllib3|requests|httpx|aiohttp|http\.client"
    r"|socket|ssl|ftplib|smtplib|websocket\w*|PySide6\.QtNetwork|PySide6\.QtWebEngine\w*)\b"
    r"|QNetworkAccessManager|QNetworkRequest|QTcpSocket|QUdpSocket|QWebEngine",
    re.MULTILINE,
)
URL = re.compile(r"\b(?:https?|ftp|wss?)://[^\s'\"<>)]+")
# Addresses that are names, not destinations: JSON Schema dialect ids are never fetched.
ALLOWED_URLS = {"https://json-schema.org/draft/2020-12/schema"}


@pytest.mark.parametrize("path", SOURCE, ids=[str(p.relative_to(REPO)) for p in SOURCE])
def test_the_source_uses_no_network(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [match.group(0).strip() for match in NETWORK_IMPORT.finditer(text)]
    assert not found, f"{path.relative_to(REPO)} uses the network: {found}"
    urls = set(URL.findall(text)) - ALLOWED_URLS
    assert not urls, f"{path.relative_to(REPO)} names web addresses: {sorted(urls)}"
