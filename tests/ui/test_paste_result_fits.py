"""The box saying what a paste refused stays on a 1366×768 laptop at 150 %, on the 数据 and the 目标 pages: 20 long
lines of refusals made a message box twice the screen's height, its 确定 button below the screen."""

import os
from datetime import date

import laptop_support as laptop
from data_page_support import open_page

from app.domain import StaffDraft
from app.periods import Month
from ui import errors
from ui.dialogs import common
from ui.pages.targets import TargetsPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication
small_screen = laptop.small_screen  # the fixture


def test_a_long_paste_result_scrolls_within_the_screen(qtbot, shop, small_screen, monkeypatch):
    monkeypatch.setattr(errors, "handler", None)
    for n in range(12):
        shop.staff.add(StaffDraft(name=f"客服{n:02d}", dept="客服部", hired=date(2026, 10, 20)))
    page = open_page(qtbot, shop)
    page.picker.setMonth(Month(2026, 10))
    page.table.setCurrentIndex(page.model.index(0, 0))
    seen = laptop.box_to_be_seen()
    # each of them refused on the 1st–5th (before joining) and once more for a typo on the 10th
    page.paste_text("\n".join("\t".join(["100"] * 5 + ["", "", "", "", "1OO"]) for _n in range(12)) + "\n")
    room = common.screen_room(page)
    assert seen["size"].height() <= room.height() and seen["size"].width() <= room.width()
    assert "客服11 10月10日" in seen["text"]  # the last line is there, to scroll to


def test_a_long_target_paste_result_scrolls_within_the_screen(qtbot, shop, small_screen, monkeypatch):
    """30 people refused on 目标 came in a plain message box, run past the bottom of the screen."""
    monkeypatch.setattr(errors, "handler", None)
    for name in (f"Customer service {n:02d}" for n in range(30)):
        shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2024, 3, 1)))
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.table.setCurrentIndex(page.model.index(0, page.model.column_of("sales")))
    seen = laptop.box_to_be_seen()
    assert page.paste_text("\n".join(["1OO"] * 30) + "\n") == 0
    room = common.screen_room(page)
    assert seen["size"].height() <= room.height() and seen["size"].width() <= room.width()
    assert "Customer service 00" in seen["text"] and "不是有效的金额" in seen["text"]
