"""Requirement sections laid out otherwise than as headed lists: a table with a per-row
Essential/Desirable column (with "|", tabs or spaces), a section's name inline before its
lead-in or glued between bullets of a collapsed page, a label table's wrapped rows."""

from __future__ import annotations

import pytest
from section_support import imported as _import
from section_support import kinds as _kinds
from section_support import texts as _texts

# --- Tables with a per-row Essential/Desirable column ---------------------------------------


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Area | Requirement | Category",
            [
                "Education | A university degree in economics | Essential",
                "Experience | At least 5 years in financial audit | Essential",
                "Languages | Knowledge of German | Desirable",
            ],
        ),
        (
            "Category | Requirement",
            [
                "Essential | A university degree in economics",
                "Essential | At least 5 years in financial audit",
                "Desirable | Knowledge of German",
            ],
        ),
        (
            "Domaine\tExigence\tCatégorie",
            [
                "Formation\tUn diplôme universitaire en économie\tEssentiel",
                "Expérience\tAu moins 5 ans d'expérience en audit financier\tEssentiel",
                "Langues\tConnaissance de l'allemand\tSouhaitable",
            ],
        ),
        (
            "| Requirement | Type |",
            [
                "| A university degree in economics | Essential |",
                "| At least 5 years in financial audit | Essential |",
                "| Knowledge of German | Desirable |",
            ],
        ),
    ],
)
def test_a_table_with_a_category_column_gives_both_lists_without_its_header(
    header: str, rows: list[str]
) -> None:
    text = "Qualifications required\n" + header + "\n" + "\n".join(rows) + "\n\nRemarks\nNone.\n"
    vacancy = _import(text)
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert len(vacancy.desirable) == 1
    assert not any("Requirement" in t or "Exigence" in t for t in _texts(vacancy.essential))


# --- A section's name inline, before its lead-in or glued to the previous bullet ------------


@pytest.mark.parametrize(
    "desirable_line",
    [
        "4.2 Desirable. It would be an advantage if the candidate also has:",
        "b) Desirable: the following would be considered an asset:",
        "DESIRABLE - The following would be an advantage:",
        "3.2 Desirable qualifications: it would be an asset if the incumbent has:",
        "Desirable: It would be an advantage if the candidate has:",
    ],
)
def test_a_section_name_inline_with_its_lead_in_opens_the_desirable_list(
    desirable_line: str,
) -> None:
    vacancy = _import(
        "4.1 Essential. The candidate must have:\n"
        "    a. A university degree in law.\n"
        "    b. At least 5 years of experience in contract law.\n"
        f"{desirable_line}\n"
        "    a. A doctorate in law.\n"
        "    b. Knowledge of Italian.\n\n"
        "5. REMARKS\nNone.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["education", "language"]


def test_a_french_section_name_inline_opens_the_desirable_list() -> None:
    vacancy = _import(
        "ACQUIS ESSENTIELS\nLe titulaire du poste doit :\n"
        "- être titulaire d'un diplôme universitaire en droit ;\n"
        "- avoir au moins 5 ans d'expérience en droit des contrats.\n"
        "b) Souhaitable : les éléments suivants seraient un atout :\n"
        "- une connaissance de l'italien.\n"
    )
    assert [c.kind for c in vacancy.desirable] == ["language"]


def test_a_desirable_label_alone_before_an_item_stays_a_marked_item() -> None:
    vacancy = _import(
        "ESSENTIAL\nA university degree in law.\n"
        "Desirable: PRINCE2 Foundation certification.\n"
        "At least 5 years of experience in contract law.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["certification"]


@pytest.mark.parametrize(
    ("essential_label", "desirable_label", "after"),
    [
        ("Essential requirements:", "Desirable:", "Conditions: Open to nationals of NATO nations."),
        ("Requirements:", "Nice to have:", "Benefits: 30 days of annual leave."),
        ("Your profile:", "Desirable:", "Eligibility: Open to nationals of NATO nations."),
    ],
)
def test_labels_glued_between_bullets_of_a_collapsed_page_split_the_lists_there(
    essential_label: str, desirable_label: str, after: str
) -> None:
    text = (
        "Job details Summary: The Driver drives staff. Main duties: • Drives staff safely "
        "• Keeps trip records • Loads material for transport "
        f"{essential_label} • Completed secondary education • Minimum 3 years' experience as "
        f"a professional driver • English SLP 2222 {desirable_label} • Valid first aid "
        f"certificate • Basic knowledge of vehicle maintenance {after}\n"
    )
    vacancy = _import(text)
    assert _kinds(vacancy.essential) == ["education", "experience", "language_profile"]
    assert _texts(vacancy.desirable) == [
        "Valid first aid certificate",
        "Basic knowledge of vehicle maintenance",
    ]


# --- A label table's wrapped "Languages" row is read once -------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Languages    - English: level IV (advanced); a knowledge of French would\n"
        "               be an advantage.",
        "Languages    - English: SLP 3333; knowledge of Italian would be\n               an asset.",
        "Languages    - French: level V; English at level III would be\n"
        "               considered an advantage.",
    ],
)
def test_a_wrapped_languages_row_of_a_label_table_is_read_once(row: str) -> None:
    vacancy = _import(
        "QUALIFICATIONS REQUIRED\n"
        "Education    - A university degree in law, business administration or\n"
        "               economics.\n"
        "Experience   - At least 2 years of experience in public procurement.\n"
        f"{row}\n"
        "Other        - Willingness to travel (about 10% of the time).\n\n"
        "DESIRABLE\n- Knowledge of helicopter programmes.\n"
    )
    texts = [c.text.en for c in vacancy.essential + vacancy.desirable]
    assert len(texts) == len(set(texts))
    assert len(vacancy.desirable) == 2


@pytest.mark.parametrize(
    "table",
    [
        "Area          Requirement                                   Category\n"
        "Education     A university degree in economics              Essential\n"
        "Experience    At least 5 years in financial audit           Essential\n"
        "Languages     Knowledge of German                           Desirable\n",
        "Requirement                                   Essential   Desirable\n"
        "A university degree in economics              X\n"
        "At least 5 years in financial audit           X\n"
        "Knowledge of German                                       X\n",
        "Exigence                                      Essentiel   Souhaitable\n"
        "Un diplôme universitaire en économie          X\n"
        "Au moins 5 ans d'expérience en audit          X\n"
        "Connaissance de l'allemand                                X\n",
    ],
)
def test_a_pdf_table_set_out_with_spaces_gives_both_lists(table: str) -> None:
    vacancy = _import("QUALIFICATIONS REQUIRED\n" + table + "\nREMARKS\nNone.\n")
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert len(vacancy.desirable) == 1


@pytest.mark.parametrize(
    "table",
    [
        "Area          Requirement                                   Category\n"
        "Education     A university degree in economics, or a        Essential\n"
        "              higher secondary diploma and 4 years\n"
        "Experience    At least 5 years in financial audit           Essential\n"
        "Languages     Knowledge of German                           Desirable\n",
        "| Area | Requirement | Category |\n"
        "| Education | A university degree in economics, or a | Essential |\n"
        "|  | higher secondary diploma and 4 years |  |\n"
        "| Experience | At least 5 years in financial audit | Essential |\n"
        "| Languages | Knowledge of German | Desirable |\n",
    ],
)
def test_a_wrapped_cell_of_a_category_table_goes_on_with_its_row(table: str) -> None:
    vacancy = _import("QUALIFICATIONS REQUIRED\n" + table + "\nREMARKS\nNone.\n")
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert vacancy.essential[1].text.en.endswith("higher secondary diploma and 4 years")
    assert len(vacancy.desirable) == 1


@pytest.mark.parametrize(
    "line",
    [
        "About the job: The assistant books travel. Requirements: - Completed secondary "
        "education; - At least 3 years of experience in travel administration; - English SLP "
        "2222. Desirable: - Knowledge of SAP; - French SLP 2222. How to apply: online.",
        "Essential: Completed secondary education; at least 3 years of experience in travel "
        "administration; English SLP 2222. Desirable: Knowledge of SAP; French SLP 2222. How to "
        "apply: online.",
        "Qualifications: Completed secondary education. At least 3 years of experience in travel "
        "administration. English SLP 2222. Desirable: Knowledge of SAP. French SLP 2222.",
        "Acquis essentiels : Études secondaires achevées ; au moins 3 ans d'expérience en gestion "
        "des voyages ; anglais SLP 2222. Atouts : Connaissance de SAP ; français SLP 2222. "
        "Comment postuler : en ligne.",
    ],
)
def test_lists_collapsed_onto_one_line_split_at_the_desirable_label(line: str) -> None:
    vacancy = _import(line + "\n")
    assert _kinds(vacancy.essential) == ["education", "experience", "language_profile"]
    assert [c.kind for c in vacancy.desirable] == ["statement", "language_profile"]


@pytest.mark.parametrize(
    "after",
    ["c) Remarks: none.", "8. CONTRACT: three years, renewable.", "(c) Other information: none."],
)
def test_a_lettered_part_after_the_last_item_ends_the_list(after: str) -> None:
    vacancy = _import(
        "a) Essential: the candidate must have:\n(1) A university degree in law.\n"
        "(2) At least 5 years of experience in contract law.\n"
        "b) Desirable: the candidate should also have:\n(1) A doctorate in law.\n"
        f"(2) Knowledge of Italian.\n{after}\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert _texts(vacancy.desirable) == ["A doctorate in law", "Knowledge of Italian"]


def test_an_item_that_starts_like_a_section_name_stays_an_item() -> None:
    vacancy = _import(
        "ESSENTIAL\n(1) A university degree in law.\n(2) Contract management experience.\n"
        "(3) Notes of meetings drafted in English.\n"
    )
    assert len(_kinds(vacancy.essential)) == 3


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [("Mandatory", "Asset"), ("Required", "Optional"), ("Obligatoire", "Atout")],
)
def test_a_category_column_in_other_words_sorts_the_rows(essential: str, desirable: str) -> None:
    vacancy = _import(
        "QUALIFICATIONS\n| Requirement | Type |\n"
        f"| A university degree in economics | {essential} |\n"
        f"| At least 5 years of experience in financial audit | {essential} |\n"
        f"| Knowledge of German | {desirable} |\n\nREMARKS\nNone.\n"
    )
    assert _kinds(vacancy.essential) == ["education", "experience"]
    assert _texts(vacancy.desirable) == ["Knowledge of German"]


@pytest.mark.parametrize(
    "line",
    [
        "Détails de l'offre Missions : • Réserve les voyages • Tient les dossiers Profil "
        "recherché : • Diplôme de fin d'études secondaires • Au moins 3 ans d'expérience en "
        "gestion des voyages • Anglais SLP 2222 Atouts : • Connaissance de SAP • Permis de "
        "conduire B Conditions : Ouvert aux ressortissants des pays de l'OTAN.",
        "Job details Duties: • Books travel • Keeps the files Requirements: • Completed "
        "secondary education • At least 3 years of experience in travel administration • "
        "English SLP 2222 Nice to have: • Knowledge of SAP • Driving licence B Eligibility: "
        "Open to nationals of NATO member nations.",
    ],
)
def test_a_section_label_glued_after_a_code_ends_the_last_list(line: str) -> None:
    vacancy = _import(line + "\n")
    assert _kinds(vacancy.essential) == ["education", "experience", "language_profile"]
    assert len(vacancy.desirable) == 2
    assert not any("ressortissants" in t or "nationals" in t for t in _texts(vacancy.desirable))


def test_a_section_label_right_under_the_last_bullet_ends_the_list() -> None:
    vacancy = _import(
        "ESSENTIAL\n- A university degree in law\n- At least 5 years of experience in contract law\n"
        "How to apply: online, through the recruitment portal.\n"
    )
    assert _texts(vacancy.essential)[-1] == "At least 5 years of experience in contract law"
