from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month

OCT = Month(2026, 10)


@pytest.fixture
def shop_with_sales(svc_shop):
    a = svc_shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    b = svc_shop.staff.add(StaffDraft(name="小刚", hired=date(2025, 1, 1)))
    sales = svc_shop.metrics.get("sales")
    svc_shop.targets.set_staff(OCT, a.id, sales, 3_100_000)  # ¥31,000
    for day, fen in ((1, 1_000_000), (10, 500_000), (19, 250_000), (20, 99_999)):
        svc_shop.data.set_value(date(2026, 10, day), a.id, sales, fen)
    svc_shop.data.set_value(date(2026, 10, 5), b.id, sales, 700_000)
    return svc_shop, a, b


def test_progress_default_as_of_is_today_when_today_has_data(shop_with_sales):
    shop, _a, _b = shop_with_sales
    report = shop.progress(OCT)
    assert report.as_of == date(2026, 10, 20)  # the 20th has data


def test_progress_hand_computed(shop_with_sales):
    shop, a, b = shop_with_sales
    report = shop.progress(OCT, as_of=date(2026, 10, 19))
    mei = next(p.line for p in report.people if p.staff.id == a.id)
    # through the 19th: 10,000 + 5,000 + 2,500 = ¥17,500.00 = 1,750,000 fen
    assert mei.value == 1_750_000
    assert mei.elapsed_pct == pytest.approx(19 / 31 * 100)
    assert mei.achieved_pct == pytest.approx(1_750_000 / 3_100_000 * 100)
    assert mei.remaining == 1_350_000
    # 12 days left (20..31): 1,350,000 / 12 = 112,500 exactly
    assert mei.per_day_needed == 112_500
    gang = next(p.line for p in report.people if p.staff.id == b.id)
    assert (gang.value, gang.target, gang.achieved_pct, gang.remaining, gang.per_day_needed) == (700_000, None, None,
                                                                                                None, None)
    # team: sum of values; target = sum of the people's targets (no shop target)
    assert report.team.value == 2_450_000 and report.team.target == 3_100_000
    assert report.team_target_is_shop is False


def test_per_day_needed_rounds_up_to_the_fen(shop_with_sales):
    shop, a, _ = shop_with_sales
    report = shop.progress(OCT, as_of=date(2026, 10, 20))
    mei = next(p.line for p in report.people if p.staff.id == a.id)
    # remaining 3,100,000 − 1,849,999 = 1,250,001 over 11 days = 113,636.45… → 113,637
    assert mei.remaining == 1_250_001
    assert mei.per_day_needed == 113_637


def test_shop_target_overrides_team_target(shop_with_sales):
    shop, _, _ = shop_with_sales
    shop.targets.set_shop(OCT, shop.metrics.get("sales"), 10_000_000)
    report = shop.progress(OCT, as_of=date(2026, 10, 19))
    assert report.team.target == 10_000_000 and report.team_target_is_shop


def test_past_month_and_future_month(shop_with_sales):
    shop, _a, _ = shop_with_sales
    past = shop.progress(Month(2026, 9))
    assert past.as_of == date(2026, 9, 30) and past.team.elapsed_pct == 100
    assert past.team.per_day_needed is None  # nothing set, and no days left
    future = shop.progress(Month(2026, 12))
    assert future.as_of == date(2026, 11, 30)  # nothing elapsed
    assert future.team.elapsed_pct == 0 and future.team.value == 0


def test_no_days_left_gives_null_per_day(shop_with_sales):
    shop, a, _ = shop_with_sales
    report = shop.progress(OCT, as_of=date(2026, 10, 31))
    mei = next(p.line for p in report.people if p.staff.id == a.id)
    assert mei.per_day_needed is None and mei.remaining == 3_100_000 - 1_849_999


def test_zero_target_counts_as_none(shop_with_sales):
    """The target service refuses 0 now; a 0 already in a file (written before that) still reads as none."""
    shop, a, _ = shop_with_sales
    shop.store.targets.set_staff_target(OCT.key(), a.id, "sales", 0)
    line = shop.progress(OCT).as_json()["staff"][0]
    assert [line[k] for k in ("target_fen", "achieved_pct", "remaining_fen", "per_day_needed_fen")] == [None] * 4


def test_people_who_left_before_the_month_are_not_listed(shop_with_sales):
    shop, a, b = shop_with_sales
    shop.staff.leave(b.id, date(2026, 9, 30))
    assert [p.staff.id for p in shop.progress(OCT).people] == [a.id]
    shop.staff.rehire(b.id, date(2026, 10, 1))  # back the next day: no time away
    shop.staff.leave(b.id, date(2026, 10, 3))  # left during the month: still listed
    assert [p.staff.id for p in shop.progress(OCT).people] == [a.id, b.id]


def test_the_leadership_is_on_the_board_only_with_a_target_or_a_result(shop_with_sales):
    """The owner is on the staff list as 店长 to give flowers: he sells nothing and has no target, so he is not a
    「未设目标」 line on the board (nor its poster and TV). A 主管 who takes chats, or has a target, is; an agent
    without a target is too."""
    shop, a, b = shop_with_sales
    sales = shop.metrics.get("sales")
    boss = shop.staff.add(StaffDraft(name="王老板", role="店长", hired=date(2025, 1, 1)))
    chats = shop.staff.add(StaffDraft(name="李主管", role="主管", hired=date(2025, 1, 1)))
    shop.data.set_value(date(2026, 10, 6), chats.id, sales, 30_000)
    new = shop.staff.add(StaffDraft(name="小新", hired=date(2026, 10, 8)))  # no target yet: listed to be set
    listed = [p.staff.id for p in shop.progress(OCT, board=True).people]
    assert listed == [a.id, b.id, chats.id, new.id]
    assert shop.progress(OCT, board=True).untargeted_people == 3
    # `honghua progress` lists every active person, as its contract says
    assert [p.staff.id for p in shop.progress(OCT).people] == [a.id, b.id, boss.id, chats.id, new.id]
    shop.targets.set_staff(OCT, boss.id, sales, 100_000)  # an owner who sets himself a target is on the board
    assert boss.id in [p.staff.id for p in shop.progress(OCT, board=True).people]


def test_a_leader_flagged_by_number_is_left_off_the_board_as_the_leadership_roles_are(shop_with_sales):
    """The 小红花 settings may make someone leadership by number (其他按领导层限额发放的员工): an owner listed as
    客服 to give flowers so is left off the board as a 店长 is."""
    from app import settings as declared

    shop, a, b = shop_with_sales
    owner = shop.staff.add(StaffDraft(name="王老板", hired=date(2025, 1, 1)))
    assert owner.id in [p.staff.id for p in shop.progress(OCT, board=True).people]
    shop.settings.set(declared.FLOWER_EXTRA_LEADERS, [owner.id])
    assert [p.staff.id for p in shop.progress(OCT, board=True).people] == [a.id, b.id]


def test_a_leader_whose_result_so_far_is_zero_is_on_the_board(shop_with_sales):
    """A 主管 who takes chats and has 0 sales entered so far has a result in the month (nothing sold yet): on
    the board, as an agent with 0 is."""
    shop, _a, _b = shop_with_sales
    sales = shop.metrics.get("sales")
    chats = shop.staff.add(StaffDraft(name="李主管", role="主管", hired=date(2025, 1, 1)))
    shop.data.set_value(date(2026, 10, 6), chats.id, sales, 0)
    assert chats.id in [p.staff.id for p in shop.progress(OCT, board=True).people]


def _span(store, sid, first, last, fen):
    with store.atomic():
        store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) VALUES ('sales', ?, ?, ?, ?)",
                         [first, last, sid, fen])


def test_month_to_date_import_counts_through_its_last_day(svc_shop):
    """A report for 1..18 October (one row per person, no dates) counts as data through the 18th; a daily
    value inside its span is already in it, one outside it adds."""
    a = svc_shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    b = svc_shop.staff.add(StaffDraft(name="小刚", hired=date(2025, 1, 1)))
    sales = svc_shop.metrics.get("sales")
    svc_shop.data.set_value(date(2026, 10, 2), b.id, sales, 50_000)  # inside the report's span: counted in it
    _span(svc_shop.store, a.id, "2026-10-01", "2026-10-18", 1_800_000)
    _span(svc_shop.store, b.id, "2026-10-01", "2026-10-18", 900_000)
    svc_shop.data.set_value(date(2026, 10, 19), a.id, sales, 100_050)  # the day after: adds
    report = svc_shop.progress(OCT, as_of=date(2026, 10, 19))
    assert {p.staff.id: p.line.value for p in report.people} == {a.id: 1_900_050, b.id: 900_000}
    assert report.team.value == 2_800_050
    earlier = svc_shop.progress(OCT, as_of=date(2026, 10, 17))  # the report reaches past the 17th: not yet
    assert {p.staff.id: p.line.value for p in earlier.people} == {a.id: 0, b.id: 50_000}
