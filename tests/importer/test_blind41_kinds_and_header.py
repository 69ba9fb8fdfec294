"""The forty-first blind batch's other misses, each with further forms of the same cause:
STANAG 6001 profiles under their French name ("profil linguistique standardisé (PLS) 3333")
and as one level in all skills; sailing periods as travel; a certification's "or equivalent
DoD 8570 IAT Level II certification" read as a certificate; a need named as a label under the
attributes ("Travel: ... up to 25% of the time") dropped; French labels paired on one header
line; a vacancy number in the header's right-hand column under a post number; a non-member
among a COE's sponsoring nations dropped from the list."""

from __future__ import annotations

import pytest

from screener.domain.criteria import AvailabilityNeed as Need
from screener.importer.recognizers import recognize
from tests.importer.importer_support import NOTICE_TOP, imported


@pytest.mark.parametrize(
    ("text", "lang", "profiles"),
    [
        ("Anglais : profil linguistique standardisé (PLS) 3333.", "fr", {"en": "3333"}),
        ("Français : PLS 2222.", "fr", {"fr": "2222"}),
        (
            "Connaissances linguistiques : anglais PLS 3333 et français PLS 3232.",
            "fr",
            {"en": "3333", "fr": "3232"},
        ),
        (
            "Excellent English, written and spoken (STANAG 6001 level 3 in all skills).",
            "en",
            {"en": "3333"},
        ),
        ("English: SLP level 3 in all four skills.", "en", {"en": "3333"}),
        # The same profile said again right after it is one profile.
        (
            "English language proficiency at STANAG 6001 level 3 in all four skills (SLP 3333).",
            "en",
            {"en": "3333"},
        ),
        ("Anglais : niveau 3 dans les quatre compétences (STANAG 6001).", "fr", {"en": "3333"}),
    ],
)
def test_stanag_profiles_under_other_names(text: str, lang: str, profiles: dict) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    read = [typing, *typing.also]
    assert {t.params["language"]: t.params["profile"] for t in read} == profiles
    assert {t.kind for t in read} == {"language_profile"}


def test_mpls_is_no_profile() -> None:
    assert recognize("Connaissance approfondie de BGP, OSPF et MPLS.", "fr").kind == "statement"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Willing to sail for periods of up to 4 months a year, including weekends.", "en"),
        ("Prepared to sail for up to 6 weeks at a time on research vessels.", "en"),
        ("Disposé à naviguer pendant des périodes allant jusqu'à 3 mois par an.", "fr"),
        ("Able to sail for up to 6 weeks at a time.", "en"),
        ("Apte à naviguer pendant plusieurs semaines.", "fr"),
    ],
)
def test_sailing_periods_are_travel(text: str, lang: str) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert typing.kind == "availability" and Need.TRAVEL in typing.params["needs"]


@pytest.mark.parametrize("text", ["Experience in sail training.", "Able to sail a dinghy."])
def test_sailing_as_a_topic_is_no_travel(text: str) -> None:
    assert recognize(text, "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "CompTIA Security+ or equivalent DoD 8570 IAT Level II certification.",
            ["CompTIA Security+"],
        ),
        ("CISSP or an equivalent ISO 27001 Lead Auditor certification.", ["CISSP"]),
        # Certificates named after an equivalent in brackets are alternatives still.
        (
            "a certification in facility management (CFM or equivalent) or in project "
            "management (PMP, PRINCE2 Practitioner);",
            ["CFM", "PMP", "PRINCE2"],
        ),
    ],
)
def test_what_follows_or_equivalent_names_no_certificate(text: str, names: list[str]) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["any_of"], typing.params["or_equivalent"]) == (
        "certification",
        names,
        True,
    )


_LISTS = """Essential Qualifications
- Master's degree in systems engineering.

Desirable Qualifications
- Knowledge of French.

Attributes/Competencies
{line}

Nationality: only nationals of NATO member nations may apply.
"""


@pytest.mark.parametrize(
    ("line", "need"),
    [
        ("- Travel: frequent travel to Europe, up to 25% of the time.", Need.TRAVEL),
        ("- Availability: on call one week in four.", Need.ON_CALL),
        ("- Shift work: rotating shifts including nights.", Need.SHIFTS),
    ],
)
def test_a_need_named_as_a_label_under_the_attributes_is_required(line: str, need: Need) -> None:
    vacancy = imported(NOTICE_TOP + _LISTS.format(line=line))
    availability = [c for c in vacancy.essential if c.kind == "availability"]
    assert len(availability) == 1 and need in availability[0].needs


def test_a_label_that_names_no_need_is_not_a_requirement() -> None:
    vacancy = imported(NOTICE_TOP + _LISTS.format(line="- Travel: the post holder plans travel."))
    assert not [c for c in vacancy.essential if c.kind == "availability"]


@pytest.mark.parametrize(
    ("header", "reference", "title"),
    [
        (
            "Numéro de l'avis : SHAPE 26/147          Intitulé du poste : Assistant(e) juridique\n"
            "Grade : G11                              Service : Bureau juridique\n",
            "SHAPE-26-147",
            "Assistant(e) juridique",
        ),
        (
            "Lieu d'affectation : Mons (Belgique)     Intitulé du poste : Traducteur\n"
            "Numéro de l'avis : ACO 27/003            Grade : A2\n",
            "ACO-27-003",
            "Traducteur",
        ),
    ],
)
def test_french_labels_paired_on_one_header_line(header: str, reference: str, title: str) -> None:
    vacancy = imported(f"{header}Date limite : 1 mars 2027\n\nACQUIS ESSENTIELS\n- Licence.\n")
    assert (vacancy.reference, vacancy.title.fr) == (reference, title)


@pytest.mark.parametrize(
    ("top", "reference"),
    [
        ("Stavanger, Norway                                 JWC Vacancy 26-09", "JWC-26-09"),
        ("Bydgoszcz, Poland          JFTC Vacancy No. 27/04", "JFTC-27-04"),
        ("Naples, Italy                Vacancy: JFCNP 26/37", "JFCNP-26-37"),
    ],
)
def test_a_vacancy_number_in_the_headers_right_column_beats_a_post_number(
    top: str, reference: str
) -> None:
    text = (
        f"JOINT CENTRE                                      CIVILIAN VACANCY\n{top}\n\n"
        "Job Title:        Exercise Officer\nNATO Grade:       A2\n"
        "Post Number:      JWC EXS 0230\nClosing date: 20 January 2027\n\n"
        "ESSENTIAL\n- University degree.\n"
    )
    assert imported(text).reference == reference


def test_a_non_member_among_the_sponsoring_nations_is_kept() -> None:
    text = NOTICE_TOP + (
        "The post is open to nationals of the Centre's Sponsoring Nations only: Austria*, "
        "Belgium, Estonia, Finland, Germany and Switzerland.\n* Contributing Participant\n\n"
        "ESSENTIAL\n- University degree.\n"
    )
    nationality = imported(text).essential[0]
    assert nationality.countries == ["BE", "DE", "EE", "FI", "AT", "CH"]


def test_a_non_member_turned_away_is_not_listed() -> None:
    text = NOTICE_TOP + (
        "Open to nationals of Belgium, Estonia and Germany; nationals of Austria are not "
        "eligible.\n\nESSENTIAL\n- University degree.\n"
    )
    assert "AT" not in (imported(text).essential[0].countries or [])
