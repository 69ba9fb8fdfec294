"""The forty-seventh and forty-eighth blind batches' misses (a representative mix; French
notices as French-speaking candidates and advisers copy them), each with further forms of the
same cause."""

from __future__ import annotations

import pytest

from screener.importer.recognizers import recognize
from screener.importer.section_headings import (
    EN_DESIRABLE,
    EN_ESSENTIAL,
    FR_DESIRABLE,
    FR_ESSENTIAL,
)
from screener.importer.sections import folded_line
from tests.importer.importer_support import imported

_FR_TOP = (
    "Intitulé : Chargé(e) de recherche\n"
    "Référence : NDC 27/RES/04\n"
    "Grade : A3\n"
    "Date limite : 3 février 2027\n\n"
)


def test_an_english_profile_heading_opens_its_list_as_the_french_does() -> None:
    cases = {
        "Profile – essential": (True, False),
        "Candidate profile: essential qualifications": (True, False),
        "Profile - Desirable:": (False, True),
        "Required profile – assets": (False, True),
        "Profile": (False, False),
        "Profile essential": (False, False),
    }
    for line, expected in cases.items():
        folded = folded_line(line)
        got = (bool(EN_ESSENTIAL.match(folded)), bool(EN_DESIRABLE.match(folded)))
        assert got == expected, line


@pytest.mark.parametrize(
    ("line", "essential", "desirable"),
    [
        ("3.1 Indispensables", True, False),
        ("Indispensable :", True, False),
        ("3.2 Souhaitables", False, True),
        ("Profil – conditions indispensables", True, False),
        ("Profil - conditions requises :", True, False),
        ("Profil recherché : qualifications essentielles", True, False),
        ("Profil – atouts", False, True),
        ("PROFIL – ATOUTS :", False, True),
        ("Profil - qualifications souhaitées", False, True),
        # An item or a section of its own is no heading.
        ("Profil", False, False),
        ("Conditions", False, False),
        ("Des connaissances indispensables en droit", False, False),
    ],
)
def test_a_french_numbered_or_profile_heading_opens_its_list(
    line: str, essential: bool, desirable: bool
) -> None:
    folded = folded_line(line)
    assert (bool(FR_ESSENTIAL.match(folded)), bool(FR_DESIRABLE.match(folded))) == (
        essential,
        desirable,
    )


@pytest.mark.parametrize(
    ("essential_heading", "desirable_heading", "item_end"),
    [
        ("3.1 Indispensables", "3.2 Souhaitables", " ;"),
        ("3.1 Indispensables", "3.2 Souhaitables", "\u202f;"),
        ("Profil – conditions indispensables", "Profil – atouts", " ;"),
        ("Profil - conditions indispensables :", "Profil - atouts :", ";"),
    ],
)
def test_a_french_notices_lists_under_those_headings_are_read(
    essential_heading: str, desirable_heading: str, item_end: str
) -> None:
    text = (
        _FR_TOP
        + "3. Qualifications et expérience\n\n"
        + f"{essential_heading}\n"
        + f"a) être titulaire d'un doctorat en relations internationales{item_end}\n"
        + f"b) justifier d'au moins 6 ans d'expérience de recherche{item_end}\n"
        + "c) disponibilité pour des déplacements fréquents.\n\n"
        + f"{desirable_heading}\n"
        + f"a) une expérience de l'enseignement universitaire{item_end}\n"
        + "b) connaissance de l'italien.\n\n"
        + "4. Conditions\n"
        + "Le concours est ouvert aux ressortissants des pays membres de l'OTAN.\n"
    )
    vacancy = imported(text)
    kinds = [c.kind for c in vacancy.essential[1:]]
    assert kinds == ["education", "experience", "availability"], kinds
    assert [c.kind for c in vacancy.desirable] == ["statement", "language"]


@pytest.mark.parametrize(
    ("bullet", "lang", "level"),
    [
        ("University degree (Master's) in law, business or economics", "en", "master"),
        ("A degree (Bachelor's) in finance or accounting", "en", "bachelor"),
        ("University degree (PhD) in physics or acoustics", "en", "doctorate"),
        ("A university degree (master's level) in engineering", "en", "master"),
        (
            "être titulaire d'un diplôme universitaire (master) en ingénierie mécanique",
            "fr",
            "master",
        ),
        ("Diplôme universitaire (doctorat) en physique", "fr", "doctorate"),
        ("être titulaire d'un diplôme (licence) en droit", "fr", "bachelor"),
    ],
)
def test_a_level_in_brackets_after_the_degree_is_the_degrees_level(
    bullet: str, lang: str, level: str
) -> None:
    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    assert typing.kind == "education"
    assert typing.params["min_level"].value == level


@pytest.mark.parametrize(
    "bullet",
    [
        "Diplôme universitaire (master) en génie électrique ; une licence accompagnée de deux "
        "années d'expérience supplémentaires pertinentes peut être acceptée à la place du master.",
        "Master en droit ; une licence accompagnée de 2 ans d'expérience pertinente est acceptée.",
        "Master en gestion ou une licence accompagnée de trois années d'expérience pertinente.",
    ],
)
def test_a_french_lower_degree_accompanied_by_years_is_the_other_reading(bullet: str) -> None:
    typing = recognize(bullet, "fr")
    assert typing.params["min_level"].value == "master"
    assert typing.params["alternative"]["params"] == {"min_level": "bachelor"}


_FR_LIST = (
    "\nQualifications essentielles :\n"
    "1. Au moins 2 ans d'expérience dans le gardiennage.\n"
    "2. Permis de conduire B en cours de validité.\n\n"
    "Le poste est ouvert aux ressortissants des pays membres de l'OTAN.\n"
)


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("N° / No : SHAPE 27/ACOS J8/03", "SHAPE-27-ACOS-J8-03"),
        ("No / N° : JFCBS 27/J4 LOG/07", "JFCBS-27-J4-LOG-07"),
        ("AVIS DE VACANCE D'EMPLOI N° 27/SEC/02", "27-SEC-02"),
        ("Avis de vacance de poste n° SHAPE 27/CSD/014", "SHAPE-27-CSD-014"),
        ("AVIS DE VACANCE CIVILE N° 27/FIN/03", "27-FIN-03"),
        ("Référence employeur : 270098 – Grade OTAN : B-4", "270098"),
        ("Référence employeur : 261145", "261145"),
    ],
)
def test_a_french_notices_number_in_its_own_words_is_the_reference(
    line: str, reference: str
) -> None:
    text = (
        "SHAPE – Grand Quartier général des Puissances alliées en Europe\n\n"
        f"{line}\n\n"
        "Intitulé : Agent(e) de sécurité\nGrade : G5\n"
        "Date limite : 10 janvier 2027\n" + _FR_LIST
    )
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    "line",
    [
        "Emploi : Agent(e) de sécurité (Police du quartier général)",
        "EMPLOI : Agent(e) de sécurité (Police du quartier général)",
        "Emploi à pourvoir : Agent(e) de sécurité (Police du quartier général)",
    ],
)
def test_a_french_circulars_emploi_label_gives_the_title(line: str) -> None:
    text = (
        "SHAPE – Grand Quartier général des Puissances alliées en Europe\n"
        "Bureau du Personnel civil\n\n"
        "AVIS DE VACANCE D'EMPLOI N° 27/SEC/02\n\n"
        f"{line}\nGrade NATO : G5\nDate de clôture des candidatures : 10 janvier 2027\n" + _FR_LIST
    )
    assert imported(text).title.fr == "Agent(e) de sécurité (Police du quartier général)"


@pytest.mark.parametrize(
    "line",
    [
        "Clôture des candidatures : 12 janvier 2027",
        "Clôture des candidatures : le 12 janvier 2027",
        "Clôture : 12/01/2027",
        "CLÔTURE DES INSCRIPTIONS : 12 janvier 2027",
    ],
)
def test_a_french_job_boards_closing_line_after_the_description_gives_the_deadline(
    line: str,
) -> None:
    text = (
        "Accueil > Offres d'emploi > Logistique\n\n"
        "Magasinier cariste (H/F)\n"
        "NSPA – Agence OTAN de soutien et d'acquisition\n\n"
        "Description du poste\n"
        "Référence NSPA : 26/LOG/0932\nGrade NATO : G6\n"
        f"{line}\n" + _FR_LIST
    )
    assert imported(text).deadline.date.isoformat() == "2027-01-12"


@pytest.mark.parametrize(
    ("bullet", "lang", "needs"),
    [
        ("Disponibilité pour travailler en équipes (matin/après-midi)", "fr", ["shifts"]),
        ("Être disposé(e) à travailler en équipes du matin", "fr", ["shifts"]),
        (
            "Disponibilité pour travailler par postes, y compris la nuit et les fins de semaine",
            "fr",
            ["shifts", "weekends", "nights"],
        ),
        (
            "Accepter de travailler en postes, y compris les jours fériés",
            "fr",
            ["shifts", "holidays"],
        ),
        ("disponibilité pour des missions fréquentes chez les fournisseurs", "fr", ["travel"]),
        ("Être prêt(e) à effectuer des missions régulières auprès des nations", "fr", ["travel"]),
        ("Availability for frequent missions to suppliers in Europe", "en", ["travel"]),
        # Teamwork, and missions that are the work itself, ask for no availability.
        ("Disponibilité pour travailler en équipe avec les autres services", "fr", None),
        ("Conduire des missions fréquentes d'audit chez les fournisseurs", "fr", None),
    ],
)
def test_french_shift_and_mission_words_are_availability(
    bullet: str, lang: str, needs: list[str] | None
) -> None:
    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    if needs is None:
        assert typing.kind != "availability"
    else:
        assert typing.kind == "availability"
        assert sorted(n.value for n in typing.params["needs"]) == sorted(needs)


@pytest.mark.parametrize(
    ("bullet", "lang", "names"),
    [
        (
            "CIPS Level 5 Diploma or higher, or equivalent procurement certification (e.g. CPSM)",
            "en",
            ["CIPS", "CPSM"],
        ),
        (
            "CIPS Level 5 Diploma or higher, or an equivalent certification such as CPSM",
            "en",
            ["CIPS", "CPSM"],
        ),
        ("PRINCE2 Practitioner, or equivalent certification (e.g. PMP)", "en", ["PRINCE2", "PMP"]),
        (
            "Certification PRINCE2 ou certification équivalente (p. ex. PMP)",
            "fr",
            ["PRINCE2", "PMP"],
        ),
        # Examples of the certificate asked for, with no other named first: those alone.
        ("Project management certification (e.g. PMP or PRINCE2)", "en", ["PMP", "PRINCE2"]),
    ],
)
def test_an_equivalent_the_notice_names_as_an_example_is_one_of_the_certificates(
    bullet: str, lang: str, names: list[str]
) -> None:
    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    assert typing.kind == "certification"
    assert typing.params["any_of"] == names


@pytest.mark.parametrize(
    ("between", "section"),
    [
        ("", "4. Conditions"),
        ("\nPage 2 / 2\n\n", "4. Conditions of employment"),
        ("\nNDC – Avis de vacance 27/04                    Page 2 / 2\n\n", "4. Conditions"),
        ("\nNATO UNCLASSIFIED\n\n", "5. Conditions d'emploi"),
        ("", "4. HOW TO APPLY"),
    ],
)
def test_the_next_numbered_section_under_the_last_lettered_item_ends_the_list(
    between: str, section: str
) -> None:
    text = (
        _FR_TOP
        + "3. Qualifications et expérience\n\n3.1 Indispensables\n"
        + "a) être titulaire d'un doctorat en relations internationales ;\n"
        + "b) justifier d'au moins 6 ans d'expérience de recherche.\n\n"
        + "3.2 Souhaitables\na) une expérience de l'enseignement universitaire ;\n"
        + "b) connaissance de l'italien.\n"
        + between
        + f"{section}\n"
        + "Le concours est ouvert aux ressortissants des pays membres de l'OTAN.\n"
    )
    desirable = [c.text.fr for c in imported(text).desirable]
    assert desirable[-1] == "connaissance de l'italien", desirable
