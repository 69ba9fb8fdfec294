"""What the app knows of one kind of criterion, as one record (see screener.domain.kinds).

A kind's rule reads one criterion once and gives its check; a check takes what the rules
read of a profile (screener.domain.facts) and the answer for this criterion, and returns an
Outcome: (status, reason, remedy, answer shown). Reasons are codes with values; the words
for a kind's codes sit next to its rule, in `words`, rendered only when shown
(screener.report.messages). The same checks serve the explained assessment and the
verdict-only path, so they cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from screener.domain.criterion_base import CriterionBase
from screener.domain.facts import Facts
from screener.domain.outcomes import Outcome, Reason, Status, unknown
from screener.domain.profile import UNSURE, Answer

Check = Callable[[Facts, "Answer | None"], Outcome]
Rule = Callable[[Any], Check]
# A reason code and its words: (English, French).
Words = Mapping[str, tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of criterion: its model, its rule, its words, and where the app asks about it."""

    name: str  # the `kind` tag in vacancy files
    model: type[CriterionBase]
    rule: Rule  # rule(criterion) -> its check
    label: tuple[str, str]  # (English, French), as the report and the import review name it
    topic: str  # the wizard page that asks about it (a screener.ui.wizard.page_plan.Topic)
    words: Words = field(default_factory=dict)
    # The yes/no question under the notice's words (English source; the UI translates it in
    # context "YesNoQuestion"). Kinds with a page of their own have none.
    question: str | None = None
    # The id the importer gives a criterion of this kind; None: made from its wording.
    id_prefix: str | None = None
    # Yes/no kinds only the candidate can answer: the four outcomes, for yes, no, not sure
    # and no answer, built once and shared by every result that has them.
    answers: tuple[Outcome, Outcome, Outcome, Outcome] | None = None
    # The notice's words name such a requirement better than the kind's name does
    # (a statement, a certification): the overview shows them.
    named_by_its_words: bool = False
    # The same test wherever it is asked (a yearly fitness test, a shooting test): a "yes"
    # holds for every vacancy, so the gap plan counts it as one change.
    same_everywhere: bool = False

    @property
    def declared(self) -> bool:
        return self.answers is not None


def answer_index(answer: Answer | None) -> int:
    """Which of a yes/no kind's four outcomes an answer gives: 0 yes, 1 no, 2 not sure, 3 none.

    The engine's and the verdict-only loops inline these four lines (a call per criterion
    costs a tenth of a batch run); tests/domain/test_fast_verdict.py keeps them in step.
    """
    if answer is True:
        return 0
    if answer is False:
        return 1
    return 2 if answer == UNSURE else 3


def declared_answers(kind: str) -> tuple[Outcome, Outcome, Outcome, Outcome]:
    return (
        (Status.MET, Reason("declared.yes", {"kind": kind}), None, True),
        (Status.NOT_MET, Reason("declared.no", {"kind": kind}), None, False),
        (Status.UNKNOWN, Reason("declared.unsure", {"kind": kind}), None, UNSURE),
        unknown("declared.unanswered", kind=kind),
    )


def declared_kind(
    name: str,
    model: type[CriterionBase],
    *,
    label: tuple[str, str],
    topic: str,
    question: str,
    id_prefix: str | None,
    named_by_its_words: bool = False,
    same_everywhere: bool = False,
) -> Kind:
    """A kind only the candidate can answer, yes, no or not sure: the same rule for all."""
    answers = declared_answers(name)

    def check(facts: Facts, answer: Answer | None) -> Outcome:
        return answers[answer_index(answer)]

    def rule(crit: Any) -> Check:
        return check

    return Kind(
        name,
        model,
        rule,
        label,
        topic,
        question=question,
        id_prefix=id_prefix,
        answers=answers,
        named_by_its_words=named_by_its_words,
        same_everywhere=same_everywhere,
    )
