"""The second blind batch, and the layouts it brought: numbered paragraphs, tables of labelled
rows, a LANGUAGE paragraph outside the lists, a notice silent on who may apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from blind2_support import NEWS_ARTICLE, expectations, figures, score_blind2, total
from corpus_support import corpus_cases, imported_case

from screener.importer import import_notice_text
from screener.persistence.errors import FileProblemError

_HEADER = (
    "JOINT FORCE TRAINING CENTRE (JFTC)\nPost Title: Analyst\nNATO Grade: G12\n"
    "Application Deadline: 14 October 2026\n\n"
)


def test_the_second_blind_batch_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Scored as its tester scores it: every bullet found, in its list, typed as the tester
    expects or as one of the readings the tester accepts; the header read."""
    wanted = expectations()
    assert len(wanted) == 15
    cases = [case for case in corpus_cases() if case.name in wanted]
    result = total(
        [score_blind2(c.name, wanted[c.name], imported_case(c, tmp_path)) for c in cases]
    )
    with capsys.disabled():
        print("\n" + figures(result))
    assert result.found == result.bullets, result.misses
    assert result.section_right == result.bullets, result.misses
    assert result.params_lenient >= 0.95 * result.bullets, result.misses
    assert result.header_right >= 0.95 * result.header_fields, result.misses


def test_the_news_article_of_the_second_batch_is_refused() -> None:
    with pytest.raises(FileProblemError):
        import_notice_text(NEWS_ARTICLE.read_text(encoding="utf-8"), NEWS_ARTICLE.name)


def test_numbered_headings_with_a_full_stop_open_the_lists_and_the_next_paragraph_ends_them() -> (
    None
):
    text = _HEADER + (
        "3. Essential Qualifications.\na. Bachelor's degree in law.\n"
        "b. At least three years of experience in analysis.\n\n"
        "4. Desirable Qualifications.\na. Experience with JCAT.\n\n"
        "5. Remarks. Contract of 3 years.\n"
    )
    vacancy = import_notice_text(text, "n.txt").vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.text.en for c in vacancy.desirable] == ["Experience with JCAT"]


@pytest.mark.parametrize(
    "rows",
    [
        "| Category | Requirement |\n|---|---|\n| Essential | University degree in law |\n"
        "| Essential | At least 2 years of experience as a clerk |\n"
        "| Desirable | Knowledge of French |\n",
        "Essential: University degree in law\nEssential: At least 2 years of experience as a "
        "clerk\nDesirable: Knowledge of French\n",
    ],
    ids=["table", "labels"],
)
def test_labelled_rows_are_read_as_the_lists(rows: str) -> None:
    vacancy = import_notice_text(_HEADER + "Requirements\n\n" + rows, "n.txt").vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [(c.kind, c.language) for c in vacancy.desirable] == [("language", "fr")]  # type: ignore[union-attr]


def test_a_language_paragraph_outside_the_lists_becomes_a_requirement() -> None:
    text = _HEADER + (
        "ESSENTIAL\n- University degree in law.\n\nDESIRABLE\n- Experience with JCAT.\n\n"
        "LANGUAGE\nEnglish - Very good knowledge (Level V). French - Basic knowledge (Level I).\n"
    )
    result = import_notice_text(text, "n.txt")
    languages = result.vacancy.essential[-1]
    assert languages.kind == "official_languages"
    assert (languages.en, languages.fr) == ("V", "I")  # type: ignore[union-attr]
    assert "requirement_outside_lists" in [item.code for item in result.review]


def test_a_degree_or_a_lower_level_with_experience_keeps_both_readings() -> None:
    text = _HEADER + (
        "ESSENTIAL\n- University degree in law; or higher secondary education with at least "
        "ten (10) years of relevant experience.\n- Experience in analysis.\n"
    )
    education = import_notice_text(text, "n.txt").vacancy.essential[1]
    assert education.min_level == "bachelor"  # type: ignore[union-attr]
    assert education.alternative is not None
    assert education.alternative.params == {"min_level": "higher_secondary"}


def test_every_certification_an_or_offers_is_kept() -> None:
    text = _HEADER + "ESSENTIAL\n- Certification in Azure or AWS data engineering.\n"
    certification = import_notice_text(text, "n.txt").vacancy.essential[1]
    assert certification.any_of == ["Azure", "AWS"]  # type: ignore[union-attr]
