"""A pack is written only if an import takes all of it. Export wrote packs that import then
refused whole: 2,100 vacancies ("has 2,101 entries; a pack holds at most 2,000"), or 120
vacancies with titles of 10,000 characters, each valid, whose list of vacancies came to
3.6 MB ("manifest.json cannot be read: is too large"). The adviser learnt it only at the
other end. Export now says so, names the pack, and writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener import paths
from screener.adviser.pack_archive import MAX_ENTRIES
from screener.adviser.packs import export_pack, import_pack
from screener.domain.criteria import LocalizedText
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_catalogue import LoadedVacancy
from screener.persistence.vacancy_files import load_vacancy
from tests.hardening.hardening_support import run_cli

SOURCE = paths.bundled_vacancies_dir() / "250939.toml"


def test_more_vacancies_than_an_import_takes_are_not_packed(tmp_path: Path) -> None:
    vacancy = load_vacancy(SOURCE)
    entries = [
        LoadedVacancy(vacancy.model_copy(update={"reference": f"P{n:04d}"}), SOURCE, False)
        for n in range(MAX_ENTRIES)  # with the manifest, one entry more than import reads
    ]
    target = tmp_path / "all.zip"
    with pytest.raises(FileProblemError) as raised:
        export_pack(entries, target)
    said = str(raised.value)
    assert said == f"{target}: would hold 2,000 vacancies; a pack holds at most 1,999: choose fewer"
    assert not target.exists()


def test_a_list_of_vacancies_larger_than_an_import_reads_is_not_packed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = SOURCE.read_text("utf-8")
    files = []
    for n in range(120):
        file = tmp_path / f"L{n:03d}.toml"
        long_titles = f'title.en = "{"T" * 9_990}"\ntitle.fr = "{"é" * 9_990}"\n'
        body = text.replace('reference = "250939"', f'reference = "L{n:03d}"')
        lines = [line for line in body.splitlines() if not line.startswith("title.")]
        file.write_text("\n".join([*lines[:3], long_titles, *lines[3:]]) + "\n", "utf-8")
        files.append(str(file))
    target = tmp_path / "long.zip"
    status, _, err = run_cli(capsys, "pack", "export", "-o", str(target), *files)
    assert status == 2
    assert f"{target}: would list its vacancies in 3,6" in err
    assert "bytes; a pack lists them in at most 1,048,576: choose fewer" in err
    assert not target.exists()
    # Fewer of them: packed, and an import takes every one.
    status, _, err = run_cli(capsys, "pack", "export", "-o", str(target), *files[:20])
    assert status == 0, err
    report = import_pack(target, tmp_path / "theirs", lambda *args: False)
    assert len(report.added) == 20 and report.problems == []


def test_a_pack_within_the_bounds_is_written_as_before(tmp_path: Path) -> None:
    vacancy = load_vacancy(SOURCE)
    titled = vacancy.model_copy(update={"title": LocalizedText(en="Agent", fr="Agent")})
    target = tmp_path / "one.zip"
    export_pack([LoadedVacancy(titled, SOURCE, False)], target)
    import zipfile

    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert [item["reference"] for item in manifest["vacancies"]] == ["250939"]
