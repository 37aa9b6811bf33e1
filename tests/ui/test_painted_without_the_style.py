"""The board's first paint reads no style names from Python (QStyle: PySide6 builds its 566 enum members when it is
first named, some 5 % of the start): the elided labels, the eliding choice boxes and the progress cells are drawn
as the style draws them, which these tests check pixel for pixel or against the style's own measure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QTableView

from ui.widgets.elided_label import ElidedLabel
from ui.widgets.eliding_combo import ElidingComboBox
from ui.widgets.progress_bar import ProgressDelegate

ROLE = Qt.ItemDataRole.UserRole + 7


def _style_minimum(box: ElidingComboBox) -> QSize:
    """The narrowest the box may be, as the style measures `least_chars` letters in its frame."""
    hint = QComboBox.minimumSizeHint(box)
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    text = QSize(box.fontMetrics().horizontalAdvance("x" * box.least_chars), hint.height())
    least = box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, box)
    return QSize(min(hint.width(), least.width()), hint.height())


@pytest.fixture(params=["Fusion", "Windows"])
def style(request, qapp):
    before = qapp.style().name()
    qapp.setStyle(request.param)
    yield request.param
    qapp.setStyle(before)


@pytest.mark.parametrize("items", [[], ["销售额"], ["按达成率", "按姓名", "按部门"],
                                   ["Average response time", "Sales"], ["x" * 40]])
@pytest.mark.parametrize("points", [9, 14])
def test_the_narrowest_choice_box_is_what_the_style_measures(qtbot, style, items, points):
    for least in (4, 10, 20):
        box = ElidingComboBox(least)
        qtbot.addWidget(box)
        box.addItems(items)
        font = QFont()
        font.setPointSize(points)
        box.setFont(font)
        assert box.minimumSizeHint() == _style_minimum(box), (style, items, points, least)


def _grab(widget) -> QImage:
    return widget.grab().toImage()


def test_a_choice_box_with_room_is_painted_as_a_qcombobox_and_one_without_cuts_its_text(qtbot):
    items = ["Average response time", "Sales"]
    ours, plain = ElidingComboBox(), QComboBox()
    for box in (ours, plain):
        qtbot.addWidget(box)
        box.addItems(items)
        box.resize(box.sizeHint())
        box.show()
    assert ours.fits() and ours.shown_text() == "Average response time"
    assert _grab(ours) == _grab(plain)
    ours.resize(ours.minimumSizeHint())
    assert not ours.fits() and ours.shown_text().endswith("…") and ours.shown_text().startswith("Av")


@pytest.mark.parametrize("enabled", [True, False])
def test_an_elided_label_is_painted_as_the_style_draws_its_text(qtbot, enabled):
    label = ElidedLabel("数据截至 2026年11月28日（第 28/30 天）")
    qtbot.addWidget(label)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setForegroundRole(QPalette.ColorRole.Link)
    label.setEnabled(enabled)
    label.resize(180, 30)
    label.show()
    expected = QImage(_grab(label))
    expected.fill(label.palette().color(label.backgroundRole()))
    painter = QPainter(expected)
    label.style().drawItemText(painter, label.contentsRect(), int(label.alignment()), label.palette(), enabled,
                               label.shown_text(), label.foregroundRole())
    painter.end()
    assert label.shown_text().endswith("…") and _grab(label) == expected


def test_a_selected_progress_cell_has_the_selection_behind_its_bar(qtbot):
    model = QStandardItemModel(2, 1)
    for row in range(2):
        item = QStandardItem()
        item.setData((0.5, 0.5, "on_track", "50.0%"), ROLE)
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, ProgressDelegate(ROLE, view))
    view.setColumnWidth(0, 300)
    view.resize(360, 120)
    view.show()
    view.selectRow(0)
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    selected, plain = view.visualRect(model.index(0, 0)), view.visualRect(model.index(1, 0))
    base = view.palette().color(QPalette.ColorRole.Base)
    assert _near(image.pixelColor(selected.left() + 2, selected.center().y()), highlight)  # the cell's margin
    assert _near(image.pixelColor(plain.left() + 2, plain.center().y()), base)


def _near(colour: QColor, expected: QColor) -> bool:
    """The same colour but for the style's shading of a selection (a step or two of 255)."""
    return all(abs(a - b) <= 3 for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True))


@pytest.mark.parametrize("current", [0, 1])
def test_a_choice_box_says_its_text_fits_only_where_the_style_has_room_for_it(qtbot, style, current):
    """Where `fits` says so, the box is painted as a QComboBox, which cuts a text too long mid-letter: the style's
    room for the text must hold it then, at every width."""
    box = ElidingComboBox(4)
    qtbot.addWidget(box)
    box.addItems(["Average response time", "Sales", "询单转化率"])
    box.setCurrentIndex(current)
    option = QStyleOptionComboBox()
    widths = range(box.minimumSizeHint().width(), box.sizeHint().width() + 3)
    said_fits = []
    for width in widths:
        box.resize(width, box.sizeHint().height())
        box.initStyleOption(option)
        room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, box).width()
        if box.fits():
            said_fits.append(width)
            assert room >= box.fontMetrics().horizontalAdvance(box.currentText()), (style, width)
    assert said_fits and said_fits[-1] == widths[-1]
    assert (said_fits[0] < box.sizeHint().width()) == (current == 1)  # a short item fits before the hint's width


def _style_room(box: ElidingComboBox) -> int:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()


def test_a_choice_box_refilled_after_it_was_shown_still_cuts_a_text_too_long(qtbot, style):
    """QComboBox keeps the hint of its first show when its items change (the board's 指标 box is refilled): a longer
    item then is cut with "…", not mid-letter."""
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems(["Sales", "Visitors"])
    box.resize(box.sizeHint())
    box.show()
    _grab(box)  # painted once: the hint is measured
    box.clear()
    box.addItems(["Average response time of the customer service", "Sales"])
    assert box.fontMetrics().horizontalAdvance(box.currentText()) > _style_room(box)
    assert not box.fits() and box.shown_text().endswith("…")


def test_a_choice_box_says_an_item_with_an_icon_fits_only_with_room_for_both(qtbot, style):
    icon = QPixmap(16, 16)
    icon.fill(QColor("red"))
    box = ElidingComboBox(4)
    qtbot.addWidget(box)
    box.addItem("Average response time of the shop")
    box.addItem(QIcon(icon), "Sales response rate")
    box.setCurrentIndex(1)
    box.show()
    needed = box.fontMetrics().horizontalAdvance(box.currentText()) + box.iconSize().width() + 4
    for width in range(box.minimumSizeHint().width(), box.sizeHint().width() + 1):
        box.resize(width, box.sizeHint().height())
        if box.fits():
            assert _style_room(box) >= needed, (style, width)


@pytest.mark.parametrize("kind", ["placeholder", "icon"])
def test_a_placeholder_or_an_icon_does_not_widen_the_narrowest_choice_box(qtbot, style, kind):
    box = ElidingComboBox()
    qtbot.addWidget(box)
    if kind == "placeholder":
        box.addItems(["A", "B"])
        box.setPlaceholderText("Choose the figure the bars show")
        box.setCurrentIndex(-1)
    else:
        icon = QPixmap(16, 16)
        icon.fill(QColor("red"))
        box.addItem(QIcon(icon), "Average response time")
    assert box.minimumSizeHint() == _style_minimum(box)
