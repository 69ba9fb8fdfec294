"""The fifty-seventh blind batch's NSPA notice: a paragraph under a list's heading naming two
requirements in two sentences without a verb of asking ("A Master's degree in law or
procurement management. A professional procurement certification such as CIPS Level 6 or
CPPO.") was one requirement, read as the certification; in English and French."""

from __future__ import annotations

import pytest
from importer_support import imported

_EN = (
    "Procurement Officer\nReference: 27-0412\nGrade: A2\nDeadline: 1 March 2027\n\n"
    "ESSENTIAL QUALIFICATIONS\n- University degree in law.\n"
    "- Five years of experience in public procurement.\n\n"
    "DESIRABLE QUALIFICATIONS\n{paragraph}\n\nOpen to nationals of NATO member nations.\n"
)
_FR = (
    "Acheteur\nRéférence : 27-0412\nGrade : A2\nDate limite : 1 mars 2027\n\n"
    "QUALIFICATIONS ESSENTIELLES\n- Diplôme universitaire en droit.\n"
    "- Cinq ans d'expérience dans les marchés publics.\n\n"
    "QUALIFICATIONS SOUHAITABLES\n{paragraph}\n\n"
    "Ouvert aux ressortissants des pays membres de l'OTAN.\n"
)


@pytest.mark.parametrize(
    ("notice", "paragraph"),
    [
        (
            _EN,
            "A Master's degree in law or procurement management. A professional procurement\n"
            "certification such as CIPS Level 6 or CPPO.",
        ),
        (
            _EN,
            "A PMP or PRINCE2 Practitioner certification. A Master's degree in business "
            "administration or a related field.",
        ),
        (
            _FR,
            "Un master en droit ou en gestion des achats. Une certification professionnelle\n"
            "en achats telle que CIPS niveau 6 ou CPPO.",
        ),
    ],
)
def test_a_paragraph_naming_a_degree_and_a_certification_gives_both(
    notice: str, paragraph: str
) -> None:
    vacancy = imported(notice.format(paragraph=paragraph))
    assert sorted(c.kind for c in vacancy.desirable) == ["certification", "education"]


def test_a_certification_explained_in_a_second_sentence_stays_one_requirement() -> None:
    vacancy = imported(
        _EN.format(
            paragraph="- A CIPS Level 6 certification in procurement and supply. The CIPS "
            "Level 6 certification is the professional diploma of the institute."
        )
    )
    assert [c.kind for c in vacancy.desirable] == ["certification"]
