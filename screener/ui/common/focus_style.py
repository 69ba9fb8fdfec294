"""A focus indicator that can be seen: the platform's look, with a clear focus frame.

Styles draw the keyboard focus as a thin dotted or pale line (Fusion's is 1 px of a light
highlight), easy to miss on radio buttons, check boxes and table cells; on a push button it
is the very outline that marks the default button, so Tab among a dialog's buttons seemed to
go nowhere. Push buttons, text boxes and areas, lists, spin boxes and combo boxes with the
focus get the same frame as the focus rectangle of the others. This proxy style
keeps everything else native and draws that one frame as a solid 2-pixel line in the
palette's highlight colour (the selected text's colour on a selected row); a style sheet would have replaced the native drawing of every
widget it touched.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
    QWidget,
)

FOCUS_PEN_WIDTH = 2


class FocusStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect:
            super().drawPrimitive(element, option, painter, widget)
            # A text box with a frame of its own (not the one inside a spin or combo box).
            if (
                element == QStyle.PrimitiveElement.PE_PanelLineEdit
                and isinstance(option, QStyleOptionFrame)
                and option.lineWidth > 0
                and option.state & QStyle.StateFlag.State_HasFocus
            ):
                _frame(painter, option.rect, _highlight(option))
            elif element in _OUTLINED and _is_dark(option.palette):
                _outline(element, option, painter)
            return
        palette = option.palette
        color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        # On a selected table row (filled with the highlight), the frame takes the selected
        # text's colour instead, or it would vanish into the row.
        if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor == color:
            color = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        _frame(painter, option.rect, color)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # A combo box given the focus by the program (a wizard page's first question) got
        # no frame at all until Tab had been pressed once in the window: frame it always.
        if control in _FRAMED_CONTROLS and option.state & QStyle.StateFlag.State_HasFocus:
            _frame(painter, option.rect, _highlight(option))

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        # A push button; a text area or a list with a frame (the current cell of a list is
        # framed too, but an empty list, or a text area's thin caret, showed nothing).
        if element == QStyle.ControlElement.CE_PushButton or (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractScrollArea)
            and not isinstance(widget, QScrollArea)
        ):
            _frame(painter, option.rect, _highlight(option))


_FRAMED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

# On a dark or high-contrast palette, Fusion draws the edges of these from the window's own
# colour made darker: on black, a check box, a radio button and a text box had no edge at
# all, and an unticked box could not be told from the background.
_OUTLINED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    QStyle.PrimitiveElement.PE_PanelLineEdit,
)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _outline(element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter) -> None:
    if element == QStyle.PrimitiveElement.PE_PanelLineEdit and not (
        isinstance(option, QStyleOptionFrame) and option.lineWidth > 0
    ):
        return  # the text box inside a spin or combo box: its box has the edge
    palette = option.palette
    window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Text)
    # Between the background and the text: at least 3:1 against black, and not as loud as
    # the text itself on a grey dark theme.
    edge = QColor(
        (window.red() + 3 * text.red()) // 4,
        (window.green() + 3 * text.green()) // 4,
        (window.blue() + 3 * text.blue()) // 4,
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(edge, 1))
    rect = option.rect.adjusted(0, 0, -1, -1)
    if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()


def _highlight(option: QStyleOption) -> QColor:
    return option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def _frame(painter: QPainter, outer: QRect, color: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(color, FOCUS_PEN_WIDTH))
    # The pen straddles the edge: keep the whole line inside the rectangle.
    half = FOCUS_PEN_WIDTH // 2
    painter.drawRect(outer.adjusted(half, half, -half, -half))
    painter.restore()


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's style (whichever the platform chose) once."""
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(app.style().name()))
    # Nor is the focus left on a menu bar, where nothing shows it (menu_bar_focus.py).
    from screener.ui.common.menu_bar_focus import return_focus_from_menu_bars

    return_focus_from_menu_bars(app)
