"""Which questions a vacancy needs, grouped into pages in a fixed order. No widgets here."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from screener.domain.criteria import Criterion
from screener.domain.kinds import KINDS
from screener.domain.vacancy import Vacancy
from screener.translatable import QT_TRANSLATE_NOOP


class Topic(StrEnum):
    NATIONALITY = "nationality"
    EDUCATION = "education"
    EXPERIENCE = "experience"
    LANGUAGES = "languages"
    LICENCE = "licence"
    TESTS = "tests"
    AVAILABILITY = "availability"
    STATEMENTS = "statements"
    DESIRABLE = "desirable"


TOPIC_ORDER: tuple[Topic, ...] = tuple(Topic)

# Step names, shown as "Step 3 of 7: Languages"; translated where they are shown.
TOPIC_NAMES: dict[Topic, str] = {
    Topic.NATIONALITY: QT_TRANSLATE_NOOP("PagePlan", "Nationality"),
    Topic.EDUCATION: QT_TRANSLATE_NOOP("PagePlan", "Education"),
    Topic.EXPERIENCE: QT_TRANSLATE_NOOP("PagePlan", "Experience"),
    Topic.LANGUAGES: QT_TRANSLATE_NOOP("PagePlan", "Languages"),
    Topic.LICENCE: QT_TRANSLATE_NOOP("PagePlan", "Driving licence"),
    Topic.TESTS: QT_TRANSLATE_NOOP("PagePlan", "Fitness and firearms"),
    Topic.AVAILABILITY: QT_TRANSLATE_NOOP("PagePlan", "Availability"),
    Topic.STATEMENTS: QT_TRANSLATE_NOOP("PagePlan", "Other essential requirements"),
    Topic.DESIRABLE: QT_TRANSLATE_NOOP("PagePlan", "Desirable qualifications"),
}
SUMMARY_NAME = QT_TRANSLATE_NOOP("PagePlan", "Summary")

# Each kind's page, from its module (screener.domain.kinds). Kinds answered by profile facts
# (a level, a number of years) have their page whether essential or desirable: both lists
# are judged on the same facts. Yes/no kinds: essential ones get a page by theme, desirable
# ones share the last page.
_SHARED_TOPICS: dict[str, Topic] = {k.name: Topic(k.topic) for k in KINDS if not k.declared}
_ESSENTIAL_TOPICS: dict[str, Topic] = {k.name: Topic(k.topic) for k in KINDS if k.declared}


def topic_name(topic: Topic | None) -> str:
    name = SUMMARY_NAME if topic is None else TOPIC_NAMES[topic]
    return QCoreApplication.translate("PagePlan", name)


def topic_of(criterion: Criterion, essential: bool) -> Topic:
    shared = _SHARED_TOPICS.get(criterion.kind)
    if shared is not None:
        return shared
    return _ESSENTIAL_TOPICS[criterion.kind] if essential else Topic.DESIRABLE


@dataclass(frozen=True, slots=True)
class PagePlan:
    topic: Topic
    criteria: list[Criterion]


def plan_pages(vacancy: Vacancy) -> list[PagePlan]:
    """The pages this vacancy needs, in the fixed topic order; empty topics are skipped."""
    grouped: dict[Topic, list[Criterion]] = {topic: [] for topic in TOPIC_ORDER}
    for criterion in vacancy.essential:
        grouped[topic_of(criterion, True)].append(criterion)
    for criterion in vacancy.desirable:
        grouped[topic_of(criterion, False)].append(criterion)
    return [PagePlan(topic, grouped[topic]) for topic in TOPIC_ORDER if grouped[topic]]
