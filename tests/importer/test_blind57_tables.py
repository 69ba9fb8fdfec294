"""The fifty-seventh blind batch's NCIA page: requirements in a web table with an "E/D" column,
its header row in <thead> (a blank line away from the first row in the page's text), gave
nothing at all; and "Post-graduate degree" in its list was read as a title labelled "Post".
Further shapes of the same table: the marks named in words or in long ("Essential (E) /
Desirable (D)"), by a legend over a "Priority" column, ticks under "Required" / "Preferred"
columns, a caption, the header in <td>; in English and French."""

from __future__ import annotations

from pathlib import Path

import pytest
from importer_support import imported

from screener.domain.vacancy import Vacancy
from screener.importer import import_notice_file

_TOP = {
    "en": (
        "<html><body><h1>Network Engineer</h1><p>Reference: JWC 27/ENG/02<br>Grade: A2<br>"
        "Deadline: 1 March 2027</p><h2>Skills and Qualifications</h2>"
    ),
    "fr": (
        "<html lang='fr'><body><h1>Ingénieur réseaux</h1><p>Référence : JWC 27/ENG/02<br>"
        "Grade : A2<br>Date limite : 1er mars 2027</p><h2>Qualifications et compétences</h2>"
    ),
}
_END = {
    "en": "<p>Open to nationals of NATO member nations.</p></body></html>",
    "fr": "<p>Ouvert aux ressortissants des pays membres de l'OTAN.</p></body></html>",
}
_ROWS = {
    "en": [
        "University degree in computer science.",
        "At least 4 years' experience in network administration.",
        "Post-graduate degree (Master's) in cyber security.",
        "Knowledge of Norwegian.",
    ],
    "fr": [
        "Diplôme universitaire en informatique.",
        "Au moins 4 ans d'expérience en administration de réseaux.",
        "Certification CCNP.",
        "Connaissance du norvégien.",
    ],
}


def _table(lang: str, head: list[str], marks: list[list[str]], shape: str = "") -> str:
    cell = "td" if "td" in shape else "th"
    header = "<tr>" + "".join(f"<{cell}>{name}</{cell}>" for name in head) + "</tr>"
    rows = "".join(
        "<tr>" + "".join(f"<td>{x}</td>" for x in [*before, text, *after]) + "</tr>"
        for text, (before, after) in zip(_ROWS[lang], _split(marks, "number" in shape), strict=True)
    )
    caption = "<caption>Qualifications</caption>" if "caption" in shape else ""
    legend = "<p>E = Essential, D = Desirable</p>" if "legend" in shape else ""
    body = header + rows if "td" in shape else f"<thead>{header}</thead><tbody>{rows}</tbody>"
    return f"{legend}<table>{caption}{body}</table>"


def _split(marks: list[list[str]], numbered: bool) -> list[tuple[list[str], list[str]]]:
    return [([str(at + 1)] if numbered else [], row) for at, row in enumerate(marks)]


def _page(tmp_path: Path, lang: str, table: str) -> Vacancy:
    path = tmp_path / "notice.html"
    path.write_text(_TOP[lang] + table + _END[lang], encoding="utf-8")
    return import_notice_file(path).vacancy


def _lists(vacancy: Vacancy) -> tuple[list[str], list[str]]:
    return [c.text.en for c in vacancy.essential[1:]], [c.text.en for c in vacancy.desirable]


_LETTERS = [["E"], ["E"], ["D"], ["D"]]
_BRACKETED = [["(E)"], ["(E)"], ["(D)"], ["(D)"]]
_TICKS = [["✓", ""], ["✓", ""], ["", "✓"], ["", "✓"]]
_XS = [["X", ""], ["X", ""], ["", "X"], ["", "X"]]


@pytest.mark.parametrize(
    ("lang", "head", "marks", "shape"),
    [
        # The batch's shape: "# | Requirement | E/D" in <thead>, a legend above.
        ("en", ["#", "Requirement", "E/D"], _LETTERS, "number legend"),
        ("en", ["#", "Requirement", "E/D"], _BRACKETED, "number caption"),
        ("en", ["#", "Requirement", "E/D"], _LETTERS, "number td"),
        ("en", ["No.", "Requirement", "Essential (E) / Desirable (D)"], _LETTERS, "number"),
        ("en", ["#", "Requirement", "Priority"], _LETTERS, "number legend"),
        ("en", ["Requirement", "Category"], [["Essential"], ["Essential"], ["Desirable"], ["Desirable"]], ""),
        ("en", ["Requirement", "Type"], [["Required"], ["Required"], ["Preferred"], ["Preferred"]], ""),
        ("en", ["Requirement", "Essential", "Desirable"], _TICKS, ""),
        ("en", ["Requirement", "Required", "Preferred"], _XS, ""),
        ("en", ["Requirement", "Essential", "Desirable"], _TICKS, "td caption"),
        ("fr", ["N°", "Exigence", "E/S"], [["E"], ["E"], ["S"], ["S"]], "number"),
        ("fr", ["Exigence", "Essentiel / Souhaitable"], [["E"], ["E"], ["S"], ["S"]], ""),
        ("fr", ["Exigence", "Obligatoire", "Souhaitable"], _XS, ""),
        ("fr", ["Exigence", "Requis", "Atout"], _TICKS, "caption"),
        ("fr", ["Exigence", "Catégorie"], [["Essentiel"], ["Essentiel"], ["Souhaitable"], ["Souhaitable"]], ""),
    ],
)  # fmt: skip
def test_a_web_table_marking_each_requirement_gives_both_lists(
    tmp_path: Path, lang: str, head: list[str], marks: list[list[str]], shape: str
) -> None:
    vacancy = _page(tmp_path, lang, _table(lang, head, marks, shape))
    rows = [text.rstrip(".") for text in _ROWS[lang]]
    assert _lists(vacancy) == (rows[:2], rows[2:])
    assert vacancy.title.en == {"en": "Network Engineer", "fr": "Ingénieur réseaux"}[lang]


@pytest.mark.parametrize(
    ("head", "essential", "desirable"),
    [("| # | Requirement | E/D |", "E", "D"), ("| N° | Exigence | E/S |", "E", "S")],
)
def test_a_text_table_whose_header_is_a_blank_line_above_its_rows(
    head: str, essential: str, desirable: str
) -> None:
    vacancy = imported(
        "Network Engineer\nReference: JWC 27/ENG/02\nGrade: A2\nDeadline: 1 March 2027\n\n"
        f"Qualifications\n\n{head}\n\n"
        f"| 1 | University degree in computer science. | {essential} |\n"
        f"| 2 | At least 4 years' experience in network administration. | {essential} |\n"
        f"| 3 | Knowledge of Norwegian. | {desirable} |\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["language"]


@pytest.mark.parametrize(
    "line", ["- Post-graduate degree in law.", "Post-doctoral research experience is an asset."]
)
def test_a_word_opening_with_post_is_no_title_label(line: str) -> None:
    vacancy = imported(
        "Legal Adviser\nReference: 27/LEG/01\nGrade: A3\nDeadline: 1 March 2027\n\n"
        f"Qualifications\n- University degree in law.\n{line}\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert vacancy.title.en == "Legal Adviser"
