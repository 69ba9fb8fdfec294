"""The blind batch scored the way its tester scores it (corpus/blind/*.json).

An independent tester wrote 14 notices (corpus/blind-*.txt/.html) and their expected results
without reading the importer. Each expected bullet is found in the draft by a distinctive piece
of its English text (`t`), in either list, so a bullet counts as found even when the lists are
split differently; then its section, kind and the parameters the tester wrote down are checked.
Bullets the tester marked `debatable` are counted apart. The same notices are also in the
ordered corpus (corpus/blind-*.expected.toml), which says what the importer decides on them.

Run this file to print the figures: `.venv/bin/python tests/importer/blind_support.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importer_support import squash

from screener.domain.vacancy import Vacancy

BLIND_DIR = Path(__file__).resolve().parent / "corpus" / "blind"
_SKIPPED = {"t", "kind", "debatable", "alt_kinds", "needs_opt", "optional"}


def _norm(text: str | None) -> str:
    text = (text or "").lower().replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def _alnum(text: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text or "").upper()


def expectations() -> dict[str, dict[str, Any]]:
    """Corpus case name ("blind-ncia-taleo") -> the tester's expectations."""
    return {
        "blind-" + path.stem.replace("_", "-"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(BLIND_DIR.glob("*.json"))
    }


def _param_ok(key: str, want: Any, got: Any, bullet: dict[str, Any]) -> bool:
    if key == "needs":
        allowed = set(want) | set(bullet.get("needs_opt", []))
        return set(want) <= set(got or []) <= allowed
    if key == "any_of":
        names = [name.lower() for name in got or []]
        return all(any(w.lower() in n or n in w.lower() for n in names) for w in want)
    if key == "categories":
        return sorted(c.upper() for c in got or []) == sorted(want)
    if key == "min_years":
        return got is not None and float(got) == float(want)
    if isinstance(want, bool):
        return bool(got) == want
    if isinstance(want, list):
        return got in want
    return bool(got == want)


@dataclass
class BlindScore:
    bullets: int = 0
    found: int = 0
    section_right: int = 0
    kind_right: int = 0
    params_right: int = 0
    debatable: int = 0
    params_right_undebatable: int = 0
    header_fields: int = 0
    header_right: int = 0
    misses: list[str] = field(default_factory=list)


def _criteria(vacancy: Vacancy) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for part in ("essential", "desirable"):
        for criterion in getattr(vacancy, part):
            data = squash(criterion)
            if data["kind"] == "nationality" and data.get("source") == "notice":
                continue
            data = {
                k: (v["en"] if isinstance(v, dict) and "en" in v else v) for k, v in data.items()
            }
            found.append((part, data))
    return found


def _score_header(name: str, want: dict[str, Any], vacancy: Vacancy, score: BlindScore) -> None:
    refs = want["reference"] if isinstance(want["reference"], list) else [want["reference"]]
    grade = want["grade"]
    checks = {
        "reference": _alnum(vacancy.reference) in [_alnum(r) for r in refs],
        "title": _norm(vacancy.title.en) == _norm(want["title"]),
        "grade": _alnum(vacancy.grade.min) == _alnum(grade["min"])
        and _alnum(vacancy.grade.max) == _alnum(grade["max"]),
        "deadline": vacancy.deadline.date.isoformat() == want["deadline"],
        "clearance": (vacancy.clearance.value if vacancy.clearance else None) == want["clearance"],
        "nato_body": any(b.lower() in vacancy.nato_body.lower() for b in want["nato_body"]),
    }
    for key, ok in checks.items():
        score.header_fields += 1
        score.header_right += ok
        if not ok:
            score.misses.append(f"{name}: header {key}")


def score_blind(name: str, expected: dict[str, Any], vacancy: Vacancy) -> BlindScore:
    score = BlindScore()
    _score_header(name, expected["header"], vacancy, score)
    criteria = _criteria(vacancy)
    used: set[int] = set()
    for part in ("essential", "desirable"):
        for bullet in expected[part]:
            score.bullets += 1
            score.debatable += bool(bullet.get("debatable"))
            where = next(
                (
                    i
                    for i, (_, c) in enumerate(criteria)
                    if i not in used and _norm(bullet["t"]) in _norm(c.get("text"))
                ),
                None,
            )
            if where is None:
                score.misses.append(f"{name}: [{part}] '{bullet['t']}' missing")
                continue
            used.add(where)
            got_part, got = criteria[where]
            score.found += 1
            score.section_right += got_part == part
            alt = got["kind"] in bullet.get("alt_kinds", [])
            if got["kind"] != bullet["kind"] and not alt:
                score.misses.append(f"{name}: '{bullet['t']}' is {got['kind']}")
                continue
            score.kind_right += 1
            params = alt or all(
                _param_ok(k, v, got.get(k), bullet) for k, v in bullet.items() if k not in _SKIPPED
            )
            score.params_right += params
            score.params_right_undebatable += params and not bullet.get("debatable")
            if not params:
                score.misses.append(f"{name}: '{bullet['t']}' parameters")
    return score


def total(scores: list[BlindScore]) -> BlindScore:
    out = BlindScore()
    for one in scores:
        for key in vars(out):
            if key != "misses":
                setattr(out, key, getattr(out, key) + getattr(one, key))
        out.misses.extend(one.misses)
    return out


def figures(score: BlindScore) -> str:
    undebatable = score.bullets - score.debatable
    return (
        f"blind batch: {score.found}/{score.bullets} bullets found, section "
        f"{score.section_right}, kind {score.kind_right}, kind and parameters "
        f"{score.params_right} ({score.params_right_undebatable}/{undebatable} leaving out the "
        f"{score.debatable} the tester marked debatable); header fields "
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
                scores.append(score_blind(case.name, wanted[case.name], vacancy))
    result = total(scores)
    print(figures(result))
    for miss in result.misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
