"""The fifty-third blind batch's misses (copies from today's web: careers platforms, job-board
and social reposts, forwarded e-mails, national circulars in a third language): a weekend named
by its days, a readiness "for" shifts, a title only in a recruiter's "We're hiring!" line or under
a circular's own label, a body's name after the title and before its grade, and a circular's
header labels in its own language; each with further forms of the same cause."""

from __future__ import annotations

import datetime as dt

import pytest

from screener.importer.recognizers import recognize
from tests.importer.importer_support import NOTICE_TOP, imported


@pytest.mark.parametrize(
    ("bullet", "lang", "needs"),
    [
        # The batch's forms.
        ("Willingness to work in shifts, including occasional Saturdays.", "en", ["shifts", "weekends"]),
        (
            "Ready for shift work and short-notice recall during real-world operations",
            "en",
            ["shifts", "short_notice"],
        ),
        ("Prepared for night work and duty on Sundays", "en", ["nights", "weekends"]),
        ("Disponibilité pour travailler en postes, y compris le samedi", "fr", ["shifts", "weekends"]),
        (
            "Prêt(e) pour le travail posté et les rappels à court préavis",
            "fr",
            ["shifts", "short_notice"],
        ),
        ("Willing to work in a 24/7 operations centre", "en", ["shifts"]),
        (
            "Acceptance of shift work including nights and weekends",
            "en",
            ["shifts", "nights", "weekends"],
        ),
        # Readiness for something else, or knowing of the hours, asks for no availability.
        ("Ready for a challenge in a multinational team", "en", None),
        ("Experience in a 24/7 operations centre", "en", None),
    ],
)  # fmt: skip
def test_days_of_the_weekend_and_readiness_for_a_need_are_availability(
    bullet: str, lang: str, needs: list[str] | None
) -> None:
    typing = recognize(bullet, lang)  # type: ignore[arg-type]
    if needs is None:
        assert typing.kind != "availability"
    else:
        assert typing.kind == "availability"
        assert [n.value for n in typing.params["needs"]] == needs


_LISTS = "\nEssential:\n- University degree in journalism.\n- At least 5 years of experience.\n"


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        # The batch's form: a social post, its author and its age above the recruiter's line.
        (
            "Jana Horváth • Talent Acquisition at NATO\n3d •\n\n"
            "📣 We're hiring! Press Officer at NATO Headquarters, Brussels 🇧🇪\n",
            "Press Officer",
        ),
        ("We are hiring: Data Scientist (NCIA, The Hague)\n", "Data Scientist"),
        ("🚀 We’re hiring – Senior Network Engineer with NCIA in Mons\n", "Senior Network Engineer"),
        (
            "Nous recrutons ! Assistant(e) administratif(ve) à l'OTAN, Bruxelles\n",
            "Assistant(e) administratif(ve)",
        ),
        ("On recrute : Traducteur / Traductrice pour la NSPA\n", "Traducteur / Traductrice"),
        ("We are recruiting: Network Engineer (NCIA)\n", "Network Engineer"),
        ("We're looking for a Network Engineer to join NCIA in The Hague!\n", "Network Engineer"),
        ("Job alert: Network Engineer at NCIA\n", "Network Engineer"),
        ("Nous recherchons un(e) Ingénieur(e) réseau pour la NCIA\n", "Ingénieur(e) réseau"),
        ("NATO is hiring! 📣 Press Officer, Brussels\n", "Press Officer"),
        ("Come and join us as Press Officer at NATO HQ!\n", "Press Officer"),
        ("🔔 Job opportunity: Press Officer at NATO Headquarters in Brussels\n", "Press Officer"),
        ("Opportunité : Attaché(e) de presse à l'OTAN (Bruxelles)\n", "Attaché(e) de presse"),
        (
            "We are hiring a Press Officer for our Public Diplomacy Division!\n",
            "Press Officer",
        ),
        ("🔔 Vacancy: Press Officer (A2) – NATO International Staff\n", "Press Officer"),
        # A national board's repost in its own language.
        ("Wir suchen: Press Officer (m/w/d) bei der NATO in Brüssel\n", "Press Officer"),
        ("Cerchiamo un Security Assistant per il JFC Naples\n", "Security Assistant"),
        ("Wij zoeken een Logistics Assistant voor NSPA\n", "Logistics Assistant"),
        # The post's own line after the banner names no post: the title line below does.
        (
            "We're hiring! 🚀  Posted by a NCIA recruiter on LinkedIn · 2d\n\nPress Officer\n",
            "Press Officer",
        ),
    ],
)  # fmt: skip
def test_a_recruiters_we_are_hiring_line_gives_the_title(opening: str, title: str) -> None:
    vacancy = imported(opening + "\nRef: 270044\nGrade: A2\nApply by 8 February 2027\n" + _LISTS)
    assert vacancy.title.en == title


@pytest.mark.parametrize(
    "author",
    [
        "Jana Horváth • Talent Acquisition at NATO\n3d •",
        "Jana Horváth\nTalent Acquisition at NATO | Recruitment\n2d • Edited • 🌐",
    ],
)
def test_a_post_s_author_above_its_age_and_its_section_names_are_no_title(author: str) -> None:
    text = (
        f"{author}\n\nPress Officer\n\nRef: 270044\nGrade: A2\nApply by 8 February 2027\n\n"
        "What you'll bring\n- A university degree in journalism.\n- At least 5 years of experience.\n"
    )
    assert imported(text).title.en == "Press Officer"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Titolo del posto:          Security Assistant", "Security Assistant"),
        ("Stillingstittel: Exercise Planner", "Exercise Planner"),
        ("Functietitel: Logistics Assistant", "Logistics Assistant"),
        ("Nazwa stanowiska: Network Engineer", "Network Engineer"),
        ("Título del puesto: Airspace Manager", "Airspace Manager"),
    ],
)
def test_a_circulars_title_label_in_its_own_language_gives_the_title(line: str, title: str) -> None:
    text = (
        "MINISTERO DELLA DIFESA\nStato Maggiore della Difesa - I Reparto\n\n"
        f"{line}\nReference: JFCNP 27/SEC/03\nGrade: G6\nDeadline: 5 February 2027\n" + _LISTS
    )
    assert imported(text).title.en == title


@pytest.mark.parametrize(
    ("line", "title", "body"),
    [
        (
            "Airspace Management Specialist – NATO CAOC Torrejón (Madrid) – Grade G13",
            "Airspace Management Specialist",
            "Combined Air Operations Centre Torrejón (CAOC TJ)",
        ),
        (
            "Logistics Officer – CAOC Uedem – G11",
            "Logistics Officer",
            "Combined Air Operations Centre Uedem (CAOC UE)",
        ),
        (
            "Personnel Assistant – NATO Joint Force Command Brunssum – Grade G7",
            "Personnel Assistant",
            None,
        ),
        ("Network Engineer | NCIA | The Hague", "Network Engineer", None),
        (
            "Network Engineer - NATO Communications and Information Agency - The Hague, "
            "Netherlands",
            "Network Engineer",
            None,
        ),
    ],
)
def test_a_job_boards_body_before_the_grade_leaves_the_title(
    line: str, title: str, body: str | None
) -> None:
    employer = "Combined Air Operations Centre Torrejón (CAOC TJ)" if "Torrej" in line else ""
    employer = "Combined Air Operations Centre Uedem (CAOC UE)" if "Uedem" in line else employer
    text = (
        f"EuroDefenceJobs.com  |  Job #884213\n\n{line}\n\n"
        + (f"Employer: {employer}, Allied Air Command\n" if employer else "")
        + "Reference: CAOC TJ 27/05\nApplications close: 1 February 2027\n"
        + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == title
    if body is not None:
        assert vacancy.nato_body == body


_NORWEGIAN = """FORSVARSDEPARTEMENTET
Seksjon for internasjonalt personell

RUNDSKRIV 2027/03 – LEDIG STILLING VED NATO JOINT WARFARE CENTRE, STAVANGER

Stilling:            Exercise Planner (Scenario Development)
{reference}:           JWC 27/EXP/02
{grade}:           A3
{deadline}:        {date}
"""


@pytest.mark.parametrize(
    ("reference", "grade", "deadline", "date"),
    [
        ("Referanse", "Lønnsgrad", "Søknadsfrist", "10. februar 2027"),  # Norwegian
        ("Referencenummer", "Lønramme grad", "Ansøgningsfrist", "10. februar 2027"),  # Danish
        ("Referens", "Lönegrad", "Sista ansökningsdag", "10 februari 2027"),  # Swedish
        ("Referência da vaga", "Grau", "Prazo de candidatura", "10/02/2027"),  # Portuguese
        ("Sygnatura", "Stopień", "Termin składania", "10.02.2027"),  # Polish
    ],
)
def test_a_circulars_reference_grade_and_deadline_labels_in_its_own_language(
    reference: str, grade: str, deadline: str, date: str
) -> None:
    text = _NORWEGIAN.format(reference=reference, grade=grade, deadline=deadline, date=date)
    vacancy = imported(text + _LISTS)
    assert vacancy.reference == "JWC-27-EXP-02"
    assert str(vacancy.grade) == "A3"
    assert vacancy.deadline.date == dt.date(2027, 2, 10)


def test_a_headquarters_named_in_its_own_letters_keeps_them_whole() -> None:
    text = (
        NOTICE_TOP
        + "Employer: Combined Air Operations Centre Torrejón (CAOC TJ), Allied Air Command\n"
        + _LISTS
    )
    assert imported(text).nato_body == "Combined Air Operations Centre Torrejón (CAOC TJ)"


@pytest.mark.parametrize(
    ("item", "kept", "wished"),
    [
        # The batch's form, then other values of the same thing named after a semicolon.
        ("Valid driving licence category B; category C would be an advantage.", ["B"], ["C"]),
        ("Driving licence class B; class C1E is an advantage.", ["B"], ["C1E"]),
        ("A valid driving licence (category B); category CE would be an asset.", ["B"], ["CE"]),
        (
            "Être titulaire d'un permis de conduire de catégorie B ; la catégorie C constitue un "
            "atout.",
            ["B"],
            ["C"],
        ),
        ("Permis de conduire catégorie B ; la catégorie C serait un atout.", ["B"], ["C"]),
    ],
)
def test_an_asset_naming_another_value_of_the_item_takes_the_items_words(
    item: str, kept: list[str], wished: list[str]
) -> None:
    text = NOTICE_TOP + "Essential:\n- Completed secondary education.\n- " + item + "\n"
    vacancy = imported(text)
    licences = [c for c in vacancy.essential if c.kind == "driving_licence"]
    assert [c.categories for c in licences] == [kept]
    assert [(c.kind, getattr(c, "categories", None)) for c in vacancy.desirable] == [
        ("driving_licence", wished)
    ]


_AFTER = (
    NOTICE_TOP
    + "Essential:\n- University degree in journalism.\n- At least 5 years of experience.\n\n"
    + "Desirable:\n- Knowledge of Russian.\n\n{sentence}\n\n"
    + "Open to nationals of NATO member countries.\n"
)


@pytest.mark.parametrize(
    ("sentence", "needs"),
    [
        # The batch's form: a social post's line between its lists and who may apply.
        (
            "Availability for duty outside normal office hours, including weekends, during "
            "summits and crises.",
            ["outside_office_hours", "weekends"],
        ),
        ("Willingness to travel frequently, including at short notice.", ["travel", "short_notice"]),
        ("Readiness to work in shifts, including nights.", ["shifts", "nights"]),
        (
            "Disponibilité pour travailler en dehors des heures de bureau, y compris le week-end.",
            ["outside_office_hours", "weekends"],
        ),
        ("Être disponible pour des déplacements fréquents.", ["travel"]),
        ("Please note: the post requires shift work, including weekends.", ["shifts", "weekends"]),
        ("Le poste implique des déplacements fréquents à l'étranger.", ["travel"]),
    ],
)  # fmt: skip
def test_an_availability_asked_on_its_own_after_the_lists_is_an_essential_requirement(
    sentence: str, needs: list[str]
) -> None:
    vacancy = imported(_AFTER.format(sentence=sentence))
    asked = [c for c in vacancy.essential if c.kind == "availability"]
    assert [[n.value for n in c.needs] for c in asked] == [needs]
    assert [c.kind for c in vacancy.desirable] == ["language"]
    assert any(item.values.get("case") == "after_lists" for item in vacancy.review)


@pytest.mark.parametrize(
    "sentence",
    [
        "The incumbent may be required to travel occasionally.",  # a possibility
        "The post offers flexible working hours and teleworking.",  # no asking
    ],
)
def test_a_sentence_after_the_lists_that_asks_nothing_adds_nothing(sentence: str) -> None:
    vacancy = imported(_AFTER.format(sentence=sentence))
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "experience"]


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("5 febbraio 2027", dt.date(2027, 2, 5)),  # Italian
        ("3 dicembre 2027", dt.date(2027, 12, 3)),
        ("10 de febrero de 2027", dt.date(2027, 2, 10)),  # Spanish
        ("10 de outubro de 2027", dt.date(2027, 10, 10)),  # Portuguese
        ("15 października 2027", dt.date(2027, 10, 15)),  # Polish
        ("3. desember 2027", dt.date(2027, 12, 3)),  # Norwegian
        ("3 mei 2027", dt.date(2027, 5, 3)),  # Dutch
    ],
)
def test_a_circulars_deadline_in_its_own_months_is_read(written: str, date: dt.date) -> None:
    text = _NORWEGIAN.format(
        reference="Referanse", grade="Lønnsgrad", deadline="Søknadsfrist", date=written
    )
    assert imported(text + _LISTS).deadline.date == date


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("Tjenestested", "Stavanger, Norge"),
        ("Sede", "Lago Patria (Napoli)"),
        ("Luogo di lavoro", "Lago Patria (Napoli)"),
        ("Local de trabalho", "Lisboa, Portugal"),
    ],
)
def test_a_circulars_duty_station_label_in_its_own_language(label: str, place: str) -> None:
    text = _NORWEGIAN.format(
        reference="Referanse", grade="Lønnsgrad", deadline="Søknadsfrist", date="10.02.2027"
    )
    assert imported(text + f"{label}:   {place}\n" + _LISTS).location == place


def test_an_availability_after_the_lists_that_a_listed_item_asks_is_not_added_again() -> None:
    text = (
        NOTICE_TOP
        + "Essential:\n- University degree in journalism.\n"
        + "- Willingness to travel frequently, including at short notice.\n\n"
        + "Availability to travel at short notice.\n\nOpen to nationals of NATO member countries.\n"
    )
    vacancy = imported(text)
    assert [c.kind for c in vacancy.essential[1:]] == ["education", "availability"]


# A ministry's circular in its own language over the English requirements: its labels for the
# title, the reference, the grade, the duty station and the deadline, and its own months.
_CIRCULARS = {
    "de": "Stellenbezeichnung: {t}\nKennziffer: {r}\nBesoldungsgruppe: A3\n"
    "Dienstort: {p}\nBewerbungsschluss: 10. Februar 2027\n",
    "es": "Puesto: {t}\nReferencia: {r}\nGrado: A3\nLugar de destino: {p}\n"
    "Plazo de presentación: 10 de febrero de 2027\n",
    "nl": "Functie: {t}\nVacaturenummer: {r}\nRang: A3\nStandplaats: {p}\n"
    "Sluitingsdatum: 10 februari 2027\n",
    "cs": "Pozice: {t}\nČíslo inzerátu: {r}\nPlatová třída: A3\nMísto výkonu práce: {p}\n"
    "Uzávěrka: 10. února 2027\n",
    "ro": "Postul: {t}\nNumăr de referință: {r}\nGradul: A3\nLocul de muncă: {p}\n"
    "Termenul limită: 10 februarie 2027\n",
    "tr": "Pozisyon: {t}\nReferans numarası: {r}\nDerece: A3\nGörev yeri: {p}\n"
    "Son başvuru tarihi: 10 Şubat 2027\n",
    "da": "Stilling: {t}\nReferencenummer: {r}\nLønramme: A3\nTjenestested: {p}\n"
    "Ansøgningsfrist: 10. februar 2027\n",
    "hu": "Beosztás: {t}\nHivatkozási szám: {r}\nBesorolás: A3\nMunkavégzés helye: {p}\n"
    "Jelentkezési határidő: 2027. február 10.\n",
    # Labels not known word for word: a post, a reference and a grade read by their values.
    "el": "Τίτλος θέσης: {t}\nΚωδικός: {r}\nΒαθμός: A3\nΤόπος εργασίας: {p}\n"
    "Προθεσμία υποβολής: 10 Φεβρουαρίου 2027\n",
    "bg": "Длъжност: {t}\nРеф. номер: {r}\nСтепен: A3\nМясто на работа: {p}\n"
    "Краен срок: 10 февруари 2027\n",
    "sk": "Pozícia: {t}\nČíslo inzerátu: {r}\nPlatová trieda: A3\nMiesto výkonu práce: {p}\n"
    "Uzávierka: 10. februára 2027\n",
    "lt": "Pareigos: {t}\nNuorodos Nr.: {r}\nLaipsnis: A3\nDarbo vieta: {p}\n"
    "Terminas: 2027 m. vasario 10 d.\n",
    "lv": "Amats: {t}\nAtsauces numurs: {r}\nPakāpe: A3\nDarba vieta: {p}\n"
    "Pieteikšanās termiņš: 2027. gada 10. februāris\n",
    "et": "Ametikoht: {t}\nViitenumber: {r}\nPalgaaste: A3\nTöökoht: {p}\n"
    "Tähtaeg: 10. veebruar 2027\n",
    "sq": "Pozicioni: {t}\nReferenca: {r}\nGrada: A3\nVendi i punës: {p}\n"
    "Afati i aplikimit: 10 shkurt 2027\n",
}


@pytest.mark.parametrize("lang", sorted(_CIRCULARS))
def test_a_circulars_header_in_its_own_language_is_read(lang: str) -> None:
    header = _CIRCULARS[lang].format(t="Exercise Planner", r="JWC 27/EXP/02", p="Stavanger")
    vacancy = imported("MINISTRY OF DEFENCE\nPersonnel Directorate\n\n" + header + _LISTS)
    assert vacancy.title.en == "Exercise Planner"
    assert (vacancy.reference, str(vacancy.grade)) == ("JWC-27-EXP-02", "A3")
    assert (vacancy.location, vacancy.deadline.date) == ("Stavanger", dt.date(2027, 2, 10))


def test_labels_in_any_language_over_a_language_level_a_manager_or_a_unit_give_no_header() -> None:
    text = (
        "MINISTRY OF DEFENCE\n\nStilling: Exercise Planner\nJazyk: C1\nNadřízený: Head of Branch"
        "\nDivision: Executive Management\nTel.: +47 51 00 00 00\n" + _LISTS
    )
    vacancy = imported(text)
    assert vacancy.title.en == "Exercise Planner"
    assert str(vacancy.grade) == "XX0"  # the placeholder: no grade is stated
    assert vacancy.reference == "imported-notice"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Scenario Officer – JWC Jåttå", None),
        ("Liaison Assistant", "NATO Force Integration Unit Bodø"),
    ],
)
def test_a_town_in_letters_beyond_ascii_stays_whole(title: str, body: str | None) -> None:
    from screener.importer.bodies import named_headquarters
    from screener.importer.header_titles import strip_title_prefix

    if body is None:
        assert strip_title_prefix(title) == "Scenario Officer"
    else:
        assert named_headquarters([f"{body}, Norway"]) == body
