"""Bilingual copies that give both languages in one list (the thirty-ninth blind batch's CMRE
notice): each English bullet followed by its French twin, or the French first, or all the
English bullets then all the French ones, under a heading in both languages. Each requirement
is one criterion with both wordings; a bullet with no twin is kept and said to be untranslated.
"""

from __future__ import annotations

import pytest
from importer_support import NOTICE_TOP, imported

_INTERLEAVED = (
    "{essential}\n"
    "- Master's degree in acoustics, physics or electrical engineering.\n"
    "- Master en acoustique, en physique ou en génie électrique.\n"
    "- At least 5 years' experience designing acoustic sensors or sonar systems.\n"
    "- Au moins 5 ans d'expérience dans la conception de capteurs acoustiques.\n"
    "- Good programming skills in MATLAB or Python.\n"
    "- Bonnes compétences en programmation MATLAB ou Python.\n"
    "- English: NATO SLP 3333.\n"
    "- Anglais : SLP OTAN 3333.\n\n"
    "{desirable}\n"
    "- PhD in underwater acoustics.\n"
    "- Doctorat en acoustique sous-marine.\n"
    "- STCW basic safety training certificate.\n"
    "- Certificat de formation de base à la sécurité STCW.\n"
    "- Knowledge of Italian.\n"
    "- Connaissance de l'italien.\n\n"
    "Eligibility: nationals of NATO member countries only.\n"
)


@pytest.mark.parametrize(
    ("essential", "desirable"),
    [
        (
            "Essential qualifications / Qualifications essentielles:",
            "Desirable qualifications / Qualifications souhaitables:",
        ),
        ("ESSENTIAL / ACQUIS ESSENTIELS", "DESIRABLE / ACQUIS SOUHAITABLES"),
        ("Qualifications essentielles | Essential qualifications", "Desirable / Souhaitables"),
        ("Essential requirements", "Desirable requirements"),
    ],
)
def test_each_english_bullet_and_its_french_twin_are_one_criterion(
    essential: str, desirable: str
) -> None:
    vacancy = imported(NOTICE_TOP + _INTERLEAVED.format(essential=essential, desirable=desirable))
    assert [c.kind for c in vacancy.essential[1:]] == [
        "education",
        "experience",
        "statement",
        "language_profile",
    ]
    assert [c.kind for c in vacancy.desirable] == ["education", "certification", "language"]
    texts = [(c.text.en, c.text.fr) for c in vacancy.essential[1:] + vacancy.desirable]
    assert texts[1] == (
        "At least 5 years' experience designing acoustic sensors or sonar systems",
        "Au moins 5 ans d'expérience dans la conception de capteurs acoustiques",
    )
    assert texts[-1] == ("Knowledge of Italian", "Connaissance de l'italien")
    assert not [item for item in vacancy.review if item.code == "translation_missing"]


def test_french_first_twins_with_bullets_and_a_french_heading_first() -> None:
    vacancy = imported(
        NOTICE_TOP + "Qualifications essentielles / Essential qualifications :\n"
        "• Au moins 3 ans d'expérience dans l'administration de réseaux.\n"
        "• At least 3 years' experience in network administration.\n"
        "• Certification CCNA ou équivalente.\n"
        "• CCNA certification or equivalent.\n"
        "• Permis de conduire de catégorie B.\n"
        "• Driving licence category B.\n\n"
        "Qualifications souhaitables / Desirable qualifications :\n"
        "• Connaissance du néerlandais.\n"
        "• Knowledge of Dutch.\n"
        "• Certification ITIL Foundation.\n"
        "• ITIL Foundation certification.\n\n"
        "Nationalité / Nationality : ressortissants des pays membres de l'OTAN.\n"
    )
    assert [c.kind for c in vacancy.essential[1:]] == [
        "experience",
        "certification",
        "driving_licence",
    ]
    assert vacancy.essential[1].text.fr.startswith("Au moins 3 ans")
    assert vacancy.essential[1].text.en.startswith("At least 3 years")
    assert [(c.text.en, c.text.fr) for c in vacancy.desirable] == [
        ("Knowledge of Dutch", "Connaissance du néerlandais"),
        ("ITIL Foundation certification", "Certification ITIL Foundation"),
    ]


def test_a_bullet_with_no_twin_is_kept_and_said_to_be_untranslated() -> None:
    vacancy = imported(
        NOTICE_TOP + "Essential requirements / Exigences essentielles:\n"
        "- At least 4 years' experience in accounts payable.\n"
        "- Au moins 4 ans d'expérience en comptabilité fournisseurs.\n"
        "- Valid NATO SECRET security clearance.\n"
        "- Advanced knowledge of SAP FI.\n"
        "- Connaissance approfondie de SAP FI.\n"
        "- English: SLP 3333.\n"
        "- Anglais : SLP 3333.\n\n"
        "Only nationals of NATO member states may apply.\n"
    )
    texts = [(c.text.en, c.text.fr) for c in vacancy.essential[1:]]
    assert [en for en, _ in texts] == [
        "At least 4 years' experience in accounts payable",
        "Valid NATO SECRET security clearance",
        "Advanced knowledge of SAP FI",
        "English: SLP 3333",
    ]
    assert texts[1] == ("Valid NATO SECRET security clearance",) * 2
    assert texts[2][1] == "Connaissance approfondie de SAP FI"
    missing = [item for item in vacancy.review if item.code == "translation_missing"]
    assert [(m.values["half"], m.values["quote"]) for m in missing] == [
        ("fr", "Valid NATO SECRET security clearance")
    ]


def test_the_english_block_then_the_french_block_under_one_heading() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL / ACQUIS ESSENTIELS\n"
        "- University degree in library and information science.\n"
        "- At least 5 years' experience in an academic library.\n"
        "- Knowledge of the Koha library system.\n"
        "- Diplôme universitaire en bibliothéconomie et sciences de l'information.\n"
        "- Au moins 5 ans d'expérience dans une bibliothèque universitaire.\n"
        "- Connaissance du système de bibliothèque Koha.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.fr[:20]) for c in vacancy.essential[1:]] == [
        ("education", "Diplôme universitair"),
        ("experience", "Au moins 5 ans d'exp"),
        ("statement", "Connaissance du syst"),
    ]


@pytest.mark.parametrize(
    "items",
    [
        # English requirements naming French diplomas and courses.
        "- Certificat d'aptitude professionnelle (CAP) in electrical installation.\n"
        "- At least 3 years of experience as an electrician.\n"
        "- Brevet d'études professionnelles or equivalent.\n"
        "- Driving licence category B.\n",
        # Two different requirements in each language, one after the other.
        "- Diplôme universitaire en droit international et droit des contrats publics.\n"
        "- Au moins 5 ans d'expérience en droit des contrats.\n"
        "- English: SLP 3333.\n"
        "- Driving licence category C.\n",
    ],
)
def test_a_list_of_different_requirements_is_never_paired(items: str) -> None:
    vacancy = imported(NOTICE_TOP + "ESSENTIAL\n" + items + "\nOpen to NATO nationals.\n")
    assert len(vacancy.essential[1:]) == 4


def test_sentences_in_both_languages_under_a_bilingual_heading() -> None:
    vacancy = imported(
        NOTICE_TOP + "Requirements / Exigences:\n"
        "The incumbent must have a university degree in physical education.\n"
        "Le titulaire doit être titulaire d'un diplôme universitaire en éducation physique.\n"
        "The incumbent must have at least 6 years of experience as a military instructor.\n"
        "Le titulaire doit avoir au moins 6 ans d'expérience comme instructeur militaire.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.en[:30], c.text.fr[:30]) for c in vacancy.essential[1:]] == [
        ("education", "The incumbent must have a univ", "Le titulaire doit être titulai"),
        ("experience", "The incumbent must have at lea", "Le titulaire doit avoir au moi"),
    ]


@pytest.mark.parametrize(
    "essential",
    [
        # Both languages on the bullet's line.
        "- Master's degree in acoustics or physics / Master en acoustique ou en physique\n"
        "- At least 5 years' experience designing sonar systems / Au moins 5 ans d'expérience "
        "dans la conception de systèmes sonar\n"
        "- English: SLP 3333 – Anglais : SLP 3333\n",
        # The translation on the line under its bullet.
        "- Master's degree in acoustics or physics.\nMaster en acoustique ou en physique.\n\n"
        "- At least 5 years' experience designing sonar systems.\n"
        "Au moins 5 ans d'expérience dans la conception de systèmes sonar.\n\n"
        "- English: SLP 3333.\nAnglais : SLP 3333.\n",
        # Numbered twins, the French one with the same number.
        "1. Master's degree in acoustics or physics.\n1. Master en acoustique ou en physique.\n"
        "2. At least 5 years' experience designing sonar systems.\n"
        "2. Au moins 5 ans d'expérience dans la conception de systèmes sonar.\n"
        "3. English: SLP 3333.\n3. Anglais : SLP 3333.\n",
    ],
)
def test_both_languages_in_each_bullet_or_under_it(essential: str) -> None:
    vacancy = imported(
        NOTICE_TOP + "Essential / Essentiel:\n" + essential + "\nDesirable / Souhaitable:\n"
        "- Knowledge of Italian / Connaissance de l'italien\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.en[:24], c.text.fr[:24]) for c in vacancy.essential[1:]] == [
        ("education", "Master's degree in acous", "Master en acoustique ou "),
        ("experience", "At least 5 years' experi", "Au moins 5 ans d'expérie"),
        ("language_profile", "English: SLP 3333", "Anglais : SLP 3333"),
    ]
    assert [(c.text.en, c.text.fr) for c in vacancy.desirable] == [
        ("Knowledge of Italian", "Connaissance de l'italien")
    ]
    codes = {item.code for item in vacancy.review}
    assert not codes & {"requirements_outside_lists", "list_not_read", "list_cut_short"}


def test_twins_under_a_lead_in_in_both_languages() -> None:
    vacancy = imported(
        NOTICE_TOP + "The incumbent must / Le titulaire doit :\n"
        "- hold a master's degree in acoustics or physics;\n"
        "- être titulaire d'un master en acoustique ou en physique ;\n"
        "- have at least 5 years' experience designing sonar systems;\n"
        "- avoir au moins 5 ans d'expérience dans la conception de systèmes sonar ;\n\n"
        "It would be an advantage if the incumbent has / Seraient considérés comme des atouts :\n"
        "- knowledge of Italian;\n- la connaissance de l'italien ;\n"
        "- a PhD in underwater acoustics.\n- un doctorat en acoustique sous-marine.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.fr[:20]) for c in vacancy.essential[1:]] == [
        ("education", "être titulaire d'un "),
        ("experience", "avoir au moins 5 ans"),
    ]
    assert [(c.kind, c.text.en) for c in vacancy.desirable] == [
        ("language", "knowledge of Italian"),
        ("education", "a PhD in underwater acoustics"),
    ]


def test_the_translation_as_a_sub_bullet_of_its_bullet() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL QUALIFICATIONS / QUALIFICATIONS ESSENTIELLES\n"
        "• Master's degree in acoustics or physics\n"
        "   o Master en acoustique ou en physique\n"
        "• At least 5 years' experience designing sonar systems\n"
        "   o Au moins 5 ans d'expérience dans la conception de systèmes sonar\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.en[:16], c.text.fr[:16]) for c in vacancy.essential[1:]] == [
        ("education", "Master's degree ", "Master en acoust"),
        ("experience", "At least 5 years", "Au moins 5 ans d"),
    ]


def test_the_french_block_missing_a_bullet_is_paired_by_what_the_twins_share() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL / ACQUIS ESSENTIELS\n"
        "- University degree in library and information science.\n"
        "- At least 5 years' experience in an academic library.\n"
        "- Valid NATO SECRET security clearance.\n"
        "- Knowledge of the Koha library system.\n"
        "- Diplôme universitaire en bibliothéconomie et sciences de l'information.\n"
        "- Au moins 5 ans d'expérience dans une bibliothèque universitaire.\n"
        "- Connaissance du système de bibliothèque Koha.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.text.en[:20], c.text.fr[:20]) for c in vacancy.essential[1:]] == [
        ("University degree in", "Diplôme universitair"),
        ("At least 5 years' ex", "Au moins 5 ans d'exp"),
        ("Valid NATO SECRET se", "Valid NATO SECRET se"),
        ("Knowledge of the Koh", "Connaissance du syst"),
    ]
    missing = [
        item.values["quote"] for item in vacancy.review if item.code == "translation_missing"
    ]
    assert missing == ["Valid NATO SECRET security clearance"]


def test_a_paragraph_of_requirements_and_its_translation() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL / ACQUIS ESSENTIELS\n"
        "Candidates must hold a university degree in law and must have at least 5 years of "
        "experience in contract law.\n"
        "Les candidats doivent être titulaires d'un diplôme universitaire en droit et doivent "
        "avoir au moins 5 ans d'expérience en droit des contrats.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.fr[:20]) for c in vacancy.essential[1:]] == [
        ("education", "Les candidats doiven"),
        ("experience", "doivent avoir au moi"),
    ]


def test_bilingual_headings_over_each_languages_own_lists_french_first() -> None:
    vacancy = imported(
        NOTICE_TOP + "ACQUIS ESSENTIELS / ESSENTIAL\nLe titulaire doit :\n"
        "- avoir un diplôme de l'enseignement secondaire supérieur ;\n"
        "- avoir au moins 2 ans d'expérience dans un poste administratif ;\n\n"
        "ACQUIS SOUHAITABLES / DESIRABLE\n- connaissance de l'allemand.\n\n"
        "ESSENTIAL / ACQUIS ESSENTIELS\nThe incumbent must:\n"
        "- have a higher secondary education;\n"
        "- have at least 2 years' experience in an administrative post;\n\n"
        "DESIRABLE / ACQUIS SOUHAITABLES\n- knowledge of German.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.fr[:12]) for c in vacancy.essential[1:]] == [
        ("education", "avoir un dip"),
        ("experience", "avoir au moi"),
    ]
    assert [(c.text.en, c.text.fr) for c in vacancy.desirable] == [
        ("knowledge of German", "connaissance de l'allemand")
    ]
    assert "translation_missing" not in {item.code for item in vacancy.review}


def test_a_bilingual_heading_over_both_languages_lead_ins() -> None:
    vacancy = imported(
        NOTICE_TOP + "ESSENTIAL / ESSENTIEL\nThe incumbent must:\n"
        "- have a higher secondary education;\n"
        "- have at least 2 years' experience in an administrative post.\n"
        "Le titulaire doit :\n- avoir un diplôme de l'enseignement secondaire supérieur ;\n"
        "- avoir au moins 2 ans d'expérience dans un poste administratif.\n\n"
        "DESIRABLE / SOUHAITABLE\n- knowledge of German;\n- connaissance de l'allemand.\n\n"
        "Open to nationals of NATO member nations.\n"
    )
    assert [(c.kind, c.text.fr[:12]) for c in vacancy.essential[1:]] == [
        ("education", "avoir un dip"),
        ("experience", "avoir au moi"),
    ]
    assert [(c.text.en, c.text.fr) for c in vacancy.desirable] == [
        ("knowledge of German", "connaissance de l'allemand")
    ]
