"""Approving a month where someone taking part has no data at all for it (their October report not imported, often)
went through without a word: `no_data_note` names them, and only them."""

from datetime import date

import pytest

from app.awards.caveats import data_short_text, no_data_note
from app.domain import StaffDraft
from app.i18n import set_language

from .conftest import OCT, PLAN_A, PLAN_B, SEP, put, write_plan


@pytest.fixture
def plan_for_everyone(shop, tmp_path):
    """An approval needs a plan in force: the note names only people a plan covers."""
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)))


def _person(shop, name, hired=date(2026, 3, 1), **options):
    return shop.staff.add(StaffDraft(name=name, dept="客服部", hired=hired, **options)).id


@pytest.mark.usefixtures("plan_for_everyone")
def test_the_people_with_no_data_for_the_period_are_named(shop):
    with_data = _person(shop, "甲")
    put(shop, with_data, date(2026, 9, 3), 100_00)
    _person(shop, "小丽")
    _person(shop, "老王")
    left_before = _person(shop, "走了", hired=date(2026, 1, 1))
    shop.staff.leave(left_before, date(2026, 8, 31))
    _person(shop, "新来", hired=date(2026, 10, 2))  # joined after September
    _person(shop, "老板", in_awards=False)  # takes no part in the awards
    assert no_data_note(shop, SEP) == "以下员工本期没有任何数据：小丽、老王——如果是漏导入了报表，请先导入再批准"
    set_language("en")
    try:
        assert no_data_note(shop, SEP) == ("no data at all this period for 小丽, 老王 — if their report was not imported, "
                                          "import it before approving")
    finally:
        set_language("zh")


@pytest.mark.usefixtures("plan_for_everyone")
def test_someone_who_left_or_joined_within_the_period_is_named_and_data_on_any_day_is_enough(shop):
    left_within = _person(shop, "月中走")
    shop.staff.leave(left_within, date(2026, 10, 10))
    joined_within = _person(shop, "月中来", hired=date(2026, 10, 15))
    late = _person(shop, "月底才有")
    put(shop, late, date(2026, 10, 31), 1)
    assert no_data_note(shop, OCT) == ("以下员工本期没有任何数据：月中走、月中来——如果是漏导入了报表，请先导入再批准")
    put(shop, left_within, date(2026, 10, 9), 1, metric="orders")
    put(shop, joined_within, date(2026, 10, 21), 1)
    assert no_data_note(shop, OCT) == ""


@pytest.mark.usefixtures("plan_for_everyone")
def test_nobody_is_named_when_nobody_has_data(shop):
    """Then `data_short_text` says that no one has data yet: a list of everyone would say it again."""
    _person(shop, "小丽")
    assert no_data_note(shop, OCT) == ""


def test_a_team_whose_plan_counts_events_is_not_named_for_having_no_values(shop, team):
    """售后部's plan reads only its 表扬 events: 丙's September is an event, no daily value, and is data."""
    assert no_data_note(shop, SEP) == ""
    with shop.store.atomic():
        shop.store.db.execute("DELETE FROM event WHERE staff_id = ?", [team["丙"]])
    assert no_data_note(shop, SEP) == "以下员工本期没有任何数据：丙——如果是漏导入了报表，请先导入再批准"


def test_people_no_plan_in_force_covers_are_not_named(shop, tmp_path):
    """Plans for 客服部 and 售后部 only: the 仓库 people take part in no award, so no report of theirs is missing."""
    put(shop, _person(shop, "甲"), date(2026, 9, 3), 100_00)
    aftersales = shop.staff.add(StaffDraft(name="丙", dept="售后部", hired=date(2026, 3, 1))).id
    shop.staff.add(StaffDraft(name="仓管", dept="仓库", hired=date(2026, 3, 1)))
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)), dept="客服部")
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_B)), dept="售后部")
    assert no_data_note(shop, SEP) == "以下员工本期没有任何数据：丙——如果是漏导入了报表，请先导入再批准"
    put(shop, aftersales, date(2026, 9, 30), 1, metric="orders")
    assert no_data_note(shop, SEP) == ""


def test_in_a_shop_recording_only_events_the_people_without_any_are_named(shop, team):
    """No daily value at all in September: the events are the data, and 丁, who has none, is named."""
    with shop.store.atomic():
        shop.store.db.execute("DELETE FROM daily_value")
    shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 3, 1)))
    assert no_data_note(shop, SEP) == "以下员工本期没有任何数据：丁——如果是漏导入了报表，请先导入再批准"
    review = shop.awards.status(SEP)
    assert review.data_through == date(2026, 9, 12)  # the last event: 丙 praised on the 12th
    assert data_short_text(review) == ("数据只到 2026年9月12日，2026年9月13日 至 2026年9月30日 还没有任何人的数据"
                                       "（最后几天的报表导入了吗？）")


@pytest.mark.usefixtures("plan_for_everyone")
def test_a_single_missing_last_day_is_named_alone(shop):
    """Not 「2026年9月30日 至 2026年9月30日」."""
    person = _person(shop, "甲")
    put(shop, person, date(2026, 9, 29), 100_00)
    assert data_short_text(shop.awards.status(SEP)) == (
        "数据只到 2026年9月29日，2026年9月30日还没有任何人的数据（那天的报表导入了吗？）")
