"""A notice copied from a browser or a word processor: the clipboard's HTML is read where it
keeps the lists and tables its plain text has flattened."""

from __future__ import annotations

from collections.abc import Callable

from screener.importer import import_notice_text
from screener.importer.pasted_html import MAX_PASTED_HTML_CHARS, pasted_notice_text

# What a browser puts on the clipboard for a careers page's requirements: the plain text has
# no bullets left, and the facts table is cells joined by tabs.
CHROME_HTML = (
    "<meta charset='utf-8'><h2>Legal Adviser (261188)</h2>"
    "<table><tr><td>Grade</td><td>A3</td></tr><tr><td>Closing date</td>"
    "<td>15 January 2027</td></tr></table>"
    "<h3 style='color: rgb(0, 51, 102);'>Essential</h3><ul style='margin: 0px;'>"
    "<li>University degree in law;</li>"
    "<li>at least 7 years of experience in international or public law;</li>"
    "<li>proficiency level V in English and level II in French.</li></ul>"
    "<h3>Desirable</h3><ul><li>experience in a NATO or EU body;</li>"
    "<li>a valid driving licence (category B).</li></ul>"
)
CHROME_PLAIN = (
    "Legal Adviser (261188)\nGrade\tA3\nClosing date\t15 January 2027\nEssential\n"
    "University degree in law;\nat least 7 years of experience in international or public law;\n"
    "proficiency level V in English and level II in French.\nDesirable\n"
    "experience in a NATO or EU body;\na valid driving licence (category B).\n"
)


def test_a_browsers_copy_keeps_its_list_items_and_table_rows() -> None:
    text = pasted_notice_text(CHROME_PLAIN, CHROME_HTML)
    assert "- University degree in law;" in text
    assert "- a valid driving licence (category B)." in text
    assert "Grade: A3" in text
    assert "<" not in text  # the words only, never markup


def test_a_word_processors_copy_keeps_its_symbol_bullets() -> None:
    word = (
        "<html><body><!--StartFragment--><p class=MsoNormal><b>ESSENTIAL</b></p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>"
        "<![if !supportLists]><span style='font-family:Symbol'>·<span>&nbsp; </span></span>"
        "<![endif]>At least 5 years of experience in contract law;</p>"
        "<table><tr><td>Grade</td><td>G7</td></tr></table><!--EndFragment--></body></html>"
    )
    text = pasted_notice_text("ESSENTIAL\n·\tAt least 5 years ...", word)
    assert "· At least 5 years of experience in contract law;" in text


def test_the_plain_text_is_kept_when_the_html_adds_nothing_or_is_not_to_be_trusted() -> None:
    plain = "Grade  G5\nESSENTIAL\n- a degree\n"
    assert pasted_notice_text(plain, "") == plain
    # No list or table: the plain text says as much.
    assert pasted_notice_text(plain, "<p>Grade G5</p><p>ESSENTIAL</p>") == plain
    # A code editor's or a terminal's copy: the spaces of the plain text are its columns.
    editor = "<div style='white-space: pre;'><table><tr><td>Grade  G5</td></tr></table></div>"
    assert pasted_notice_text(plain, editor) == plain
    assert pasted_notice_text(plain, "<pre><li>Grade  G5</li></pre>") == plain
    # A list with no words in it.
    assert pasted_notice_text(plain, "<ul><li> </li></ul>") == plain
    # Too large to read while the person waits.
    huge = "<ul>" + "<li>x</li>" * (MAX_PASTED_HTML_CHARS // 9) + "</ul>"
    assert pasted_notice_text(plain, huge) == plain


def test_the_copy_from_html_reads_as_the_notice_does() -> None:
    vacancy = import_notice_text(pasted_notice_text(CHROME_PLAIN, CHROME_HTML)).vacancy
    kinds = [criterion.kind for criterion in vacancy.essential]
    assert "education" in kinds and "experience" in kinds and "official_languages" in kinds
    assert [criterion.kind for criterion in vacancy.desirable] == ["statement", "driving_licence"]
    assert vacancy.grade.min == "A3"


def test_reading_a_paste_stops_between_its_steps_once_cancelled() -> None:
    """The draft of a long paste takes seconds: Cancel in the app stops it between its steps
    (and a copy's HTML between its parts), rather than letting it run on unseen."""
    import pytest

    from screener.importer.cancelling import ImportCancelled

    asked: list[bool] = []

    def cancelled_after(count: int) -> Callable[[], bool]:
        def cancelled() -> bool:
            asked.append(True)
            return len(asked) > count

        return cancelled

    for count in (0, 1, 3):
        asked.clear()
        with pytest.raises(ImportCancelled):
            import_notice_text(
                pasted_notice_text(CHROME_PLAIN, CHROME_HTML),
                "pasted text",
                cancelled=cancelled_after(count),
            )
    with pytest.raises(ImportCancelled):
        pasted_notice_text(CHROME_PLAIN, CHROME_HTML, cancelled_after(0))
    kept = import_notice_text(CHROME_PLAIN, "pasted text", cancelled=lambda: False)
    assert kept.vacancy.reference == "261188"
