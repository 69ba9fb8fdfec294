"""The second blind batch scored the way its tester scores it (corpus/blind2/*.json).

A second independent tester wrote 16 notices and their expected results without reading the
importer: 15 vacancies (corpus/blind2-*.txt, also in the ordered corpus with what the importer
decides on them) and a news article that must be refused (corpus/blind2/news_article.txt).
A bullet is found by a fragment of its text (`match`, compared on letters and digits only) in
either list; then its section, kind and the parameters the tester gave are checked, strictly
(the main expectation) and leniently (also the `alternatives` of a debatable bullet). Header
fields are compared as the tester compares them.

Run this file to print the figures: `.venv/bin/python tests/importer/blind2_support.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importer_support import squash

from screener.domain.vacancy import Vacancy

BLIND2_DIR = Path(__file__).resolve().parent / "corpus" / "blind2"
NEWS_ARTICLE = BLIND2_DIR / "news_article.txt"


def _alnum(value: object) -> str:
    return re.sub(r"[^0-9a-z]", "", str(value).lower())


def expectations() -> dict[str, dict[str, Any]]:
    """Corpus case name ("blind2-jftc-numbered") -> the tester's expectations (vacancies)."""
    found = {}
    for path in sorted(BLIND2_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not data["refuse"]:
            found["blind2-" + path.stem.replace("_", "-")] = data
    return found


def _wrong_params(got: dict[str, Any], params: dict[str, Any]) -> bool:
    for key, want in params.items():
        if key.endswith("_includes"):
            have = [str(x).lower() for x in got.get(key.removesuffix("_includes")) or []]
            if not all(any(str(w).lower() in h for h in have) for w in want):
                return True
        elif isinstance(want, list):
            if sorted(map(str, got.get(key) or [])) != sorted(map(str, want)):
                return True
        elif got.get(key) != want:
            return True
    return False


@dataclass
class Blind2Score:
    bullets: int = 0
    found: int = 0
    section_right: int = 0
    params_strict: int = 0
    params_lenient: int = 0
    header_fields: int = 0
    header_right: int = 0
    misses: list[str] = field(default_factory=list)


def _header_ok(key: str, want: Any, vacancy: Vacancy) -> bool:
    if key == "reference":
        got = None if vacancy.reference == "imported-notice" else vacancy.reference
        if got is None:
            return bool(want.get("null_ok")) if isinstance(want, dict) else want is None
        wants = (want.get("alnum_any") or [want["alnum"]]) if isinstance(want, dict) else [want]
        return any(_alnum(w) in _alnum(got) for w in wants)
    if key == "title":
        return " ".join(vacancy.title.en.lower().split()) == " ".join(want.lower().split())
    if key == "grade":
        return _alnum(vacancy.grade.min) == _alnum(want["min"]) and _alnum(
            vacancy.grade.max or ""
        ) == _alnum(want["max"] or "")
    if key == "deadline":
        return vacancy.deadline.date.isoformat() == want
    if key == "clearance":
        return (vacancy.clearance.value if vacancy.clearance else None) == want
    return any(name.lower() in vacancy.nato_body.lower() for name in want)


def _criteria(vacancy: Vacancy) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for part in ("essential", "desirable"):
        for criterion in getattr(vacancy, part):
            data = squash(criterion)
            if data["kind"] != "nationality":
                found.append((part, data))
    return found


def _text(data: dict[str, Any]) -> str:
    text = data.get("text")
    return _alnum(text.get("en") or text.get("fr") if isinstance(text, dict) else text)


def score_blind2(name: str, expected: dict[str, Any], vacancy: Vacancy) -> Blind2Score:
    score = Blind2Score()
    for key, want in expected["header"].items():
        score.header_fields += 1
        ok = _header_ok(key, want, vacancy)
        score.header_right += ok
        if not ok:
            score.misses.append(f"{name}: header {key}")
    criteria = _criteria(vacancy)
    used: set[int] = set()
    for part in ("essential", "desirable"):
        for bullet in expected[part]:
            score.bullets += 1
            match = _alnum(bullet["match"])
            where = next(
                (i for i, (_, c) in enumerate(criteria) if i not in used and match in _text(c)),
                None,
            )
            if where is None:
                score.misses.append(f"{name}: [{part}] '{bullet['match']}' missing")
                continue
            used.add(where)
            got_part, got = criteria[where]
            score.found += 1
            score.section_right += got_part == part
            strict = got["kind"] == bullet["kind"] and not _wrong_params(got, bullet["params"])
            lenient = strict or any(
                got["kind"] == alt["kind"] and not _wrong_params(got, alt["params"])
                for alt in bullet.get("alternatives", [])
            )
            score.params_strict += strict
            score.params_lenient += lenient
            if not lenient:
                score.misses.append(f"{name}: '{bullet['match']}' is {got['kind']} {got}")
    return score


def total(scores: list[Blind2Score]) -> Blind2Score:
    out = Blind2Score()
    for one in scores:
        for key in vars(out):
            if key != "misses":
                setattr(out, key, getattr(out, key) + getattr(one, key))
        out.misses.extend(one.misses)
    return out


def figures(score: Blind2Score) -> str:
    return (
        f"blind batch 2: {score.found}/{score.bullets} bullets found, section "
        f"{score.section_right}, kind and parameters {score.params_strict} strict, "
        f"{score.params_lenient} accepting the tester's alternatives; header fields "
        f"{score.header_right}/{score.header_fields}"
    )


def main() -> None:
    import tempfile

    from corpus_support import corpus_cases, imported_case

    wanted = expectations()
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for case in corpus_cases():
            if case.name in wanted:
                vacancy = imported_case(case, Path(tmp))
                scores.append(score_blind2(case.name, wanted[case.name], vacancy))
    result = total(scores)
    print(figures(result))
    for miss in result.misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
