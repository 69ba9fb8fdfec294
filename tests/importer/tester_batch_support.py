"""Blind batches 4, 5 and 6 scored the way their testers score them (corpus/blindN/*.json).

Independent testers wrote notices and their expected results without reading the importer
(corpus/blindN-*.txt|.html, also in the ordered corpus with what the importer decides on them).
This is the testers' own scorer (the same for the three batches), run in-process on the
imported vacancy rather than on the CLI's output file: a bullet is found when every word of its
`match` phrase is in some criterion's English text; then its list, kind and parameters are
checked ("strict"). A bullet may list several acceptable kinds; parameters are checked against
the first. Debatable bullets (the tester's mark) are counted apart as well.

Run this file to print the figures:
`.venv/bin/python tests/importer/tester_batch_support.py blind5 -v` (blind4 by default).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.domain.vacancy import Vacancy

CORPUS = Path(__file__).resolve().parent / "corpus"
HEADER_KEYS = ("reference", "title", "grade", "deadline", "clearance", "nato_body")


def _norm(value: object) -> str:
    return re.sub(r"\s+", " ", str(value)).strip().lower()


def _alnum(value: object) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", str(value)).upper()


def expectations(batch: str = "blind4") -> dict[str, dict[str, Any]]:
    """Corpus case name ("blind4-n01-nato-is") -> the tester's expectations."""
    return {
        f"{batch}-" + path.stem.replace("_", "-"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((CORPUS / batch).glob("*.json"))
    }


@dataclass
class BatchScore:
    notices: int = 0
    bullets: int = 0
    found: int = 0
    section: int = 0
    kind: int = 0
    strict: int = 0
    nd_bullets: int = 0
    nd_found: int = 0
    nd_strict: int = 0
    extra: int = 0
    nationality: int = 0
    header: dict[str, int] = field(default_factory=lambda: dict.fromkeys(HEADER_KEYS, 0))
    misses: list[str] = field(default_factory=list)


def _params_ok(want: dict[str, Any], got: dict[str, Any]) -> bool:
    for key, value in want.items():
        have = got.get(key)
        if key == "any_of":
            names = [_alnum(x) for x in (have or [])]
            if len(names) != len(value) or not all(
                any(_alnum(e) in n for n in names) for e in value
            ):
                return False
        elif key in ("needs", "categories", "countries"):
            if sorted(map(str, have or [])) != sorted(map(str, value)):
                return False
        elif key == "min_years":
            if have is None or float(have) != float(value):
                return False
        elif have != value:
            return False
    return True


# Batches 15 and 20 to 24 hold French-only or French-first notices: their testers match a bullet's words in
# the English and the French text, and take a title in either language (or one of several).
_BOTH_HALVES = frozenset({"blind15", "blind20", "blind21", "blind22", "blind23", "blind24"})
# Batches 25-27 too (a French-first notice, a French-only circular, a French-only careers page).
_BOTH_HALVES |= {"blind25", "blind26", "blind27"}
# And 28-31 (French-only careers pages, a French-first copy, a French-only SHAPE page).
_BOTH_HALVES |= {"blind28", "blind29", "blind30", "blind31"}
# And 44 (French notices as French-speaking candidates and advisers copy them).
_BOTH_HALVES |= {"blind44"}
# And 47 (a French-first copy among them) and 48 (French notices), scored so by their testers.
_BOTH_HALVES |= {"blind47", "blind48"}
# And 45 (held out; a French-first copy among them), scored so by its tester.
_BOTH_HALVES |= {"blind45"}


def _both_halves(name: str) -> bool:
    return name.split("-", 1)[0] in _BOTH_HALVES


def _title_ok(want: str | list[str], title: dict[str, str], both: bool) -> bool:
    wanted = [_norm(t) for t in (want if isinstance(want, list) else [want])]
    have = [title["en"], title["fr"]] if both else [title["en"]]
    return any(_norm(t) in wanted for t in have)


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _header_checks(want: dict[str, Any], data: dict[str, Any], both: bool) -> dict[str, bool]:
    grade = data["grade"]
    grade_text = _alnum(grade["min"]) + (_alnum(grade["max"]) if grade.get("max") else "")
    body = _norm(data["nato_body"])
    return {
        # (Batch 28 gives a list of accepted references: a PDF's page header and its post line.)
        "reference": any(
            _alnum(data["reference"]) == _alnum(r) for r in _listed(want["reference"])
        ),
        "title": _title_ok(want["title"], data["title"], both),
        "grade": grade_text == _alnum(want["grade"]),
        "deadline": str(data["deadline"]["date"])[:10] == want["deadline"],
        "clearance": (data.get("clearance") or "") == want["clearance"],
        "nato_body": any(name in body for name in want["nato_body_any"]),
    }


def _nationality_ok(want: dict[str, Any], bullets: list[dict[str, Any]]) -> bool:
    found = [c for c in bullets if c["kind"] == "nationality"]
    if not found or found[0].get("scope") != want["scope"]:
        return False
    return want["scope"] != "listed" or sorted(found[0]["countries"]) == sorted(want["countries"])


def score_batch(name: str, want: dict[str, Any], vacancy: Vacancy) -> BatchScore:
    score = BatchScore(notices=1)
    data = vacancy.model_dump(mode="json")
    both = _both_halves(name)
    for key, ok in _header_checks(want["header"], data, both).items():
        score.header[key] += ok
        if not ok:
            score.misses.append(f"{name}: header {key}: {data.get(key)!r}")
    parts = [(part, c) for part in ("essential", "desirable") for c in data[part]]
    score.nationality += _nationality_ok(want["nationality"], [c for _, c in parts])
    pool = [(part, c) for part, c in parts if c["kind"] != "nationality"]
    used: set[int] = set()
    for part in ("essential", "desirable"):
        for bullet in want[part]:
            _score_bullet(name, part, bullet, pool, used, score, both)
    score.extra += len(pool) - len(used)
    return score


def _score_bullet(
    name: str,
    part: str,
    bullet: dict[str, Any],
    pool: list[tuple[str, dict[str, Any]]],
    used: set[int],
    score: BatchScore,
    both: bool = False,
) -> None:
    score.bullets += 1
    score.nd_bullets += not bullet["debatable"]
    words = _norm(bullet["match"]).split()

    def text(c: dict[str, Any]) -> str:
        return _norm(f"{c['text']['en']} {c['text']['fr']}" if both else c["text"]["en"])

    hit = next(
        (i for i, (_, c) in enumerate(pool) if i not in used and all(w in text(c) for w in words)),
        None,
    )
    if hit is None:
        score.misses.append(f"{name} | {part} | {bullet['match']} | NOT FOUND")
        return
    used.add(hit)
    got_part, got = pool[hit]
    kinds = bullet["kind"] if isinstance(bullet["kind"], list) else [bullet["kind"]]
    section_ok, kind_ok = got_part == part, got["kind"] in kinds
    strict = (
        section_ok and kind_ok and (got["kind"] != kinds[0] or _params_ok(bullet["params"], got))
    )
    score.found += 1
    score.nd_found += not bullet["debatable"]
    score.section += section_ok
    score.kind += kind_ok
    score.strict += strict
    score.nd_strict += strict and not bullet["debatable"]
    if not strict:
        debatable = " [debatable]" if bullet["debatable"] else ""
        score.misses.append(
            f"{name} | {part} | {bullet['match']} | in {got_part} | exp {kinds} "
            f"{bullet['params']} got {got['kind']}{debatable}"
        )


def total(scores: list[BatchScore]) -> BatchScore:
    out = BatchScore()
    for one in scores:
        for key, value in vars(one).items():
            if key == "header":
                for name, right in value.items():
                    out.header[name] += right
            elif key == "misses":
                out.misses.extend(value)
            else:
                setattr(out, key, getattr(out, key) + value)
    return out


def corpus_batch(batch: str, tmp_dir: Path) -> BatchScore:
    """A batch's corpus notices (twelve; ten for batch 44) imported and scored the tester's way."""
    from corpus_support import corpus_cases, imported_case

    wanted = expectations(batch)
    cases = [case for case in corpus_cases() if case.name in wanted]
    assert len(wanted) == len(cases) >= 10
    return total([score_batch(c.name, wanted[c.name], imported_case(c, tmp_dir)) for c in cases])


def assert_kept(result: BatchScore, kept: dict[str, int]) -> None:
    """Every bullet found in its list, no fewer right, no more spurious, every nationality rule
    and no fewer header fields than the figures a batch keeps."""
    assert result.found == kept["found"] == result.section, result.misses
    assert result.strict >= kept["strict"] and result.nd_strict >= kept["nd_strict"], result.misses
    assert result.extra <= kept["extra"] and result.nationality == result.notices, result.misses
    assert sum(result.header.values()) >= kept["header"], result.misses


def figures(score: BatchScore, batch: str = "blind4") -> str:
    header = ", ".join(f"{k} {v}/{score.notices}" for k, v in score.header.items())
    return (
        f"{batch}: {score.found}/{score.bullets} bullets found, section {score.section}, "
        f"kind {score.kind}, kind and parameters {score.strict} strict (non-debatable "
        f"{score.nd_strict}/{score.nd_bullets}); {score.extra} extra; header {header}; "
        f"nationality {score.nationality}/{score.notices}"
    )


def main() -> None:
    import tempfile

    from corpus_support import corpus_cases, imported_case

    batch = next((arg for arg in sys.argv[1:] if arg.startswith("blind")), "blind4")
    wanted = expectations(batch)
    with tempfile.TemporaryDirectory() as tmp:
        scores = [
            score_batch(case.name, wanted[case.name], imported_case(case, Path(tmp)))
            for case in corpus_cases()
            if case.name in wanted
        ]
    result = total(scores)
    print(figures(result, batch))
    if "-v" in sys.argv:
        for miss in result.misses:
            print("  miss:", miss)


if __name__ == "__main__":
    main()
