"""Benchmark figures: what was measured, against which target, and how they are reported."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

RESULTS_DIR = Path(__file__).resolve().parent / "results"

Direction = Literal["<=", ">="]
State = Literal["pass", "miss", "info", "not available yet", "error"]


@dataclass(slots=True)
class Figure:
    name: str
    unit: str
    target: float | None
    direction: Direction = "<="
    measured: float | None = None
    state: State = "info"
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def judge(self, measured: float) -> Figure:
        self.measured = measured
        if self.target is None:
            self.state = "info"
        elif self.direction == "<=":
            self.state = "pass" if measured <= self.target else "miss"
        else:
            self.state = "pass" if measured >= self.target else "miss"
        return self

    def unavailable(self, why: str) -> Figure:
        self.state = "not available yet"
        self.note = why
        return self

    def failed(self, why: str) -> Figure:
        self.state = "error"
        self.note = why
        return self


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "x":
        return f"{value:.2f}x"
    if abs(value) >= 1000:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.3g} {unit}"


def _target(figure: Figure) -> str:
    if figure.target is None:
        return "-"
    sign = "≤" if figure.direction == "<=" else "≥"
    return f"{sign} {_number(figure.target, figure.unit)}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "measured", "target", "result")]
    rows += [(f.name, _number(f.measured, f.unit), _target(f), f.state) for f in figures]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if number == 0:
            lines.append("  ".join("-" * width for width in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        lines += ["", "notes:", *notes]
    return "\n".join(line.rstrip() for line in lines)


def write_json(figures: list[Figure], machine: dict[str, Any], path: Path | None = None) -> Path:
    target = path or RESULTS_DIR / "latest.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    document = {"machine": machine, "figures": [asdict(f) for f in figures]}
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target
