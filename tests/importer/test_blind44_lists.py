"""Lists the forty-fourth blind batch (French notices) lost: headings that say in other words
what is required and what is an asset ("CE QUE L'EMPLOYEUR EXIGE" / "CE QUI EST
SOUHAITABLE"), a bullet wrapped before a capital ("... au sein d'un" / "SOC ou d'un CERT."),
and a short page footer ("p. 2") read as an item."""

from __future__ import annotations

import pytest

from tests.importer.importer_support import NOTICE_TOP, imported

_FRENCH_LIST = """{essential}
(1) Certificat d'études secondaires inférieures au minimum.
(2) Au moins 3 ans d'expérience comme chauffeur professionnel.

{desirable}
(1) Connaissance du néerlandais ou de l'allemand.
(2) Brevet de premiers secours.

Seuls les ressortissants des pays membres de l'OTAN sont admis à postuler.
"""
_FRENCH_HEADINGS = [
    ("CE QUE L'EMPLOYEUR EXIGE", "CE QUI EST SOUHAITABLE"),
    ("Ce que nous demandons :", "Ce qui serait un plus :"),
    ("Profil recherché", "Ce qui serait un atout"),
    ("Ce qui est exigé :", "Ce que nous apprécierions :"),
    ("Ce que nous attendons de vous", "Ce qui est considéré comme un avantage :"),
]


def _lists(text: str, lang: str) -> tuple[list[str], list[str]]:
    vacancy = imported(text)
    essential = [getattr(c.text, lang) for c in vacancy.essential if c.kind != "nationality"]
    return essential, [getattr(c.text, lang) for c in vacancy.desirable]


@pytest.mark.parametrize(("essential", "desirable"), _FRENCH_HEADINGS)
def test_french_headings_saying_what_is_required_open_the_lists(
    essential: str, desirable: str
) -> None:
    text = NOTICE_TOP + _FRENCH_LIST.format(essential=essential, desirable=desirable)
    assert _lists(text, "fr") == (
        [
            "Certificat d'études secondaires inférieures au minimum",
            "Au moins 3 ans d'expérience comme chauffeur professionnel",
        ],
        ["Connaissance du néerlandais ou de l'allemand", "Brevet de premiers secours"],
    )


_ENGLISH_LIST = """{essential}
- A secondary school certificate.
- At least 3 years of experience as a professional driver.

{desirable}
- Knowledge of Dutch or German.
- A first-aid certificate.

Only nationals of NATO member states may apply.
"""
_ENGLISH_HEADINGS = [
    ("What we require", "What would be an asset"),
    ("WHAT THE EMPLOYER REQUIRES", "WHAT IS DESIRABLE"),
    ("What we expect from you:", "What would be a plus:"),
    ("What is required:", "What we would appreciate:"),
]


@pytest.mark.parametrize(("essential", "desirable"), _ENGLISH_HEADINGS)
def test_english_headings_saying_what_is_required_open_the_lists(
    essential: str, desirable: str
) -> None:
    text = NOTICE_TOP + _ENGLISH_LIST.format(essential=essential, desirable=desirable)
    assert _lists(text, "en") == (
        [
            "A secondary school certificate",
            "At least 3 years of experience as a professional driver",
        ],
        ["Knowledge of Dutch or German", "A first-aid certificate"],
    )


_HALVES = """{en_essential}
- A secondary school certificate.
- At least 3 years of experience as a driver.

{en_desirable}
- Knowledge of Dutch.

{fr_essential}
- Un certificat d'études secondaires.
- Au moins 3 ans d'expérience comme chauffeur.

{fr_desirable}
- Connaissance du néerlandais.
"""


@pytest.mark.parametrize(
    "headings",
    [
        (
            "WHAT WE REQUIRE",
            "WHAT WOULD BE AN ASSET",
            "CE QUE NOUS DEMANDONS",
            "CE QUI SERAIT UN ATOUT",
        ),
        (
            "What the employer requires",
            "What is desirable",
            "Ce que l'employeur exige",
            "Ce qui est souhaitable",
        ),
    ],
)
def test_such_headings_open_both_halves_of_a_bilingual_notice(headings: tuple[str, ...]) -> None:
    keys = ("en_essential", "en_desirable", "fr_essential", "fr_desirable")
    text = NOTICE_TOP + _HALVES.format(**dict(zip(keys, headings, strict=True)))
    assert _lists(text, "fr") == (
        ["Un certificat d'études secondaires", "Au moins 3 ans d'expérience comme chauffeur"],
        ["Connaissance du néerlandais"],
    )
    assert _lists(text, "en")[1] == ["Knowledge of Dutch"]


_WRAPPED = """Profil recherché
Indispensable :
✔ Être titulaire d'un diplôme universitaire en informatique.
✔ {first}
  {rest}
✔ Certification GCIH, GCIA ou OSCP.
✔ PLS 3333 en anglais.
✔ Disponibilité pour des astreintes.

Apprécié :
➕ Master en cybersécurité.
"""
_WRAPS = [
    (
        "Justifier d'au moins 4 ans d'expérience en analyse d'incidents au sein d'un",
        "SOC ou d'un CERT.",
    ),
    ("Au moins 4 ans d'expérience de l'analyse des incidents de sécurité dans", "Un SOC."),
    ("Au moins 4 ans d'expérience d'analyste de sécurité, de préférence pour", "L'OTAN ou l'UE."),
    ("Justifier d'au moins 4 ans d'expérience en sécurité des réseaux avec", "Splunk ou QRadar."),
]


@pytest.mark.parametrize(("first", "rest"), _WRAPS)
def test_an_item_wrapped_before_a_capital_keeps_the_list_going(first: str, rest: str) -> None:
    essential, desirable = _lists(NOTICE_TOP + _WRAPPED.format(first=first, rest=rest), "fr")
    assert essential == [
        "Être titulaire d'un diplôme universitaire en informatique",
        f"{first} {rest[:-1]}",
        "Certification GCIH, GCIA ou OSCP",
        "PLS 3333 en anglais",
        "Disponibilité pour des astreintes",
    ]
    assert desirable == ["Master en cybersécurité"]


def test_an_english_item_wrapped_before_a_capital_keeps_the_list_going() -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL\n"
        "- At least 4 years of experience in security incident analysis within a team of the\n"
        "  NATO Computer Incident Response Capability.\n"
        "- Certification GCIH or OSCP.\n"
        "\nDESIRABLE\n- Knowledge of Splunk.\n"
    )
    assert _lists(text, "en")[0] == [
        "At least 4 years of experience in security incident analysis within a team of the"
        " NATO Computer Incident Response Capability",
        "Certification GCIH or OSCP",
    ]


_FOOTED = """b. Exigences souhaitables
   1) Français : PLS 2222 ;
   2) Brevet de secourisme en cours de validité ;
   3) Connaissance des systèmes de vidéosurveillance.
                                                                          {footer}
-----------------------------------------------------------------------------------
TÂCHES PRINCIPALES
– Contrôler les pièces d'identité.
"""
_ESSENTIAL = """a. Exigences essentielles
   1) Diplôme d'enseignement secondaire ;
   2) Au moins 2 ans d'expérience dans un service de sécurité.

"""


@pytest.mark.parametrize("footer", ["p. 2", "page 2/3", "- 2 -", "p. 2 sur 3", "P.2"])
def test_a_short_page_footer_after_a_list_is_not_an_item(footer: str) -> None:
    text = NOTICE_TOP + _ESSENTIAL + _FOOTED.format(footer=footer)
    assert _lists(text, "fr")[1] == [
        "Français : PLS 2222",
        "Brevet de secourisme en cours de validité",
        "Connaissance des systèmes de vidéosurveillance",
    ]


def test_a_short_page_footer_inside_a_list_keeps_the_list_going() -> None:
    text = NOTICE_TOP + (
        "a. Exigences essentielles\n"
        "   1) Diplôme d'enseignement secondaire ;\n"
        "                                                             p. 1\n"
        "   2) Au moins 2 ans d'expérience dans un service de sécurité.\n"
        "\nb. Exigences souhaitables\n   1) Français : PLS 2222.\n"
    )
    assert _lists(text, "fr") == (
        [
            "Diplôme d'enseignement secondaire",
            "Au moins 2 ans d'expérience dans un service de sécurité",
        ],
        ["Français : PLS 2222"],
    )
