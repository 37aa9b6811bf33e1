"""The board of a month whose data stop before the day it runs to says where they stop: a new shop that imported
a week's report saw 「数据截至 2026年10月31日（第 31/31 天）」 over that week's sums, as if the month were in."""

from datetime import date

from board_support import OCT, make_board_shop

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.dashboard import DashboardPage

SEPT = Month(2026, 9)


def board_of(qtbot, shop, month: Month) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1366, 720)
    page.picker.setMonth(month)
    page.refresh()
    return page


def sales_through(shop, last: date) -> None:
    person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    shop.targets.set_staff(Month(last.year, last.month), person.id, shop.metrics.get("sales"), 3_000_000)
    for day in range(1, last.day + 1):
        shop.data.set_value(last.replace(day=day), person.id, shop.metrics.get("sales"), 100_000)


def test_an_ended_month_imported_for_a_week_says_where_its_data_stop(qtbot, shop):
    sales_through(shop, date(2026, 9, 7))
    page = board_of(qtbot, shop, SEPT)
    assert page.as_of_label.text() == "数据截至 2026年9月30日（第 30/30 天）"
    assert page.banner.text().startswith(
        "数据只到 2026年9月7日，2026年9月8日 至 2026年9月30日 还没有任何人的数据（最后几天的报表导入了吗？）。")


def test_this_month_one_day_short_names_that_day(qtbot, shop):
    sales_through(shop, date(2026, 10, 18))  # the shop's today is 20 October: the board runs to the 19th
    page = board_of(qtbot, shop, OCT)
    assert "数据只到 2026年10月18日，2026年10月19日还没有任何人的数据（那天的报表导入了吗？）" in page.banner.text()


def test_data_up_to_the_boards_day_say_nothing_of_it(qtbot, shop):
    shop, _ = make_board_shop(shop)  # 1–19 October
    page = board_of(qtbot, shop, OCT)
    assert "数据只到" not in page.banner.text()


def test_said_in_english_too(qtbot, shop, lang):
    sales_through(shop, date(2026, 9, 29))
    page = board_of(qtbot, shop, SEPT)
    words = ("The data end on 2026-09-29: no one has data for 2026-09-30 (was that day's report imported?). "
             if lang == "en" else "数据只到 2026年9月29日，2026年9月30日还没有任何人的数据（那天的报表导入了吗？）。")
    assert page.banner.text().startswith(words)  # a sentence of the banner's, before what follows
