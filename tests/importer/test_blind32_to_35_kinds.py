"""The thirty-second to thirty-fifth blind batches' typing misses: a ship's Master read as a
master's degree, SLP profiles with their breakdown or in another word order, certificates
named bare ("Cisco CCNP"), firearms experience lost beside a shooting test, a Luxembourg DAP
read as a bachelor's, and on-call rosters read as statements."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.domain.scales import EducationLevel as Edu
from screener.importer.recognizers import recognize


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        (
            "At least 3 years' sea service as Master or Chief Officer on vessels over 3000 GT",
            "en",
            3,
        ),
        ("Minimum 36 months of sea time as Chief Officer or Master", "en", 3),
        ("At least 4 years of sea-going service as master of a research vessel", "en", 4),
        ("Minimum 24 months' seagoing service as Chief Engineer", "en", 2),
        ("Au moins 3 ans de service en mer en qualité de capitaine", "fr", 3),
        ("At least 2 years' experience as Master on seagoing vessels", "en", 2),
    ],
)
def test_a_ships_master_is_a_rank_and_its_sea_service_is_experience(
    text: str, lang: str, years: float
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "experience"
    assert typing.params["min_years"] == years


@pytest.mark.parametrize(
    "text",
    [
        "Knowledge of master data management in SAP",
        "Experience as a Scrum Master",
        "Master Mariner certificate of competency (STCW II/2)",
        "Five years as a Master Electrician",
    ],
)
def test_master_as_a_title_or_a_word_of_the_trade_is_no_degree(text: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind != "education"


@pytest.mark.parametrize(
    "text",
    ["A Master's degree in engineering", "Master of Science in Engineering", "Master's degree"],
)
def test_a_masters_degree_is_still_one(text: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "education"
    assert typing.params["min_level"] == Edu.MASTER


@pytest.mark.parametrize(
    ("text", "lang", "profile"),
    [
        ("English: SLP 3332 (Listening 3, Speaking 3, Reading 3, Writing 2)", "en", "3332"),
        ("Standardized Language Profile (SLP) in English of 2222", "en", "2222"),
        ("STANAG 6001 profile in English of 3322", "en", "3322"),
        (
            "English: STANAG 6001 SLP 3+3+32 (Listening 3+, Speaking 3+, Reading 3, Writing 2)",
            "en",
            "3+3+32",
        ),
        ("Profil linguistique normalisé (SLP) en anglais de 3332", "fr", "3332"),
    ],
)
def test_an_slp_with_its_breakdown_or_the_language_between_is_a_profile(
    text: str, lang: str, profile: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "language_profile"
    assert typing.params == {"language": "en", "profile": profile}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cisco CCNP", "CCNP"),
        ("ISTQB Advanced Level Test Automation Engineer", "ISTQB"),
        ("A valid CISSP.", "CISSP"),
        ("Red Hat RHCE", "RHCE"),
        ("PMP or equivalent", "PMP"),
        ("CCNA Security", "CCNA"),
    ],
)
def test_a_well_known_certificate_named_bare_is_a_certification(text: str, name: str) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "certification"
    assert [n for n in typing.params["any_of"] if name in n]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["Knowledge of ITIL", "Experience with ISTQB test processes", "Microsoft Azure"]
)
def test_a_topic_naming_a_certificate_is_not_one(text: str) -> None:
    assert recognize(text, "en").kind != "certification"


@pytest.mark.parametrize(
    ("text", "lang", "test"),
    [
        ("have experience in handling firearms and pass the yearly shooting test", "en", True),
        ("Experience carrying a firearm on duty", "en", False),
        ("Experience in using weapons and a valid firearms qualification", "en", True),
        (
            "avoir l'expérience du maniement des armes à feu et réussir le test de tir annuel",
            "fr",
            True,
        ),
    ],
)
def test_firearms_experience_is_kept_beside_a_shooting_test(
    text: str, lang: str, test: bool
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "firearms"
    assert typing.params == {"experience": True, "shooting_test": test}


@pytest.mark.parametrize(
    "text",
    [
        "Diplôme d'aptitude professionnelle (DAP) ou diplôme de technicien en électrotechnique",
        "DAP en électricité ou équivalent",
        "Certificat de capacité professionnelle (CCP) en mécanique",
    ],
)
def test_a_luxembourg_trade_diploma_is_upper_secondary(text: str) -> None:
    typing = recognize(text, "fr")
    assert typing.kind == "education"
    assert typing.params["min_level"] == Edu.HIGHER_SECONDARY


@pytest.mark.parametrize(
    ("text", "lang", "needs"),
    [
        ("Participation in the standby duty roster", "en", [Need.ON_CALL]),
        ("Participate in the on-call rota, one week in six", "en", [Need.ON_CALL]),
        ("Participation aux permanences du service", "fr", [Need.ON_CALL]),
        (
            "Willingness to be recalled outside working hours in case of system outages",
            "en",
            [Need.ON_CALL, Need.OUTSIDE_OFFICE_HOURS],
        ),
    ],
)
def test_a_standby_roster_or_a_recall_is_on_call(text: str, lang: str, needs: list[Need]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "availability"
    assert typing.params["needs"] == needs


def test_participation_in_a_project_is_no_availability() -> None:
    assert recognize("Participation in international projects", "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            'Fire fighter qualification (Belgian "brevet de sapeur-pompier" / Firefighter I or'
            " equivalent national certificate).",
            "en",
            "brevet de sapeur-pompier",
        ),
        (
            "Qualification de pompier (« brevet de sapeur-pompier ») ou équivalent",
            "fr",
            "brevet de sapeur-pompier",
        ),
        (
            "Lifeguard qualification (“Rettungsschwimmer Silber”) or equivalent",
            "en",
            "Rettungsschwimmer Silber",
        ),
    ],
)
def test_a_qualification_quoted_in_its_own_language_is_named(
    text: str, lang: str, name: str
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert name in typing.params["any_of"]  # type: ignore[operator]
