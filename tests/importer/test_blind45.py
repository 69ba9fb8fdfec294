"""The forty-fifth blind batch's misses (a job board's repost, a national circular wrapping
the English notice, a COE's table, careers pages), each with further forms of the same cause."""

from __future__ import annotations

from typing import Any

import pytest

from screener.importer.plus_items import plus_items_as_bullets
from tests.importer.importer_support import NOTICE_TOP, imported, list_texts

_MUST = "Must-haves:\n✓ University degree in law.\n✓ English: SLP 3333.\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Nice-to-haves:", "Nice to have", "Assets:", "Desirable qualifications:"],
)
def test_a_job_boards_plus_marked_items_are_the_wished_list(heading: str) -> None:
    text = (
        NOTICE_TOP
        + _MUST
        + f"{heading}\n+ Postgraduate qualification in conference interpreting.\n"
        + "+ French: SLP 2222.\n+ Experience with SDL Trados.\n\n"
        + "Benefits\n• Tax-free salary • 30 days annual leave\n• Pension scheme\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 2
    assert desirable == [
        "Postgraduate qualification in conference interpreting",
        "French: SLP 2222",
        "Experience with SDL Trados",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+ Degree in law\n+ French", "- Degree in law\n- French"),
        # One line alone, a figure, a grid's border: no list.
        ("Salary\n+ allowances\nEnd", "Salary\n+ allowances\nEnd"),
        ("+ 30 days\n+ 2 weeks", "+ 30 days\n+ 2 weeks"),
        ("+------+\n+ Law +\n+------+", "+------+\n+ Law +\n+------+"),
    ],
)
def test_only_a_run_of_plus_items_before_words_are_bullets(text: str, expected: str) -> None:
    assert plus_items_as_bullets(text) == expected


@pytest.mark.parametrize(
    "wrapped",
    [
        "c. Knowledge of electrical standards (IEC,\n   EN, VDE).\n",
        "c. Knowledge of electrical standards (IEC, EN,\n   VDE, DIN).\n",
        "c. Knowledge of the standards of the IEC,\n   EN AND VDE.\n",
    ],
)
def test_a_wrapped_items_end_in_capitals_does_not_end_the_list(wrapped: str) -> None:
    text = (
        NOTICE_TOP
        + "ESSENTIAL REQUIREMENTS\na. Education: University degree in electrical engineering.\n"
        + "b. Experience: Minimum of 7 years' experience in power installations.\n"
        + wrapped
        + "d. Language: English SLP 3333.\n"
        + "e. Driving licence: Valid civilian driving licence (category B).\n\n"
        + "DESIRABLE REQUIREMENTS\na. Experience with NSIP procedures.\n"
    )
    essential, desirable = list_texts(text)
    assert len(essential) == 5
    assert essential[-1] == "Driving licence: Valid civilian driving licence (category B)"
    assert desirable == ["Experience with NSIP procedures"]


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("VN Number:        AIRCOM 27/007", "AIRCOM-27-007"),
        ("V.N. No.: JFCNP 27/03", "JFCNP-27-03"),
        ("Employer ref: LANDCOM 27-TI-02", "LANDCOM-27-TI-02"),
        ("Vacancy No.: STRIKFOR 26/LOG/04", "STRIKFOR-26-LOG-04"),
    ],
)
def test_a_vacancy_notices_initials_and_a_commands_long_name_label_its_reference(
    label: str, reference: str
) -> None:
    text = f"{label}\nPost Title: Engineer\nNATO Grade: A-2\n\nESSENTIAL REQUIREMENTS\n- Degree.\n"
    assert imported(text).reference == reference


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        (
            "NATO Centre of Excellence for Military Medicine (MILMED COE)",
            "NATO Centre of Excellence for Military Medicine (MILMED COE)",
        ),
        (
            "The NATO Centre of Excellence for Cold Weather Operations, Bodø",
            "NATO Centre of Excellence for Cold Weather Operations",
        ),
        (
            "NATO Centre of Excellence for the Security and Defence of Space",
            "NATO Centre of Excellence for the Security and Defence of Space",
        ),
        (
            "Joint CBRN Defence Centre of Excellence in Vyškov",
            "Joint CBRN Defence Centre of Excellence",
        ),
    ],
)
def test_a_centre_of_excellence_named_after_its_words_keeps_its_name(
    letterhead: str, body: str
) -> None:
    assert (
        imported(letterhead + "\n" + NOTICE_TOP + "Essential:\n- Degree in law.\n").nato_body
        == body
    )


@pytest.mark.parametrize(
    ("rule", "label"),
    [
        ("Nationals of the NAEW&C Programme Member Nations", "NAEW&C Programme Member Nations"),
        ("Open to nationals of Programme Member Countries only.", "Programme Member Countries"),
        ("Citizens of the participating nations may apply.", "PARTICIPATING NATIONS"),
    ],
)
def test_a_programmes_member_nations_are_the_ones_it_lists(rule: str, label: str) -> None:
    text = (
        NOTICE_TOP
        + f"Who can apply: {rule}\n\nEssential:\n- Degree in law.\n\n"
        + f"{label}: Belgium, Canada, Germany, Italy, Norway, United States.\n"
    )
    criterion = imported(text).essential[0]
    assert criterion.kind == "nationality"
    assert sorted(criterion.countries) == ["BE", "CA", "DE", "IT", "NO", "US"]


def _desirable(item: str) -> Any:
    return imported(
        NOTICE_TOP + "Essential:\n- Degree in law.\n\nDesirable:\n- " + item + "\n"
    ).desirable[0]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        (
            "CompTIA Linux+ or Red Hat Certified System Administrator (RHCSA).",
            ["CompTIA Linux+", "Red Hat Certified System Administrator (RHCSA)"],
        ),
        (
            "AWS Certified Solutions Architect or CompTIA Cloud+.",
            ["AWS Certified Solutions Architect", "CompTIA Cloud+"],
        ),
        ("CompTIA Linux+ or RHCSA.", ["CompTIA Linux+", "RHCSA"]),
        ("Cisco CCNA or CompTIA Network+.", ["Cisco CCNA", "CompTIA Network+"]),
    ],
)
def test_a_plus_name_beside_another_certificate_is_kept(item: str, names: list[str]) -> None:
    criterion = _desirable(item)
    assert (criterion.kind, criterion.any_of) == ("certification", names)


@pytest.mark.parametrize("item", ["CompTIA Linux+ or SAP.", "Windows or Linux."])
def test_a_plus_name_beside_a_systems_name_is_no_certificate_list(item: str) -> None:
    assert _desirable(item).kind == "statement"


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Certificate of professional competence for passenger transport (CAP).", ["CAP"]),
        ("Driver CPC (Certificate of Professional Competence) for goods transport.", ["CPC"]),
        ("Certificado de aptitud profesional (CAP) para conductores.", ["CAP"]),
    ],
)
def test_a_professional_drivers_certificate_is_a_certification(item: str, names: list[str]) -> None:
    criterion = _desirable(item)
    assert (criterion.kind, criterion.any_of) == ("certification", names)


def test_a_french_trade_diploma_named_cap_is_still_education() -> None:
    assert _desirable("CAP or BEP in mechanics.").kind == "education"
