"""In a month's first days the board still opens on the new month, and offers last month's final result in its
as-of line: the owner's routine then (评奖, 证书) is about the month just ended."""

from datetime import date

import pytest
from board_support import ARTIFACTS, OCT, make_board_shop
from PySide6.QtCore import QRect, Qt

from app.periods import Month
from app.services.progress import month_just_ended, month_on_the_wall
from ui.dialogs import common
from ui.main import install_translators
from ui.pages.dashboard import DashboardPage

NOV = Month(2026, 11)


@pytest.fixture
def board_shop(shop):
    return make_board_shop(shop)


def _board(qtbot, shop) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _some_november_data(shop, people) -> None:
    """小美's sales on the days of 1, 2 and 14 November that have come."""
    for day in (d for d in (1, 2, 14) if date(2026, 11, d) <= shop.today):
        shop.data.set_value(date(2026, 11, day), people["小美"].id, shop.metrics.get("sales"), 100_000)


def test_on_the_2nd_the_board_opens_on_the_new_month_and_a_click_shows_octobers_final_result(qtbot, board_shop):
    shop, people = board_shop
    shop.set_today(date(2026, 11, 2))
    _some_november_data(shop, people)
    page = _board(qtbot, shop)
    assert page.picker.month() == NOV  # the board still opens on the new month
    link = page.last_month_link
    assert link.isVisible() and link.text() == "查看上月最终结果（2026年10月）"
    assert link.shown_text() == link.text()  # whole on a wide window
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert page.picker.month() == OCT
    assert page.as_of_label.text() == "数据截至 2026年10月31日（第 31/31 天）"
    assert not link.isVisible()  # October itself needs no link to October
    page.picker.setMonth(NOV)
    assert link.isVisible()


def test_the_link_answers_the_keyboard(qtbot, board_shop):
    shop, _ = board_shop
    shop.set_today(date(2026, 11, 3))
    page = _board(qtbot, shop)
    page.last_month_link.setFocus()
    qtbot.keyClick(page.last_month_link, Qt.Key.Key_Return)
    assert page.picker.month() == OCT


def test_on_the_15th_with_novembers_data_there_is_no_link(qtbot, board_shop):
    shop, people = board_shop
    shop.set_today(date(2026, 11, 15))
    _some_november_data(shop, people)
    page = _board(qtbot, shop)
    assert page.picker.month() == NOV
    assert not page.last_month_link.isVisible()
    assert month_just_ended(shop.store, shop.today) is None


def test_later_in_a_month_without_its_data_yet_the_link_stays(qtbot, board_shop):
    shop, _ = board_shop
    shop.set_today(date(2026, 11, 15))  # nothing imported for November yet
    page = _board(qtbot, shop)
    assert page.picker.month() == NOV and page.last_month_link.isVisible()


def test_a_shop_that_began_this_month_is_offered_no_empty_last_month(qtbot, board_shop):
    shop, _ = board_shop
    shop.set_today(date(2026, 10, 2))  # October is the shop's first month: September has no data
    page = _board(qtbot, shop)
    assert page.picker.month() == OCT and not page.last_month_link.isVisible()


def test_the_poster_and_the_tv_keep_choosing_their_month_as_before(board_shop):
    """The poster (and the TV) show the month on the wall: this one as soon as it has data."""
    shop, people = board_shop
    shop.set_today(date(2026, 11, 2))
    _some_november_data(shop, people)
    assert month_on_the_wall(shop.store, shop.today) == (NOV, False)
    assert month_just_ended(shop.store, shop.today) == OCT


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("screen", [QRect(0, 0, 911, 472), QRect(0, 0, 1920, 1040)])
def test_screens_of_the_first_days(make_window, board_shop, qapp, qtbot, monkeypatch, lang, screen):
    """A 1366×768 laptop at 150 % (tests/ui/test_small_laptop.py) and a 1920×1080 screen: the window still fits,
    the link is there (cut with "…" on the laptop, whole in its tooltip)."""
    shop, _ = board_shop
    shop.set_today(date(2026, 11, 2))
    monkeypatch.setattr(common, "available_geometry", lambda _window: screen)
    install_translators(qapp, lang)
    try:
        window = make_window(start_page="dashboard")
        window.resize(screen.width() - 16, screen.height() - 40)
        window.show()
        qtbot.waitExposed(window)
        page = window.current_page()
        assert page.last_month_link.isVisible()
        assert window.minimumSizeHint().width() <= 911 - 16
        if screen.width() > 1000:
            assert page.last_month_link.shown_text() == page.last_month_link.text()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(ARTIFACTS / f"board_first_days_{lang}_{screen.width()}.png"))
    finally:
        install_translators(qapp, "zh")
