"""The 评奖 page of a shop that began its plan in August: the year is awarded with that plan, and says from when."""

from datetime import date

from awards_page_support import SCREENS, _run

from app.domain import StaffDraft
from app.periods import Month, Year
from ui.pages.awards import AwardsPage


def test_the_year_of_a_shop_begun_in_august_is_computed_and_says_from_when(qtbot, shop, messages):
    ids = [shop.staff.add(StaffDraft(name=n, dept="客服部", role="客服", hired=date(2026, 3, 1))).id for n in "甲乙"]
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长", hired=date(2026, 1, 1))).id
    for who in (ids[0], ids[0]):
        shop.flowers.issue(boss, who, "主动跟进差评客户", day=date(2026, 10, 8))
    other = shop.staff.add(StaffDraft(name="李店长", role="店长", hired=date(2026, 1, 1))).id
    shop.flowers.issue(other, ids[1], "帮同事顶班", day=date(2026, 10, 9))
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    page.resize(1100, 680)
    page.show()
    page.picker.setPeriod(Year(2026))
    _run(qtbot, page, page.refresh)
    assert page.compute_button.isEnabled() and "还没有生效的激励方案" not in page.state.text()
    assert page.model.rowCount() == 2  # 甲 first, 乙 second of the year's 红花榜
    assert "自 2026年8月 起生效" in page.notes.text()
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENS / "awards-year-begun-in-august.png"))


def test_a_month_before_the_plan_says_from_when_it_is_in_force(qtbot, shop, messages):
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    page.picker.setPeriod(Month(2026, 7))
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.refresh()
    assert page.state.text() == "2026年7月没有生效的激励方案：方案自 2026年8月 起才生效"
    assert not page.compute_button.isEnabled()
