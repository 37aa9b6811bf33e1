"""The person detail from the board shows all it has — the last six months, the month's events, the awards, the
flowers — without scrolling where the screen has room for it."""

from board_support import OCT, make_board_shop
from PySide6.QtWidgets import QScrollArea

from ui.dialogs.person_detail import PersonDetailDialog


def test_the_detail_shows_its_flowers_without_scrolling_on_a_full_hd_screen(qtbot, shop):
    """At 640 pixels tall the last six months, the events and the awards left the flowers' line below the fold
    (the dialog scrolled by 141 pixels on a 1920×1080 screen)."""
    shop, people = make_board_shop(shop)
    dialog = PersonDetailDialog(shop, shop.staff.get(people["小刚"].id), OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QScrollArea).verticalScrollBar().maximum() == 0
    assert dialog.flowers.isVisible() and dialog.height() <= 1040  # the test screen's room (tests/ui/conftest.py)


def test_a_month_of_events_shows_whole_beside_no_awards(qtbot, shop):
    """The room the empty awards table does not need goes to the events: they shared it half and half, the
    events scrolled in their box beside an empty one."""
    from datetime import date

    shop, people = make_board_shop(shop)
    for day in range(1, 10):
        shop.events.add(date(2026, 10, day), people["小刚"].id, "表扬")
    dialog = PersonDetailDialog(shop, shop.staff.get(people["小刚"].id), OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.events.rowCount() == 9 and dialog.awards.rowCount() == 1  # 还没有已批准的奖项
    assert dialog.events.verticalScrollBar().maximum() == 0
    assert dialog.findChild(QScrollArea).verticalScrollBar().maximum() == 0
