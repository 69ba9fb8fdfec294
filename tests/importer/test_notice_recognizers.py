"""Each recognizer on the wordings seen in notices and plausible variants, in both languages."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.domain.scales import EducationLevel as Edu
from screener.domain.scales import LanguageLevel as L
from screener.importer.bullet_typing import REVIEW_BELOW
from screener.importer.criteria_builder import slug
from screener.importer.language_names import find_languages
from screener.importer.recognizers import recognize
from screener.importer.wording import find_levels, find_years, fold


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("have at least five years of experience", 5),
        ("have at least 4 years' experience", 4),
        ("a minimum of 10 years of experience", 10),
        ("three (3) years of relevant experience", 3),
        ("5+ years in the field", 5),
        ("two to three years of experience", 2),
        ("18 months of experience", 1.5),
        ("twenty-five years", 25),
        ("au moins quatre ans d'expérience", 4),
        ("avoir travaillé au moins cinq ans", 5),
        ("trois années d'expérience", 3),
        ("dix-sept ans", 17),
        ("au moins 6 ans", 6),
    ],
)
def test_years_in_figures_and_words(text: str, years: float) -> None:
    found = find_years(text)
    assert found is not None and found.years == years


@pytest.mark.parametrize("text", ["no duration here", "G17-G20", "in 2025", "one of the two"])
def test_no_years(text: str) -> None:
    assert find_years(text) is None


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ('V ("Advanced") in one; I ("Beginner") in the other', [L.V, L.I]),
        ("V (Advanced) in one and I (Beginner) in the other", [L.V, L.I]),
        ("Russian (IV: Upper Intermediate)", [L.IV]),
        ("an Upper indermediate level", [L.IV]),
        ("an “Advanced” level in both", [L.V]),
        ("VI (« maîtrise ») dans les deux", [L.VI]),
        (
            "le niveau V (« avancé ») dans l'une et III (« intermédiaire ») dans l'autre",
            [L.V, L.III],
        ),
        ("Proficiency in both", [L.VI]),
        ("level II (Elementary)", [L.II]),
    ],
)
def test_levels_from_numerals_and_names(text: str, levels: list[L]) -> None:
    assert [m.level for m in find_levels(text)] == levels


def test_a_name_that_contradicts_its_numeral() -> None:
    [one, other] = find_levels('V ("Advanced") in one and I ("Intermediate") in the other')
    assert not one.contradictory
    assert other.contradictory
    assert (other.numeral, other.named_level, other.name) == (L.I, L.III, "Intermediate")


def test_roman_numerals_inside_words_are_not_levels() -> None:
    assert find_levels("CCTV, IDS and CIS systems; OSINT; VIP protection") == []


def test_fold_keeps_positions() -> None:
    text = "EXPÉRIENCE « avancé » ’s"
    assert len(fold(text)) == len(text)
    assert fold(text) == 'experience " avance " \'s'


def test_fold_reads_text_outside_ascii_as_one_character_at_a_time_would() -> None:
    """Folding runs outside ASCII apart is only faster: each character folds as it did alone."""
    text = "".join(map(chr, range(0x2500))) + "İstanbul ẞ ŉ ǰ ΐ K `Ça´ « É » ’"
    assert fold(text) == "".join(fold(ch) for ch in text)
    assert fold("ÉTUDES `SUPÉRIEURES’") == "etudes 'superieures'"


def test_language_names_in_both_languages() -> None:
    assert [m.code for m in find_languages("Russian, russe, German, allemand")] == [
        "ru",
        "ru",
        "de",
        "de",
    ]
    assert find_languages("in Germany") == []


@pytest.mark.parametrize(
    ("text", "lang", "params"),
    [
        (
            "possess the following minimum levels of NATO's official languages (English/French): "
            'V ("Advanced") in one; I ("Beginner") in the other',
            "en",
            {"mode": "one_and_other", "one": L.V, "other": L.I},
        ),
        (
            "avoir au minimum le niveau de compétence V (« avancé ») dans l'une des deux langues "
            "officielles de l'OTAN (anglais/français), et le niveau III (« intermédiaire ») dans "
            "l'autre",
            "fr",
            {"mode": "one_and_other", "one": L.V, "other": L.III},
        ),
        (
            "possess an “Advanced” level in both the NATO official languages (English/French)",
            "en",
            {"mode": "both", "level": L.V},
        ),
        (
            'VI ("Proficiency") in both official languages',
            "en",
            {"mode": "both", "level": L.VI},
        ),
        (
            "un niveau de compétence « avancé » dans les deux langues officielles de l'OTAN",
            "fr",
            {"mode": "both", "level": L.V},
        ),
        (
            "official languages: VI in French, III in English",
            "en",
            {"mode": "per_language", "fr": L.VI, "en": L.III},
        ),
        (
            "langues officielles : niveau V en anglais et II en français",
            "fr",
            {"mode": "per_language", "en": L.V, "fr": L.II},
        ),
    ],
)
def test_official_languages(text: str, lang: str, params: dict[str, object]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "official_languages"
    assert typing.params == params
    assert typing.confidence >= REVIEW_BELOW


def test_official_languages_without_levels_is_a_statement() -> None:
    typing = recognize("show good writing skills in one of the two NATO official languages", "en")
    assert typing.kind == "statement"


@pytest.mark.parametrize(
    ("text", "lang", "params"),
    [
        ("Russian language ability", "en", {"language": "ru", "min_level": None}),
        ("la connaissance de la langue russe", "fr", {"language": "ru", "min_level": None}),
        ("Russian (IV: Upper Intermediate)", "en", {"language": "ru", "min_level": L.IV}),
        (
            "Russian mother tongue",
            "en",
            {"language": "ru", "min_level": None, "mother_tongue": True},
        ),
        (
            "French as mother tongue",
            "en",
            {"language": "fr", "min_level": None, "mother_tongue": True},
        ),
        ("fluent Arabic", "en", {"language": "ar", "min_level": None}),
    ],
)
def test_other_languages(text: str, lang: str, params: dict[str, object]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "language"
    assert {k: typing.params.get(k) for k in params} == params


def test_a_language_name_alone_is_not_a_language_requirement() -> None:
    assert recognize("knowledge of the Russian military doctrine", "en").kind != "language"


@pytest.mark.parametrize(
    ("text", "lang", "level", "equivalent", "field"),
    [
        (
            "have a good general education, at least to higher secondary level, or equivalent",
            "en",
            Edu.HIGHER_SECONDARY,
            True,
            None,
        ),
        (
            "have an educational background, equivalent to higher secondary level",
            "en",
            Edu.HIGHER_SECONDARY,
            True,
            None,
        ),
        (
            "have a good general education at least to higher secondary level",
            "en",
            Edu.HIGHER_SECONDARY,
            False,
            None,
        ),
        (
            "avoir une bonne instruction générale, au moins du niveau secondaire supérieur",
            "fr",
            Edu.HIGHER_SECONDARY,
            False,
            None,
        ),
        (
            "possess a degree from a university or from an institute of recognised standing in "
            "a relevant field",
            "en",
            Edu.BACHELOR,
            False,
            "in a relevant field",
        ),
        (
            "être diplômé(e) d'une université ou d'un établissement de valeur reconnue, dans un "
            "domaine en lien avec le poste",
            "fr",
            Edu.BACHELOR,
            False,
            "dans un domaine en lien avec le poste",
        ),
        (
            "possess a university degree, or an equivalent level of qualification, from an "
            "institute of recognised standing, preferably in information and communications "
            "technology",
            "en",
            Edu.BACHELOR,
            True,
            None,
        ),
        (
            "hold a law degree or a degree in international relations",
            "en",
            Edu.BACHELOR,
            False,
            "in international relations",
        ),
        ("possess a post-graduate degree in economics", "en", Edu.MASTER, False, "in economics"),
        ("hold a Master's degree, preferably in engineering", "en", Edu.MASTER, False, None),
        ("hold a PhD in physics", "en", Edu.DOCTORATE, False, "in physics"),
        ("have completed secondary education", "en", Edu.SECONDARY, False, None),
    ],
)
def test_education(text: str, lang: str, level: Edu, equivalent: bool, field: str | None) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "education"
    assert typing.params["min_level"] == level
    assert typing.params["or_equivalent"] is equivalent
    assert typing.params.get("field") == field


@pytest.mark.parametrize(
    ("text", "lang", "years", "domain"),
    [
        (
            "have at least five years of experience in supervising teams of security personnel",
            "en",
            5,
            "in supervising teams of security personnel",
        ),
        (
            "have at least 4 years' experience from national police",
            "en",
            4,
            "from national police",
        ),
        (
            "have at least 3 years of experience in cybersecurity, preferably in a large "
            "organisation",
            "en",
            3,
            "in cybersecurity",
        ),
        (
            "have at least 4 years of experience as an intelligence analyst",
            "en",
            4,
            "as an intelligence analyst",
        ),
        (
            "avoir au moins cinq ans d'expérience de la supervision d'équipes de sécurité",
            "fr",
            5,
            "de la supervision d'équipes de sécurité",
        ),
        (
            "avoir travaillé au moins quatre ans dans la police nationale",
            "fr",
            4,
            "dans la police nationale",
        ),
        (
            "avoir au moins trois années d'expérience dans le domaine de la cybersécurité, "
            "acquise de préférence au sein d'une grande organisation",
            "fr",
            3,
            "dans le domaine de la cybersécurité",
        ),
    ],
)
def test_experience(text: str, lang: str, years: float, domain: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "experience"
    assert typing.params == {"min_years": years, "domain": domain}


def test_experience_without_years_is_a_statement() -> None:
    text = "demonstrate experience in security and emergency procedures"
    assert recognize(text, "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "lang", "categories", "equivalent"),
    [
        ("have a valid B category (or equivalent) driving licence", "en", ["B"], True),
        ("hold driving licence categories B and C", "en", ["B", "C"], False),
        ("hold a valid category B driver's license", "en", ["B"], False),
        (
            "être en possession d'un permis de conduire valide de catégorie B (ou équivalent)",
            "fr",
            ["B"],
            True,
        ),
    ],
)
def test_driving_licence(text: str, lang: str, categories: list[str], equivalent: bool) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "driving_licence"
    assert typing.params == {"categories": categories, "or_equivalent": equivalent}


def test_driving_licence_without_category_asks_for_review() -> None:
    typing = recognize("have a valid driving licence", "en")
    assert typing.kind == "driving_licence" and typing.confidence < REVIEW_BELOW


@pytest.mark.parametrize(
    ("text", "lang", "experience", "test"),
    [
        (
            "be experienced in the use of firearms and be able to pass yearly shooting test",
            "en",
            True,
            True,
        ),
        (
            "avoir une expérience de l'utilisation d'armes à feu et être en mesure de réussir "
            "les épreuves de tir",
            "fr",
            True,
            True,
        ),
        ("be able to pass a shooting test with service weapons", "en", False, True),
    ],
)
def test_firearms(text: str, lang: str, experience: bool, test: bool) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "firearms"
    assert typing.params == {"experience": experience, "shooting_test": test}


@pytest.mark.parametrize(
    "text",
    [
        "certification with regard to firearms skills",
        "knowledge of the Belgian legislation on public order, firearms and self-defence",
    ],
)
def test_firearms_words_alone_are_statements_to_review(text: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "statement" and typing.confidence < REVIEW_BELOW


@pytest.mark.parametrize(
    ("text", "lang", "recurring"),
    [
        (
            "maintain a good physical condition and be able to pass annual physical fitness tests",
            "en",
            True,
        ),
        ("be able to pass the yearly CPOC physical test", "en", True),
        ("pass a physical fitness test", "en", False),
        ("réussir les épreuves physiques annuelles du CPOC", "fr", True),
    ],
)
def test_fitness_test(text: str, lang: str, recurring: bool) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "fitness_test"
    assert typing.params == {"recurring": recurring}


@pytest.mark.parametrize(
    ("text", "lang", "needs"),
    [
        (
            "be able to work in a shift system outside normal office hours including weekends, "
            "holidays and nights - sometimes at short notice. Overtime will occur",
            "en",
            [
                Need.SHIFTS,
                Need.OUTSIDE_OFFICE_HOURS,
                Need.WEEKENDS,
                Need.HOLIDAYS,
                Need.NIGHTS,
                Need.SHORT_NOTICE,
                Need.OVERTIME,
            ],
        ),
        (
            "be flexible and willing to work outside of normal office hours, and able and "
            "willing to travel when required",
            "en",
            [Need.OUTSIDE_OFFICE_HOURS, Need.TRAVEL],
        ),
        ("be available for on-call duty", "en", [Need.ON_CALL]),
        (
            "être disposé à effectuer un travail posté en dehors des heures normales de service, "
            "y compris le week-end, les jours fériés et la nuit, parfois sur court préavis",
            "fr",
            [
                Need.SHIFTS,
                Need.OUTSIDE_OFFICE_HOURS,
                Need.WEEKENDS,
                Need.HOLIDAYS,
                Need.NIGHTS,
                Need.SHORT_NOTICE,
            ],
        ),
        ("être disposé(e) à effectuer des déplacements", "fr", [Need.TRAVEL]),
    ],
)
def test_availability(text: str, lang: str, needs: list[Need]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "availability"
    assert typing.params == {"needs": needs}


def test_travel_arrangements_are_not_availability() -> None:
    assert recognize("experience in making travel arrangements", "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "names", "equivalent"),
    [
        (
            "certification in first-aid/medical training such as BLS-AED, TCCC, PHTLS, etc.",
            ["BLS-AED", "TCCC", "PHTLS"],
            True,
        ),
        (
            "cybersecurity certifications such as CISSP, CCSP, CISM",
            ["CISSP", "CCSP", "CISM"],
            False,
        ),
        ("hold a valid PRINCE2 or PMP certification", ["PRINCE2", "PMP"], False),
    ],
)
def test_certification(text: str, names: list[str], equivalent: bool) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "certification"
    assert typing.params == {"any_of": names, "or_equivalent": equivalent}


def test_certification_mixed_with_a_degree_asks_for_review() -> None:
    typing = recognize(
        "cybersecurity certifications such as CISSP, CCSP, CISM or equivalent post-graduate "
        "degree in cybersecurity",
        "en",
    )
    assert typing.kind == "certification" and typing.confidence < REVIEW_BELOW


def test_nationality_bullet() -> None:
    typing = recognize("be a national of a NATO member country", "en")
    assert typing.kind == "nationality" and typing.params == {"scope": "nato_members"}


@pytest.mark.parametrize(
    "text",
    [
        "be able to effectively coordinate multiple teams",
        "knowledge of NATO's security policy and its supporting directives",
        "pouvoir coordonner efficacement plusieurs équipes",
    ],
)
def test_plain_statements_are_confident(text: str) -> None:
    typing = recognize(text, "fr" if "pouvoir" in text else "en")
    assert typing.kind == "statement" and typing.params == {}
    assert typing.confidence >= REVIEW_BELOW


def test_slugs_are_short_and_readable() -> None:
    assert slug("knowledge of basic fire-fighting measures") == "basic-fire-fighting-measures"
    assert slug("be able to effectively coordinate multiple teams") == (
        "effectively-coordinate-multiple-teams"
    )
    assert slug("«»;:") == "requirement"
