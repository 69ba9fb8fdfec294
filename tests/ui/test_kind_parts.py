"""Every kind has its parts in the UI: a wizard page that asks about it, essential or
desirable, and an editor for its parameters in the import review that gives them back as
they were. The core's parts are checked in tests/domain/test_kinds.py."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter
from pytestqt.qtbot import QtBot

from screener.domain.criteria import Criterion
from screener.domain.criterion_base import CriterionBase
from screener.domain.kinds import KINDS, Kind
from screener.ui.importing.criterion_parameters import BUILDERS, CriterionParameters
from screener.ui.wizard.page_plan import Topic, topic_of
from screener.ui.wizard.wizard import _PAGE_CLASSES
from screener.ui.wizard.yes_no_question import YesNoQuestion
from tests.domain.test_kinds import examples

_ADAPTER: TypeAdapter[Criterion] = TypeAdapter(Criterion)
_BASE_FIELDS = set(CriterionBase.model_fields) | {"kind"}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_kind_has_a_wizard_page(kind: Kind) -> None:
    for criterion in examples(kind):
        essential, desirable = topic_of(criterion, True), topic_of(criterion, False)  # type: ignore[arg-type]
        if kind.declared:
            # Asked on a page of yes/no questions, with the kind's own question.
            assert essential not in _PAGE_CLASSES
            assert desirable is Topic.DESIRABLE
            assert YesNoQuestion.question_for(kind.name) == kind.question
        else:
            assert essential is desirable
            assert essential in _PAGE_CLASSES


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_kind_has_an_editor_in_the_import_review(kind: Kind, qtbot: QtBot) -> None:
    if set(kind.model.model_fields) - _BASE_FIELDS:
        assert kind.name in BUILDERS, f"{kind.name} has parameters and no editor"
    for criterion in examples(kind):
        dumped = criterion.model_dump(mode="json")
        editor = CriterionParameters(kind.name, dumped)
        qtbot.addWidget(editor)
        base = {key: dumped[key] for key in ("kind", "id", "text")}
        assert _ADAPTER.validate_python({**base, **editor.values()}) == criterion


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_each_parameter_label_takes_the_keyboard_to_a_field(kind: Kind, qtbot: QtBot) -> None:
    """The availability editor's "Available for:" had no access key and was bound to the grid
    of boxes, which takes no focus: the keyboard could not jump to it and a screen reader
    found the label bound to nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFormLayout, QLabel

    for criterion in examples(kind):
        editor = CriterionParameters(kind.name, criterion.model_dump(mode="json"))
        qtbot.addWidget(editor)
        for row in range(editor.form.rowCount()):
            item = editor.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if not isinstance(label, QLabel):
                continue
            assert "&" in label.text(), f"{label.text()!r} has no access key"
            buddy = label.buddy()
            assert buddy is not None, f"{label.text()!r} is bound to no field"
            assert buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()
