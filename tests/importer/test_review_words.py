"""Review items are structured (a code and values) and worded in English and French from one
catalogue (screener.importer.review_text), for the CLI and the app's import review."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from corpus_support import corpus_cases, imported_case

from screener.domain.vacancy import ReviewItem
from screener.importer import import_notice_text, vacancy_to_toml
from screener.importer.review_notes import NOTE_TEXT
from screener.importer.review_text import LIST_TEXT, REVIEW_TEXT, review_item, review_message
from screener.persistence.vacancy_files import load_vacancy


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


_ALL_TEXTS = {
    **REVIEW_TEXT,
    **{f"note:{key}": texts for key, texts in NOTE_TEXT.items()},
    **{f"list:{key}": texts for key, texts in LIST_TEXT.items()},
}


@pytest.mark.parametrize("key", sorted(_ALL_TEXTS))
def test_each_wording_has_both_languages_with_the_same_values(key: str) -> None:
    en, fr = _ALL_TEXTS[key]
    assert en and fr and en != fr
    assert _fields(en) == _fields(fr)


@pytest.fixture(scope="module")
def corpus_items(tmp_path_factory: pytest.TempPathFactory) -> list[ReviewItem]:
    """Every review item the importer leaves on the corpus's 159 notices."""
    tmp = tmp_path_factory.mktemp("corpus")
    return [item for case in corpus_cases() for item in imported_case(case, tmp).review]


def test_every_review_item_of_the_corpus_is_worded_in_both_languages(
    corpus_items: list[ReviewItem],
) -> None:
    codes = {item.code for item in corpus_items}
    assert len(codes) >= 15  # the corpus meets most kinds of review item
    for item in corpus_items:
        english, french = review_message(item, "en"), review_message(item, "fr")
        assert english == item.message
        assert french != english, item
        assert not re.search(r"\{\w+\}", english + french), item


def test_french_names_the_values_in_french() -> None:
    text = (
        "Title: Technician\nReference: 270001\n\nESSENTIAL\n- Russian (IV) and Ukrainian (III).\n"
    )
    review = import_notice_text(text, "n.txt").review
    french = " | ".join(review_message(item, "fr") for item in review).replace("\u00a0", " ")
    assert "La liste ACQUIS ESSENTIELS en français est introuvable" in french
    assert "Champ « horaire » introuvable ; veuillez le remplir." in french
    assert "Champ « niveau d'habilitation » introuvable" in french
    assert "Cette puce énonce 2 exigences" in french
    english = " | ".join(item.message for item in review)
    assert "No schedule was found; please fill it in." in english
    assert "The French ESSENTIAL list was not found" in english


def test_a_low_confidence_reading_gives_its_reasons_in_each_language() -> None:
    text = "Title: Technician\n\nESSENTIAL\n- English SLP 3333.\n"
    review = import_notice_text(text, "n.txt").review
    low = next(item for item in review if item.code == "low_confidence")
    assert "another scale than NATO's I-VI levels" in low.message
    assert "checked skill by skill against the SLP the candidate holds" in low.message
    assert "Read as language (STANAG 6001 profile)" in low.message
    french = review_message(low, "fr")
    assert "une autre échelle que les niveaux I-VI" in french and "Lu comme" in french
    assert "au profil SLP du candidat" in french


def test_values_are_worded_in_either_language() -> None:
    item = review_item(
        "bullet_count_mismatch", field="essential", part="essential", en_count=3, fr_count=4
    )
    assert item.message.startswith("The English ESSENTIAL list has 3 bullets, the French one 4")
    assert review_message(item, "fr").startswith("La liste ACQUIS ESSENTIELS anglaise a 3 puces")


def test_values_are_saved_and_read_back(tmp_path: Path) -> None:
    text = "Title: Technician\nReference: 270001\n\nESSENTIAL\n- A university degree.\n"
    vacancy = import_notice_text(text, "n.txt").vacancy
    path = tmp_path / "draft.toml"
    path.write_text(vacancy_to_toml(vacancy), encoding="utf-8")
    assert load_vacancy(path).review == vacancy.review


def test_an_item_without_values_is_still_worded_and_an_unknown_one_keeps_its_message() -> None:
    # A file written before items had values: the code and field still say what it is.
    old = ReviewItem(code="header_missing", field="salary", message="No salary was found.")
    assert review_message(old, "fr").replace("\u00a0", " ").startswith("Champ « salaire »")
    unknown = ReviewItem(code="something_new", message="Check this.")
    assert review_message(unknown, "fr") == "Check this."
