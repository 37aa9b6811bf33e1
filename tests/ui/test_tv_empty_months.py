"""The TV of a month with nothing counted yet: a month to come says so in its title instead of a day of the
month before, and its leaderboard does not rank everyone first with ¥0.00."""

from datetime import date

from tv_support import record_tv_texts

from app.domain import StaffDraft
from app.periods import Month
from ui.tv_mode import LEADERS, TvWindow

DEC = Month(2026, 12)


def painted_texts(monkeypatch, tv: TvWindow) -> list[str]:
    texts = record_tv_texts(monkeypatch)
    tv.grab()
    return texts


def two_people(shop):
    sales = shop.metrics.get("sales")
    for name in ("小美", "小刚"):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        shop.targets.set_staff(DEC, person.id, sales, 3_000_000)
        shop.data.set_value(date(2026, 10, 5), person.id, sales, 100_000)
    return shop


def open_tv(qtbot, shop, month: Month) -> TvWindow:
    tv = TvWindow(shop, month=month)
    qtbot.addWidget(tv)
    tv.resize(1920, 1080)
    tv.show()
    qtbot.waitExposed(tv)
    return tv


def test_a_month_to_come_says_it_has_not_begun(qtbot, shop, monkeypatch):
    tv = open_tv(qtbot, two_people(shop), DEC)
    assert tv.header_text() == "我的淘宝店 · 2026年12月 · 尚未开始"  # seen in October: not 本月
    assert "数据截至" not in " ".join(painted_texts(monkeypatch, tv))


def test_the_first_of_a_month_before_its_data_says_so(qtbot, shop):
    shop = two_people(shop)
    shop.set_today(date(2026, 12, 1))
    tv = open_tv(qtbot, shop, DEC)
    assert tv.header_text() == "我的淘宝店 · 2026年12月 · 本月第 1 天，还没有数据"


def test_a_leaderboard_without_any_value_ranks_nobody(qtbot, shop, monkeypatch):
    tv = open_tv(qtbot, two_people(shop), DEC)
    tv.rotate()
    assert tv.screen_index == LEADERS and tv.leaders == []
    texts = painted_texts(monkeypatch, tv)
    assert "第 1 名" not in texts and "还没有销售额数据" in texts


def test_a_month_with_values_still_ranks_everyone_the_last_too(qtbot, shop):
    shop = two_people(shop)
    newcomer = shop.staff.add(StaffDraft(name="阿花", dept="客服部"))
    gang = next(p for p in shop.staff.list() if p.name == "小刚")
    shop.data.set_value(date(2026, 10, 6), gang.id, shop.metrics.get("sales"), 1)
    tv = open_tv(qtbot, shop, Month(2026, 10))
    assert [(e.rank, e.staff.name) for e in tv.leaders] == [(1, "小刚"), (2, "小美"), (3, newcomer.name)]


def test_a_month_whose_values_are_all_zero_ranks_everyone(qtbot, shop, monkeypatch):
    """Data typed as 0 (a day without sales) is data: ranked, everyone sharing first, not 还没有销售额数据."""
    shop = two_people(shop)
    for person in shop.staff.list():
        shop.data.set_value(date(2026, 9, 2), person.id, shop.metrics.get("sales"), 0)
    tv = open_tv(qtbot, shop, Month(2026, 9))
    assert sorted((e.rank, e.staff.name) for e in tv.leaders) == [(1, "小刚"), (1, "小美")]
    tv.rotate()
    assert tv.screen_index == LEADERS
    assert "还没有销售额数据" not in painted_texts(monkeypatch, tv)
