"""The third blind batch scored the way its tester scores it (corpus/blind3/*.json).

A third independent tester wrote 12 notices and their expected results without reading the
importer (corpus/blind3-*.txt, also in the ordered corpus with what the importer decides on
them). A bullet is found when its `match` phrase is in some criterion's English or French text
(nationality is scored on its own); then its list, kind and parameters are checked. "Lenient"
also accepts an English or French level stored as `official_languages` per language, as the
tester's own scorer does.

Run this file to print the figures: `.venv/bin/python tests/importer/blind3_support.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importer_support import squash

from screener.domain.vacancy import Vacancy

BLIND3_DIR = Path(__file__).resolve().parent / "corpus" / "blind3"


def _norm(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value)).replace("\u2019", "'").replace("\xa0", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def expectations() -> dict[str, dict[str, Any]]:
    """Corpus case name ("blind3-n01-linkedin") -> the tester's expectations."""
    return {
        "blind3-" + path.stem.replace("_", "-"): json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(BLIND3_DIR.glob("*.json"))
    }


@dataclass
class Blind3Score:
    bullets: int = 0
    found: int = 0
    section_right: int = 0
    kind_right: int = 0
    params_strict: int = 0
    params_lenient: int = 0
    header_fields: int = 0
    header_right: int = 0
    nationality_right: int = 0
    notices: int = 0
    extra: int = 0
    misses: list[str] = field(default_factory=list)


def _same(want: Any, got: Any) -> bool:
    if isinstance(want, list):
        have = [_norm(x) for x in got or []]
        wanted = [_norm(x) for x in want]
        return all(any(a in b or b in a for b in have) for a in wanted) and all(
            any(a in b or b in a for a in wanted) for b in have
        )
    if isinstance(want, str):
        return got is not None and _norm(want) == _norm(got)
    return bool(want == got)


def _header_ok(key: str, want: Any, vacancy: Vacancy) -> bool:
    if key == "reference":
        return bool(want == vacancy.reference)
    if key == "title":
        return _norm(want) in (_norm(vacancy.title.en), _norm(vacancy.title.fr))
    if key == "grade":
        return (vacancy.grade.min, vacancy.grade.max) == (want["min"], want["max"])
    if key == "deadline":
        return vacancy.deadline.date.isoformat() == want
    if key == "clearance":
        return (vacancy.clearance.value if vacancy.clearance else None) == want
    body = _norm(vacancy.nato_body)
    aliases = {"nato international staff": ["nato is", "international staff"]}
    names = [_norm(x) for x in (want if isinstance(want, list) else [want])]
    return any(n in body or any(a in body for a in aliases.get(n, [])) for n in names)


def _nationality(vacancy: Vacancy) -> dict[str, Any] | None:
    for criterion in vacancy.essential:
        data = squash(criterion)
        if data["kind"] == "nationality":
            if data.get("scope") == "listed":
                return {"scope": "listed", "countries": sorted(data.get("countries") or [])}
            return {"scope": data.get("scope")}
    return None


def _lenient(bullet: dict[str, Any], got: dict[str, Any]) -> bool:
    params = bullet["params"]
    return (
        bullet["kind"] == "language"
        and params.get("language") in ("en", "fr")
        and got["kind"] == "official_languages"
        and got.get("mode") == "per_language"
        and got.get(params["language"]) == params.get("min_level")
    )


def _score_bullets(
    name: str, expected: dict[str, Any], vacancy: Vacancy, score: Blind3Score
) -> None:
    pool = [
        (part, data)
        for part in ("essential", "desirable")
        for data in (squash(c) for c in getattr(vacancy, part))
        if data["kind"] != "nationality"
    ]
    texts = [_norm(d["text"]["en"] + " || " + (d["text"].get("fr") or "")) for _, d in pool]
    used: set[int] = set()
    for part in ("essential", "desirable"):
        for bullet in (b for b in expected[part] if b["kind"] != "nationality"):
            score.bullets += 1
            match = _norm(bullet["match"])
            hit = next((i for i, t in enumerate(texts) if i not in used and match in t), None)
            if hit is None:
                score.misses.append(f"{name}: [{part}] '{bullet['match']}' missing")
                continue
            used.add(hit)
            got_part, got = pool[hit]
            kind = got["kind"] == bullet["kind"]
            strict = kind and all(_same(v, got.get(k)) for k, v in bullet["params"].items())
            score.found += 1
            score.section_right += got_part == part
            score.kind_right += kind
            score.params_strict += strict
            score.params_lenient += strict or _lenient(bullet, got)
            if not (strict or _lenient(bullet, got)) or got_part != part:
                score.misses.append(f"{name}: '{bullet['match']}' is [{got_part}] {got['kind']}")
    score.extra += len(pool) - len(used)


def score_blind3(name: str, expected: dict[str, Any], vacancy: Vacancy) -> Blind3Score:
    score = Blind3Score(notices=1)
    for key, want in expected["header"].items():
        score.header_fields += 1
        ok = _header_ok(key, want, vacancy)
        score.header_right += ok
        if not ok:
            score.misses.append(f"{name}: header {key}")
    wanted = expected["nationality"]
    if wanted["scope"] == "listed":
        wanted = {"scope": "listed", "countries": sorted(wanted["countries"])}
    score.nationality_right += _nationality(vacancy) == wanted
    _score_bullets(name, expected, vacancy, score)
    return score


def total(scores: list[Blind3Score]) -> Blind3Score:
    out = Blind3Score()
    for one in scores:
        for key in vars(out):
            if key != "misses":
                setattr(out, key, getattr(out, key) + getattr(one, key))
        out.misses.extend(one.misses)
    return out


def figures(score: Blind3Score) -> str:
    return (
        f"blind batch 3: {score.found}/{score.bullets} bullets found, section "
        f"{score.section_right}, kind {score.kind_right}, kind and parameters "
        f"{score.params_strict} strict, {score.params_lenient} lenient; {score.extra} extra; "
        f"header fields {score.header_right}/{score.header_fields}; nationality "
        f"{score.nationality_right}/{score.notices}"
    )


def main() -> None:
    import tempfile

    from corpus_support import corpus_cases, imported_case

    wanted = expectations()
    with tempfile.TemporaryDirectory() as tmp:
        scores = [
            score_blind3(case.name, wanted[case.name], imported_case(case, Path(tmp)))
            for case in corpus_cases()
            if case.name in wanted
        ]
    result = total(scores)
    print(figures(result))
    for miss in result.misses:
        print("  miss:", miss)


if __name__ == "__main__":
    main()
