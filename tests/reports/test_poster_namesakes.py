"""Two people of one name on the daily poster, which goes to the team's WeChat group: each row and the day's top
three name them as the flower leaders do — by department when each has their own, else by number."""

from datetime import date

import pytest

from app.domain import StaffDraft, told_apart_for_the_team
from app.periods import Month
from app.reports.poster_items import Text
from app.reports.poster_layout import SIZES, layout_poster
from app.reports.poster_model import build_poster_model
from app.shop import Shop

OCT = Month(2026, 10)


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    yield shop
    shop.close()


def add(shop, name, dept, sales_fen):
    person = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2025, 1, 1)))
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
    shop.data.set_value(date(2026, 10, 19), person.id, sales, sales_fen)
    return person


def test_namesakes_of_two_departments_are_named_by_their_department_on_the_poster(shop):
    add(shop, "黄俊", "客服部", 900_000)
    add(shop, "黄俊", "售后部", 800_000)
    add(shop, "宋佳", "客服部", 700_000)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))
    assert sorted(row.name for row in model.rows) == sorted(["黄俊（客服部）", "黄俊（售后部）", "宋佳"])
    assert [name for _rank, name, _amount in model.top3] == ["黄俊（客服部）", "黄俊（售后部）", "宋佳"]


def test_the_one_namesake_among_the_flower_leaders_is_named_as_on_his_row(shop):
    # the rows said 黄俊（客服部） and 黄俊（售后部）, the flower line only 「黄俊 1 朵」: which of them?
    first = add(shop, "黄俊", "客服部", 900_000)
    add(shop, "黄俊", "售后部", 800_000)
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长", dept="客服部", hired=date(2025, 1, 1)))
    gone = shop.staff.add(StaffDraft(name="宋佳", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.leave(gone.id, date(2026, 8, 31))
    add(shop, "宋佳", "客服部", 700_000)  # her namesake left before the month: nobody to tell her from
    shop.flowers.issue(boss.id, first.id, "好事")
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))
    assert model.flower_leaders == "小红花：黄俊（客服部） 1 朵"
    assert sorted(row.name for row in model.rows) == sorted(["黄俊（客服部）", "黄俊（售后部）", "宋佳"])


def test_namesakes_of_one_department_are_named_by_their_number():
    people = [shop_staff(1, "张伟", "客服部"), shop_staff(2, "张伟", "客服部"), shop_staff(3, "李娜", None)]
    assert told_apart_for_the_team(people) == {1: "张伟（#1）", 2: "张伟（#2）", 3: "李娜"}


def shop_staff(staff_id, name, dept):
    from app.domain import Staff

    return Staff(id=staff_id, name=name, dept=dept)


LONG_DEPTS = ("华东区天猫旗舰店售后服务一部", "华东区天猫旗舰店售后服务二部")


@pytest.mark.parametrize("size", SIZES)
def test_two_long_namesakes_in_the_top_three_stay_told_apart_when_cut(shop, size):
    """Cut with … at the end, 欧阳娜娜（华东区天猫旗舰店售后服务一部） and …二部） both read 欧阳娜娜（华东区天猫…: the cut
    now keeps the department and shortens the name."""
    for dept, fen in zip(LONG_DEPTS, (900_000, 800_000), strict=True):
        add(shop, "欧阳娜娜", dept, fen)
    add(shop, "宋佳", "客服部", 700_000)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))
    assert [name for _rank, name, _amount in model.top3][:2] == [f"欧阳娜娜（{d}）" for d in LONG_DEPTS]
    layout = layout_poster(model, size)
    shown = [item.text for item in layout.items if isinstance(item, Text) and item.part == "top3.name"]
    assert len(shown) == 3 and shown[2] == "宋佳"
    first, second = shown[:2]
    assert first != second, shown
    assert first.endswith("一部）") and second.endswith("二部）"), shown
    assert all(name.startswith("欧阳") for name in (first, second)), shown


@pytest.mark.parametrize("size", SIZES)
def test_two_long_namesakes_in_the_rows_stay_told_apart_when_cut(shop, size):
    """A team of a dozen puts the names beside the bars or above them, where both namesakes read
    欧阳娜娜（华东区天猫旗… while the top three on the same poster told them apart."""
    for dept, fen in zip(LONG_DEPTS, (900_000, 800_000), strict=True):
        add(shop, "欧阳娜娜", dept, fen)
    for n in range(10):
        add(shop, f"员工{n}", "客服部", 100_000 + n)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))
    layout = layout_poster(model, size)
    assert layout.row_style != "card"
    shown = [item.text for item in layout.texts("row.name") if item.text.startswith("欧")]
    assert len(shown) == 2 and all("…" in name for name in shown), shown
    assert shown[0].endswith("一部）") and shown[1].endswith("二部）"), shown
