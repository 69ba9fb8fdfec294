"""Where the time goes, for figures that miss their target: cProfile's top functions."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path
from typing import Any

_ROOT = str(Path(__file__).resolve().parent.parent)


def _where(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    if filename.startswith(_ROOT):
        filename = filename[len(_ROOT) + 1 :]
    elif "site-packages/" in filename:
        filename = filename.split("site-packages/", 1)[1]
    elif filename == "~":
        return function
    return f"{filename}:{line}({function})"


def profile(work: Callable[[], object], top: int = 12) -> list[dict[str, Any]]:
    """Run `work` under cProfile; the functions with the most own time, with their share."""
    profiler = cProfile.Profile()
    profiler.enable()
    work()
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    rows = sorted(raw.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [
        {
            "function": _where(key),
            "calls": entry[1],
            "own_s": round(entry[2], 4),
            "cumulative_s": round(entry[3], 4),
            "share": round(entry[2] / total, 3),
        }
        for key, entry in rows
    ]


def render(rows: list[dict[str, Any]]) -> str:
    lines = [f"    {'own %':>6}  {'own s':>8}  {'cum s':>8}  {'calls':>9}  function"]
    for row in rows:
        lines.append(
            f"    {row['share'] * 100:6.1f}  {row['own_s']:8.3f}  {row['cumulative_s']:8.3f}"
            f"  {row['calls']:>9}  {row['function']}"
        )
    return "\n".join(lines)
