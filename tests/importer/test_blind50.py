"""The fiftieth blind batch's misses (qualifications structured beyond a plain Essential /
Desirable pair; careers platforms' flattened facts), each with further forms of the cause."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from screener.importer import import_notice_text
from screener.importer.notice_files import import_notice_file
from screener.importer.recognizers import recognize
from screener.persistence.errors import FileProblemError
from tests.importer.importer_support import imported, make_pdf

_LIST = (
    "\nRequired\n"
    "- A university degree in computer science.\n"
    "- At least 5 years of experience in IT service management.\n"
    "\nDesirable\n"
    "- French: SLP 2222.\n"
)


@pytest.mark.parametrize(
    ("facts", "title", "reference", "deadline"),
    [
        # A careers platform's facts, each label on a line and its value on the next.
        (
            "Job Requisition ID\nR-270033\nPosting end date\n19/01/2027\nGrade\nG16\n",
            "Cyber Security Engineer",
            "R-270033",
            date(2027, 1, 19),
        ),
        (
            "job requisition id\nJR0271187\nPosting End Date\n15 January 2027\nGrade\nG6\n",
            "IT Support Technician",
            "JR0271187",
            date(2027, 1, 15),
        ),
        (
            "time left to apply\nEnd Date: January 19, 2027 (30+ days left to apply)\n"
            "job requisition id\nR0270114\n\nGrade\nG12\n",
            "Network Engineer",
            "R0270114",
            date(2027, 1, 19),
        ),
        (
            "Reference\nNCIA-27-114\nPosting end date\n2027-02-03\nGrade\nA2\n",
            "Software Developer",
            "NCIA-27-114",
            date(2027, 2, 3),
        ),
    ],
)
def test_a_careers_platforms_flattened_facts_give_the_reference_and_deadline(
    facts: str, title: str, reference: str, deadline: date
) -> None:
    """ "Job Requisition ID" / "R-270033" was read as a title wrapped onto two lines ("Job
    Requisition ID R"), and "Posting end date" / "End Date:" were no deadline's labels."""
    vacancy = imported(f"Careers\n{title}\nApply\n\n{facts}\nAbout us\nWe deliver.\n{_LIST}")
    assert vacancy.title.en == title
    assert vacancy.reference == reference
    assert vacancy.deadline.date == deadline


_PLATFORM_TOP = (
    "IT Support Technician\nJob Requisition ID\nSTO-2026-114\nPosting end date\n"
    "15 January 2027\nGrade\nG6\n\nWhat you will do\nProvide first-level support to staff\n"
    "Manage user accounts and licences\n\n"
)


@pytest.mark.parametrize(
    "heading", ["What you bring", "What you'll bring:", "What you will bring to the team"]
)
def test_a_careers_platforms_lines_under_what_you_bring_are_the_requirements(
    heading: str,
) -> None:
    """No list was found under "What you bring": its lines carry no marks, the desirable ones
    end in "(preferred)", and its first line's ";" split it as a paragraph of items."""
    vacancy = imported(
        f"{_PLATFORM_TOP}{heading}\n"
        "Higher secondary education; a technical diploma in IT is preferred.\n"
        "2+ years of experience in IT end-user support in a Windows environment.\n"
        'English: V ("Advanced"); French: III ("Intermediate").\n'
        "ITIL 4 Foundation (preferred).\n"
        "Valid category B driving licence, for transporting equipment (preferred).\n\n"
        "Eligibility\nOnly nationals of NATO member countries may apply.\n"
    )
    essential = [(c.kind, c.text.en) for c in vacancy.essential[1:]]
    assert essential == [
        ("education", "Higher secondary education"),
        ("experience", "2+ years of experience in IT end-user support in a Windows environment"),
        ("official_languages", 'English: V ("Advanced"); French: III ("Intermediate")'),
    ]
    desirable = [c.kind for c in vacancy.desirable]
    assert desirable == ["education", "certification", "driving_licence"]


def test_what_you_will_do_stays_the_duties() -> None:
    vacancy = imported(
        f"{_PLATFORM_TOP}What you bring\nA university degree in computer science.\n"
        "At least 3 years of experience in IT support.\n"
    )
    texts = [c.text.en for c in [*vacancy.essential, *vacancy.desirable]]
    assert not any("user accounts" in text for text in texts)
    assert len(vacancy.essential) == 3


_STARRED = (
    "- Higher secondary education in electronics.\n"
    "- Minimum of 3 years of experience in the maintenance of LAN/WAN networks.\n"
    "- Cisco CCNP Enterprise certification.*\n"
    "- Spanish: SLP 2222.*\n"
    "- Valid driving licence, category B.\n"
)
_STARRED_FR = (
    "- Études secondaires supérieures en électronique.\n"
    "- Au moins 3 ans d'expérience de la maintenance de réseaux LAN/WAN.\n"
    "- Certification Cisco CCNP Enterprise.*\n"
    "- Espagnol : SLP 2222.*\n"
    "- Permis de conduire valide, catégorie B.\n"
)
_CIS_TOP = "CIS Technician (CAOC 27/05)\nGrade: G9\nClosing date: 14 January 2027\n\n"


@pytest.mark.parametrize(
    ("key_above", "key_below"),
    [
        ("Items marked with an asterisk (*) are desirable; all other items are essential.", ""),
        ("", "(*) desirable"),
        ("Desirable qualifications are marked with an asterisk.", ""),
        ("Requirements followed by an asterisk are an asset, the others are mandatory.", ""),
    ],
)
def test_items_starred_under_a_key_saying_desirable_move_to_the_desirable_list(
    key_above: str, key_below: str
) -> None:
    """Items ending in "*" under "Items marked with an asterisk (*) are desirable" stayed
    essential: a candidate without the asset was refused."""
    vacancy = imported(f"{_CIS_TOP}REQUIREMENTS\n{key_above}\n\n{_STARRED}\n{key_below}\n")
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience", "driving_licence"]
    assert [c.text.en for c in vacancy.desirable] == [
        "Cisco CCNP Enterprise certification",
        "Spanish: SLP 2222",
    ]


def test_a_french_key_moves_the_starred_items_too() -> None:
    vacancy = imported(
        "Technicien SIC (CAOC 27/05)\nGrade : G9\nDate de clôture : 14 janvier 2027\n\n"
        "CONDITIONS REQUISES\nLes critères suivis d'un astérisque (*) sont souhaitables.\n\n"
        f"{_STARRED_FR}"
    )
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience", "driving_licence"]
    assert [c.kind for c in vacancy.desirable] == ["certification", "language_profile"]


@pytest.mark.parametrize(
    "key", ["", "Items marked with an asterisk (*) are essential; the others are desirable."]
)
def test_stars_without_a_key_saying_desirable_stay_where_they_are(key: str) -> None:
    vacancy = imported(f"{_CIS_TOP}REQUIREMENTS\n{key}\n\n{_STARRED}")
    assert len(vacancy.essential[1:]) == 5


@pytest.mark.parametrize(
    ("label", "reference"),
    [
        ("Reference: STRATCOM COE 2027-02", "STRATCOM-COE-2027-02"),
        ("Vacancy No.: CCDCOE 2027/011", "CCDCOE-2027-011"),
        ("Ref: JAPCC 2026-4", "JAPCC-2026-4"),
        ("Référence : CMDR COE-2027-03", "CMDR-COE-2027-03"),
        ("Posted: March 2027-01", "imported-notice"),  # no reference's label: none read
    ],
)
def test_a_centres_reference_of_its_name_the_year_and_a_number(label: str, reference: str) -> None:
    """ "Reference: STRATCOM COE 2027-02" was not read: a name of eight letters, then a year."""
    vacancy = imported(
        f"Analyst\n{label}\nGrade: A2\nDeadline: 3 March 2027\n\n"
        "Essential\n- A degree in law.\n- 5 years of experience in law.\n"
    )
    assert vacancy.reference == reference


@pytest.mark.parametrize(
    ("item", "lang", "needs"),
    [
        ("Travel frequently, often at short notice", "en", ["travel", "short_notice"]),
        ("travel abroad at short notice", "en", ["travel", "short_notice"]),
        ("Travel within and outside NATO nations (up to 30% of the time)", "en", ["travel"]),
        ("Se déplacer fréquemment, souvent à bref délai", "fr", ["travel", "short_notice"]),
        ("voyager régulièrement, parfois avec un court préavis", "fr", ["travel", "short_notice"]),
    ],
)
def test_travel_asked_in_the_imperative_is_one_availability_with_its_short_notice(
    item: str, lang: str, needs: list[str]
) -> None:
    """ "Travel frequently, often at short notice" (an item under "The incumbent must:") was a
    statement: the travel and its short notice are one availability criterion."""
    typing = recognize(item, lang)  # type: ignore[arg-type]
    assert typing.kind == "availability"
    assert [need.value for need in typing.params["needs"]] == needs


@pytest.mark.parametrize(
    "item", ["Travel arrangements for the Division", "Travel management experience"]
)
def test_travels_paperwork_stays_a_statement(item: str) -> None:
    assert recognize(item, "en").kind == "statement"


_LAW_LIST = (
    "Analyst (241234)\nGrade: A2\nDeadline: 3 March 2027\n\nESSENTIAL\nThe incumbent must:\n"
    "- have a degree in law;\n- have 5 years of experience in law;\n{item}\n\n{paragraph}\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The incumbent may be required to deploy to NATO operations and exercises.",
        "3. SPECIAL REQUIREMENTS. The employee may be required to deploy to exercises and "
        "operations for up to 6 months.",
        "The post holder could be called upon to work outside normal office hours.",
        "L'agent pourra être appelé à se déplacer à l'étranger.",
    ],
)
def test_a_possible_deployment_outside_the_lists_is_a_note_not_a_requirement(
    paragraph: str,
) -> None:
    """A possibility is no requirement: a candidate unable to deploy is not refused for it,
    and the review quotes it so that a person adds one where the body means it."""
    result = import_notice_text(_LAW_LIST.format(item="", paragraph=paragraph), "notice.txt")
    assert [c.kind for c in result.vacancy.essential[1:]] == ["education", "experience"]
    [note] = [item for item in result.review if item.code == "possible_need"]
    assert paragraph.endswith(str(note.values["quote"]))  # the sentence, not its heading
    assert "a possibility, not screened" in note.message


@pytest.mark.parametrize(
    ("item", "paragraph"),
    [
        ("- be willing to travel frequently;", "The incumbent may be required to travel."),
        ("", "The incumbent may be required to draft speeches for the Secretary General."),
    ],
)
def test_no_note_for_what_the_lists_ask_or_what_is_no_availability(
    item: str, paragraph: str
) -> None:
    result = import_notice_text(_LAW_LIST.format(item=item, paragraph=paragraph), "notice.txt")
    assert not [item for item in result.review if item.code == "possible_need"]


_NOTICE_LINES = [
    "Technician (271187)",
    "NATO Grade: G7",
    "Application Deadline: 1 March 2027",
    "ESSENTIAL",
    "- Higher secondary education.",
    "- At least 3 years of experience in electronics.",
]


def _pdf_with(tmp_path: Path, lines: list[str], creator: str, title: str) -> Path:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf(lines)))
    writer.add_metadata({"/Creator": creator, "/Title": title})
    path = tmp_path / "dossier.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["Candidate dossier: Anne Peeters", "Met", *_NOTICE_LINES], "Candidate dossier: Anne"),
        (["Dossier du candidat : Anne Peeters", *_NOTICE_LINES], "Dossier du candidat : Anne"),
        (["Screening summary", *_NOTICE_LINES], "Officer (Finance): screening summary"),
    ],
)
def test_the_apps_own_pdf_given_as_a_notice_is_refused_naming_it(
    tmp_path: Path, lines: list[str], title: str
) -> None:
    """A dossier the app wrote, imported as a notice, gave a draft of its vacancies' records and
    the candidate's "Met" / "Not met", which replaced a vacancy's criteria."""
    path = _pdf_with(tmp_path, lines, "Screener", title)
    with pytest.raises(FileProblemError) as refused:
        import_notice_file(path)
    assert f"is a document Screener wrote (“{title}”), not a vacancy notice" in str(refused.value)


def test_a_notice_pdf_made_by_other_software_is_read(tmp_path: Path) -> None:
    path = _pdf_with(tmp_path, _NOTICE_LINES, "Microsoft® Word for Microsoft 365", "Technician")
    vacancy = import_notice_file(path).vacancy
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]


_FR_PLATFORM = (
    "Technicien de soutien informatique\nPostuler\nIdentifiant de l'offre\nSTO-2026-114\n"
    "Date de fin de publication\n15 janvier 2027\nGrade\nG6\n\nCe que vous ferez\n"
    "Assurer le soutien de premier niveau au personnel\nGérer les comptes des utilisateurs\n\n"
    "{heading}\n"
    "Études secondaires supérieures ; un diplôme technique en informatique est souhaité.\n"
    "Au moins 2 ans d'expérience du soutien informatique aux utilisateurs.\n"
    "Anglais : V (« avancé ») ; français : III (« intermédiaire »).\n"
    "Certification ITIL 4 Foundation (souhaitée).\n"
    "Permis de conduire de catégorie B en cours de validité (un plus).\n\n"
    "Conditions\nSeuls les ressortissants des pays membres de l'OTAN peuvent postuler.\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Ce que vous apportez", "Ce que vous apporterez :", "Ce que vous apportez à l'équipe"],
)
def test_a_french_careers_platforms_facts_and_list_are_read_as_the_english_ones(
    heading: str,
) -> None:
    vacancy = imported(_FR_PLATFORM.format(heading=heading))
    assert (vacancy.reference, vacancy.deadline.date) == ("STO-2026-114", date(2027, 1, 15))
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "official_languages",
    ]
    assert [c.text.fr for c in vacancy.desirable] == [
        "un diplôme technique en informatique est souhaité",
        "Certification ITIL 4 Foundation (souhaitée)",
        "Permis de conduire de catégorie B en cours de validité (un plus)",
    ]
