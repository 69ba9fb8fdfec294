"""The catalogue search's shortcuts (matches computed per query, narrowed as the query grows;
text folded with str and re methods) give exactly what a plain row-by-row search gives."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from fuzz_budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st
from ui_clock import NOW

from screener import paths
from screener.persistence.vacancy_catalogue import Catalogue, load_catalogue, load_paths
from screener.ui.catalogue.catalogue_filter import CatalogueFilter
from screener.ui.catalogue.catalogue_model import CatalogueModel
from screener.ui.common.search_text import fold, query_terms, vacancy_haystack

REPO = Path(__file__).resolve().parents[2]


def reference_fold(text: str) -> str:
    """fold() as it was first written: one character at a time."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text(max_size=40))
@settings(max_examples=examples(500), deadline=None)
def test_fold_agrees_with_the_plain_definition(text: str) -> None:
    assert fold(text) == reference_fold(text)


@pytest.mark.parametrize(
    "text",
    [
        "Opérationnel, ÉLÈVE, naïve, façade, Œuvre, Straße",
        "e\u0301 and e\u034f\u0301",  # a combining grapheme joiner is not a mark
        "עִבְרִית مُسْتَشار हिन्दी Ελληνικά Кириллица",
        "ﬁnancial ① ㎞",  # compatibility forms
        "",
    ],
)
def test_fold_examples(text: str) -> None:
    assert fold(text) == reference_fold(text)


@pytest.fixture
def catalogue() -> Catalogue:
    return load_catalogue(paths.bundled_vacancies_dir(), None)


def visible_rows(proxy: CatalogueFilter) -> set[int]:
    return {proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())}


def brute_force(model: CatalogueModel, query: str) -> set[int]:
    terms = query_terms(query)
    return {
        row for row in range(model.rowCount()) if all(term in model.haystack(row) for term in terms)
    }


WORDS = ["security", "sécurité", "opérationnel", "OPERATIONS", "g6", "250939", "ne", "e", "zzz"]


def test_typing_and_erasing_shows_what_a_plain_search_shows(catalogue: Catalogue) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    rng = random.Random(7)
    for _ in range(20):
        query = " ".join(rng.sample(WORDS, rng.randint(1, 3)))
        typed = [query[:i] for i in range(len(query) + 1)]
        for text in typed + typed[::-1]:  # grow a keystroke at a time, then shrink
            proxy.set_query(text)
            assert visible_rows(proxy) == brute_force(model, text), text


def test_the_search_follows_a_changed_catalogue(catalogue: Catalogue, tmp_path: Path) -> None:
    model = CatalogueModel(catalogue, now=NOW)
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    proxy.set_query("security")
    before = visible_rows(proxy)
    assert before == brute_force(model, "security")
    # A file added for the session (the model resets) must be searched too.
    source = (REPO / "vacancies" / "250939.toml").read_text("utf-8")
    added = tmp_path / "mine.toml"
    added.write_text(source.replace('reference = "250939"', 'reference = "MINE1"'), "utf-8")
    rows = model.add_paths([added])
    assert rows
    assert visible_rows(proxy) == brute_force(model, "security")
    proxy.set_query("security mine1")
    assert visible_rows(proxy) == brute_force(model, "security mine1") == set(rows)
    model.set_catalogue(load_paths([REPO / "vacancies"]))
    proxy.set_query("security m")
    assert visible_rows(proxy) == brute_force(model, "security m")


def test_another_source_model(catalogue: Catalogue) -> None:
    proxy = CatalogueFilter()
    first = CatalogueModel(catalogue, now=NOW)
    proxy.setSourceModel(first)
    proxy.set_query("250939")
    assert len(visible_rows(proxy)) == 1
    empty = CatalogueModel(Catalogue(), now=NOW)
    proxy.setSourceModel(empty)
    proxy.set_query("250939 g6")
    assert proxy.rowCount() == 0
    proxy.setSourceModel(first)
    proxy.set_query("250939")
    assert visible_rows(proxy) == brute_force(first, "250939")


def full_text(vacancy: object) -> str:
    """The whole folded text of a vacancy, every word as often as it occurs."""
    v = vacancy
    parts = [v.reference, str(v.grade), v.nato_body, v.location, v.title.en, v.title.fr]  # type: ignore[attr-defined]
    for criterion in v.criteria:  # type: ignore[attr-defined]
        for text in (criterion.text, vars(criterion).get("domain"), vars(criterion).get("field")):
            if text is not None:
                parts += [text.en, text.fr]
        parts += list(vars(criterion).get("any_of", ()))
    return fold("\n".join(parts))


@given(st.text(alphabet="aeiousrtnlcdpmé-'.,()0123456789G", min_size=1, max_size=6))
@settings(max_examples=examples(300), deadline=None)
def test_a_word_is_found_in_the_haystack_as_in_the_whole_text(word: str) -> None:
    for loaded in load_paths([REPO / "vacancies"]).vacancies:
        haystack = vacancy_haystack(loaded.vacancy)
        for term in query_terms(word):
            assert (term in haystack) == (term in full_text(loaded.vacancy))
