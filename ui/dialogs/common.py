"""Pieces every dialog uses: OK/Cancel buttons with Chinese labels; line edits wide enough for their hint;
a size within the screen and fields that scroll, so a small screen never hides a dialog's buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

if TYPE_CHECKING:  # PySide6 makes a class, and its enums, when it is first used: not before the board's first paint
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

LINE_EDIT_MARGIN = 2  # QLineEdit's own space on each side of its text, inside the frame
# what a window's frame takes around its inside (a Windows 10/11 title bar and borders), allowed for before the
# window has a frame to measure
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)
# a window less than this high inside is short (1366×768 at 150 % scaling leaves 432 on the whole screen): there the
# board puts its KPI tiles in a tab and the import preview keeps fewer file rows, so the buttons stay on it
SHORT_SCREEN_HEIGHT = 600
# a window less than this wide inside is narrow (1366×768 at 150 % leaves 895, a 1024-wide screen 1008): there the
# board's table and its chart pane side by side would cut the table's 还差 and 日均需 columns
NARROW_SCREEN_WIDTH = 1100


def ok_cancel(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """A button box whose OK runs dialog.accept() and Cancel dialog.reject()."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or dialog.tr("确定"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label beside `field` that names it: a screen reader says the label's text for the field (a label in a row
    of widgets, or one added with a layout, names nothing by itself)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """At least as wide as its placeholder text: a hint cut short with "…" loses the example that explains
    the field (English hints are longer than Chinese ones)."""
    from PySide6.QtWidgets import QStyle  # made when first used: see ui.widgets.elided_label.draw_label_text

    frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    margins, inner = edit.textMargins(), edit.contentsMargins()
    chrome = 2 * (frame + LINE_EDIT_MARGIN) + margins.left() + margins.right() + inner.left() + inner.right()
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + chrome + 1)
    return edit


def available_geometry(window: QWidget) -> QRect:
    """The room for windows (the taskbar left out) on the screen `window` is on, or opens on: its parent's screen
    until it is shown."""
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None and not window.isVisible() else window.screen()
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def screen_room(window: QWidget) -> QSize:
    """The largest inside `window` may have with its frame on screen. A 1366×768 laptop at 150 % scaling
    leaves 911×472 beside the taskbar, so 895×432."""
    return available_geometry(window).marginsRemoved(FRAME_ALLOWANCE).size()


def window_room(widget: QWidget) -> QSize:
    """The room inside the window holding `widget`: its size, within what its screen leaves (a window dragged to a
    smaller screen shows no more than that). A maximized or full-screen window, or one not sized yet (it opens at
    its size hint, as large as the screen lets it), has the screen's room."""
    window = widget.window()
    room = screen_room(window)
    if window.isMaximized() or window.isFullScreen() or not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return room
    return window.size().boundedTo(room)


def is_short(room: QSize) -> bool:
    return room.height() < SHORT_SCREEN_HEIGHT


def is_narrow(room: QSize) -> bool:
    return room.width() < NARROW_SCREEN_WIDTH


def resize_within_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """`width`×`height` (the window's size hint when not given), or less where the screen is smaller: a
    dialog taller than the screen puts its buttons below it, out of reach."""
    wanted = window.sizeHint() if width is None or height is None else QSize(width, height)
    window.resize(wanted.boundedTo(screen_room(window)).expandedTo(window.minimumSizeHint()))


def grow_to_fit(window: QWidget) -> None:
    """A dialog already shown made as tall as its texts now need at its width (a refusal under the form, a
    longer hint), where the screen has room, and moved up when it would end below the screen (its buttons out of
    reach): a window does not grow by itself, and its size hint measures wrapped texts at its own width, not the
    window's, so the fields were squeezed over each other."""
    if window.layout() is not None:
        window.layout().activate()  # measured as the text now stands, not as the layout last kept it
    at_width = window.heightForWidth(window.width())  # -1 where nothing in it wraps
    wanted = at_width if at_width > 0 else window.sizeHint().height()
    if window.height() >= wanted:
        return
    window.resize(window.width(), max(window.height(), min(wanted, screen_room(window).height())))
    frame, room = window.frameGeometry(), available_geometry(window)
    if window.isVisible() and frame.bottom() > room.bottom():  # one not shown yet is placed by Qt when shown
        window.move(frame.x(), max(room.top(), frame.y() - (frame.bottom() - room.bottom())))


class _FieldsArea(QScrollArea):
    """Asks for its content's whole height: QScrollArea's own size hint stops at 24 lines of text, so a dialog
    of fields opened on a big screen was cut short with a scroll bar (the staff dialog at 1920×1080)."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(max(super().sizeHint().width(), self.minimumWidth()), content.sizeHint().height() + frame)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls only up and down: a dialog keeps its buttons below
    it and, on a small screen, scrolls its fields instead of pushing the buttons off the screen. As wide as
    `content` needs, and as tall as it likes where there is room."""
    area = _FieldsArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    from PySide6.QtWidgets import QStyle  # made when first used: see ui.widgets.elided_label.draw_label_text

    scroll_bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    area.setMinimumWidth(content.minimumSizeHint().width() + scroll_bar)
    tab_stop_only_to_scroll(area)
    return area


def tab_stop_only_to_scroll(area: QScrollArea) -> None:
    """A scroll area is a Tab stop only where the keyboard needs one to scroll it: not when it holds inputs, which
    Tab goes to (the area scrolls the one in focus into view), nor when all of it shows. Qt made every scroll area
    a stop of its own: the 印章与签名 dialog began at a stop that said nothing, before its first button."""

    def follow(*_range: int) -> None:
        content = area.widget()
        holds_inputs = content is not None and any(
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.isVisibleTo(content)
            for widget in content.findChildren(QWidget))
        scrolls = area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scrolls and not holds_inputs else Qt.FocusPolicy.NoFocus)

    area.verticalScrollBar().rangeChanged.connect(follow)
    area.horizontalScrollBar().rangeChanged.connect(follow)
    follow()
