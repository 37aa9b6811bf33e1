"""The board's four team tiles explain their figures when the mouse rests on them: the rate's formula with this
month's sums through the as-of day and last month's, and that the change beside it is relative to last month's
figure, not a difference of points (34.0% → 34.5% reads ↑ 1.5%)."""

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.periods import Month

OCT, SEP = Month(2026, 10), Month(2026, 9)


def _put(shop, person, day, **values):
    for key, units in values.items():
        shop.data.set_value(day, person.id, shop.metrics.get(key), units)


@pytest.fixture
def board(shop, make_window, lang):
    """Two people: September 3 paying of 10 inquiries for ¥300.00; October through the 19th 5 of 20 for ¥1,234.57."""
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    shop.targets.set_staff(OCT, a.id, shop.metrics.get("sales"), 1_000_000)
    _put(shop, a, date(2026, 9, 3), sales=20_000, paying=2, inquiries=6, response_s=3000)
    _put(shop, b, date(2026, 9, 30), sales=10_000, paying=1, inquiries=4, response_s=2000)
    _put(shop, a, date(2026, 10, 2), sales=100_000, paying=3, inquiries=12, response_s=1000)
    _put(shop, b, date(2026, 10, 19), sales=23_457, paying=2, inquiries=8, response_s=2500)
    window = make_window(start_page="dashboard")
    window.show()
    QApplication.processEvents()
    page = window.current_page()
    return {tile.name.text(): tile.toolTip() for tile in page.summary.tiles}


def test_a_rate_tile_shows_its_sums_this_month_and_last(board, lang):
    if lang == "zh":
        assert board["询单转化率"].splitlines() == [
            "询单转化率 = 付款人数 ÷ 询单人数",
            "2026年10月（截至10月19日）：5 ÷ 20 = 25.00%",
            "2026年9月（全月）：3 ÷ 10 = 30.00%",
            "较上月：两个月之差除以上月的数（比上月多或少百分之几，不是百分点）",
        ]
        assert board["客单价"].splitlines()[1:3] == ["2026年10月（截至10月19日）：¥1,234.57 ÷ 5 = ¥246.91",
                                                     "2026年9月（全月）：¥300.00 ÷ 3 = ¥100.00"]
    else:
        assert board["Conversion"].splitlines()[:3] == [
            "Conversion = Paying customers ÷ Inquiries",
            "2026-10 (up to 10-19): 5 ÷ 20 = 25.00%",
            "2026-09 (whole month): 3 ÷ 10 = 30.00%",
        ]


def test_a_mean_tile_shows_its_figure_finer_than_the_tile(board, lang):
    name = "平均响应时间" if lang == "zh" else "Average response time"
    lines = board[name].splitlines()
    assert len(lines) == 3 and "÷" not in board[name]  # no formula for a weighted mean: the two figures and the change
    assert lines[0].endswith(("16.00秒", "16.00 s")) and lines[1].endswith(("26.00秒", "26.00 s")), lines  # weighted by inquiries: (10 s × 12 + 25 s × 8) ÷ 20


def test_a_rate_tile_names_who_its_sums_leave_out(shop, make_window, lang):
    """A new hire's sales typed without her 付款人数 count in neither part of the team's 客单价: the tooltip's
    ¥1,000.00 ÷ 5 is less than the board's team total, ¥11,000.00, and says whose sales it leaves out."""
    a = shop.staff.add(StaffDraft(name="小美"))
    new_hire = shop.staff.add(StaffDraft(name="新来的"))
    _put(shop, a, date(2026, 10, 2), sales=100_000, paying=5, inquiries=20)
    _put(shop, new_hire, date(2026, 10, 3), sales=1_000_000)
    window = make_window(start_page="dashboard")
    window.show()
    QApplication.processEvents()
    tips = {tile.name.text(): tile.toolTip() for tile in window.current_page().summary.tiles}
    if lang == "zh":
        assert tips["客单价"].splitlines()[1:3] == ["2026年10月（截至10月19日）：¥1,000.00 ÷ 5 = ¥200.00",
                                                   "（只有销售额或付款人数其中一项的不计：新来的）"]
        assert "不计" not in tips["询单转化率"]  # she has neither of its parts
    else:
        assert tips["Average order"].splitlines()[1:3] == [
            "2026-10 (up to 10-19): ¥1,000.00 ÷ 5 = ¥200.00",
            "(not counted, having only one of Sales and Paying customers: 新来的)"]


def test_on_the_months_last_day_a_tile_counts_it_so_far(qtbot, tmp_path):
    """On 31 October, the day's figures coming in, the board still paces October: the tile's line says 截至
    2026年10月31日, as the board's as-of line does, not 全月; from 1 November it is the whole month."""
    from app.shop import Shop
    from ui.pages.dashboard import DashboardPage

    for today, span in ((date(2026, 10, 31), "2026年10月（截至10月31日）"), (date(2026, 11, 1), "2026年10月（全月）")):
        shop = Shop.open(tmp_path / f"{today}.db", today)
        person = shop.staff.add(StaffDraft(name="小美"))
        _put(shop, person, date(2026, 10, 31), sales=100_000, paying=5, inquiries=20)
        page = DashboardPage(shop)
        qtbot.addWidget(page)
        page.refresh()
        page.picker.setMonth(OCT)  # refreshes on a change (on 1 November the board opens on November)
        tip = page.summary.tiles[0].toolTip().splitlines()
        assert tip[1] == f"{span}：5 ÷ 20 = 25.00%", tip
        shop.close()


def test_a_rate_nobody_has_both_parts_of_names_who_has_which(shop, make_window, lang):
    """小美's sales typed by hand, 小刚's 付款人数 without his sales: the tile reads — and needs both; its tooltip
    says why though the month holds both sums, naming the two it cannot count."""
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    _put(shop, a, date(2026, 10, 2), sales=1_000_000)
    _put(shop, b, date(2026, 10, 3), paying=2, inquiries=10)
    window = make_window(start_page="dashboard")
    window.show()
    QApplication.processEvents()
    tile = window.current_page().summary.tiles[1]
    assert tile.value.text() == "—"
    if lang == "zh":
        assert tile.change.text() == "需要付款人数和销售额才能计算"
        assert tile.toolTip().splitlines()[1:3] == ["2026年10月（截至10月19日）：无法计算",
                                                    "（只有销售额或付款人数其中一项的不计：小刚、小美）"]
    else:
        assert tile.toolTip().splitlines()[1:3] == ["2026-10 (up to 10-19): cannot be computed",
                                                    "(not counted, having only one of Sales and Paying customers: 小刚, 小美)"]


def test_a_month_to_come_compares_with_the_running_month_so_far(qtbot, tmp_path):
    """On the board of November, looked at on 20 October, the tiles said 「2026年11月（截至 2026年10月31日）」 and
    called October, whose data run to the 19th, 「全月」."""
    from app.shop import Shop
    from ui.pages.dashboard import DashboardPage

    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    person = shop.staff.add(StaffDraft(name="小美"))
    _put(shop, person, date(2026, 10, 19), sales=100_000, paying=5, inquiries=20)
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 11))
    page.refresh()
    tip = page.summary.tiles[0].toolTip().splitlines()
    assert tip[1:3] == ["2026年11月（还没有开始）：没有数据", "2026年10月（至今）：5 ÷ 20 = 25.00%"], tip
    page.picker.setMonth(Month(2026, 12))
    page.refresh()
    assert "全月" not in page.summary.tiles[0].toolTip()  # November has not begun either
    shop.close()
