"""The fortieth blind batch's other misses, each with further forms of the same cause: an
aligned header's value wrapped onto the next line under the value's column (notice 07's title
lost its last word), and another licence offered instead of a regulation's licence ("EASA
Part-66 category B1, or FAA Airframe & Powerplant (A&P)": the FAA licence was dropped)."""

from __future__ import annotations

import pytest

from screener.importer.recognizers import recognize
from tests.importer.importer_support import imported

_LIST = "\nESSENTIAL\n- Higher secondary education.\n"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "TITLE:              Technician (Medical Simulation), Special Operations Combat Medic\n"
            "                    Course\n"
            "GRADE:              G9\n",
            "Technician (Medical Simulation), Special Operations Combat Medic Course",
        ),
        (
            "Post Title:     Senior Engineer (Communications and Information Systems,\n"
            "                Deployable Networks)\n"
            "Grade:          A3\n",
            "Senior Engineer (Communications and Information Systems, Deployable Networks)",
        ),
        (
            "Position:    Assistant (Conference Services and Protocol), Office of the\n"
            "             Chief of Staff\n"
            "\n"
            "Grade:       G5\n",
            "Assistant (Conference Services and Protocol), Office of the Chief of Staff",
        ),
    ],
)
def test_an_aligned_value_wrapped_under_its_column_is_whole(header: str, title: str) -> None:
    text = f"{header}Application Deadline: 1 March 2027\n{_LIST}"
    assert imported(text).title.en == title


def test_a_line_under_an_aligned_value_that_is_not_its_column_stays_apart() -> None:
    text = (
        "Title:        Technician\n"
        "Grade:        G7\n"
        "Application Deadline: 1 March 2027\n"
        "  Brussels\n"
        "\nESSENTIAL\n- Higher secondary education.\n"
    )
    assert imported(text).title.en == "Technician"


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "A valid aircraft maintenance licence: EASA Part-66 category B1, or FAA Airframe & "
            "Powerplant (A&P), or a military equivalent.",
            "en",
            ["EASA Part-66 B1", "FAA A&P"],
        ),
        ("EASA Part-66 B1 licence or FAA A&P certificate.", "en", ["EASA Part-66 B1", "FAA A&P"]),
        (
            "EASA Part-147 instructor qualification or UK CAA licence.",
            "en",
            ["EASA Part-147", "UK CAA"],
        ),
        (
            "Licence EASA Part-66 catégorie B1 ou licence FAA A&P.",
            "fr",
            ["EASA Part-66 B1", "FAA A&P"],
        ),
        # A category or an equivalent offered instead is no other licence.
        ("EASA Part-66 category B1 or B2 licence.", "en", ["EASA Part-66 B1", "EASA Part-66 B2"]),
        ("Licence EASA Part-66 catégorie B1 ou équivalent militaire.", "fr", ["EASA Part-66 B1"]),
    ],
)
def test_another_licence_offered_instead_is_kept(text: str, lang: str, names: list[str]) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)
