"""The one contract every wizard page follows, and what they all show.

load() reads the page's answers from the session's Profile; save() writes them back through
the session (on every edit, so Back, Change and a later autosave all see the same answers);
isComplete() is False only while an input is invalid, and the page then says why.
An answer that already rules the candidate out is explained on the page, in the engine's
words, without blocking Next.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from screener.domain.assessment import Status
from screener.domain.criteria import Criterion, LocalizedText
from screener.report import messages
from screener.report.requirement_names import in_a_sentence
from screener.ui.common.accessibility import announce, as_sentence, scaled_font
from screener.ui.common.language import RetranslatesOnLanguageChange, current_language
from screener.ui.common.plain_text_label import PlainTextLabel
from screener.ui.profiles.session import ScreeningSession
from screener.ui.wizard.answer_words import answer_words
from screener.ui.wizard.page_plan import Topic

# How long the answers rest before a new message about them is said.
_NEWS_DELAY_MS = 700
# Up to this many requirements, arriving on a page says each one's words and answer; a
# page of more says how many there are, and each question says its own as it is reached.
_QUOTES_SAID = 2


@dataclass(frozen=True, slots=True)
class _NoticeLabels:
    """What add_notice_text() shows for one requirement, kept to be retranslated."""

    criterion: Criterion
    marker: QLabel
    quote: PlainTextLabel
    warnings: list[tuple[LocalizedText, PlainTextLabel]]


class CriterionPage(RetranslatesOnLanguageChange, QWizardPage):
    topic: Topic

    def __init__(
        self, session: ScreeningSession, criteria: list[Criterion], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.criteria = criteria
        self._loading = False
        self.focus_pending = False
        self._focus_target: tuple[QWidget, list[Criterion]] | None = None
        self._introduced: list[Criterion] = []  # what arriving on the page last said
        self._was_complete = True
        self._initialized = False
        self._notices: list[_NoticeLabels] = []
        self._news_timer: QTimer | None = None
        self._said: dict[str, str] = {}  # what was last said of each message, by its name

        self._content = QWidget()
        self.body = QVBoxLayout(self._content)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(self._content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.explanation = PlainTextLabel()
        self.explanation.setObjectName("explanation")
        self._explanation_box = self._message_box(
            self.explanation, QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.problem = PlainTextLabel()
        self.problem.setObjectName("problem")
        self._problem_box = self._message_box(
            self.problem, QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._problem_box)
        layout.addWidget(self._explanation_box)
        self.build()
        self.body.addStretch(1)
        self.retranslate()

    # -- what each page provides -----------------------------------------------------------

    def build(self) -> None:
        """Create the page's inputs (into self.body) and connect their edits to edited().

        Texts are set in retranslate(), which the constructor calls once build() is done.
        """
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every text on the page in the current language. Subclasses set theirs and call
        this; it runs once when the page is built and again on each language change."""
        lang = current_language()
        for notice in self._notices:
            criterion = notice.criterion
            notice.marker.setText(
                QCoreApplication.translate("CriterionPage", "Essential. The notice says:")
                if self.session.vacancy.is_essential(criterion.id)
                else QCoreApplication.translate(
                    "CriterionPage", "Desirable (an advantage). The notice says:"
                )
            )
            notice.quote.setText(criterion.text.get(lang))
            for text, note in notice.warnings:
                note.setText(
                    QCoreApplication.translate("CriterionPage", "Please note: {warning}").format(
                        warning=text.get(lang)
                    )
                )
        if self._initialized:
            self._show_messages()
        if self._introduced:
            # Kept as the page's description, in the language shown: once the page and the
            # wizard have set their new titles, after this; none in the old one till then.
            self.setAccessibleDescription("")
            QTimer.singleShot(0, self, self._describe_intro)

    def _describe_intro(self) -> None:
        self.setAccessibleDescription(self.spoken_intro(self._introduced))

    def load(self) -> None:
        """Set the inputs from self.session.profile."""
        raise NotImplementedError

    def save(self) -> None:
        """Write the inputs into the profile, through self.session.set_profile()."""
        raise NotImplementedError

    def validation_error(self) -> str | None:
        """Why the input cannot be used as it is, or None when it can."""
        return None

    def first_input(self) -> QWidget | None:
        return None

    def input_for(self, criterion_id: str) -> QWidget | None:
        """The input that answers this requirement, where Change puts the keyboard; pages
        asking several things each say which is whose."""
        return self.first_input()

    # -- the shared machinery ---------------------------------------------------------------

    def _message_box(self, label: PlainTextLabel, icon: QStyle.StandardPixmap) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        picture = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        picture.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(picture)
        row.addWidget(label, 1)
        box.hide()
        return box

    def add_notice_text(self, criterion: Criterion, layout: QVBoxLayout | None = None) -> None:
        """The requirement in the notice's own words, marked essential or desirable."""
        target = layout if layout is not None else self.body
        marker = QLabel()
        marker.setFont(scaled_font(self, 1.0, bold=True))
        quote = PlainTextLabel()
        font = scaled_font(self, 1.0)
        font.setItalic(True)
        quote.setFont(font)
        quote.setObjectName(f"notice-{criterion.id}")
        quote.setContentsMargins(12, 0, 0, 4)
        target.addWidget(marker)
        target.addWidget(quote)
        # A known flaw in the notice itself (250717's two language levels) is said where
        # the question is asked, not only in the summary.
        warnings: list[tuple[LocalizedText, PlainTextLabel]] = []
        for warning in self.session.vacancy.warnings:
            if warning.criterion == criterion.id:
                note = PlainTextLabel()
                note.setObjectName(f"warning-{criterion.id}")
                note.setContentsMargins(12, 0, 0, 4)
                target.addWidget(note)
                warnings.append((warning.text, note))
        self._notices.append(_NoticeLabels(criterion, marker, quote, warnings))

    def notice_texts(self) -> list[str]:
        return [
            label.text()
            for label in self.findChildren(PlainTextLabel)
            if label.objectName().startswith("notice-")
        ]

    def edited(self) -> None:
        """Every input's change signal lands here."""
        if self._loading:
            return
        if self.validation_error() is None:
            self.save()
        self.refresh()

    def _emit_complete_changed(self) -> None:
        # Only on a real change: QWizard re-reads its pages on this signal, and a spin box
        # being typed into would have its text reformatted under the cursor.
        complete = self.isComplete()
        if complete != self._was_complete:
            self._was_complete = complete
            self.completeChanged.emit()

    def refresh(self) -> None:
        self._emit_complete_changed()
        self._show_messages()

    def _show_messages(self) -> None:
        problem = self.validation_error()
        explanation = self.explanation_text()
        self.problem.setText(problem or "")
        self._problem_box.setVisible(problem is not None)
        self.explanation.setText(explanation)
        self._explanation_box.setVisible(bool(explanation))
        # Said as well as shown: they appear under the questions, away from the focus, and
        # their box's colour and icon say nothing to a screen reader. Once the typing
        # pauses: "bel" on the way to Belgium is Belarus, which is not a member state.
        if self._news_timer is None:
            self._news_timer = QTimer(self)
            self._news_timer.setSingleShot(True)
            self._news_timer.setInterval(_NEWS_DELAY_MS)
            self._news_timer.timeout.connect(self._say_news)
        self._news_timer.start()

    def _say_news(self) -> None:
        for label in (self.problem, self.explanation):
            text = label.text()
            if text and text != self._said.get(label.objectName()):
                announce(label, text)
            self._said[label.objectName()] = text

    def explanation_text(self) -> str:
        """Essential requirements the answers on this page already fail, in plain words."""
        lang = current_language()
        lines: list[str] = []
        for criterion in self.criteria:
            if not self.session.vacancy.is_essential(criterion.id):
                continue
            result = self.session.assess_one(criterion)
            if result.status is not Status.NOT_MET:
                continue
            reason = messages.render_reason(result.reason, lang)
            if len(self.criteria) > 1:
                # "You said no." alone does not say which of the page's questions it was.
                reason = QCoreApplication.translate(
                    "CriterionPage", "“{requirement}”: {reason}"
                ).format(requirement=in_a_sentence(criterion.text.get(lang)), reason=reason)
            lines.append(
                QCoreApplication.translate("CriterionPage", "Not met: {reason}").format(
                    reason=reason
                )
            )
            if result.remedy is not None:
                remedy = messages.render_reason(result.remedy, lang)
                lines.append(
                    QCoreApplication.translate(
                        "CriterionPage", "What would change it: {remedy}"
                    ).format(remedy=remedy)
                )
        if not lines:
            return ""
        lines.append(
            QCoreApplication.translate(
                "CriterionPage",
                "This answer already rules you out for this vacancy, because the requirement "
                "is essential. You can still go on to see the full picture.",
            )
        )
        return "\n".join(lines)

    def isComplete(self) -> bool:
        return self.validation_error() is None

    def initializePage(self) -> None:
        self._initialized = True
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.refresh()
        self.focus_first_input()

    def focus_first_input(self) -> None:
        """Put the keyboard on the page's first input, and say what the page asks."""
        self._focus_soon(self.first_input(), self.criteria)

    def focus_input_for(self, criterion_id: str) -> None:
        """Put the keyboard on the input answering this requirement (Change from the check
        of the answers or the result): it went to the page's first question, and Space
        answered another requirement than the one chosen."""
        asked = [criterion for criterion in self.criteria if criterion.id == criterion_id]
        self._focus_soon(self.input_for(criterion_id), asked or self.criteria)

    def _focus_soon(self, widget: QWidget | None, criteria: list[Criterion]) -> None:
        if widget is None:
            return
        # The last asked wins, once: Change arrives through initializePage() (the page's
        # first input), then asks for its own; saying both told of the wrong question.
        self._focus_target = (widget, criteria)
        if not self.focus_pending:
            self.focus_pending = True
            # After QWizard has finished switching pages, or it takes the focus back.
            QTimer.singleShot(0, self, self._focus)

    def _focus(self) -> None:
        if not self.focus_pending or self._focus_target is None:
            return
        widget, criteria = self._focus_target
        self.focus_pending = False
        self._focus_target = None
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self._scroll.ensureWidgetVisible(widget)
        if isinstance(widget, QAbstractSpinBox):
            widget.selectAll()  # typing a number replaces "Not answered"
        # The focused input says only its own name ("Upper secondary, radio button"): the
        # step, the notice's words and the answer so far are shown around it, never heard.
        self._introduced = criteria
        announce(self, self.spoken_intro(criteria))

    def spoken_intro(self, criteria: list[Criterion]) -> str:
        """The page as a screen reader says it on arrival: the step, what it is about, each
        requirement in the notice's words (with the notice's own flaws) and its answer."""
        parts = [as_sentence(self.title()), as_sentence(self.subTitle())]
        if len(criteria) > _QUOTES_SAID:
            parts.append(
                QCoreApplication.translate(
                    "CriterionPage", "{count} requirements; each question reads its own."
                ).format(count=len(criteria))
            )
            return " ".join(part for part in parts if part)
        lang = current_language()
        session = self.session
        for notice in self._notices:
            if notice.criterion not in criteria:
                continue
            parts += [notice.marker.text(), as_sentence(notice.quote.text())]
            parts += [as_sentence(note.text()) for _, note in notice.warnings]
            answer = answer_words(notice.criterion, session.profile, session.reference, lang)
            parts.append(
                QCoreApplication.translate("CriterionPage", "Your answer: {answer}.").format(
                    answer=answer.rstrip(".")
                )
            )
        return " ".join(part for part in parts if part)

    def cleanupPage(self) -> None:
        # Going Back must keep every answer: they already live in the profile.
        pass
