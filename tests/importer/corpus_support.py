"""The importer's corpus: real notices in the shapes people have them, and how well they import.

Two sources:

- variants of the five real notices (tests/importer/notices), made the way copies damage them:
  headings lost, a whole section collapsed onto one line, footers and page numbers inside a
  list, the English half only, pasted without blank lines, saved as a web page. What each must
  give is the hand-made bundled file.
- notices written for the corpus (tests/importer/corpus/*.txt or .html) after other NATO bodies'
  real notices (NSPA, NCIA, NAEW&C Force, IMS, ACT, ACO), each beside a `.expected.toml` with
  the header facts and the kind and parameters of every bullet.

`score()` counts bullets typed right (kind; kind and parameters) and header fields read right;
run this file to print the figures: `.venv/bin/python tests/importer/corpus_support.py`.
"""

from __future__ import annotations

import html
import re
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Run as a script: this folder's helpers, and tests/ for the PDF writer they share.
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from importer_support import BUNDLED_DIR, NOTICE_FILES, squash  # noqa: E402

from screener.domain.vacancy import Vacancy  # noqa: E402
from screener.importer import import_notice_file, import_notice_text  # noqa: E402
from screener.persistence.vacancy_files import load_vacancy  # noqa: E402

CORPUS_DIR = HERE / "corpus"
_EN_HEADING = re.compile(r"^[#*\s]*(ESSENTIAL|DESIRABLE)[*\s]*$")
_FR_HEADING = re.compile(
    r"^[#*\s]*(?:2\. QUALIFICATIONS ET EXPÉRIENCE )?ACQUIS (?:ESSENTIELS|SOUHAITABLES)[*\s]*$"
)
_LEAD_IN = re.compile(
    r"^(?:The incumbent must:|La/Le titulaire du poste doit :|La personne titulaire du poste doit :)$"
)
_SECTION_2 = re.compile(r"^[#*\s]*2\. QUALIFICATIONS")
_SECTION_3 = re.compile(r"^[#*\s]*3\. ")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def no_headings(text: str) -> str:
    """ESSENTIAL / DESIRABLE headings lost: only the lead-ins say where the lists are."""
    out = []
    for line in _lines(text):
        if "QUALIFICATIONS ET EXPÉRIENCE ACQUIS ESSENTIELS" in line:
            out.append("2. QUALIFICATIONS ET EXPÉRIENCE")
        elif not (_EN_HEADING.match(line) or _FR_HEADING.match(line)):
            out.append(line)
    return "\n".join(out)


def qualifications_heading(text: str) -> str:
    """Neither ESSENTIAL heading nor lead-in: 'QUALIFICATIONS AND EXPERIENCE' then bullets."""
    out = []
    skipping_essential = False
    for line in _lines(no_headings(text)):
        if _SECTION_2.match(line):
            skipping_essential = True
        if skipping_essential and _LEAD_IN.match(line.strip()):
            skipping_essential = False
            continue
        out.append(line)
    return "\n".join(out)


def heading_and_lead_in_on_one_line(text: str) -> str:
    text = re.sub(r"(ESSENTIAL\**)\s*\n\s*\n(The incumbent must:)", r"ESSENTIAL , \2", text)
    return re.sub(r"(DESIRABLE\**)\s*\n\s*\n(The following)", r"DESIRABLE , \2", text)


def headings_as_bullets(text: str) -> str:
    out = []
    for line in _lines(text):
        match = _EN_HEADING.match(line)
        out.append(f"- {match[1]}:" if match else line)
    return "\n".join(out)


def collapsed(text: str) -> str:
    """Section 2 up to and including section 3's first line glued onto one long line."""
    out: list[str] = []
    block: list[str] | None = None
    for line in _lines(text):
        if block is None and _SECTION_2.match(line):
            block = []
        if block is not None:
            if line.strip():
                block.append(re.sub(r"[#*]+", "", line).strip())
            if _SECTION_3.match(line):
                out.append(" ".join(block))
                block = None
            continue
        out.append(line)
    if block:
        out.append(" ".join(block))
    return "\n".join(out)


def footers_and_notes(text: str) -> str:
    """A page break inside the ESSENTIAL list, and a note after the DESIRABLE one."""
    out: list[str] = []
    bullets = 0
    section = ""
    for line in _lines(text):
        if _EN_HEADING.match(line) or _FR_HEADING.match(line):
            section, bullets = line, 0
        out.append(line)
        if line.startswith("- "):
            bullets += 1
            if ("ESSENTIAL" in section or "ESSENTIELS" in section) and bullets == 3:
                out.extend(["", "NATO UNCLASSIFIED", "-2-", ""])
            if _SECTION_3.match(line):
                section = ""
    text = "\n".join(out)
    return re.sub(
        r"(\n[#*\s]*3\. MAIN ACCOUNTABILITIES)",
        r"\nNote: copied from the NATO careers website by a recruitment office.\n\1",
        text,
        count=1,
    )


def english_only(text: str) -> str:
    reference = re.search(r"(\d{6})", text)
    assert reference is not None
    hits = [m.start() for m in re.finditer(rf"\(?-?\s?{reference[1]}\)?\s*\**\s*\n", text)]
    cut = hits[1] if len(hits) > 1 else len(text)
    start = text.rfind("\n", 0, cut)
    return text[:start]


def no_blank_lines(text: str) -> str:
    return "\n".join(line for line in _lines(text) if line.strip())


def web_page(text: str) -> str:
    """The notice as a careers page saved from a browser: markup, scripts, styles, links."""
    body: list[str] = []
    in_list = False
    for line in _lines(re.sub(r"\*\*|#+ ", "", text)):
        stripped = line.strip()
        if stripped.startswith("- "):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"  <li>{html.escape(stripped[2:])}</li>")
            continue
        if in_list:
            body.append("</ul>")
            in_list = False
        if stripped:
            tag = "h3" if stripped.isupper() else "p"
            body.append(f"<{tag}>{html.escape(stripped)}</{tag}>")
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>NATO careers</title>"
        "<style>body { font-family: sans-serif } li::before { content: '- ESSENTIAL' }</style>"
        "<script>var requirements = ['- have a degree']; document.title = 'ESSENTIAL';</script>"
        "</head><body><nav><a href='/jobs'>All jobs</a> | <a href='/login'>Sign in</a></nav>"
        "<main>\n" + "\n".join(body) + "\n</main><footer>© NATO <a href='https://www.nato.int'>"
        "nato.int</a></footer><script>track('view')</script></body></html>\n"
    )


VARIANTS: dict[str, tuple[Callable[[str], str], str]] = {
    "no-headings": (no_headings, ".txt"),
    "qualifications-heading": (qualifications_heading, ".txt"),
    "heading-and-lead-in": (heading_and_lead_in_on_one_line, ".txt"),
    "headings-as-bullets": (headings_as_bullets, ".txt"),
    "collapsed": (collapsed, ".txt"),
    "footers-and-notes": (footers_and_notes, ".txt"),
    "english-only": (english_only, ".txt"),
    "no-blank-lines": (no_blank_lines, ".txt"),
    "web-page": (web_page, ".html"),
}


@dataclass
class Expected:
    header: dict[str, Any]
    essential: list[dict[str, Any]]
    desirable: list[dict[str, Any]]
    nationality: dict[str, Any] = field(default_factory=dict)


def _criterion_params(criterion: Any) -> dict[str, Any]:
    data = squash(criterion)
    for key in ("id", "text", "source", "alternative"):
        data.pop(key, None)
    # Wording-dependent parameters are compared on their English (an English-only copy has
    # no French to give).
    return {k: (v["en"] if isinstance(v, dict) and "en" in v else v) for k, v in data.items()}


def _header_of(vacancy: Vacancy) -> dict[str, Any]:
    return {
        "reference": vacancy.reference,
        "title": " ".join(vacancy.title.en.split()),
        "nato_body": vacancy.nato_body,
        "grade": str(vacancy.grade),
        "deadline": vacancy.deadline.date.isoformat(),
        "clearance": vacancy.clearance.value if vacancy.clearance else None,
    }


def expected_from_bundled(reference: str) -> Expected:
    vacancy = load_vacancy(BUNDLED_DIR / f"{reference}.toml")
    nationality = _criterion_params(vacancy.essential[0])
    return Expected(
        header=_header_of(vacancy),
        essential=[_criterion_params(c) for c in vacancy.essential[1:]],
        desirable=[_criterion_params(c) for c in vacancy.desirable],
        nationality=nationality,
    )


def expected_from_file(path: Path) -> Expected:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Expected(
        header=data.get("header", {}),
        essential=data.get("essential", []),
        desirable=data.get("desirable", []),
        nationality=data.get("nationality", {"kind": "nationality", "scope": "nato_members"}),
    )


@dataclass
class Case:
    name: str
    text: str
    suffix: str
    expected: Expected


def corpus_cases() -> list[Case]:
    """Every corpus case (a new list; the cases themselves are shared and only read)."""
    return list(_corpus_cases())


@cache
def _corpus_cases() -> tuple[Case, ...]:
    # Read once per run: each blind batch's test asks for its twelve cases, and reading the
    # 600-odd files and expectations again for each took most of those tests' time.
    cases = []
    for notice in NOTICE_FILES:
        text = notice.read_text(encoding="utf-8")
        expected = expected_from_bundled(notice.stem)
        for variant, (make, suffix) in VARIANTS.items():
            cases.append(Case(f"{notice.stem}-{variant}", make(text), suffix, expected))
    sources = {
        path.name.removesuffix(path.suffix): path
        for path in CORPUS_DIR.iterdir()
        if path.is_file() and not path.name.endswith(".toml")
    }
    for path in sorted(CORPUS_DIR.glob("*.expected.toml")):
        stem = path.name.removesuffix(".expected.toml")
        source = sources[stem]
        cases.append(
            Case(stem, source.read_text(encoding="utf-8"), source.suffix, expected_from_file(path))
        )
    return tuple(cases)


def import_case(case: Case, tmp_dir: Path) -> Vacancy:
    if case.suffix == ".txt":
        return import_notice_text(case.text, f"{case.name}.txt").vacancy
    path = tmp_dir / f"{case.name}{case.suffix}"
    path.write_text(case.text, encoding="utf-8")
    return import_notice_file(path).vacancy


_IMPORTED: dict[str, Vacancy] = {}


def imported_case(case: Case, tmp_dir: Path) -> Vacancy:
    """The case's draft, imported once per test run: the corpus's figures and the wording of
    its review items read the same 500-odd drafts (only read, never changed)."""
    if case.name not in _IMPORTED:
        _IMPORTED[case.name] = import_case(case, tmp_dir)
    return _IMPORTED[case.name]


@dataclass
class Score:
    bullets: int = 0
    kind_right: int = 0
    params_right: int = 0
    header_fields: int = 0
    header_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.bullets += other.bullets
        self.kind_right += other.kind_right
        self.params_right += other.params_right
        self.header_fields += other.header_fields
        self.header_right += other.header_right
        self.misses.extend(other.misses)

    def shares(self) -> tuple[float, float, float]:
        return (
            self.kind_right / max(self.bullets, 1),
            self.params_right / max(self.bullets, 1),
            self.header_right / max(self.header_fields, 1),
        )


def _matches(expected: dict[str, Any], got: dict[str, Any]) -> bool:
    def same(key: str, value: Any) -> bool:
        if key == "countries":  # a set of nations, whatever order the notice lists them in
            return sorted(got.get(key) or []) == sorted(value)
        return bool(got.get(key) == value)

    return all(same(key, value) for key, value in expected.items() if key != "kind")


def score(case: Case, vacancy: Vacancy) -> Score:
    result = Score()
    header = _header_of(vacancy)
    for name, value in case.expected.header.items():
        result.header_fields += 1
        if header.get(name) == (" ".join(value.split()) if isinstance(value, str) else value):
            result.header_right += 1
        else:
            result.misses.append(f"{case.name}: header {name}: {header.get(name)!r} != {value!r}")
    pairs = [
        ("nationality", [case.expected.nationality], vacancy.essential[:1]),
        ("essential", case.expected.essential, vacancy.essential[1:]),
        ("desirable", case.expected.desirable, vacancy.desirable),
    ]
    for part, expected, got in pairs:
        result.bullets += max(len(expected), len(got))
        for index, (want, have) in enumerate(zip(expected, got, strict=False)):
            params = _criterion_params(have)
            if params.get("kind") == want.get("kind"):
                result.kind_right += 1
                if _matches(want, params):
                    result.params_right += 1
                    continue
            result.misses.append(f"{case.name}: {part}[{index}] {params} != {want}")
        if len(expected) != len(got):
            result.misses.append(
                f"{case.name}: {part}: {len(got)} bullets, expected {len(expected)}"
            )
    return result


def main() -> None:
    import tempfile

    total = Score()
    with tempfile.TemporaryDirectory() as tmp:
        cases = corpus_cases()
        for case in cases:
            total.add(score(case, imported_case(case, Path(tmp))))
    kind, params, header = total.shares()
    print(f"importer corpus: {len(cases)} notices, {total.bullets} bullets")
    print(f"  kind right:            {total.kind_right}/{total.bullets} = {kind:.1%}")
    print(f"  kind and parameters:   {total.params_right}/{total.bullets} = {params:.1%}")
    print(f"  header fields right:   {total.header_right}/{total.header_fields} = {header:.1%}")
    for miss in total.misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
