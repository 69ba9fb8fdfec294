"""Re-importing a vacancy's notice keeps the ids its candidates' answers are stored under."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_support import BUNDLED_DIR, NOTICE_FILES

from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.importer import import_notice_file, import_notice_text
from screener.persistence.vacancy_files import load_vacancy

REFERENCES = [path.stem for path in NOTICE_FILES]


def _profile_answering_everything(reference: str) -> Profile:
    bundled = load_vacancy(BUNDLED_DIR / f"{reference}.toml")
    profile = Profile()
    for criterion in bundled.criteria:
        profile = profile.with_answer(reference, criterion.id, True)
    return profile


@pytest.mark.parametrize("reference", REFERENCES)
def test_a_bundled_vacancy_reimported_keeps_every_answer(reference: str) -> None:
    bundled = load_vacancy(BUNDLED_DIR / f"{reference}.toml")
    profile = _profile_answering_everything(reference)
    notice = NOTICE_FILES[REFERENCES.index(reference)]
    draft = import_notice_file(notice, existing=bundled).vacancy
    # Every answer the candidate gave points at a criterion of the same kind in the new draft.
    for criterion_id in profile.answers[reference]:
        new = draft.criterion(criterion_id)
        old = bundled.criterion(criterion_id)
        assert new is not None and old is not None, criterion_id
        assert new.kind == old.kind
        assert " ".join(new.text.en.split()) == " ".join(old.text.en.split())
    assert not [item for item in draft.review if item.code == "answers_not_matched"]
    # And the candidate's verdict reads the same on the draft as on the bundled file.
    assert assess(draft, profile).verdict == assess(bundled, profile).verdict


def test_without_the_existing_file_ids_are_the_importers_own() -> None:
    bundled = load_vacancy(BUNDLED_DIR / "250939.toml")
    draft = import_notice_file(NOTICE_FILES[REFERENCES.index("250939")]).vacancy
    assert {c.id for c in draft.criteria} != {c.id for c in bundled.criteria}


def test_a_changed_notice_keeps_what_matches_and_reports_what_does_not() -> None:
    notice = NOTICE_FILES[REFERENCES.index("250939")].read_text(encoding="utf-8")
    bundled = load_vacancy(BUNDLED_DIR / "250939.toml")
    # The new edition drops the CCTV bullet (English and French) and adds a new one.
    changed = "\n".join(
        line
        for line in notice.split("\n")
        if "Closed-Circuit Television" not in line and "vidéosurveillance" not in line
    ).replace(
        "- have a valid B category",
        "- hold a recognised first-aid certificate;\n- have a valid B category",
        1,
    )
    draft = import_notice_text(changed, "250939.txt", existing=bundled).vacancy
    lost = [item for item in draft.review if item.code == "answers_not_matched"]
    assert [item.field for item in lost] == ["essential"]
    assert "'cctv-ids-fire'" in lost[0].message and "no longer count" in lost[0].message
    kept = {c.id for c in draft.criteria} & {c.id for c in bundled.criteria}
    assert kept == {c.id for c in bundled.criteria} - {"cctv-ids-fire"}
    new_ids = {c.id for c in draft.criteria} - kept
    assert len(new_ids) == 1 and "cctv-ids-fire" not in new_ids


def test_the_importers_review_items_follow_the_kept_ids(tmp_path: Path) -> None:
    bundled = load_vacancy(BUNDLED_DIR / "250717.toml")
    result = import_notice_file(NOTICE_FILES[REFERENCES.index("250717")], existing=bundled)
    ids = {c.id for c in result.vacancy.criteria}
    assert set(result.confidence) == ids
    assert all(w.criterion in ids for w in result.vacancy.warnings if w.criterion)
    assert all(i.criterion in ids for i in result.vacancy.review if i.criterion)
