"""What batches 42 and 43 left: an EASA Part-66 licence of a subcategory read as two licences
and the aircraft of its type ratings as other licences; a diploma in a field, with no level
word, read as a statement."""

from __future__ import annotations

import pytest

from screener.importer.recognizers import recognize
from tests.importer.importer_support import imported


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        (
            "EASA Part-66 Aircraft Maintenance Licence category B1 (B1.1), or an equivalent "
            "national licence.",
            "en",
            ["EASA Part-66 B1.1"],
        ),
        ("Part-66 category B1 (B1.1 or B1.3) licence.", "en", ["Part-66 B1.1", "Part-66 B1.3"]),
        ("EASA Part-66 licence B1.1 or B2.", "en", ["EASA Part-66 B1.1", "EASA Part-66 B2"]),
        ("Part-66 B1 licence with type ratings on the C-130 or the A400M.", "en", ["Part-66 B1"]),
        (
            "EASA Part-66 category B1 licence, with a type rating on Airbus A330 or Boeing 767.",
            "en",
            ["EASA Part-66 B1"],
        ),
        (
            "EASA Part-66 B2 licence; type rating on NH90 or CH-47 an advantage.",
            "en",
            ["EASA Part-66 B2"],
        ),
        (
            "Licence EASA Part-66 catégorie B1 (B1.1) avec qualification de type sur A400M ou C-130.",
            "fr",
            ["EASA Part-66 B1.1"],
        ),
    ],
)
def test_a_part_66_licence_is_one_licence_of_its_category(
    text: str, lang: str, names: list[str]
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["any_of"]) == ("certification", names)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (
            "Diploma in library science or information science.",
            "in library science or information science",
        ),
        (
            "a certificate or diploma in human resources management;",
            "in human resources management",
        ),
        ("A diploma of nursing.", None),
    ],
)
def test_a_diploma_in_a_field_is_education_flagged_for_its_level(
    text: str, field: str | None
) -> None:
    typing = recognize(text, "en")
    assert typing.kind == "education"
    assert (typing.params["min_level"], typing.params.get("field")) == ("higher_secondary", field)
    assert [n.code for n in typing.notes] == ["diploma_level"]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Postgraduate diploma in law.", "master"),
        ("Diploma of higher secondary education.", "higher_secondary"),
    ],
)
def test_a_diploma_of_a_stated_level_keeps_it(text: str, level: str) -> None:
    typing = recognize(text, "en")
    assert (typing.kind, typing.params["min_level"], typing.notes) == ("education", level, ())


_LIST = "\nPost title: Technician\nGrade: G7\n\nESSENTIAL\n- Higher secondary education.\n"


@pytest.mark.parametrize(
    ("top", "body"),
    [
        (
            "ALLIED COMMAND OPERATIONS - CIVILIAN VACANCIES\nHome > Civilian vacancies > DACCC\n\n"
            "DEPLOYABLE AIR COMMAND AND CONTROL CENTRE (DACCC)\nPoggio Renatico, Italy\n",
            "Deployable Air Command and Control Centre (DACCC)",
        ),
        (
            "Allied Command Operations\nNATO Programming Centre (NPC)\nGlons, Belgium\n",
            "NATO Programming Centre (NPC)",
        ),
        (
            "ALLIED JOINT FORCE COMMAND BRUNSSUM\nJOINT FORCE TRAINING CENTRE (JFTC)\n",
            "Joint Force Training Centre (JFTC)",
        ),
        (
            "Allied Joint Force Command Naples\nNATO Signal Battalion (NSB)\n",
            "NATO Signal Battalion (NSB)",
        ),
        # A headquarters' own office is no body of its own (nor the STO's Collaboration
        # Support Office: test_blind36_and_37_header.py).
        (
            "ALLIED COMMAND OPERATIONS\nOFFICE OF THE CHIEF OF STAFF (OCOS)\n",
            "Allied Command Operations (ACO)",
        ),
        (
            "ALLIED COMMAND OPERATIONS\nCYBER SECURITY GROUP (CSG)\n",
            "Allied Command Operations (ACO)",
        ),
        # The parent alone, or only named in a sentence: the parent.
        (
            "Allied Joint Force Command Brunssum (JFCBS)\n",
            "Allied Joint Force Command Brunssum (JFCBS)",
        ),
        (
            "ALLIED COMMAND OPERATIONS (ACO)\nCivilian Vacancy\n"
            "The post is in the Budget Centre (BC) of the command.\n",
            "Allied Command Operations (ACO)",
        ),
    ],
)
def test_a_unit_under_its_parent_commands_banner_is_the_body(top: str, body: str) -> None:
    assert imported(top + _LIST).nato_body == body


@pytest.mark.parametrize(
    ("text", "lang", "needs"),
    [
        (
            "Willingness to work extended hours, weekends and on short notice.",
            "en",
            ["outside_office_hours", "weekends", "short_notice"],
        ),
        ("Able to work long hours at times.", "en", ["outside_office_hours"]),
        (
            "Willing to work overtime and extended hours.",
            "en",
            ["overtime", "outside_office_hours"],
        ),
        (
            "Disponibilité pour des horaires prolongés pendant les exercices.",
            "fr",
            ["outside_office_hours"],
        ),
    ],
)
def test_extended_hours_are_a_working_day_beyond_the_usual_one(
    text: str, lang: str, needs: list[str]
) -> None:
    typing = recognize(text, lang)  # type: ignore[arg-type]
    assert (typing.kind, typing.params["needs"]) == ("availability", needs)


def test_extended_hours_stated_as_a_condition_ask_nothing() -> None:
    assert recognize("Extended hours at times.", "en").kind == "statement"


@pytest.mark.parametrize(
    ("text", "level", "flagged"),
    [
        ("Diplôme en bibliothéconomie ou en sciences de l'information.", "higher_secondary", True),
        ("Diplôme d'assistant(e) de direction.", "higher_secondary", True),
        # "diplômé(e) d'une université", a degree's name: the degree.
        (
            "Être diplômé(e) d'une université, dans un domaine en lien avec le poste.",
            "bachelor",
            False,
        ),
        ("Diplôme de licence en droit.", "bachelor", False),
    ],
)
def test_a_french_diploma_without_a_level_is_flagged(text: str, level: str, flagged: bool) -> None:
    typing = recognize(text, "fr")
    assert (typing.kind, typing.params["min_level"]) == ("education", level)
    assert ("diploma_level" in [n.code for n in typing.notes]) is flagged
