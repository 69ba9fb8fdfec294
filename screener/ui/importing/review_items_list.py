"""The importer's review items, each with a tick box, linked to the criterion or field it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QListWidgetItem, QWidget

from screener.domain.vacancy import ReviewItem
from screener.importer.review_text import review_message
from screener.ui.common.accessibility import describe
from screener.ui.common.enter_activates import EnterActivates
from screener.ui.common.language import current_language

_ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewItemsList(QListWidget):
    """Space ticks the current item off; moving to an item shows what it is about."""

    ticked = Signal()
    # criterion id or None, field name or None
    linkSelected = Signal(object, object)
    # Enter or a double click: go to the criterion's or field's input
    linkActivated = Signal(object, object)

    def __init__(
        self,
        items: list[ReviewItem],
        field_names: dict[str, str],
        parent: QWidget | None = None,
        requirement_words: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        # A requirement is named by its words, never by its id (criterion id -> words).
        self._requirement_words = requirement_words or {}
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        describe(
            self,
            self.tr("Items to review"),
            self.tr("What the importer could not settle; press Space to tick an item off once "
                    "checked, Enter to go to the requirement or field it is about"),
        )  # fmt: skip
        for review in items:
            item = QListWidgetItem(self._text(review, field_names))
            item.setData(_ITEM_ROLE, review)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if review.done else Qt.CheckState.Unchecked)
            self.addItem(item)
        # Its heading, above it in the dialog: the count, or that nothing is left to review.
        self.label = QLabel()
        self.label.setBuddy(self)
        self._flagged = bool(items)
        self._show_count()
        self.itemChanged.connect(self._item_changed)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)
        EnterActivates(self)  # not Save draft as well

    def _show_count(self) -> None:
        """With nothing to review the list is hidden, so neither Tab nor a screen reader stops
        on an empty box, and the heading, without its access key, says why."""
        count = self.count()
        if count:
            text = self.tr("Items to re&view ({count}); tick each off once checked:")
        elif self._flagged:
            text = self.tr("Items to review: none left; still compare with the notice.")
        else:
            text = self.tr("Items to review: nothing was flagged; still compare with the notice.")
        self.label.setText(text.format(count=count))
        if not count:  # items are never added once built
            self.hide()

    def _text(self, review: ReviewItem, field_names: dict[str, str]) -> str:
        # Worded in the UI's language from the item's code and values (review_text).
        message = review_message(review, current_language())
        if review.criterion:
            words = self._requirement_words.get(review.criterion, review.criterion)
            where = self.tr("Requirement “{requirement}”").format(requirement=words)
        elif review.field:
            where = field_names.get(review.field, review.field)
        else:
            return message
        return self.tr("{where}: {message}").format(where=where, message=message)

    @staticmethod
    def _review(item: QListWidgetItem) -> ReviewItem:
        review = item.data(_ITEM_ROLE)
        assert isinstance(review, ReviewItem)
        return review

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self.ticked.emit()

    def _current_changed(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            review = self._review(item)
            self.linkSelected.emit(review.criterion, review.field)

    def _activated(self, item: QListWidgetItem) -> None:
        review = self._review(item)
        self.linkActivated.emit(review.criterion, review.field)

    # -- reading --------------------------------------------------------------------------------

    def review_items(self) -> list[ReviewItem]:
        """The items with their `done` state as ticked here."""
        result = []
        for row in range(self.count()):
            item = self.item(row)
            done = item.checkState() == Qt.CheckState.Checked
            result.append(self._review(item).model_copy(update={"done": done}))
        return result

    def forget_criterion(self, criterion_id: str) -> None:
        """A deleted requirement's items go with it: there is nothing left to check."""
        for row in reversed(range(self.count())):
            if self._review(self.item(row)).criterion == criterion_id:
                self.takeItem(row)
        self._show_count()
        self.ticked.emit()

    def set_done(self, row: int, done: bool) -> None:
        self.item(row).setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def open_criteria(self) -> set[str]:
        return {i.criterion for i in self.review_items() if not i.done and i.criterion}
