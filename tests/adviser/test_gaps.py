"""The gap plan on the bundled vacancies: what would open more posts to a candidate.

Facts from the notices (vacancies/*.toml): 241600 asks for V in one official language and
III in the other; the other four ask for V and I. 250939 asks for 4 years of experience, a
yearly fitness test and a B licence.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adviser_support import save

from screener.adviser.gaps import answer_index, apply_change, gap_plan
from screener.domain.assessment import Verdict
from screener.domain.engine import assess
from screener.domain.profile import Profile
from screener.persistence.vacancy_catalogue import Catalogue

ON = dt.date(2025, 1, 1)  # 241436 and 241600 have closed; the other three are open


def _vacancies(catalogue: Catalogue) -> list:
    return sorted((e.vacancy for e in catalogue.vacancies), key=lambda v: v.reference)


def test_french_iii_opens_241600_to_a_candidate_with_french_ii(
    bundled_catalogue: Catalogue, french_ii: Profile
) -> None:
    plan = gap_plan(french_ii, _vacancies(bundled_catalogue), ON)
    assert plan.not_eligible == ["241600", "250939"]
    step = plan.step("remedy.languages", levels={"fr": "III"})
    assert step is not None
    assert [o.reference for o in step.opens] == ["241600"]
    # Opened as "can't tell yet": the questions only the candidate can answer stay open.
    opened = step.opens[0]
    assert opened.verdict is Verdict.INCOMPLETE
    assert "experience" in opened.still_open
    assert plan.steps[0] is step  # it is the only single change that opens a post


def test_each_single_change_for_250939_brings_it_closer_and_together_they_open_it(
    bundled_catalogue: Catalogue, french_ii: Profile
) -> None:
    plan = gap_plan(french_ii, _vacancies(bundled_catalogue), ON)
    fitness = plan.step("gap.yes_kind", kind="fitness_test")
    year = plan.step("remedy.more_years", years=1.0)
    assert fitness is not None and year is not None
    assert [(h.reference, h.still_failing) for h in fitness.helps] == [("250939", ("experience",))]
    assert [(h.reference, h.still_failing) for h in year.helps] == [("250939", ("fitness",))]
    assert not fitness.opens and not year.opens
    together = plan.steps[-1]
    assert together.change.code == "gap.together"
    assert {p.code for p in together.change.value("parts")} == {
        "gap.yes_kind",
        "remedy.more_years",
    }
    assert [o.reference for o in together.opens] == ["250939"]
    assert plan.out_of_reach == []


def test_a_step_agrees_with_the_full_engine(
    bundled_catalogue: Catalogue, french_ii: Profile
) -> None:
    vacancies = {v.reference: v for v in _vacancies(bundled_catalogue)}
    plan = gap_plan(french_ii, list(vacancies.values()), ON)
    where = answer_index(french_ii, vacancies.values())
    for step in plan.steps:
        changed = apply_change(french_ii, step.change, where)
        for opened in step.opens:
            assessment = assess(vacancies[opened.reference], changed, ON)
            assert assessment.verdict is opened.verdict
    assert french_ii.languages["fr"] == "II"  # the profile itself is unchanged


def test_open_only_leaves_closed_vacancies_out(
    bundled_catalogue: Catalogue, french_ii: Profile
) -> None:
    plan = gap_plan(french_ii, _vacancies(bundled_catalogue), ON, open_only=True)
    assert "241600" not in plan.considered
    assert plan.step("remedy.languages", levels={"fr": "III"}) is None
    assert plan.not_eligible == ["250939"]


def test_nationality_is_out_of_reach(bundled_catalogue: Catalogue) -> None:
    swiss = Profile(nationality="CH", education="master", languages={"en": "VI", "fr": "VI"})
    plan = gap_plan(swiss, _vacancies(bundled_catalogue), ON)
    assert plan.steps == []
    assert plan.out_of_reach == plan.not_eligible == plan.considered


def test_cli_gaps_text_names_the_change_and_what_it_opens(
    run, tmp_path: Path, french_ii: Profile
) -> None:
    profile = save(tmp_path, french_ii)
    result = run("gaps", "--profile", str(profile), "--on", "2025-01-01", "--lang", "en")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    first = lines.index("1. French at level III (Intermediate).")
    assert lines[first + 1].strip() == "opens 1: 241600"
    together = "4. Together: One more year of experience + Able to pass the physical fitness test."
    assert together in lines


def test_cli_gaps_in_french(run, tmp_path: Path, french_ii: Profile) -> None:
    profile = save(tmp_path, french_ii)
    result = run("gaps", "--profile", str(profile), "--on", "2025-01-01", "--lang", "fr")
    assert result.code == 0
    assert "1. Français au niveau III (intermédiaire)." in result.out
    assert "ouvre 1\u00a0: 241600" in result.out


def test_cli_gaps_json_has_codes_and_values(run, tmp_path: Path, french_ii: Profile) -> None:
    profile = save(tmp_path, french_ii)
    args = ("gaps", "--profile", str(profile), "--on", "2025-06-01", "--format", "json")
    data = run(*args, "--open-only").json()
    assert data["considered"] == ["250939"]
    codes = [step["change"]["code"] for step in data["steps"]]
    assert codes == ["gap.yes_kind", "remedy.more_years", "gap.together"]
    assert data["steps"][1]["change"]["values"] == {"years": 1.0}
    assert data["steps"][2]["opens"][0]["reference"] == "250939"
    assert data["profile"]["name"] == "Anne Peeters"


def test_cli_gaps_bad_profile_is_one_line_and_status_2(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "languages": {"fr": "VII"}}', encoding="utf-8")
    result = run("gaps", "--profile", str(bad))
    assert result.code == 2
    assert "bad.json" in result.err and "languages" in result.err
    missing = run("gaps", "--profile", str(tmp_path / "nobody.json"))
    assert missing.code == 2 and "nobody.json" in missing.err


def test_languages_an_education_level_and_a_licence_each_count_their_posts(
    bundled_catalogue: Catalogue,
) -> None:
    # Higher secondary education, no licence, English IV / French II: 241436 and 250411 ask
    # for a degree, 250939 for a B licence; all ask for V in one official language, and
    # 241600 for III in the other.
    candidate = Profile(
        nationality="PL", education="higher_secondary", languages={"en": "IV", "fr": "II"},
        driving_licences=[],
    )  # fmt: skip
    plan = gap_plan(candidate, _vacancies(bundled_catalogue), ON)
    english = plan.step("remedy.languages", levels={"en": "V"})
    assert english is not None
    assert [o.reference for o in english.opens] == ["250717"]
    both = plan.step("remedy.languages", levels={"en": "V", "fr": "III"})
    assert both is not None and "241600" in [o.reference for o in both.opens]
    degree = plan.step("remedy.education", needs="bachelor")
    assert degree is not None and degree.opens == []
    assert {h.reference for h in degree.helps} == {"241436", "250411"}
    licence = plan.step("remedy.licence", categories=["B"])
    assert licence is not None and [h.reference for h in licence.helps] == ["250939"]
    # Every step's openings are the full engine's verdicts.
    vacancies = {v.reference: v for v in _vacancies(bundled_catalogue)}
    where = answer_index(candidate, vacancies.values())
    for step in plan.steps:
        changed = apply_change(candidate, step.change, where)
        for opened in step.opens:
            assert assess(vacancies[opened.reference], changed, ON).verdict is opened.verdict
        for helped in step.helps:
            failing = [r.id for r in assess(vacancies[helped.reference], changed, ON).failing]
            assert tuple(failing) == helped.still_failing


def test_a_plan_with_no_change_says_so_once(bundled_catalogue: Catalogue) -> None:
    from screener.adviser.wording import plan_text

    swiss = Profile(nationality="CH", education="master", languages={"en": "VI", "fr": "VI"})
    vacancies = _vacancies(bundled_catalogue)
    plan = gap_plan(swiss, vacancies, ON)
    by_reference = {v.reference: v for v in vacancies}
    for lang, none, above in (
        ("en", "No single change would open another vacancy.", "facts above"),
        ("fr", "Aucun changement unique n'ouvrirait un autre poste.", "Aucun de ces changements"),
    ):
        text = plan_text(plan, lang, by_reference)
        assert none in text
        assert above not in text  # nothing is listed above to point at
