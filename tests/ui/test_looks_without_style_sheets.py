"""The window's and the board's looks, once given by Qt style sheets, are made without them (palette, font,
contents margins, a painted box: ui/widgets/plain_looks.py) and look as the style sheets drew them: each widget is
grabbed beside one given the former style sheet, pixel for pixel (a notice's rounded corners, anti-aliased a
little otherwise, at named points)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.periods import Month
from app.reports.board import STATUS_COLOUR, Tile
from ui.main_window import MainWindow
from ui.pages.dashboard import BANNER_BACKGROUND, BANNER_TEXT
from ui.widgets.changed_banner import ChangedBanner
from ui.widgets.hint_text import dim_text
from ui.widgets.new_month_bar import NewMonthBar
from ui.widgets.no_staff_notice import NoStaffNotice
from ui.widgets.plain_looks import BoxLabel, set_font
from ui.widgets.team_summary import TeamSummary, TileWidget

NOTICE_SHEET = ("#{name} {{ background: #fff8e1; border: 1px solid #f0d98c; border-radius: 4px; }}"
                " #{name} > QLabel {{ color: #3d2e00; }}")


def undo(widget: QWidget, sheet: str) -> None:
    """The widget as it was before this change: the font and palette it inherits, and its style sheet."""
    widget.setFont(QFont())
    widget.setPalette(QPalette())
    widget.setStyleSheet(sheet)


def grabbed(widget: QWidget, width: int, height: int | None = None) -> QImage:
    widget.resize(width, height or widget.sizeHint().height())
    widget.show()
    return widget.grab().toImage()


def differing(old: QImage, new: QImage) -> list[tuple[int, int]]:
    assert old.size() == new.size()
    return [(x, y) for y in range(old.height()) for x in range(old.width()) if old.pixel(x, y) != new.pixel(x, y)]


def test_the_status_bar_and_its_lock_button_look_as_with_the_style_sheets(qtbot):
    class Window(QMainWindow):
        def unlock(self):
            return True

    old, new = Window(), Window()
    for window in (old, new):
        qtbot.addWidget(window)
        MainWindow._build_status_bar(window)
        window.shop_label.setText("店铺：演示店")
        window.path_label.setText("/home/owner/红花榜/演示店.honghua")
        window.month_label.setText("2026年10月")
    for label in (old.shop_label, old.path_label, old.month_label):
        label.setContentsMargins(0, 0, 0, 0)
    old.statusBar().setStyleSheet("QStatusBar QLabel { padding: 0 10px; }")
    undo(old.lock_button, "color: #b3261e; font-weight: bold;")
    images = [grabbed(window, 900, 200) for window in (old, new)]
    for window in (old, new):
        assert window.statusBar().styleSheet() == "" or window is old
    assert [w.geometry() for w in (old.shop_label, old.path_label, old.lock_button, old.month_label)] == [
        w.geometry() for w in (new.shop_label, new.path_label, new.lock_button, new.month_label)]
    assert differing(*images) == []


def shown_tile(tile: TileWidget) -> TileWidget:
    tile.show_tile(Tile("sales", "销售额", "yuan", Decimal(123456), Decimal(100000), True), Month(2026, 10),
                   date(2026, 10, 19))
    return tile


@pytest.mark.parametrize("higher", [True, False])
def test_a_tile_looks_as_with_the_style_sheets(qtbot, higher):
    old, new = shown_tile(TileWidget()), shown_tile(TileWidget())
    for tile in (old, new):
        qtbot.addWidget(tile)
    colour = "#2e9d4f"
    if not higher:
        for tile in (old, new):
            tile.show_tile(Tile("refunds", "退款额", "yuan", Decimal(123456), Decimal(100000), False),
                           Month(2026, 10), date(2026, 10, 19))
        colour = "#d64541"
    undo(old.value, "font-size: 20px; font-weight: bold;")
    undo(old.change, f"color: {colour};")
    assert differing(grabbed(old, 260), grabbed(new, 260)) == []


@pytest.mark.parametrize("status", sorted(STATUS_COLOUR))
def test_the_team_summary_head_looks_as_with_the_style_sheets(qtbot, status):
    old, new = TeamSummary(), TeamSummary()
    for summary in (old, new):
        qtbot.addWidget(summary)
        summary.show_status(status)
        summary.show_red_flags([("客服部", 3), ("售后部", 1)])
        summary.on_track.setText("3/5 人进度正常或已达成")
    undo(old.title, "font-size: 16px; font-weight: bold;")
    undo(old.red_flags, "color: #b3261e;")
    undo(old.status, f"color: {STATUS_COLOUR[status]}; font-weight: bold;")
    assert differing(grabbed(old, 900), grabbed(new, 900)) == []


@pytest.mark.parametrize("text", ["数据截至 10月19日：有 2 人未设目标", "As of 19 Oct: 2 people have no target"])
def test_the_boards_banner_looks_as_with_its_style_sheet(qtbot, text):
    old = QLabel(text)
    old.setStyleSheet("background: #fff7e0; color: #3d2e00; padding: 6px; border-radius: 4px;")
    new = BoxLabel(BANNER_BACKGROUND, BANNER_TEXT, padding=6)
    new.setText(text)
    board = QWidget()  # its rounded corners show the board's ground
    qtbot.addWidget(board)
    layout = QVBoxLayout(board)
    for label in (old, new):
        label.setWordWrap(True)
        layout.addWidget(label)
    board.resize(500, 120)
    board.show()
    assert old.sizeHint() == new.sizeHint() and old.size() == new.size()
    assert differing(board.grab(old.geometry()).toImage(), board.grab(new.geometry()).toImage()) == []


def test_the_empty_boards_words_look_as_with_their_style_sheet(qtbot):
    old, new = QLabel("还没有员工：先添加员工，再设目标"), QLabel("还没有员工：先添加员工，再设目标")
    old.setStyleSheet("font-size: 16px;")
    set_font(new, pixel_size=16)
    for label in (old, new):
        qtbot.addWidget(label)
        dim_text(label)
    assert differing(grabbed(old, 400), grabbed(new, 400)) == []


def old_notice(name: str, sheet: str, title_sheet: str = "") -> tuple[QFrame, QLabel]:
    """The notice as its style sheets drew it, laid out as the notice (the changed banner: a grid)."""
    frame = QFrame(objectName=name)
    frame.setStyleSheet(sheet)
    label = QLabel("已是 2027年1月，本页仍显示 2026年12月")
    label.setWordWrap(True)
    label.setStyleSheet(title_sheet)
    button = QPushButton("转到 2027年1月")
    if name == "changedBanner":
        layout = QGridLayout(frame)
        layout.addWidget(label, 0, 0)
        layout.addWidget(button, 0, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    else:
        layout = QHBoxLayout(frame)
        layout.addWidget(label, 1)
        layout.addWidget(button)
    return frame, label


def new_month_bar() -> tuple[QFrame, QLabel]:
    bar = NewMonthBar()
    bar.label.setText("已是 2027年1月，本页仍显示 2026年12月")
    bar.button.setText("转到 2027年1月")
    return bar, bar.label


def no_staff_notice() -> tuple[QFrame, QLabel]:
    notice = NoStaffNotice("已是 2027年1月，本页仍显示 2026年12月")
    notice.button.setText("转到 2027年1月")
    return notice, notice.label


def changed_banner() -> tuple[QFrame, QLabel]:
    banner = ChangedBanner()
    banner.title.setText("已是 2027年1月，本页仍显示 2026年12月")
    banner.button.setText("转到 2027年1月")
    banner.text.hide()
    return banner, banner.title


CREAM = ("#fff8e1", "#f0d98c", "#3d2e00")


@pytest.mark.parametrize(("make", "name", "colours", "title_sheet"), [
    (new_month_bar, "newMonthBar", CREAM, ""),
    (no_staff_notice, "noStaffNotice", CREAM, ""),
    (changed_banner, "changedBanner", ("#fdecea", "#e0a09b", "#8c1d18"), "color: #8c1d18; font-weight: bold;"),
])
@pytest.mark.parametrize("palette", ["light", "dark"])
def test_a_notice_looks_as_with_its_style_sheet(qtbot, request, make, name, colours, title_sheet, palette):
    """Its box, border and text colour at named points, and every pixel but the rounded corners' (anti-aliased a
    little otherwise); in a dark palette too, where the notice keeps its own dark text on its own box."""
    background, border, text = colours
    sheet = (NOTICE_SHEET.format(name=name) if name != "changedBanner" else
             f"QFrame#changedBanner {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}")
    if palette == "dark":  # as a dark Windows theme hands it out: the application's palette
        dark = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.WindowText, "#ffffff"),
                             (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.ButtonText, "#ffffff")):
            dark.setColor(role, QColor(colour))
        usual = QApplication.palette()
        QApplication.setPalette(dark)
        request.addfinalizer(lambda: QApplication.setPalette(usual))
    around = QWidget()
    qtbot.addWidget(around)
    (old, old_label), (new, new_label) = old_notice(name, sheet, title_sheet), make()
    layout = QHBoxLayout(around)
    for frame in (old, new):
        layout.addWidget(frame)
        frame.show()  # the notices start hidden
    around.resize(1100, 80)
    around.show()
    images = [frame.grab().toImage() for frame in (old, new)]
    assert old.size() == new.size() and old_label.geometry() == new_label.geometry()
    corners = {(x, y) for x in (*range(4), *range(old.width() - 4, old.width()))
               for y in (*range(4), *range(old.height() - 4, old.height()))}
    assert set(differing(*images)) <= corners
    w, h = old.width(), old.height()
    for point in ((w // 2, h - 4), (3, h // 2), (w // 2, 0), (w // 2, h - 1), (0, h // 2), (w - 1, h // 2)):
        assert images[0].pixelColor(*point) == images[1].pixelColor(*point)
    assert images[1].pixelColor(w // 2, h - 4) == QColor(background)
    assert images[1].pixelColor(w // 2, 0) == QColor(border)
    for label in (old_label, new_label):
        assert label.palette().color(label.foregroundRole()) == QColor(text)
        assert label.font().bold() == bool(title_sheet)
