"""Where the main window opens: as the user left it, and never larger than the screen.

The screen's available geometry leaves out panels and docks but not the window's own title
bar and borders: a window as tall as the available height loses its bottom row (on an
800-pixel screen, the counts and the Check button). The frame is allowed for before the
window is shown (from the style's metrics) and corrected once it is known.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QStyle, QWidget

from screener.persistence.settings import load_settings, save_settings

# The size the window opens at when there is room and nothing was remembered.
PREFERRED = QSize(1200, 800)


def _frame_allowance(window: QWidget) -> QSize:
    """The title bar and borders around the window, measured once it is shown."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.height() > inner.height():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    # The style's own measures of a window's frame (those it draws for sub-windows): a
    # window manager's are of the same order, and the shown window corrects any excess.
    style = window.style()
    border = style.pixelMetric(QStyle.PixelMetric.PM_MdiSubWindowFrameWidth) * 2
    title = style.pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    return QSize(border, title + border)


def _available(window: QWidget) -> QRect:
    screen = window.screen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """The preferred size, or less: the whole window, frame included, on the screen."""
    available = _available(window)
    frame = _frame_allowance(window)
    width = min(PREFERRED.width(), available.width() - frame.width())
    height = min(PREFERRED.height(), available.height() - frame.height())
    window.resize(max(width, 1), max(height, 1))


def within_screen(window: QWidget, width: int, height: int) -> QSize:
    """This size, or less on a small screen (or a large text scale): its frame fits on it."""
    available = _available(window)
    frame = _frame_allowance(window)
    return QSize(
        max(min(width, available.width() - frame.width()), 1),
        max(min(height, available.height() - frame.height()), 1),
    )


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """This size, or less on a small screen: a window or dialog whose frame fits on it."""
    window.resize(within_screen(window, width, height))


def keep_on_screen(window: QWidget) -> None:
    """Once shown: shrink and move the window so that its frame is within the screen."""
    available = _available(window)
    frame = window.frameGeometry()
    extra = _frame_allowance(window)
    width = min(window.width(), available.width() - extra.width())
    height = min(window.height(), available.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def remember_geometry(window: QWidget) -> None:
    settings = load_settings()
    settings.set_geometry(bytes(window.saveGeometry().data()))
    # The window still closes if the settings cannot be written; size is a convenience.
    with suppress(OSError):
        save_settings(settings)


def restore_geometry(window: QWidget) -> bool:
    """Size and place the window as the user left it; False if there is nothing usable."""
    saved = load_settings().geometry_bytes()
    if not saved:
        return False
    return window.restoreGeometry(QByteArray(saved))
