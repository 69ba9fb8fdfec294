"""The header as the 38th and 39th blind batches wrote it: a title set in capitals (an
English careers page's, a French-only notice's) copied in capitals into the draft."""

from __future__ import annotations

import pytest
from importer_support import imported

from screener.importer.title_case import title_cased

LISTS = "\n\nESSENTIAL\n- A university degree.\n- At least 3 years of experience in the field.\n"
LISTES = "\n\nEXIGENCES ESSENTIELLES\n- Diplôme universitaire.\n- Au moins 3 ans d'expérience.\n"


@pytest.mark.parametrize(
    ("capitals", "french", "cased"),
    [
        ("LIBRARIAN (ACQUISITIONS)", False, "Librarian (Acquisitions)"),
        (
            "LIBRARIAN (COLLECTIONS AND DIGITAL SERVICES)",
            False,
            "Librarian (Collections and Digital Services)",
        ),
        (
            "STAFF ASSISTANT (J3 CURRENT OPERATIONS)",
            False,
            "Staff Assistant (J3 Current Operations)",
        ),
        ("HEAD, IT AND CIS SUPPORT BRANCH", False, "Head, IT and CIS Support Branch"),
        ("NCIA - SENIOR HR OFFICER (RECRUITMENT)", False, "NCIA - Senior HR Officer (Recruitment)"),
        (
            "AIR OPERATIONS OFFICER (J2 INTELLIGENCE)",
            False,
            "Air Operations Officer (J2 Intelligence)",
        ),
        (
            "ASSISTANTE/ASSISTANT (RESSOURCES HUMAINES)",
            True,
            "Assistante/Assistant (ressources humaines)",
        ),
        (
            "ASSISTANT(E) PRINCIPAL(E) (GESTION DES RESSOURCES HUMAINES)",
            True,
            "Assistant(e) principal(e) (gestion des ressources humaines)",
        ),
        ("CHEF DE LA SECTION DES SYSTÈMES CIS", True, "Chef de la section des systèmes CIS"),
        ("Budget Officer (IT)", False, "Budget Officer (IT)"),
        (
            "NON-COMMISSIONED OFFICER (OPS SUPPORT)",
            False,
            "Non-Commissioned Officer (Ops Support)",
        ),
        ("CO-ORDINATOR (C-IED EXERCISES)", False, "Co-ordinator (C-IED Exercises)"),
    ],
)
def test_a_title_in_capitals_reads_as_its_words_do(capitals: str, french: bool, cased: str) -> None:
    assert title_cased(capitals, french) == cased


def test_an_english_careers_pages_title_in_capitals() -> None:
    text = (
        "NATO Defense College | Careers | Vacancies\n\nLIBRARIAN (COLLECTIONS AND DIGITAL "
        "SERVICES)\n\nReference: NDC 26/14\nGrade: G11\nClosing date: 15 January 2027" + LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Librarian (Collections and Digital Services)"


def test_a_french_only_notices_title_in_capitals_is_its_french_title() -> None:
    text = (
        "OTAN - Secrétariat international\n\nASSISTANTE/ASSISTANT (RESSOURCES HUMAINES)\n\n"
        "Référence : 260123\nGrade : G7\nDate de clôture : 10 janvier 2027\n\n"
        "Le titulaire du poste assiste la section des ressources humaines dans le recrutement "
        "et la gestion des dossiers du personnel." + LISTES
    )
    vacancy = imported(text)
    assert vacancy.title.fr == "Assistante/Assistant (ressources humaines)"
    assert vacancy.title.en == vacancy.title.fr  # copied, and the review list says so


def test_a_title_written_elsewhere_in_ordinary_case_is_taken_as_written() -> None:
    text = (
        "SHAPE Civilian Careers\n\nSTAFF ASSISTANT (J3 CURRENT OPERATIONS)\n\n"
        "Reference: SHAPE 26/J3/07\nGrade: G8\nClosing date: 20 January 2027\n\n"
        "The Staff Assistant (J3 Current operations) supports the branch head." + LISTS
    )
    assert imported(text).title.en == "Staff Assistant (J3 Current operations)"


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("SENIOR ANALYST (Open Source Intelligence)", "Senior Analyst (Open Source Intelligence)"),
        ("NCIA (The Hague)", "NCIA (The Hague)"),
        ("IT Officer (CIS)", "IT Officer (CIS)"),
    ],
)
def test_a_posts_name_alone_in_capitals_is_cased(title: str, cased: str) -> None:
    from screener.importer.title_case import ordinary_case

    assert ordinary_case(title, [], french=False) == cased
