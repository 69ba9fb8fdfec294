"""A section heading without a colon over items that start in lower case (a browser's plain
copy of a list loses its bullets): the heading is not glued to the first item as if the line
had wrapped."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text

HEADER = "Programme Officer (261402)\nGrade: A2\nClosing date: 20 January 2027\n"


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        ("Essential", "Desirable"),
        ("ESSENTIAL QUALIFICATIONS", "DESIRABLE QUALIFICATIONS"),
        ("Essential requirements", "Desirable requirements"),
        ("Qualifications - Essential", "Qualifications - Desirable"),
    ],
)
def test_an_english_heading_opens_its_section(essential: str, desirable: str) -> None:
    text = (
        f"{HEADER}{essential}\nhold a university degree in economics;\n"
        "have at least 5 years of experience in programme management;\n"
        f"{desirable}\nexperience of working in an international organisation;\n"
        "a valid driving licence (category B).\n"
    )
    vacancy = import_notice_text(text).vacancy
    assert [c.kind for c in vacancy.essential][1:] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["statement", "driving_licence"]
    assert vacancy.desirable[0].text.en.startswith("experience of working")


def test_a_french_heading_opens_its_section() -> None:
    text = (
        "Chargé de programme (261402)\nGrade : A2\nDate de clôture : 20 janvier 2027\n"
        "Qualifications essentielles\nêtre titulaire d'un diplôme universitaire en économie ;\n"
        "avoir au moins 5 ans d'expérience en gestion de programmes ;\n"
        "Qualifications souhaitables\nexpérience dans une organisation internationale ;\n"
        "permis de conduire valide (catégorie B).\n"
    )
    vacancy = import_notice_text(text).vacancy
    assert [c.kind for c in vacancy.essential][1:] == ["education", "experience"]
    assert [c.kind for c in vacancy.desirable] == ["statement", "driving_licence"]


def test_a_wrapped_line_is_still_joined() -> None:
    text = (
        f"{HEADER}ESSENTIAL\n- at least 5 years of experience in the management of\n"
        "programmes funded by several nations;\n- a university degree in economics.\n"
    )
    vacancy = import_notice_text(text).vacancy
    experience = next(c for c in vacancy.essential if c.kind == "experience")
    assert experience.text.en.endswith("funded by several nations")
