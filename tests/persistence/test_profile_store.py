"""The profile store: atomic saves, unreadable files left alone, migrations, file operations."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener import paths
from screener.domain.profile import MAX_LANGUAGES, PROFILE_FORMAT, Profile
from screener.persistence import atomic
from screener.persistence.bounded_read import MAX_FILE_BYTES
from screener.persistence.errors import FileProblemError
from screener.persistence.profile_listing import peek_name
from screener.persistence.profile_store import (
    ProfileStore,
    UnreadableSlotError,
    profile_bytes,
    read_profile,
    slug,
)


class Crash(Exception):
    """Stands for the process dying between the write and the rename."""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def store() -> ProfileStore:
    return ProfileStore()


def sample(name: str = "Jean Dupont") -> Profile:
    return Profile(
        name=name,
        nationality="FR",
        education="master",
        languages={"fr": "VI", "en": "V"},
        mother_tongues=["fr"],
        driving_licences=["B"],
        answers={"250939": {"experience": 3.0, "fitness": True, "firearms": "unsure"}},
    )


def files_in(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# --- save and load -----------------------------------------------------------------------


def test_default_folder_is_under_the_data_dir(data_dir: Path, store: ProfileStore) -> None:
    assert store.folder == data_dir / "profiles"


def test_round_trip(store: ProfileStore) -> None:
    profile = sample()
    store.save(profile, "jean")
    assert store.load("jean") == profile


def test_saved_json_is_pretty_and_stable(store: ProfileStore) -> None:
    a = sample()
    # Same data built in another order must give the same bytes.
    b = Profile.model_validate({**sample().model_dump(), "languages": {"en": "V", "fr": "VI"}})
    store.save(a, "a")
    store.save(b, "b")
    text = store.path_of("a").read_text(encoding="utf-8")
    assert text == store.path_of("b").read_text(encoding="utf-8")
    assert text.startswith('{\n  "format": 1,\n  "name": "Jean Dupont",')
    assert text.index('"en"') < text.index('"fr"')
    assert text.endswith("}\n")


def test_non_ascii_names_are_kept_readable(store: ProfileStore) -> None:
    store.save(Profile(name="Zoë Ćwikła"), "z")
    assert "Zoë Ćwikła" in store.path_of("z").read_text(encoding="utf-8")


def test_interrupted_autosave_keeps_previous_file(
    store: ProfileStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = sample()
    store.save(first, "jean")
    before = store.path_of("jean").read_bytes()

    def crash(temp: Path, destination: Path) -> None:
        raise Crash

    monkeypatch.setattr(atomic, "_before_replace", crash)
    with pytest.raises(Crash):
        store.save(first.with_answer("250939", "experience", 9.0), "jean")
    assert store.path_of("jean").read_bytes() == before
    assert store.load("jean") == first
    assert files_in(store.folder) == ["jean.json"]


def test_unwritable_folder_is_a_file_problem(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    with pytest.raises(FileProblemError, match="cannot be saved"):
        ProfileStore(blocker / "profiles").save(sample(), "x")


# --- unreadable files ----------------------------------------------------------------------

BAD_FILES: dict[str, bytes] = {
    "corrupt": b'{"format": 1, "name": "A", "languages": {"en": "V",,}}',
    "empty": b"",
    "truncated": profile_bytes(sample())[:57],
    "binary": bytes(range(256)),
    "newer": json.dumps({"format": PROFILE_FORMAT + 1, "name": "From the future"}).encode(),
    "not-a-profile": b'{"format": 1, "reference": "250939"}',
}


@pytest.fixture
def messy(store: ProfileStore) -> ProfileStore:
    store.save(sample("Good One"), "good")
    for name, data in BAD_FILES.items():
        store.path_of(name).write_bytes(data)
    return store


def test_list_reports_each_bad_file_by_name(messy: ProfileStore) -> None:
    listing = messy.list()
    assert [e.id for e in listing.entries] == ["good"]
    assert listing.entries[0].name == "Good One"
    reported = {error.path.stem for error in listing.errors}
    assert reported == set(BAD_FILES)
    for problem in listing.problems:
        assert problem.path.name in str(problem)


def test_a_quick_listing_loses_no_problem(messy: ProfileStore) -> None:
    """Named from their first bytes, then checked one by one: the files found unreadable
    are those the full listing reports, each with the same words."""
    (messy.folder / "huge.json").write_bytes(
        b'{"format": 1, "name": "Huge", "answers": {"x": {"y": "' + b"z" * MAX_FILE_BYTES + b'"}}}'
    )
    full = messy.list()
    messy = ProfileStore()  # a store that has read nothing yet
    quick = messy.list(validate=False)
    unchecked = [entry for entry in quick.entries if not entry.checked]
    # These start as the app writes a profile: only their head was read.
    assert {e.id for e in unchecked} == {"corrupt", "huge", "truncated", "good"}
    later = [error for e in unchecked if (error := messy.check(e.path)) is not None]
    assert sorted(str(e) for e in quick.errors + later) == sorted(str(e) for e in full.errors)
    # Checked once, remembered while the file is unchanged: listed as such next time.
    again = messy.list(validate=False)
    assert all(entry.checked for entry in again.entries)
    assert sorted(str(e) for e in again.errors) == sorted(str(e) for e in full.errors)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (profile_bytes(sample("Ana Łukasz")), "Ana Łukasz"),
        (b'\xef\xbb\xbf{ "format" : 1 ,"name":"A\\u00e9"', "A\u00e9"),  # cut after the name
        (b'{"name": "A", "format": 1}', None),  # not in the app's order: read whole
        (b'{"format": 0, "name": "Old"}', None),  # migrated on reading
        (b'{"format": true, "name": "A"}', None),
        (b'{"format": 1, "name": "Half a na', None),
        (b'{"format": 1, "name": "A\\ud800"}', None),  # the reader refuses it: says why
        (b'{"format": 1, "name": 5}', None),
        (b"[1, 2]", None),
    ],
)
def test_a_name_is_taken_from_a_files_head_only_as_written(
    tmp_path: Path, head: bytes, name: str | None
) -> None:
    path = tmp_path / "p.json"
    path.write_bytes(head)
    assert peek_name(path) == name


def test_a_profile_naming_too_many_languages_is_refused_and_never_written(
    store: ProfileStore,
) -> None:
    codes = [a + b for a in "abc" for b in "abcdefghijklmnopqrstuvwxyz"][: MAX_LANGUAGES + 1]
    at_limit = Profile(languages=dict.fromkeys(codes[:-2], "II"), slp={codes[-2]: "none"})
    store.save(at_limit, "enough")
    assert store.load("enough") == at_limit
    # One more, counted once across the fields: named by the field where it passes the limit.
    over = {**at_limit.model_dump(mode="json"), "mother_tongues": codes[-2:]}
    store.path_of("over").write_text(json.dumps(over))
    with pytest.raises(FileProblemError) as refused:
        store.load("over")
    assert str(refused.value).endswith(
        f"mother_tongues: the profile names {MAX_LANGUAGES + 1} languages; at most "
        f"{MAX_LANGUAGES} are allowed"
    )
    with pytest.raises(FileProblemError, match="at most"):
        store.save(Profile.model_validate(over), "over-again")
    assert not store.path_of("over-again").exists()


def test_reasons_are_specific(messy: ProfileStore) -> None:
    reasons = {e.path.stem: str(e) for e in messy.list().errors}
    assert "empty" in reasons["empty"]
    assert "binary" in reasons["binary"]
    assert "JSON" in reasons["truncated"]
    assert "newer version" in reasons["newer"]
    assert "reference" in reasons["not-a-profile"]


def test_bad_files_are_left_byte_for_byte(messy: ProfileStore) -> None:
    messy.list()
    for name in BAD_FILES:
        with pytest.raises(FileProblemError):
            messy.load(name)
        with pytest.raises(UnreadableSlotError, match="not overwritten"):
            messy.save(sample(), name)
    for name, data in BAD_FILES.items():
        assert messy.path_of(name).read_bytes() == data


def test_unreadable_slot_can_be_replaced_when_asked(messy: ProfileStore) -> None:
    messy.save(sample(), "corrupt", replace_unreadable=True)
    assert messy.load("corrupt") == sample()


def test_newer_format_is_refused_whole(store: ProfileStore) -> None:
    store.folder.mkdir(parents=True)
    # Valid-looking fields must not be half-read from a newer format.
    data = {**json.loads(profile_bytes(sample())), "format": 2, "new_field": 1}
    store.path_of("future").write_text(json.dumps(data))
    with pytest.raises(FileProblemError, match="newer version"):
        store.load("future")


def test_leftover_temp_files_are_ignored_and_cleared_unless_being_written(
    store: ProfileStore,
) -> None:
    fcntl = pytest.importorskip("fcntl")  # POSIX: a save holds its temporary file locked
    store.save(sample(), "jean")
    in_progress = store.folder / ".jean.json.abc.tmp"
    leftover = store.folder / ".jean.json.def.tmp"
    stale = store.folder / ".jean.json.ghi.tmp"
    for temp in (in_progress, leftover, stale):
        temp.write_text("{")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    # Another instance's save in progress holds its temporary file locked (see atomic.py).
    with open(in_progress, "rb") as writing:
        fcntl.flock(writing.fileno(), fcntl.LOCK_EX)
        listing = store.list()
        assert in_progress.exists()
    assert [e.id for e in listing.entries] == ["jean"]
    assert listing.errors == []
    assert not leftover.exists()  # an interrupted save's: nobody is writing it
    assert not stale.exists()


# --- migrations ----------------------------------------------------------------------------


def format_0() -> dict[str, object]:
    return {
        "name": "Old Timer",
        "nationality": "BE",
        "education": "bachelor",
        "languages": [{"code": "en", "level": "V"}, {"code": "fr", "level": "III"}],
        "answers": {"241600": {"experience": 7}},
    }


def test_format_0_is_migrated(store: ProfileStore) -> None:
    store.folder.mkdir(parents=True)
    store.path_of("old").write_text(json.dumps(format_0()))
    profile = store.load("old")
    assert profile.format == PROFILE_FORMAT
    assert profile.languages == {"en": "V", "fr": "III"}
    assert profile.driving_licences is None
    assert profile.answers == {"241600": {"experience": 7.0}}
    assert [e.name for e in store.list().entries] == ["Old Timer"]
    # Saving writes the current format.
    store.save(profile, "old")
    saved = json.loads(store.path_of("old").read_text())
    assert saved["format"] == PROFILE_FORMAT
    assert saved["languages"] == {"en": "V", "fr": "III"}


def test_format_0_with_licences_and_no_languages(store: ProfileStore) -> None:
    store.folder.mkdir(parents=True)
    store.path_of("old").write_text(json.dumps({"name": "X", "driving_licences": ["B"]}))
    profile = store.load("old")
    assert profile.driving_licences == ["B"]
    assert profile.languages == {}


@pytest.mark.parametrize(
    ("languages", "message"),
    [
        ([{"code": "en"}], "'code' and 'level'"),
        ([{"code": "en", "level": "V"}, {"code": "en", "level": "II"}], "listed twice"),
        ([{"code": "en", "level": "VII"}], "languages.en"),
        (["en"], "'code' and 'level'"),
    ],
)
def test_bad_format_0_is_reported(store: ProfileStore, languages: object, message: str) -> None:
    store.folder.mkdir(parents=True)
    data = {**format_0(), "languages": languages}
    store.path_of("old").write_text(json.dumps(data))
    with pytest.raises(FileProblemError, match=r"old\.json") as caught:
        store.load("old")
    assert message in str(caught.value)


def test_unknown_old_format_is_reported(store: ProfileStore) -> None:
    store.folder.mkdir(parents=True)
    store.path_of("odd").write_text('{"format": -1}')
    with pytest.raises(FileProblemError, match="unknown profile format"):
        store.load("odd")


# --- new, rename, delete, import, export ---------------------------------------------------


def test_slugs_are_safe() -> None:
    assert slug("Jean Dupont") == "jean-dupont"
    assert slug("Zoë  O'Brien-Ćwikła") == "zoe-o-brien-cwikla"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("Ελένη") == "profile"
    assert slug("") == "profile"
    assert slug("CON") == "profile-con"
    assert len(slug("x" * 500)) <= 48


def test_new_gives_unique_ids(store: ProfileStore) -> None:
    assert store.new("Jean Dupont") == "jean-dupont"
    assert store.new("jean dupont") == "jean-dupont-2"
    assert store.new("JEAN DUPONT") == "jean-dupont-3"
    # Same name apart from case: sorted by name, then by id.
    names = [e.name for e in store.list().entries]
    assert names == ["Jean Dupont", "jean dupont", "JEAN DUPONT"]
    assert store.load("jean-dupont") == Profile(name="Jean Dupont")


def test_new_does_not_take_an_unreadable_files_slot(messy: ProfileStore) -> None:
    assert messy.new("Corrupt") == "corrupt-2"
    assert messy.path_of("corrupt").read_bytes() == BAD_FILES["corrupt"]


def test_ids_cannot_escape_the_folder(store: ProfileStore) -> None:
    for bad in ("", "../x", "a/b", "a\\b", ".hidden", "c:x"):
        with pytest.raises(ValueError):
            store.path_of(bad)


def test_rename_moves_the_file(store: ProfileStore) -> None:
    profile_id = store.new("Candidate 1")
    store.save(sample("Candidate 1"), profile_id)
    new_id = store.rename(profile_id, "Marie Curie")
    assert new_id == "marie-curie"
    assert files_in(store.folder) == ["marie-curie.json"]
    renamed = store.load(new_id)
    assert renamed.name == "Marie Curie"
    assert renamed.answers == sample().answers


def test_rename_keeping_the_slug_keeps_the_id(store: ProfileStore) -> None:
    profile_id = store.new("Marie Curie")
    assert store.rename(profile_id, "MARIE CURIE") == profile_id
    assert store.load(profile_id).name == "MARIE CURIE"


def test_rename_refuses_an_unreadable_file(messy: ProfileStore) -> None:
    with pytest.raises(FileProblemError):
        messy.rename("corrupt", "Fixed")
    assert messy.path_of("corrupt").read_bytes() == BAD_FILES["corrupt"]


def test_delete(messy: ProfileStore) -> None:
    messy.delete("good")
    messy.delete("corrupt")  # a damaged file can be cleared after the user has seen why
    assert not messy.path_of("good").exists()
    assert not messy.path_of("corrupt").exists()
    with pytest.raises(FileProblemError, match="not found"):
        messy.delete("good")


def test_import_validates_and_copies(store: ProfileStore, tmp_path: Path) -> None:
    outside = tmp_path / "from candidate.json"
    outside.write_bytes(profile_bytes(sample()))
    assert store.import_file(outside) == "jean-dupont"
    assert store.import_file(outside) == "jean-dupont-2"
    assert store.load("jean-dupont") == sample()
    assert outside.read_bytes() == profile_bytes(sample())


def test_import_migrates_and_names_from_file(store: ProfileStore, tmp_path: Path) -> None:
    outside = tmp_path / "Old Candidate.json"
    outside.write_text(json.dumps({**format_0(), "name": ""}))
    profile_id = store.import_file(outside)
    assert profile_id == "old-candidate"
    assert store.load(profile_id).languages == {"en": "V", "fr": "III"}


def test_import_of_bad_file_stores_nothing(store: ProfileStore, tmp_path: Path) -> None:
    outside = tmp_path / "bad.json"
    outside.write_text("{")
    with pytest.raises(FileProblemError, match=r"bad\.json"):
        store.import_file(outside)
    assert store.list().entries == []


def test_export(store: ProfileStore, tmp_path: Path) -> None:
    store.save(sample(), "jean")
    target = tmp_path / "out" / "jean.json"
    target.parent.mkdir()
    store.export("jean", target)
    assert target.read_bytes() == store.path_of("jean").read_bytes()
    assert read_profile(target) == sample()
    with pytest.raises(FileProblemError, match="cannot be written"):
        store.export("jean", tmp_path / "missing-folder" / "x.json")


# --- property: anything valid survives a save and a load ----------------------------------

LEVELS = st.sampled_from(["I", "II", "III", "IV", "V", "VI"])
CODES = st.sampled_from(["en", "fr", "de", "ru", "pl"])
ANSWERS = st.one_of(
    st.booleans(),
    st.just("unsure"),
    st.floats(min_value=0, max_value=60, allow_nan=False),
)
PROFILES = st.builds(
    Profile,
    name=st.text(max_size=40),
    nationality=st.one_of(st.none(), st.sampled_from(["FR", "BE", "US", "CH", "PL"])),
    education=st.one_of(
        st.none(), st.sampled_from(["secondary", "higher_secondary", "bachelor", "master"])
    ),
    languages=st.dictionaries(CODES, LEVELS, max_size=4),
    mother_tongues=st.lists(CODES, max_size=2, unique=True),
    driving_licences=st.one_of(st.none(), st.lists(st.sampled_from(["A", "B", "C", "b"]))),
    answers=st.dictionaries(
        st.sampled_from(["241436", "250939", "x.1"]),
        st.dictionaries(st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True), ANSWERS),
        max_size=3,
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(profile=PROFILES)
def test_any_profile_round_trips(profile: Profile, store: ProfileStore) -> None:
    store.save(profile, "p", replace_unreadable=True)
    assert store.load("p") == profile
    # And saving what was loaded changes nothing on disk.
    before = store.path_of("p").read_bytes()
    store.save(store.load("p"), "p")
    assert store.path_of("p").read_bytes() == before
