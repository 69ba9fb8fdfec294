"""The thirty-second to thirty-fifth blind batches' list misses: essentials as plain lines
under lettered part labels ("(d) Physical"), a notes paragraph read as desirables, a page
break whose repeated reference ended the list, a page footer "- 1 / 3 -" read as an item,
and an item under a long part label dropped."""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported, list_texts

_PARTS = (
    "ESSENTIAL QUALIFICATIONS\n"
    "{a} Professional Experience\n"
    "    At least 2 years' experience as a professional fire fighter.\n"
    "{b} Education and Training\n"
    "    Fire fighter qualification or equivalent national certificate.\n"
    "    Valid first aid certificate.\n"
    "{c} {licences}\n"
    "    Driving licence category C.\n"
    "{d} {physical}\n"
    "    Must pass the physical fitness test on appointment and annually thereafter.\n"
    "    Must be willing to wear breathing apparatus.\n"
    "{e} Language\n"
    "    English - SLP 2222.\n"
    "{f} Other\n"
    "    Willingness to work in a 24-hour shift system.\n\n"
    "DESIRABLE QUALIFICATIONS\n"
    "    Experience in airport fire services.\n"
    "    Driving licence category C + E.\n\n"
    "{notes}\n"
    "Appointment is subject to a medical examination.\n"
    "This is a shift post; shift allowances are paid.\n"
)


@pytest.mark.parametrize(
    ("letters", "licences", "physical", "notes"),
    [
        ("(a) (b) (c) (d) (e) (f)", "Licences", "Physical", "NOTES"),
        ("a) b) c) d) e) f)", "Driving Licences", "Physical Fitness", "Notes"),
        ("a. b. c. d. e. f.", "Licenses", "Medical", "NOTES:"),
        ("(a) (b) (c) (d) (e) (f)", "Driving licence", "Physical Requirements", "Note"),
        ("1. 2. 3. 4. 5. 6.", "Licences", "Physical", "NOTES"),
    ],
)
def test_plain_lines_under_lettered_part_labels_are_each_an_item(
    letters: str, licences: str, physical: str, notes: str
) -> None:
    a, b, c, d, e, f = letters.split()
    body = _PARTS.format(
        a=a, b=b, c=c, d=d, e=e, f=f, licences=licences, physical=physical, notes=notes
    )
    essential, desirable = list_texts(NOTICE_TOP + body)
    assert essential == [
        "At least 2 years' experience as a professional fire fighter",
        "Fire fighter qualification or equivalent national certificate",
        "Valid first aid certificate",
        "Driving licence category C",
        "Must pass the physical fitness test on appointment and annually thereafter",
        "Must be willing to wear breathing apparatus",
        "English - SLP 2222",
        "Willingness to work in a 24-hour shift system",
    ]
    # The notes under the desirables are not desirables.
    assert desirable == ["Experience in airport fire services", "Driving licence category C + E"]


_PDF = (
    "NORTH ATLANTIC TREATY ORGANIZATION\nINTERNATIONAL STAFF\n\n"
    "VACANCY NOTIFICATION {ref}\nOfficer (Climate and Security)\n\n"
    "Grade: G15\nClosing date: 7 January 2027\n\n"
    "2. QUALIFICATIONS AND EXPERIENCE\nESSENTIAL\nThe incumbent must:\n"
    "• possess a university degree in environmental science;\n"
    "• have at least 5 years' professional experience in climate policy;\n\n"
    "{footer}\n"
    "{running}\n"
    "• have experience of working with military stakeholders;\n"
    "• possess the following minimum levels of NATO's official languages (English/French):\n"
    '  V ("Advanced") in one; II ("Elementary") in the other.\n\n'
    "DESIRABLE\nThe following would be considered an advantage:\n"
    "• a post-graduate degree.\n\n"
    "3. MAIN ACCOUNTABILITIES\nDraft papers.\n"
)


@pytest.mark.parametrize(
    ("ref", "footer", "running"),
    [
        ("262140", "NATO UNCLASSIFIED          Page 1 of 3", "NATO UNCLASSIFIED\n      262140"),
        ("262140", "NATO UNCLASSIFIED\n- 1 / 3 -", "NATO UNCLASSIFIED\n262140"),
        ("IS-26-0412", "- 1 -", "IS-26-0412"),
        ("262377", "– 1 of 2 –", "NATO UNCLASSIFIED\n262377"),
        ("262377", "Page 1/2", "262377"),
        (
            "262140",
            "NATO UNCLASSIFIED\nRef. 262140 - Page 1",
            "VACANCY NOTIFICATION 262140\nOfficer (Climate and Security)",
        ),
    ],
)
def test_a_page_break_with_the_repeated_reference_does_not_end_the_list(
    ref: str, footer: str, running: str
) -> None:
    essential, desirable = list_texts(_PDF.format(ref=ref, footer=footer, running=running))
    assert len(essential) == 4, essential
    assert essential[2] == "have experience of working with military stakeholders"
    assert essential[3].startswith("possess the following minimum levels")
    assert not any(text[:1] == "1" or "/" in text[:4] for text in essential)
    assert desirable == ["a post-graduate degree"]


@pytest.mark.parametrize(
    "label",
    [
        "Standard Automated Data Processing (ADP) Knowledge:",
        "Computer Literacy (Microsoft Office Suite):",
        "Security and Other Requirements:",
        "Specific IT Skills:",
    ],
)
def test_an_item_under_a_long_part_label_is_kept(label: str) -> None:
    text = NOTICE_TOP + (
        "ESSENTIAL QUALIFICATIONS\n"
        "Professional/Experience:\n"
        "  1. Minimum 3 years' experience as a legal assistant.\n"
        "Education/Training:\n"
        "  2. Higher secondary education and completed vocational training.\n"
        f"{label}\n"
        "  3. Word processing: Advanced. Spreadsheet: Intermediate.\n\n"
        "DESIRABLE QUALIFICATIONS\n"
        "  4. Degree or diploma in law.\n\n"
        "ATTRIBUTES/COMPETENCIES\nTeamwork.\n"
    )
    essential, desirable = list_texts(text)
    assert essential == [
        "Minimum 3 years' experience as a legal assistant",
        "Higher secondary education and completed vocational training",
        "Word processing: Advanced. Spreadsheet: Intermediate",
    ]
    assert desirable == ["Degree or diploma in law"]


@pytest.mark.parametrize(
    ("note", "language"),
    [
        (
            "NOTE: Although the working language of NCIA is English, knowledge of French is an asset.",
            "French",
        ),
        (
            "Note: While English is the working language, knowledge of German would be an advantage.",
            "German",
        ),
        ("N.B.: Knowledge of Dutch is desirable.", "Dutch"),
    ],
)
def test_a_language_asset_noted_under_a_language_section_is_a_desirable(
    note: str, language: str
) -> None:
    text = NOTICE_TOP + (
        "Essential Qualifications / Experience\n"
        "* A university degree in information technology.\n"
        "* A minimum of 8 years' experience in IT service management.\n\n"
        "Desirable Qualifications / Experience\n"
        "* PRINCE2 Practitioner certification.\n\n"
        "Language Proficiency\n"
        "English – SLP 3333 (Listening, Speaking, Reading, Writing)\n"
        f"{note}\n\n"
        "Additional information\nOnly nationals of NATO member states can apply.\n"
    )
    essential, desirable = list_texts(text)
    assert essential[-1].startswith("English – SLP 3333")
    assert desirable[0] == "PRINCE2 Practitioner certification"
    assert len(desirable) == 2
    assert language in desirable[1]
    assert "English" not in desirable[1]


def test_plain_lines_under_french_part_labels_are_each_an_item() -> None:
    text = (
        "Titre : Sapeur-pompier\nGrade OTAN : G5\nDate limite : 1er mars 2027\n\n"
        "ACQUIS ESSENTIELS\n"
        "(a) Expérience professionnelle\n"
        "    Au moins 2 ans d'expérience comme sapeur-pompier professionnel.\n"
        "(b) Formation\n"
        "    Brevet de sapeur-pompier ou certificat national équivalent.\n"
        "    Brevet de secourisme en cours de validité.\n"
        "(c) Permis\n"
        "    Permis de conduire de catégorie C.\n"
        "(d) Aptitude physique\n"
        "    Réussir le test d'aptitude physique chaque année.\n"
        "(e) Langues\n"
        "    Anglais - SLP 2222 ; français - SLP 2222.\n"
        "(f) Autres\n"
        "    Accepter de travailler en service posté de 24 heures.\n\n"
        "ACQUIS SOUHAITABLES\n"
        "    Expérience dans un service d'incendie d'aéroport.\n\n"
        "REMARQUES\nLa nomination est subordonnée à un examen médical.\n"
    )
    vacancy = imported(text)
    essential = [c.text.fr for c in vacancy.essential[1:]]
    assert essential[0] == "Au moins 2 ans d'expérience comme sapeur-pompier professionnel"
    assert "Permis de conduire de catégorie C" in essential
    assert "Réussir le test d'aptitude physique chaque année" in essential
    labels = ("Formation Brevet", "Permis Permis", "Aptitude physique", "Autres Accepter")
    assert not any(text.startswith(labels) for text in essential)
    assert len(vacancy.desirable) == 1
