"""Vacancy packs: export and import through the CLI, and packs built to do harm."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from screener import paths
from screener.adviser.packs import MAX_ENTRIES, import_pack

REPO = Path(__file__).resolve().parents[2]
SOURCE = (REPO / "vacancies" / "250939.toml").read_text(encoding="utf-8")


def manifest(*items: tuple[str, str]) -> str:
    listed = [{"file": f, "reference": r, "title": {"en": "t", "fr": "t"}} for f, r in items]
    return json.dumps({"kind": "screener-vacancy-pack", "format": 1, "vacancies": listed})


def build(
    path: Path, entries: dict[str, str | bytes], compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def user_files() -> list[str]:
    folder = paths.user_vacancies_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_export_then_import_on_another_desk(run, tmp_path: Path) -> None:
    pack = tmp_path / "current.zip"
    result = run("pack", "export", "250939", "241600", "-o", str(pack))
    assert result.code == 0, result.err
    with zipfile.ZipFile(pack) as archive:
        assert sorted(archive.namelist()) == ["241600.toml", "250939.toml", "manifest.json"]
        data = json.loads(archive.read("manifest.json"))
    first = data["vacancies"][0]
    assert first == {
        "file": "250939.toml",
        "reference": "250939",
        "title": {
            "en": "Close Protection Operations Centre Agent (+Reserve List)",
            "fr": "Agent (Centre opérationnel pour la protection rapprochée) + Liste de Réserve",
        },
        "deadline": "2025-07-27T23:59:00+02:00",
        "draft": False,
    }
    imported = run("pack", "import", str(pack))
    assert imported.code == 0, imported.err
    assert imported.out == "added 250939.toml\nadded 241600.toml\n"
    assert user_files() == ["241600.toml", "250939.toml"]
    assert (paths.user_vacancies_dir() / "250939.toml").read_text(encoding="utf-8") == SOURCE
    again = run("pack", "import", str(pack))
    assert again.code == 0 and again.out == "unchanged 250939.toml\nunchanged 241600.toml\n"


def test_a_users_differing_file_is_kept_unless_forced(run, tmp_path: Path) -> None:
    pack = tmp_path / "p.zip"
    assert run("pack", "export", "250939", "-o", str(pack)).code == 0
    mine = paths.user_vacancies_dir() / "my-250939.toml"
    mine.parent.mkdir(parents=True)
    edited = SOURCE.replace("min_years = 4", "min_years = 3")
    mine.write_text(edited, encoding="utf-8")

    refused = run("pack", "import", str(pack))
    assert refused.code == 2
    assert "my-250939.toml: you already have a different 250939; kept yours" in refused.err
    assert mine.read_text(encoding="utf-8") == edited
    assert user_files() == ["my-250939.toml"]  # never a second copy of a reference

    skipped = run("pack", "import", str(pack), "--skip")
    assert skipped.code == 0 and skipped.out == "kept your my-250939.toml\n"
    assert mine.read_text(encoding="utf-8") == edited

    forced = run("pack", "import", str(pack), "--force")
    assert forced.code == 0 and forced.out == "replaced my-250939.toml\n"
    assert mine.read_text(encoding="utf-8") == SOURCE


@pytest.mark.parametrize(
    "name",
    [
        "../evil.toml",
        "/tmp/evil.toml",
        "sub/evil.toml",
        "..\\evil.toml",
        "C:evil.toml",
        ".hidden.toml",
    ],
)
def test_path_traversal_is_reported_and_nothing_lands_outside(
    run, tmp_path: Path, name: str
) -> None:
    pack = build(tmp_path / "p.zip", {"manifest.json": manifest((name, "250939")), name: SOURCE})
    result = run("pack", "import", str(pack))
    assert result.code == 2
    assert "not a vacancy file name; skipped" in result.err
    assert user_files() == []
    assert not (tmp_path / "evil.toml").exists() and not Path("/tmp/evil.toml").exists()


def test_bad_files_are_reported_and_skipped_and_good_ones_imported(run, tmp_path: Path) -> None:
    entries: dict[str, str | bytes] = {
        "manifest.json": manifest(
            ("250939.toml", "250939"),
            ("broken.toml", "X1"),
            ("other.toml", "999"),
            ("bin.toml", "B"),
        ),
        "250939.toml": SOURCE,
        "broken.toml": SOURCE.replace("min_years = 4", "min_years = -4"),
        "other.toml": SOURCE,  # its reference is 250939, not what the manifest says
        "bin.toml": b"\x00\x01binary",
        "unlisted.toml": SOURCE.replace('reference = "250939"', 'reference = "250940"'),
    }
    pack = build(tmp_path / "mixed.zip", entries)
    result = run("pack", "import", str(pack))
    assert result.code == 2
    assert result.out == "added 250939.toml\n"
    err = result.err
    assert "mixed.zip!broken.toml: essential[2].min_years:" in err
    assert "mixed.zip!other.toml: the manifest says reference '999', the file '250939'" in err
    assert "mixed.zip!bin.toml: is a binary file" in err
    assert "mixed.zip!unlisted.toml: not listed in manifest.json" in err
    assert user_files() == ["250939.toml"]


def test_a_zip_bomb_is_refused_before_it_is_inflated(run, tmp_path: Path) -> None:
    bomb = b"a = 1\n" + b" " * (50 * 1024 * 1024)  # 50 MB of spaces, ~50 KB compressed
    pack = build(
        tmp_path / "bomb.zip", {"manifest.json": manifest(("bomb.toml", "B")), "bomb.toml": bomb}
    )
    assert pack.stat().st_size < 1024 * 1024
    result = run("pack", "import", str(pack))
    assert result.code == 2
    assert "bomb.zip!bomb.toml: is too large (52,428,806 bytes" in result.err
    assert user_files() == []


def test_a_lying_size_header_does_not_get_a_large_file_in(tmp_path: Path) -> None:
    big = SOURCE + "#" + "x" * (2 * 1024 * 1024) + "\n"
    listed = manifest(("liar.toml", "250939"))
    pack = build(
        tmp_path / "liar.zip", {"manifest.json": listed, "liar.toml": big}, zipfile.ZIP_STORED
    )
    raw = bytearray(pack.read_bytes())
    # The central directory record of liar.toml claims 100 bytes, compressed and not.
    record = raw.find(b"PK\x01\x02")
    while raw[record + 46 : record + 55] != b"liar.toml":
        record = raw.find(b"PK\x01\x02", record + 1)
    raw[record + 20 : record + 28] = (100).to_bytes(4, "little") * 2
    pack.write_bytes(bytes(raw))
    report = import_pack(pack, tmp_path / "mine", lambda *_: False)
    assert report.added == []
    assert [p.path.name for p in report.problems] == ["liar.zip!liar.toml"]
    assert not (tmp_path / "mine" / "liar.toml").exists()


def test_a_valid_vacancy_compressed_a_thousandfold_is_imported(run, tmp_path: Path) -> None:
    """A file the app would load from the vacancies folder loads from a pack: one of
    repeated words compresses over a hundredfold, and the app refused the packs it wrote.
    What an entry inflates to is bounded by its declared size (see the zip bomb above)."""
    dense = SOURCE + "#" + " " * (900 * 1024) + "\n"  # under the size cap, ~1,000-fold
    pack = build(
        tmp_path / "z.zip", {"manifest.json": manifest(("z.toml", "250939")), "z.toml": dense}
    )
    result = run("pack", "import", str(pack))
    assert result.code == 0, result.err
    assert user_files() == ["z.toml"]


def test_too_many_entries_is_refused_whole(run, tmp_path: Path) -> None:
    entries: dict[str, str | bytes] = {"manifest.json": manifest()}
    entries.update({f"v{i}.toml": "" for i in range(MAX_ENTRIES + 1)})
    pack = build(tmp_path / "many.zip", entries, zipfile.ZIP_STORED)
    result = run("pack", "import", str(pack))
    assert result.code == 2
    assert f"has {MAX_ENTRIES + 2:,} entries; a pack holds at most {MAX_ENTRIES:,}" in result.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "is not a readable .zip file"),
        ({"250939.toml": SOURCE}, "not a vacancy pack: no manifest.json"),
        ({"manifest.json": "{not json"}, "manifest.json cannot be read"),
        (
            {"manifest.json": '{"kind": "screener-vacancy-pack", "format": 9}'},
            "manifest.json: format: was saved by a newer version of Screener (pack format 9;",
        ),
        (
            {"manifest.json": '{"kind": "screener-vacancy-pack", "format": "1"}'},
            "pack format '1' is not supported",
        ),
    ],
)
def test_not_a_pack(run, tmp_path: Path, content: dict[str, str] | None, expected: str) -> None:
    path = tmp_path / "x.zip"
    if content is None:
        path.write_text("hello", encoding="utf-8")
    else:
        build(path, dict(content))
    result = run("pack", "import", str(path))
    assert result.code == 2
    assert expected in result.err
    assert user_files() == []


def test_export_problems(run, tmp_path: Path) -> None:
    assert (
        "unknown vacancy reference '999999'"
        in run("pack", "export", "999999", "-o", str(tmp_path / "a.zip")).err
    )
    wrong = run("pack", "export", "250939", "-o", str(tmp_path / "a.tar"))
    assert wrong.code == 2 and "give a name ending in .zip" in wrong.err


def test_one_reference_twice_in_a_pack_is_added_once(tmp_path: Path) -> None:
    renamed = SOURCE.replace("min_years = 4", "min_years = 5")
    entries: dict[str, str | bytes] = {
        "manifest.json": manifest(("a.toml", "250939"), ("b.toml", "250939")),
        "a.toml": SOURCE,
        "b.toml": renamed,
    }
    pack = build(tmp_path / "twice.zip", entries)
    asked: list[str] = []
    report = import_pack(pack, tmp_path / "mine", lambda name, *_: asked.append(name) or False)
    assert report.added == ["a.toml"]
    assert asked == ["a.toml"] and report.kept == ["a.toml"]  # b.toml is the same vacancy
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["a.toml"]


def test_a_folder_where_the_file_would_go_is_reported(tmp_path: Path) -> None:
    (tmp_path / "mine" / "250939.toml").mkdir(parents=True)
    pack = build(
        tmp_path / "p.zip",
        {"manifest.json": manifest(("250939.toml", "250939")), "250939.toml": SOURCE},
    )
    report = import_pack(pack, tmp_path / "mine", lambda *_: True)
    assert report.added == [] and "is not a file" in str(report.problems[0])


@pytest.mark.parametrize(
    ("entries", "expected"),
    [(60_000, "has 60,000 entries; a pack holds at most 2,000"), (0xFFFF, "is a ZIP64 archive")],
)
def test_a_huge_directory_is_refused_before_it_is_read(
    run, tmp_path: Path, entries: int, expected: str
) -> None:
    # The end record claims a huge directory; zipfile would build an object per entry.
    pack = build(tmp_path / "huge.zip", {"manifest.json": manifest()})
    raw = bytearray(pack.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    raw[end + 8 : end + 12] = entries.to_bytes(2, "little") * 2
    pack.write_bytes(bytes(raw))
    result = run("pack", "import", str(pack))
    assert result.code == 2
    assert expected in result.err
