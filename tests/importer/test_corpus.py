"""The corpus: every notice imports (none refused), and the typing figures hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from blind_support import expectations, figures, score_blind, total
from corpus_support import Case, Score, corpus_cases, imported_case, score

from screener.domain.vacancy import Vacancy

CASES = corpus_cases()


def _imported(name: str, tmp: Path) -> Vacancy:
    return imported_case(next(c for c in CASES if c.name == name), tmp)


@pytest.fixture(scope="module")
def corpus_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def test_the_corpus_has_every_shape() -> None:
    names = {case.name for case in CASES}
    assert len(CASES) >= 50
    for shape in ("no-headings", "collapsed", "english-only", "web-page", "footers-and-notes"):
        assert sum(name.endswith(f"-{shape}") and name[:6].isdigit() for name in names) == 5
    assert sum(not name[:6].isdigit() for name in names) >= 8  # written for the corpus


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_notice_imports_with_its_requirements(case: Case, corpus_tmp: Path) -> None:
    vacancy = _imported(case.name, corpus_tmp)
    assert vacancy.draft
    got = score(case, vacancy)
    # Each notice on its own: the kind of nearly every bullet, and no list lost.
    assert got.kind_right >= 0.85 * got.bullets, got.misses
    assert len(vacancy.essential) - 1 == len(case.expected.essential), got.misses
    assert len(vacancy.desirable) == len(case.expected.desirable), got.misses


def test_the_corpus_figures(corpus_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The figures quoted in the README: >= 95% kind, >= 90% parameters, header fields."""
    total = Score()
    for case in CASES:
        total.add(score(case, _imported(case.name, corpus_tmp)))
    kind, params, header = total.shares()
    with capsys.disabled():
        print(
            f"\nimporter corpus: {len(CASES)} notices, {total.bullets} bullets; kind {kind:.1%}, "
            f"kind and parameters {params:.1%}; header fields {header:.1%} "
            f"({total.header_right}/{total.header_fields})"
        )
    assert kind >= 0.95, total.misses
    assert params >= 0.90, total.misses
    assert header >= 0.90, total.misses


def test_the_blind_batch_figures(corpus_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The held-out batch written by an independent tester, scored as the tester scores it
    (a bullet is found by its wording in either list): nothing lost, the header read."""
    wanted = expectations()
    assert len(wanted) == 14
    result = total(
        [score_blind(name, want, _imported(name, corpus_tmp)) for name, want in wanted.items()]
    )
    with capsys.disabled():
        print("\n" + figures(result))
    assert result.found >= 0.98 * result.bullets, result.misses
    assert result.section_right >= 0.98 * result.bullets, result.misses
    assert result.params_right_undebatable >= 0.95 * (result.bullets - result.debatable)
    assert result.header_right >= 0.95 * result.header_fields, result.misses
