"""French sections named by their bare word (the fortieth blind batch): "ESSENTIEL" /
"SOUHAITABLE" without "QUALIFICATIONS", "Essentiel :", "Qualifications essentielles",
"Compétences requises", "Atouts" open the French lists, in a bilingual notice's French half
and in a French-only copy (the French half was copied from the English before)."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported

_ENGLISH = """QUALIFICATIONS
ESSENTIAL
- Higher secondary education.
- Three years of experience in stores management.

DESIRABLE
- Knowledge of SAP.

"""
_FRENCH = """{essential}
- Études secondaires supérieures.
- Trois ans d'expérience en gestion de magasins.

{desirable}
- Connaissance de SAP.

CONDITIONS D'EMPLOI
Contrat de trois ans.
"""
_HEADINGS = [
    ("ESSENTIEL", "SOUHAITABLE"),
    ("Essentiel :", "Souhaitable :"),
    ("Qualifications essentielles", "Atouts"),
    ("Compétences requises :", "Atouts :"),
    ("ESSENTIELLES", "SOUHAITABLES"),
    ("1. Obligatoire", "2. Un atout"),
]


def _french_lists(text: str) -> tuple[list[str], list[str]]:
    vacancy = imported(text)
    return [c.text.fr for c in vacancy.essential[1:]], [c.text.fr for c in vacancy.desirable]


@pytest.mark.parametrize(("essential", "desirable"), _HEADINGS)
def test_bare_french_headings_open_a_bilingual_notices_french_lists(
    essential: str, desirable: str
) -> None:
    text = NOTICE_TOP + _ENGLISH + _FRENCH.format(essential=essential, desirable=desirable)
    assert _french_lists(text) == (
        ["Études secondaires supérieures", "Trois ans d'expérience en gestion de magasins"],
        ["Connaissance de SAP"],
    )
    assert "translation_missing" not in [item.code for item in imported(text).review]


@pytest.mark.parametrize(("essential", "desirable"), _HEADINGS[:4])
def test_bare_french_headings_open_a_french_only_notices_lists(
    essential: str, desirable: str
) -> None:
    top = "Titre : Magasinier\nGrade OTAN : G4\nDate limite : 1 mars 2027\n\n"
    text = top + _FRENCH.format(essential=essential, desirable=desirable)
    assert _french_lists(text) == (
        ["Études secondaires supérieures", "Trois ans d'expérience en gestion de magasins"],
        ["Connaissance de SAP"],
    )
