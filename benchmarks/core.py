"""Figures of the Qt-free core: loading vacancy files, assessing, batch runs."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.generate import make_profile, make_profiles, write_vacancies
from benchmarks.profiling import profile
from benchmarks.results import Figure
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.domain.vacancy import Vacancy
from screener.paths import CACHE_DIR_ENV
from screener.persistence.vacancy_cache import cache_file
from screener.persistence.vacancy_catalogue import load_paths

ON = dt.date(2025, 1, 15)


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def load_folder(folder: Path, expected: int) -> list[Vacancy]:
    catalogue = load_paths([folder])
    if catalogue.errors or len(catalogue.vacancies) != expected:
        problems = "; ".join(str(p) for p in catalogue.problems[:3])
        raise RuntimeError(f"generated files did not load cleanly: {problems}")
    return [loaded.vacancy for loaded in catalogue.vacancies]


def bench_first_load(folder: Path, count: int) -> Figure:
    """Loading with an empty cache of validated vacancies: every file's TOML is parsed."""

    def first_load() -> None:
        cache_file(folder).unlink(missing_ok=True)
        load_folder(folder, count)

    times = timed(first_load, 3)
    figure = Figure(f"load + validate {count:,} vacancy files, first time", "s", None)
    figure.judge(statistics.median(times))
    figure.details = {"runs_s": [round(t, 4) for t in times], "files": count}
    figure.note = (
        "empty cache of validated vacancies: every file's TOML parsed (tomllib) and validated; "
        "the figure above is every later load of an unchanged folder"
    )
    return figure


LOADS = ((1_000, 0.3, 5), (10_000, None, 2))


def bench_loading(
    workdir: Path, profile_misses: bool, loads: tuple[tuple[int, float | None, int], ...] = LOADS
) -> tuple[list[Figure], list[Vacancy]]:
    figures = []
    vacancies: list[Vacancy] = []
    for count, target, repeat in loads:
        folder = workdir / f"vacancies-{count}"
        write_vacancies(folder, count)
        # Warms the OS file cache, the imports, and Screener's cache of validated vacancies
        # (the app's second and later starts); the first load is its own figure below.
        load_folder(folder, count)
        times = timed(lambda f=folder, n=count: load_folder(f, n), repeat)
        figure = Figure(f"load + validate {count:,} vacancy files", "s", target)
        figure.judge(statistics.median(times))
        figure.details = {"runs_s": [round(t, 4) for t in times], "files": count}
        if count == 10_000:
            figure.note = (
                f"{figure.measured / count * 1e6:.0f} µs a file; no target (1,000 ≤ 0.3 s)"
            )
        if figure.state == "miss" and profile_misses:
            figure.details["profile"] = profile(lambda f=folder, n=count: load_folder(f, n))
        figures.append(figure)
        if count == 1_000:
            figures.append(bench_first_load(folder, count))
            vacancies = load_folder(folder, count)
    return figures, vacancies


def criteria_index(vacancies: list[Vacancy]) -> dict[str, list[tuple[str, str]]]:
    return {v.reference: [(c.id, c.kind) for c in v.criteria] for v in vacancies}


def bench_assess(vacancies: list[Vacancy], profile_misses: bool) -> Figure:
    candidate = make_profile(random.Random(3), criteria_index(vacancies))

    def run() -> None:
        for vacancy in vacancies:
            assess(vacancy, candidate, ON)

    run()
    times = timed(run, 7)
    rate = len(vacancies) / statistics.median(times)
    figure = Figure(f"assess 1 profile x {len(vacancies):,} vacancies", "/s", 50_000, ">=")
    figure.judge(rate)
    figure.details = {"runs_s": [round(t, 5) for t in times]}
    figure.note = f"{1e6 / rate:.1f} µs an assessment (engine.assess, one core)"
    if figure.state == "miss" and profile_misses:
        figure.details["profile"] = profile(lambda: [run() for _ in range(5)])
    return figure


def bench_fast_verdict(vacancies: list[Vacancy]) -> Figure | None:
    """The verdict-only path (screener.domain.fast_verdict), when it exists: for comparison."""
    try:
        fast = importlib.import_module("screener.domain.fast_verdict")
    except ImportError:
        return None
    candidate = make_profile(random.Random(3), criteria_index(vacancies))
    start = time.perf_counter()
    compiled = [fast.compile_vacancy(v) for v in vacancies]
    compile_s = time.perf_counter() - start

    def run() -> None:
        for vacancy in compiled:
            fast.evaluate(vacancy, candidate)

    run()
    rate = len(vacancies) / statistics.median(timed(run, 7))
    figure = Figure(f"verdicts only, 1 profile x {len(vacancies):,} (fast_verdict)", "/s", None)
    figure.judge(rate)
    figure.note = (
        f"compiled vacancies, no explanations; compiling the {len(vacancies):,} once takes "
        f"{compile_s * 1000:.0f} ms"
    )
    return figure


def _find_batch() -> tuple[Callable[..., Any], str] | None:
    """The batch entry point of screener.batch, whatever its author called it."""
    try:
        module = importlib.import_module("screener.batch")
    except ImportError:
        return None
    for name in ("run_batch", "batch_assess", "assess_all", "assess_batch", "run", "batch"):
        candidate = getattr(module, name, None)
        if callable(candidate) and not inspect.isclass(candidate):
            return candidate, f"screener.batch.{name}"
    return None


def _call_batch(
    entry: Callable[..., Any], profiles: list[Profile], vacancies: list[Vacancy]
) -> object:
    parameters = inspect.signature(entry).parameters
    kwargs: dict[str, Any] = {}
    for name in parameters:
        if name in {"on", "when", "date", "today"}:
            kwargs[name] = ON
    names = list(parameters)
    if names and "vacanc" in names[0]:
        return entry(vacancies, profiles, **kwargs)
    return entry(profiles, vacancies, **kwargs)


def bench_batch(vacancies: list[Vacancy], profile_misses: bool) -> Figure:
    figure = Figure(f"batch 1,000 profiles x {len(vacancies):,} vacancies", "s", 30.0)
    profiles = make_profiles(1_000, criteria_index(vacancies))
    # What a plain engine loop would take, measured on 20 profiles and scaled.
    sample = profiles[:20]
    start = time.perf_counter()
    for candidate in sample:
        for vacancy in vacancies:
            assess(vacancy, candidate, ON)
    loop_estimate = (time.perf_counter() - start) * len(profiles) / len(sample)
    figure.details["engine_loop_estimate_s"] = round(loop_estimate, 1)
    found = _find_batch()
    if found is None:
        return figure.unavailable(
            f"screener.batch has no entry point yet; a plain engine.assess loop would take "
            f"~{loop_estimate:.0f} s"
        )
    entry, name = found
    try:
        start = time.perf_counter()
        _call_batch(entry, profiles, vacancies)
        elapsed = time.perf_counter() - start
    except Exception as exc:  # the harness reports, it does not crash
        return figure.failed(f"{name} raised {type(exc).__name__}: {exc}")
    figure.judge(elapsed)
    figure.note = f"via {name}; plain engine loop would take ~{loop_estimate:.0f} s"
    if figure.state == "miss" and profile_misses:
        figure.details["profile"] = profile(lambda: _call_batch(entry, profiles[:50], vacancies))
    return figure


def run_core(profile_misses: bool = True) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="screener-bench-") as tmp:
        # The cache of validated vacancies goes with the generated files, not to the
        # user's cache folder.
        previous = os.environ.get(CACHE_DIR_ENV)
        os.environ[CACHE_DIR_ENV] = str(Path(tmp) / "cache")
        try:
            figures, vacancies = bench_loading(Path(tmp), profile_misses, LOADS[:1])
            # The engine figures come before the 10,000-file load: vacancies allocated after
            # 10,000 others were loaded and freed sit scattered in memory, and assessing
            # them measured ~20% slower (52,900/s against 66,200/s), which is the
            # benchmark's history, not the app's (it loads its catalogue once).
            engine = [bench_assess(vacancies, profile_misses)]
            fast = bench_fast_verdict(vacancies)
            if fast is not None:
                engine.append(fast)
            engine.append(bench_batch(vacancies, profile_misses))
            del vacancies
            more, _ = bench_loading(Path(tmp), profile_misses, LOADS[1:])
        finally:
            if previous is None:
                os.environ.pop(CACHE_DIR_ENV, None)
            else:
                os.environ[CACHE_DIR_ENV] = previous
    return figures + more + engine
