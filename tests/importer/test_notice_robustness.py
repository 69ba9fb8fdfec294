"""Whatever it is given, the importer returns a valid draft or raises FileProblemError, quickly."""

from __future__ import annotations

import random
import sys
import textwrap
import time
from pathlib import Path

import pytest
from fuzz_budget import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_support import BUNDLED_DIR, NOTICE_FILES, criterion_facts, make_pdf

from screener.importer import ImportResult, import_notice_file, import_notice_text
from screener.importer.pdf_text import MAX_PDF_BYTES, PDF_EXTRA_MESSAGE
from screener.importer.toml_writer import vacancy_to_toml
from screener.persistence.errors import FileProblemError
from screener.persistence.vacancy_files import load_vacancy, parse_vacancy_text

NOTICE_250939 = NOTICE_FILES[-1]


def outcome(text: str) -> ImportResult | None:
    """The draft, or None when the importer refused the text the way it should."""
    try:
        result = import_notice_text(text, "fuzz.txt")
    except FileProblemError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return None
    # A draft is always a complete, valid vacancy that can be saved and read back.
    assert result.vacancy.draft
    assert parse_vacancy_text(vacancy_to_toml(result.vacancy), Path("x.toml")) == result.vacancy
    return result


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("  \n\t\n ", "is empty"),
        ("ESSENTIAL\x00\x00\x00", "binary"),
        ("\x01\x02\x03\x04" * 100, "binary"),
        ("Dear Sir or Madam,\nplease find my CV attached.", "no title, reference, grade"),
        ("ESSENTIAL\n\nDESIRABLE\n", "no requirement list"),
        ("x\n" * 60_000, "lines"),
        ("ESSENTIAL\n" + "- x\n" * 400, "requirement bullets"),
        ("ESSENTIAL\n- " + "word " * 2000, "characters"),
    ],
)
def test_unusable_text_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(FileProblemError) as caught:
        import_notice_text(text, "input.txt")
    assert message in str(caught.value)
    assert str(caught.value).startswith("input.txt: ")


# The guards below count this process's processor time, not the clock: a machine busy with
# other test workers must not fail them, and a runaway pattern uses the processor all along.
def test_oversized_text_is_refused_at_once() -> None:
    started = time.process_time()
    with pytest.raises(FileProblemError, match="too large"):
        import_notice_text("ESSENTIAL\n- x\n" * 800_000)
    assert time.process_time() - started < 1


def test_megabytes_of_noise_finish_in_seconds() -> None:
    rng = random.Random(7)
    alphabet = "abcdefghij KLMNOP-•*|#<>[]()«»éàIV;:.,\n" + "ESSENTIAL "
    noise = "".join(rng.choices(alphabet, k=3_000_000))
    started = time.process_time()
    outcome(noise)
    assert time.process_time() - started < 10


def test_lines_of_one_long_capitalised_word_finish_in_seconds() -> None:
    # A header line starting with a capital and running on in letters (a German compound, a
    # hashtag, a URL without its dots): the paired-labels reader's pattern tried every split
    # of the word among its repetitions, ~5 s for 50 letters and growing as its sixth power.
    words = "\n".join("A" + "abcdefgh"[i % 8] * 55 + str(i) for i in range(5))
    started = time.process_time()
    outcome(f"Post title: Analyst\n{words}\nESSENTIAL\n- a university degree\n")
    assert time.process_time() - started < 5


def test_a_label_followed_by_a_run_of_tabs_finishes_in_seconds() -> None:
    # A spreadsheet's row copied with its empty cells: the label-and-leader reader tried every
    # way to share the tabs among its parts (18 s for 1,600 tabs, growing with their square).
    started = time.process_time()
    outcome("Grade: G5\nESSENTIAL " + "\t" * 1200 + "\n- a university degree\n")
    assert time.process_time() - started < 5


def test_ten_megabytes_of_noise_in_a_file_are_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(32, 127) for _ in range(1000)) * 10_000)
    started = time.process_time()
    with pytest.raises(FileProblemError, match="too large"):
        import_notice_file(path)
    assert time.process_time() - started < 2


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    outcome(text)


# Pieces of notices: headings, bullets with typed wording, header lines, junk.
FRAGMENTS = [
    "ESSENTIAL",
    "DESIRABLE",
    "ACQUIS ESSENTIELS",
    "ACQUIS SOUHAITABLES",
    "2. QUALIFICATIONS AND EXPERIENCE",
    "3. MAIN ACCOUNTABILITIES",
    "The incumbent must:",
    "- have at least five years of experience in security;",
    "- avoir au moins quatre ans d'expérience ;",
    '- V ("Advanced") in one; I ("Intermediate") in the other (English/French);',
    "- dans l'une des deux langues officielles, et le niveau III dans l'autre ;",
    "- VI in French, III in English;",
    "- Russian (IV: Upper Intermediate);",
    "- have a valid B category (or equivalent) driving licence;",
    "- possess a university degree in a relevant field, or equivalent;",
    "- certification such as CISSP, CCSP, etc.;",
    "- be able to work shifts, nights and weekends;",
    "- be experienced in the use of firearms and pass yearly shooting tests;",
    "- pass annual physical fitness tests;",
    "- ",
    "-",
    "Coordinator, HQ Security Force (250717)",
    "Title-1",
    "Grade NATO Grade G10-G12",
    "Grade: G99-G0",
    "Application Deadline: 31-Feb-2025, 25:61 PM",
    "Salary (Pay Basis): 0,00Euro (EUR) Monthly",
    "Clearance Level CTS",
    "Please note that we can only accept applications from nationals of Belgium.",
    # Other bodies' layouts and damaged copies.
    "Qualifications and Experience:",
    "MINIMUM REQUIREMENTS",
    "La personne titulaire du poste doit :",
    "Seraient considérés comme autant d'atouts :",
    "ESSENTIAL , The incumbent must: - have a degree; - possess 3 years of experience.",
    "- ESSENTIAL:",
    "a) Education: a university degree;",
    "1. At least 5 years of experience.",
    "VACANCY N: 24/123",
    "240123 Requisition #",
    "TITLE / Senior Engineer",
    "Job Description - Analyst (SHAPE 25/07)",
    "Grade: A-2",
    "Grade B 5 Brussels Closing: 05/09/2025",
    "applications will only be accepted from nationals of the following countries:",
    "Turkey, Czech Republic",
    "NATO UNCLASSIFIED",
    "Note: copied from a job site",
    "<ul><li>have a degree</li></ul><script>x()</script>",
    "3. ESSENTIAL QUALIFICATIONS",
    "a. Professional/Experience:",
    "(1) At least 3 years' experience.",
    "Nice to have",
    "ATOUTS",
    "\uf0b7 have a degree",
    "Appointment will be subject to receipt of a security clearance",
    "candidates for twin-graded posts will be appointed at the lower grade",
    "**",
    "| a | b |",
    "<b>",
    "",
]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)),
        max_size=60,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n", " "]),
    # Most random texts are refused early; a leading heading takes them deeper.
    st.sampled_from(["", "ESSENTIAL\n- be kind\n", "ACQUIS ESSENTIELS\n", "The incumbent must:\n"]),
)
def test_notice_like_text_gives_valid_drafts_or_clear_refusals(
    pieces: list[str], separator: str, start: str
) -> None:
    outcome(start + separator.join(pieces))


@settings(max_examples=examples(180), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_real_notices_never_crash(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(NOTICE_FILES))
    lines = path.read_text(encoding="utf-8").splitlines()
    start = data.draw(st.integers(0, len(lines)))
    stop = data.draw(st.integers(start, min(len(lines), start + 80)))
    repeat = data.draw(st.integers(0, 2))
    damaged = lines[:start] + lines[start:stop] * repeat + lines[stop:]
    outcome("\n".join(damaged))


# --- files ------------------------------------------------------------------------------------


def test_a_text_file_and_its_bom_and_windows_encoding(tmp_path: Path) -> None:
    text = NOTICE_250939.read_text(encoding="utf-8")
    expected = import_notice_file(NOTICE_250939).vacancy
    bom = tmp_path / "bom.md"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert import_notice_file(bom).vacancy == expected
    windows = tmp_path / "windows.txt"
    windows.write_bytes(text.encode("cp1252", errors="replace"))
    assert import_notice_file(windows).vacancy.reference == "250939"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("binary.txt", b"\x00\x01\x02ESSENTIAL", "binary"),
        ("letter.md", b"Dear Sir,\nhere is my application.", "not a NATO vacancy notice"),
        ("notice.docx", b"PK\x03\x04\x00\x00\x08\x00", "not a readable Word document"),
        ("broken.pdf", b"%PDF-1.4\nnot really a pdf", "PDF"),
        ("not-utf8.txt", b"ESSENTIAL \x81\x8d\x8f\x90\x9d", "not UTF-8"),
    ],
)
def test_unusable_files_are_refused(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileProblemError) as caught:
        import_notice_file(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_missing_files_and_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileProblemError, match="not found"):
        import_notice_file(tmp_path / "missing.txt")
    with pytest.raises(FileProblemError, match="folder"):
        import_notice_file(tmp_path)


def test_huge_pdf_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(MAX_PDF_BYTES + 1)  # sparse: no real disk use
    with pytest.raises(FileProblemError, match="too large"):
        import_notice_file(path)


def _pdf_of(path: Path, width: int = 95) -> bytes:
    # Wrapped like a PDF page: long paragraphs and bullets break over several lines.
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        lines.extend(textwrap.wrap(line, width) or [""])
    return make_pdf(lines)


@pytest.mark.parametrize("notice", NOTICE_FILES, ids=lambda p: p.stem)
def test_pdf_notices_import_like_their_text(tmp_path: Path, notice: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / f"{notice.stem}.pdf"
    path.write_bytes(_pdf_of(notice))
    vacancy = import_notice_file(path).vacancy
    bundled = load_vacancy(BUNDLED_DIR / f"{notice.stem}.toml")
    assert vacancy.title == bundled.title
    assert [criterion_facts(c) for c in vacancy.criteria] == [
        criterion_facts(c) for c in bundled.criteria
    ]


def test_a_pdf_saved_as_txt_is_still_read_as_pdf(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "notice.txt"
    path.write_bytes(_pdf_of(NOTICE_250939))
    assert import_notice_file(path).vacancy.reference == "250939"


def test_a_pdf_without_text_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([]))
    with pytest.raises(FileProblemError, match="no text"):
        import_notice_file(path)


def test_a_file_named_pdf_that_is_not_one_says_so(tmp_path: Path) -> None:
    """A web page or text saved with a .pdf name: what it is not, and what to do, rather
    than the PDF reader's own words ("Stream has ended unexpectedly")."""
    pytest.importorskip("pypdf")
    path = tmp_path / "notice.pdf"
    path.write_text("<html><body>Vacancy 250939</body></html>", encoding="utf-8")
    with pytest.raises(FileProblemError, match=r"is not a PDF .*\(\.html, \.docx, \.txt\)"):
        import_notice_file(path)


def test_pdf_without_the_extra_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # makes `import pypdf` fail
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(["ESSENTIAL", "- have a degree"]))
    with pytest.raises(FileProblemError) as caught:
        import_notice_file(path)
    assert PDF_EXTRA_MESSAGE in str(caught.value)
    assert "pip install 'screener[pdf]'" in str(caught.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_notice_saved_as_utf16_is_read(tmp_path: Path, encoding: str) -> None:
    """Windows Notepad's "Unicode" is UTF-16: text, not binary data."""
    text = "Title: Analyste financier\nReference: 270123\n\nESSENTIAL\n- Un diplôme en économie.\n"
    path = tmp_path / "notice.txt"
    path.write_bytes(text.encode(encoding))
    vacancy = import_notice_file(path).vacancy
    assert vacancy.title.en == "Analyste financier"
    assert vacancy.essential[1].text.en == "Un diplôme en économie"
