"""Seeded generator of realistic vacancy files and candidate profiles, for the benchmarks.

The files look like the bundled ones in vacancies/: the same header fields, 10-25 criteria
drawn from every kind and mode, bilingual texts of notice-like length (5-9 KB a file). The
same seed always gives the same bytes, so runs on different machines measure the same work.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from screener.domain.profile import UNSURE, Answer, Profile

LANGUAGE_LEVELS = ("I", "II", "III", "IV", "V", "VI")
EDUCATION_LEVELS = ("secondary", "higher_secondary", "bachelor", "master", "doctorate")
OTHER_LANGUAGES = ("ru", "de", "es", "it", "ar", "uk", "zh", "tr", "pl", "nl", "pt")
NATO = ("BE", "CA", "DK", "FR", "IS", "IT", "LU", "NL", "NO", "PT", "GB", "US", "GR", "TR")
NATO += ("DE", "ES", "CZ", "HU", "PL", "BG", "EE", "LV", "LT", "RO", "SK", "SI", "AL", "HR")
NATO += ("ME", "MK", "FI", "SE")
NON_NATO = ("CH", "AT", "IE", "UA", "JP", "BR", "IN", "MA")
AVAILABILITY = ("shifts", "outside_office_hours", "nights", "weekends", "holidays")
AVAILABILITY += ("short_notice", "overtime", "travel", "on_call")
CONDITIONS = ("security_clearance", "medical_approval", "verification", "accreditation")
CERTIFICATIONS = ("CISSP", "CCSP", "CISM", "PRINCE2", "PMP", "ITIL", "BLS-AED", "TCCC", "CPP")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_EN_WORDS = _words(
    "experience knowledge ability proven demonstrated sound good excellent working policy "
    "security operations analysis management coordination planning reporting stakeholders "
    "international organisation procedures processes systems capabilities defence military "
    "financial administrative support budget resources projects teams training technical "
    "communication written verbal drafting briefing information network infrastructure "
    "intelligence assessment risk incident response cyber strategic partners nations allied"
)
_FR_WORDS = _words(
    "expérience connaissance aptitude avérée solide bonne excellente politique sécurité "
    "opérations analyse gestion coordination planification rapports parties prenantes "
    "organisation internationale procédures processus systèmes capacités défense militaire "
    "soutien financier administratif budget ressources projets équipes formation technique "
    "communication écrite orale rédaction exposés information réseau infrastructure "
    "renseignement évaluation risques incidents réponse cyber stratégique partenaires alliés"
)
_TITLES = (
    ("Officer", "Administrateur/Administratrice"),
    ("Senior Analyst", "Analyste principal(e)"),
    ("Assistant", "Assistant(e)"),
    ("Coordinator", "Coordonnateur/Coordonnatrice"),
    ("Head of Section", "Chef(fe) de section"),
    ("Agent", "Agent(e)"),
)
_GRADES = (
    ("G6", None),
    ("G10", "G12"),
    ("G15", None),
    ("G17", None),
    ("G17", "G20"),
    ("G21", None),
)


def _sentence(rng: random.Random, words: tuple[str, ...], low: int, high: int) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(low, high)))


def _text(rng: random.Random, low: int = 7, high: int = 19) -> list[str]:
    return [
        f"text.en = '''{_sentence(rng, _EN_WORDS, low, high)}'''",
        f"text.fr = '''{_sentence(rng, _FR_WORDS, low + 2, high + 4)}'''",
    ]


def _quoted(items: list[str]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def _criterion_body(rng: random.Random, kind: str) -> list[str]:
    if kind == "nationality":
        if rng.random() < 0.15:
            countries = rng.sample(NATO, rng.randint(3, 16))
            return ['scope = "listed"', f"countries = {_quoted(countries)}", 'source = "notice"']
        return ['scope = "nato_members"', 'source = "notice"']
    if kind == "education":
        lines = [f'min_level = "{rng.choice(EDUCATION_LEVELS[1:4])}"']
        if rng.random() < 0.5:
            lines.append("or_equivalent = true")
        if rng.random() < 0.3:
            lines += [
                f"field.en = '''in {_sentence(rng, _EN_WORDS, 2, 4)}'''",
                f"field.fr = '''en {_sentence(rng, _FR_WORDS, 2, 4)}'''",
            ]
        return lines
    if kind == "experience":
        return [
            f"min_years = {rng.choice([2, 3, 4, 5, 6, 8, 10, 2.5])}",
            f"domain.en = '''in {_sentence(rng, _EN_WORDS, 3, 8)}'''",
            f"domain.fr = '''dans {_sentence(rng, _FR_WORDS, 3, 8)}'''",
        ]
    if kind == "official_languages":
        mode = rng.choice(
            ["one_and_other", "one_and_other", "one_and_other", "both", "per_language"]
        )
        if mode == "one_and_other":
            return [f'mode = "{mode}"', f'one = "{rng.choice(["V", "VI"])}"',
                    f'other = "{rng.choice(["I", "III", "IV"])}"']  # fmt: skip
        if mode == "both":
            return [f'mode = "{mode}"', f'level = "{rng.choice(LANGUAGE_LEVELS[3:])}"']
        return [f'mode = "{mode}"', f'en = "{rng.choice(LANGUAGE_LEVELS[2:])}"',
                f'fr = "{rng.choice(LANGUAGE_LEVELS[2:])}"']  # fmt: skip
    if kind == "language":
        lines = [f'language = "{rng.choice(OTHER_LANGUAGES)}"']
        if rng.random() < 0.2:
            return [*lines, "mother_tongue = true"]
        return [*lines, f'min_level = "{rng.choice(LANGUAGE_LEVELS[1:5])}"']
    if kind == "driving_licence":
        return [f"categories = {_quoted(rng.choice([['B'], ['B', 'C'], ['B', 'C', 'D']]))}",
                "or_equivalent = true"]  # fmt: skip
    if kind == "fitness_test":
        return [f"recurring = {str(rng.random() < 0.5).lower()}"]
    if kind == "firearms":
        return ["experience = true", f"shooting_test = {str(rng.random() < 0.5).lower()}"]
    if kind == "availability":
        return [f"needs = {_quoted(rng.sample(AVAILABILITY, rng.randint(1, 5)))}"]
    if kind == "certification":
        return [f"any_of = {_quoted(rng.sample(CERTIFICATIONS, rng.randint(1, 3)))}",
                "or_equivalent = true"]  # fmt: skip
    return []  # statement: text only


def _criteria_plan(rng: random.Random) -> tuple[list[str], list[str]]:
    """Kinds of the essential and desirable criteria, in the order notices use."""
    essential = ["nationality", "education", "experience"]
    extra = ["language", "driving_licence", "fitness_test", "firearms", "certification"]
    essential += [kind for kind in extra if rng.random() < 0.25]
    essential += ["statement"] * rng.randint(3, 9)
    essential.append("official_languages")
    if rng.random() < 0.6:
        essential.append("availability")
    desirable = ["statement"] * rng.randint(2, 8)
    desirable += [
        k for k in ("certification", "official_languages", "language") if rng.random() < 0.3
    ]
    return essential, desirable


def vacancy_toml(rng: random.Random, reference: str) -> str:
    """One vacancy file's text, valid for screener's loader."""
    title_en, title_fr = rng.choice(_TITLES)
    subject = rng.randint(0, min(len(_EN_WORDS), len(_FR_WORDS)) - 1)
    grade_min, grade_max = rng.choice(_GRADES)
    grade = (
        f'{{ min = "{grade_min}", max = "{grade_max}" }}'
        if grade_max
        else f'{{ min = "{grade_min}" }}'
    )
    deadline = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
    time = ", time = 23:59:00" if rng.random() < 0.5 else ""
    conditions = list(CONDITIONS) + (["lower_grade_appointment"] if grade_max else [])
    lines = [
        f"# Generated by benchmarks.generate (reference {reference}).",
        "format = 1",
        f'reference = "{reference}"',
        f'title.en = "{title_en}, {_EN_WORDS[subject].title()} {reference}"',
        f'title.fr = "{title_fr} ({_FR_WORDS[subject]}) {reference}"',
        'nato_body = "NATO International Staff (NATO IS)"',
        f'location = "{rng.choice(["Belgium-Brussels", "Belgium-Mons", "Netherlands-The Hague"])}"',
        'schedule = "Full-time"',
        f"grade = {grade}",
        f'salary = {{ amount = {rng.uniform(3000, 12000):.2f}, currency = "EUR", period = "monthly" }}',
        f"deadline = {{ date = {deadline.isoformat()}{time} }}",
    ]
    if rng.random() < 0.4:
        lines.append(f'clearance = "{rng.choice(["NS", "CTS", "NC"])}"')
    lines.append(f"conditions = {_quoted(conditions)}")
    essential, desirable = _criteria_plan(rng)
    for section, kinds, prefix in (("essential", essential, ""), ("desirable", desirable, "d-")):
        for number, kind in enumerate(kinds):
            lines += ["", f"[[{section}]]", f'kind = "{kind}"', f'id = "{prefix}{kind}-{number}"']
            lines += _criterion_body(rng, kind)
            lines += _text(rng)
    return "\n".join(lines) + "\n"


def write_vacancies(folder: Path, count: int, seed: int = 20250101) -> list[Path]:
    """Write `count` vacancy files into `folder` (created if needed); the same seed, the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        reference = f"B{number:06d}"
        path = folder / f"{reference}.toml"
        path.write_text(vacancy_toml(rng, reference), encoding="utf-8")
        paths.append(path)
    return paths


def _answer(rng: random.Random, kind: str) -> Answer:
    if kind == "experience":
        return float(rng.randint(0, 15))
    roll = rng.random()
    return True if roll < 0.7 else (False if roll < 0.85 else UNSURE)


def make_profile(
    rng: random.Random, criteria_by_reference: dict[str, list[tuple[str, str]]] | None = None
) -> Profile:
    """A plausible candidate; answers for the given vacancies' criteria ((id, kind) pairs)."""
    languages = {"en": rng.choice(LANGUAGE_LEVELS[2:]), "fr": rng.choice(LANGUAGE_LEVELS)}
    for code in rng.sample(OTHER_LANGUAGES, rng.randint(0, 2)):
        languages[code] = rng.choice(LANGUAGE_LEVELS)
    answers: dict[str, dict[str, Answer]] = {}
    for reference, criteria in (criteria_by_reference or {}).items():
        if rng.random() < 0.5:  # most candidates answer only the vacancies they looked at
            answers[reference] = {cid: _answer(rng, kind) for cid, kind in criteria}
    return Profile(
        name=f"Candidate {rng.randint(1, 10**6)}",
        nationality=rng.choice(NATO if rng.random() < 0.9 else NON_NATO),
        education=rng.choice(EDUCATION_LEVELS),
        languages=languages,
        mother_tongues=[rng.choice(["en", "fr", *OTHER_LANGUAGES])],
        driving_licences=rng.choice([None, [], ["B"], ["B", "C"]]),
        answers=answers,
    )


def make_profiles(
    count: int, criteria_by_reference: dict[str, list[tuple[str, str]]], seed: int = 7
) -> list[Profile]:
    rng = random.Random(seed)
    return [make_profile(rng, criteria_by_reference) for _ in range(count)]
