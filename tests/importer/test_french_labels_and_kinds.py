"""French notices as national offices and careers sites copy them: reference and title labels
of their own, and requirements whose French words the importer had to learn."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text
from screener.importer.bullet_typing import Lang
from screener.importer.recognizers import recognize

BULLET = "EXIGENCES ESSENTIELLES\n- un diplôme universitaire\n"


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("N° de l'avis : SHAPE 27/CSD/014", "SHAPE-27-CSD-014"),
        ("Réf. de l'employeur : 270655", "270655"),
        ("Référence de l'annonce : NCIA-2027-118", "NCIA-2027-118"),
        ("N° de l'offre : 27/014", "27-014"),
    ],
)
def test_french_reference_labels(label: str, reference: str) -> None:
    text = f"Analyste\n{label}\nDate limite : 15 janvier 2027\n{BULLET}"
    assert import_notice_text(text).vacancy.reference == reference


def test_a_notice_number_wins_over_a_post_number() -> None:
    text = "Analyste\nN° du poste : 0123 4567\nN° de l'avis : 27/014\nDate limite : 1 mars 2027\n"
    assert import_notice_text(text + BULLET).vacancy.reference == "27-014"


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Fonction : Chauffeur (Protocole)", "Chauffeur (Protocole)"),
        ("Poste à pourvoir : Assistant administratif", "Assistant administratif"),
        ("Libellé du poste : Analyste budgétaire", "Analyste budgétaire"),
        ("Intitulé de la fonction : Traducteur", "Traducteur"),
    ],
)
def test_french_title_labels_under_a_circulars_heading(label: str, title: str) -> None:
    text = (
        "CIRCULAIRE – POSTE CIVIL VACANT À L'OTAN\nOrganisme : JFC Brunssum\n"
        f"{label}\nDate limite : 1 mars 2027\n{BULLET}"
    )
    assert import_notice_text(text).vacancy.title.fr == title


@pytest.mark.parametrize(
    ("bullet", "kind"),
    [
        (
            "Au moins 2 ans d'expérience de la traduction professionnelle vers le français.",
            "experience",
        ),
        ("At least 3 years of experience translating into English.", "experience"),
        (
            "Au moins 4 ans d'expérience de l'interprétation de conférence vers l'anglais.",
            "experience",
        ),
        # The language asked for itself beside the years: not experience alone.
        ("3 years of experience and a good knowledge of English.", "statement"),
        ("Expérience de l'enseignement au niveau universitaire.", "statement"),
        ("Experience of teaching at university level.", "statement"),
        (
            "qualification professionnelle d'expert-comptable (ACCA, CPA ou équivalent)",
            "certification",
        ),
        ("qualification professionnelle de niveau 5 du CIPD", "certification"),
        # A French "licence" is a bachelor's degree, never a licence held.
        ("Titulaire d'une licence en droit", "education"),
    ],
)
def test_french_and_english_bullets_read_as_a_careful_reader_does(bullet: str, kind: str) -> None:
    assert recognize(bullet, "fr").kind == kind


def test_canadian_french_weekends() -> None:
    typing = recognize(
        "Disponibilité pour le travail par quarts, les fins de semaine et les jours fériés.", "fr"
    )
    assert typing.kind == "availability"
    assert [need.value for need in typing.params["needs"]] == ["shifts", "weekends", "holidays"]


@pytest.mark.parametrize(
    ("bullet", "lang", "kind", "level"),
    [
        ("University-level teaching experience.", "en", "statement", None),
        ("Certificat d'études secondaires inférieures au minimum.", "fr", "education", "secondary"),
        ("Diplôme d'études secondaires supérieures (CESS).", "fr", "education", "higher_secondary"),
        ("Higher secondary education certificate", "en", "education", "higher_secondary"),
    ],
)
def test_school_certificates_are_education_and_teaching_is_experience(
    bullet: str, lang: Lang, kind: str, level: str | None
) -> None:
    typing = recognize(bullet, lang)
    assert typing.kind == kind
    if level is not None:
        assert typing.params["min_level"].value == level
