"""Helpers for the importer tests: the five real notices, model comparison, a tiny PDF maker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pdf_writer import pdf_file
from pydantic import BaseModel

from screener.domain.vacancy import Vacancy

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
# Copies of the five notices the project starts from (shared/notices), so the tests run anywhere.
NOTICES_DIR = HERE / "notices"
NOTICE_FILES = sorted(NOTICES_DIR.glob("*.txt"))
BUNDLED_DIR = REPO / "vacancies"
HEADER_FIELDS = (
    "reference",
    "title",
    "nato_body",
    "location",
    "schedule",
    "grade",
    "salary",
    "deadline",
    "clearance",
    "conditions",
)


def squash(value: Any) -> Any:
    """A model dump with whitespace in wording normalised, to compare ignoring layout."""
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, dict):
        return {k: squash(v) for k, v in value.items()}
    if isinstance(value, list):
        return [squash(v) for v in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def criterion_facts(criterion: BaseModel) -> dict[str, Any]:
    """Everything that matters about a criterion but its id and its alternative reading
    (compared on its own: see test_notice_import.test_the_contradiction_gives_an_alternative)."""
    facts = squash(criterion)
    facts.pop("id")
    facts.pop("alternative", None)
    return facts


def typing_facts(criterion: BaseModel) -> dict[str, Any]:
    """Kind and parameters only: what the accuracy figure counts."""
    facts = criterion_facts(criterion)
    facts.pop("text")
    facts.pop("source", None)
    return facts


def header_facts(vacancy: Vacancy) -> dict[str, Any]:
    return squash(vacancy.model_dump(include=set(HEADER_FIELDS)))


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[str], lines_per_page: int = 60) -> bytes:
    """A minimal valid PDF with the lines as text (Helvetica, WinAnsi): enough for pypdf."""
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once the page object numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    page_ids = []
    for page in pages:
        body = (
            b"BT /F1 9 Tf 11 TL 40 800 Td "
            + b" ".join(_pdf_string(line) + b" Tj T*" for line in page)
            + b" ET"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    return pdf_file(objects)


# A header every list test can put above its lists: title, grade and deadline read.
NOTICE_TOP = "Title: Technician\nNATO Grade: G7\nApplication Deadline: 1 March 2027\n\n"


def imported(text: str) -> Vacancy:
    from screener.importer import import_notice_text

    return import_notice_text(text, "notice.txt").vacancy


def title_reference_grade(vacancy: Vacancy) -> tuple[str, str, str]:
    """The header facts a copy most often loses: the English title, the reference, the grade."""
    return vacancy.title.en, vacancy.reference, str(vacancy.grade)


def list_texts(text: str) -> tuple[list[str], list[str]]:
    """The English texts of the essential list (without the nationality rule) and the
    desirable one."""
    vacancy = imported(text)
    return [c.text.en for c in vacancy.essential[1:]], [c.text.en for c in vacancy.desirable]
