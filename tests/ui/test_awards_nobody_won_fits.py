"""A period nobody won anything in (the demo's fourth quarter, under way), in English on a 1366×768 laptop at
150 %: the line beside the filters, 「Nobody won an award this period: see "Why no award" below for each award's
reasons」, would not give way, and the window asked for 973 px of the 895 there are."""

from __future__ import annotations

import laptop_support as laptop

from app.periods import Quarter

small_screen, demo_shop = laptop.small_screen, laptop.demo_shop  # the fixtures
ROOM = laptop.ROOM


def test_the_page_of_a_period_nobody_won_in_fits_the_laptop(make_window, demo_shop, small_screen, lang, qtbot):
    window = make_window(start_page="awards")
    window.resize(ROOM)
    window.show()
    page = window.current_page()
    page.picker.setPeriod(Quarter(2026, 4))
    qtbot.waitUntil(lambda: page.review is not None and page.review.period == Quarter(2026, 4) and not page.busy,
                    timeout=10_000)
    qtbot.wait(50)  # the layout follows the texts shown
    window.layout().activate()
    assert page.model.rowCount() == 0 and page.count.text(), page.count.text()
    need = window.minimumSizeHint()
    assert need.width() <= ROOM.width() and window.width() <= ROOM.width(), (need, window.size(), page.count.minimumSizeHint())
    assert page.count.toolTip() == page.count.text()  # cut short with "…", the whole sentence in its tooltip
