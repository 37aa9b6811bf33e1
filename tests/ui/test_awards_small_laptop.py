"""The 评奖 page on a 1366×768 laptop at 150 % (895×432 inside the window's frame): with the banner 「批准后数据有变化」
and the notes shown at once (the quarter waiting, a negative net, the data stopping short, a month not ended) the
page needed 454 px and more, and the window grew past the screen. In a short window the notices scroll within a
few lines; the tables and the buttons keep their room. Screens: tests/artifacts/screens/small_laptop_awards_*.png."""

from __future__ import annotations

from datetime import date

import laptop_support as laptop
import pytest
from awards_page_support import SCREENS
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from app.periods import Month

small_screen, demo_shop = laptop.small_screen, laptop.demo_shop  # the fixtures
ROOM = laptop.ROOM
SEP, OCT = Month(2026, 9), Month(2026, 10)


def _changed_after_approval(shop) -> None:
    """September approved, then a sale typed for someone: the banner shows, with the demo's notes."""
    shop.awards.approve(SEP, confirm=True)
    person = next(s for s in shop.staff.list() if s.left is None)
    shop.data.set_value(date(2026, 9, 3), person.id, shop.metrics.get("sales"), 9_999_900, confirm_approved=True)


def _page_at_room(make_window, qtbot, period):
    window = make_window(start_page="awards")
    window.resize(ROOM)
    window.show()
    page = window.current_page()
    page.picker.setPeriod(period)
    qtbot.waitUntil(lambda: page.review is not None and page.review.period == period and not page.busy,
                    timeout=10_000)
    QApplication.processEvents()  # the layout follows the texts shown
    return window, page


@pytest.mark.parametrize("case", ["changed", "not_ended"])
def test_the_awards_page_with_its_banner_and_notes_fits_a_laptop_at_150_percent(make_window, demo_shop,
                                                                               small_screen, lang, qtbot, case):
    if case == "changed":
        _changed_after_approval(demo_shop)
    window, page = _page_at_room(make_window, qtbot, SEP if case == "changed" else OCT)
    notes = page.notes.text()
    if case == "changed":
        assert page.banner.isVisible() and len(notes.splitlines()) >= 3, notes  # the quarter, a negative net …
    else:
        assert len(notes.splitlines()) >= 2, notes  # not ended yet, the data stop short
    notices = page.notices  # the state's line and the start of what follows show; the rest scrolls
    qtbot.waitUntil(lambda: notices.height() >= 4 * notices.fontMetrics().lineSpacing())
    need = window.minimumSizeHint()
    assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), need
    assert window.height() <= ROOM.height(), window.size()
    assert window.rect().contains(page.all_receipts_button.mapTo(window, page.all_receipts_button.rect().bottomRight()))
    assert page.table.viewport().height() >= page.table.verticalHeader().defaultSectionSize()  # a line shows
    if case == "changed":  # more than the few lines: the rest of the notices scroll, nothing is cut
        assert page.notices.verticalScrollBar().maximum() > 0
        button, viewport = page.reapprove_button, notices.viewport()  # 重新计算并批准… shows whole, not cut in half
        assert viewport.rect().contains(QRect(button.mapTo(viewport, QPoint(0, 0)), button.size()))
    else:  # only words: a Tab stop, the keyboard's way to scroll them, when they scroll (in English), else none
        scrolls = notices.verticalScrollBar().maximum() > 0
        assert scrolls or lang == "zh"
        assert notices.focusPolicy() == (Qt.FocusPolicy.StrongFocus if scrolls else Qt.FocusPolicy.NoFocus)
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"small_laptop_awards_{case}_{lang}.png"))


def test_on_a_big_screen_the_notices_show_whole(make_window, demo_shop, qtbot):
    _changed_after_approval(demo_shop)
    window = make_window(start_page="awards")
    window.resize(1600, 1000)
    window.show()
    page = window.current_page()
    qtbot.waitUntil(lambda: page.review is not None and not page.busy, timeout=10_000)
    QApplication.processEvents()
    assert page.banner.isVisible()
    qtbot.waitUntil(lambda: page.notices.verticalScrollBar().maximum() == 0)
    assert page.notices.focusPolicy() == Qt.FocusPolicy.NoFocus  # no Tab stop that says nothing before the filters
