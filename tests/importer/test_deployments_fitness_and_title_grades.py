"""'Deploy' of software is a developer's duty, not time away; a bullet opening with being
medically fit asks for fitness, which the candidate declares (not the deployment it is fit for,
nor the certificate that proves it); an A-grade beside the title is the grade."""

from __future__ import annotations

import pytest

from screener.importer import import_notice_text

HEADER = "Technician (261777)\nGrade: G7\nClosing date: 19 January 2027\nESSENTIAL\n"


def _first_requirement(bullet: str) -> tuple[str, list[str]]:
    vacancy = import_notice_text(f"{HEADER}- {bullet}\n- a university degree\n").vacancy
    criterion = vacancy.essential[1]  # after the nationality rule
    return criterion.kind, [need.value for need in getattr(criterion, "needs", [])]


@pytest.mark.parametrize(
    ("bullet", "needs"),
    [
        (
            "Willingness to work outside normal office hours during major release deployments.",
            ["outside_office_hours"],
        ),
        ("Willing to deploy software updates outside office hours.", ["outside_office_hours"]),
        ("Be prepared to deploy applications to production at weekends.", ["weekends"]),
        ("Able to deploy with the unit for exercises for periods of up to 90 days.", ["travel"]),
        ("Must be available for deployments to operational theatres.", ["travel"]),
        ("Disponible pour des déploiements en opérations extérieures.", ["travel"]),
    ],
)
def test_a_deployment_is_travel_only_for_a_person(bullet: str, needs: list[str]) -> None:
    assert _first_requirement(bullet) == ("availability", needs)


def test_continuous_deployment_is_a_skill() -> None:
    assert _first_requirement("Experience in continuous deployment pipelines (GitLab CI).")[0] == (
        "statement"
    )


@pytest.mark.parametrize(
    "bullet",
    [
        "Medically fit to deploy and to work at height.",
        "Physically and medically fit to deploy to austere locations.",
        "Être médicalement apte à être déployé en opérations.",
        "Aptitude médicale au déploiement en zone d'opérations.",
        "Medically fit for sea-going duty (sea medical certificate required before embarkation).",
        "Be medically fit for field duty (a medical certificate will be required).",
    ],
)
def test_fitness_to_deploy_is_declared_not_availability(bullet: str) -> None:
    assert _first_requirement(bullet)[0] in ("statement", "fitness_test")


def test_a_medical_certificate_asked_for_itself_is_a_certification() -> None:
    assert _first_requirement("Valid ENG1 seafarer medical certificate.")[0] == "certification"


@pytest.mark.parametrize(
    ("head", "grade"),
    [
        ("Senior Scientist – Underwater Acoustics (A3) | CMRE, La Spezia, Italy", "A3"),
        ("Legal Adviser (A2-A3)", "A2-A3"),
        ("Head, Policy Section – A5 – 271001", "A5"),
        ("Budget Officer (G15)", "G15"),
    ],
)
def test_a_grade_beside_the_title_is_read(head: str, grade: str) -> None:
    text = f"{head}\nClosing date: 1 March 2027\nESSENTIAL\n- a university degree\n"
    assert str(import_notice_text(text).vacancy.grade) == grade
