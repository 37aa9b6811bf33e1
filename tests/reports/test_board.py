from datetime import date
from decimal import Decimal

import pytest

from app.domain import Staff, StaffDraft
from app.periods import Month
from app.reports.board import (
    BEHIND,
    CLOSE,
    LEFT,
    MISSED,
    NO_TARGET,
    NOT_STARTED,
    ON_TRACK,
    REACHED,
    BoardRow,
    board_rows,
    expected_by_now,
    status_of,
    team_tiles,
)
from app.reports.ranking import competition_ranks, leaderboard
from app.reports.totals import span_totals
from app.services.progress import ProgressLine
from app.shop import Shop

OCT = Month(2026, 10)


def line(value, target, elapsed_days, days=31):
    return ProgressLine(value, target, elapsed_days * 100 / days, days - elapsed_days)


@pytest.mark.parametrize(
    ("value", "target", "elapsed", "status"),
    [
        (3_100_000, 3_100_000, 5, REACHED),       # target reached early
        (1_000_000, 3_100_000, 10, ON_TRACK),     # expected 1,000,000 exactly: pace = 1
        (999_999, 3_100_000, 10, CLOSE),          # one fen short of pace 1
        (900_000, 3_100_000, 10, CLOSE),          # pace exactly 0.9
        (899_999, 3_100_000, 10, BEHIND),
        (0, 3_100_000, 0, NOT_STARTED),
        (500, None, 10, NO_TARGET),
        (500, 0, 10, NO_TARGET),
    ],
)
def test_status_from_pace(value, target, elapsed, status):
    assert status_of(line(value, target, elapsed), 31) == status


def test_expected_by_now():
    assert expected_by_now(line(0, 3_100_000, 10), 31) == 1_000_000
    assert expected_by_now(line(0, None, 10), 31) is None


@pytest.mark.parametrize(("target", "elapsed", "days"), [(9_200_000, 28, 30), (9_999_999_999, 28, 30), (100, 1, 3),
                                                         (3_100_000, 10, 31), (1, 1, 31)])
def test_whoever_has_what_the_tooltip_says_is_due_by_now_is_on_track(target, elapsed, days):
    """The board's tooltip says 「按时间进度此时应完成 ¥85,866.67」: having exactly that is on pace, one fen less is
    not. Rounded down (¥85,866.66), the amount named read 略落后."""
    due = expected_by_now(line(0, target, elapsed, days), days)
    assert status_of(line(due, target, elapsed, days), days) in (ON_TRACK, REACHED)
    assert status_of(line(due - 1, target, elapsed, days), days) in (CLOSE, BEHIND)


def test_competition_ranking_with_ties():
    people = [Staff(id=i, name=n) for i, n in enumerate(["丙", "甲", "乙", "丁"], start=1)]
    ranked = competition_ranks([(people[0], Decimal(5)), (people[1], Decimal(9)), (people[2], Decimal(5)),
                                (people[3], Decimal(1))], higher_is_better=True)
    assert [(r.rank, r.staff.name) for r in ranked] == [(1, "甲"), (2, "丙"), (2, "乙"), (4, "丁")]
    lower = competition_ranks([(people[0], Decimal(30)), (people[1], Decimal(20))], higher_is_better=False)
    assert [r.staff.name for r in lower] == ["甲", "丙"]


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    yield shop
    shop.close()


def _put(shop, person, day, **values):
    for key, units in values.items():
        shop.data.set_value(day, person.id, shop.metrics.get(key), units)


def test_totals_and_tiles_from_sums(shop):
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    _put(shop, a, date(2026, 10, 1), sales=100_000, inquiries=10, paying=5, ratings=4, satisfied=4, response_s=2000)
    _put(shop, a, date(2026, 10, 2), sales=50_000, inquiries=30, paying=3, response_s=4000)
    _put(shop, b, date(2026, 10, 1), sales=200_000, inquiries=60, paying=2, ratings=6, satisfied=3)
    _put(shop, a, date(2026, 9, 3), inquiries=10, paying=2, sales=10_000)
    totals = span_totals(shop.store, shop.metrics, OCT.start, OCT.end)
    # 小美 response: weighted by inquiries (20 s × 10 + 40 s × 30) / 40 = 35 s = 3500 units
    assert totals[a.id].values == {"sales": 150_000, "inquiries": 40, "paying": 8, "ratings": 4, "satisfied": 4,
                                   "response_s": 3500}
    assert totals[b.id].get("response_s") is None  # unknown, not zero
    tiles = {t.key: t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))}
    # conversion = (8 + 2) / (40 + 60) = 0.1, not the mean of daily rates; September: 2/10 = 0.2
    assert tiles["conversion"].value == Decimal("0.1") and tiles["conversion"].previous == Decimal("0.2")
    assert tiles["conversion"].change_pct == Decimal(-50) and tiles["conversion"].improved is False
    # 客单价 = 350,000 fen / 10 payers = 35,000 fen; satisfaction = 7/10
    assert tiles["avg_order"].value == Decimal(35_000)
    assert tiles["satisfaction"].value == Decimal("0.7") and tiles["satisfaction"].previous is None
    # team response time: (20×10 + 40×30) / 40 = 35 s (小刚 has no response data)
    assert tiles["response_s"].value == Decimal(35)


def test_a_person_without_one_part_of_a_rate_adds_to_neither_part_of_the_teams(shop):
    """Sales typed by hand for a new hire, with no 付款人数 or 询单人数: her own 客单价 and 询单转化率 are unknown, and
    the team's are those of the others. Her sales divided by their payers read 客单价 ¥2,200.00 for ¥200.00."""
    a = shop.staff.add(StaffDraft(name="小美"))
    new_hire = shop.staff.add(StaffDraft(name="新来的"))
    _put(shop, a, date(2026, 10, 1), sales=100_000, paying=5, inquiries=20)
    _put(shop, new_hire, date(2026, 10, 2), sales=1_000_000)
    _put(shop, new_hire, date(2026, 10, 3), inquiries=30)  # 询单 counted, 付款 not: her conversion is unknown too
    tiles = {t.key: t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))}
    assert tiles["avg_order"].value == Decimal(20_000) and tiles["avg_order"].parts == ("¥1,000.00", "5")
    assert tiles["conversion"].value == Decimal("0.25") and tiles["conversion"].parts == ("5", "20")
    assert tiles["avg_order"].left_out == tiles["conversion"].left_out == (new_hire.id,)  # named in the tooltip
    assert tiles["satisfaction"].left_out == ()  # 评价数 and 满意数 nobody has: nobody is left out of them


def test_a_month_where_nobody_has_both_parts_of_a_rate_says_which_one_it_lacks(shop):
    a = shop.staff.add(StaffDraft(name="小美"))
    _put(shop, a, date(2026, 10, 1), sales=100_000)
    tiles = {t.key: t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))}
    assert tiles["avg_order"].value is None and tiles["avg_order"].missing == ("付款人数",)


def test_a_month_where_nobody_has_both_parts_of_a_rate_divides_nobodys_by_anothers(shop):
    """小美's sales typed by hand, 小刚's 付款人数 and 询单人数 imported without his sales: nobody has both parts of
    客单价, which read 小美's ¥10,000.00 over 小刚's 2 payers, ¥5,000.00. It has no value and says what it needs."""
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    _put(shop, a, date(2026, 10, 1), sales=1_000_000)
    _put(shop, b, date(2026, 10, 1), paying=2, inquiries=10)
    tiles = {t.key: t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))}
    assert tiles["avg_order"].value is None and tiles["avg_order"].missing == ("付款人数", "销售额")
    assert tiles["conversion"].value == Decimal("0.2")  # 小刚 has both of its parts


def test_the_tiles_read_each_means_daily_rows_once_a_month(shop, monkeypatch):
    """The team's totals read a mean's daily rows for the people's totals and again for the team's: on a big
    shop a month switch spent a third of its time on the second reading."""
    a = shop.staff.add(StaffDraft(name="小美"))
    _put(shop, a, date(2026, 10, 1), inquiries=10, response_s=2000)
    _put(shop, a, date(2026, 9, 1), inquiries=10, response_s=4000)
    read = []
    reading = shop.store.values.mean_parts
    monkeypatch.setattr(shop.store.values, "mean_parts", lambda metric, *args: read.append(metric) or
                        reading(metric, *args))
    tiles = {t.key: t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))}
    assert tiles["response_s"].value == Decimal(20) and tiles["response_s"].previous == Decimal(40)
    means = [m.key for m in shop.metrics.stored if m.aggregation != "sum" and m.key in read]
    assert sorted(read) == sorted(means * 2)  # this month and last, once each


def test_leaderboard_by_derived_rate_and_board_sorting(shop):
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    c = shop.staff.add(StaffDraft(name="阿花"))
    _put(shop, a, date(2026, 10, 1), inquiries=10, paying=5, sales=100_000)
    _put(shop, b, date(2026, 10, 1), inquiries=20, paying=10, sales=300_000)
    _put(shop, c, date(2026, 10, 1), sales=50_000)
    ranked = leaderboard(shop.store, shop.metrics, "conversion", OCT, date(2026, 10, 19), [a, b, c])
    assert [(r.rank, r.staff.name) for r in ranked] == [(1, "小刚"), (1, "小美")]  # 阿花 has no inquiries
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(OCT, a.id, sales, 150_000)
    shop.targets.set_staff(OCT, b.id, sales, 1_000_000)
    rows = board_rows(shop.progress(OCT, as_of=date(2026, 10, 19)))
    # elapsed 19/31 = 61.3%: 小美 100,000/150,000 = 66.7% (ahead), 小刚 30% (pace 0.49), 阿花 no target last
    assert [r.staff.name for r in rows] == ["小美", "小刚", "阿花"]
    assert [r.status for r in rows] == [ON_TRACK, BEHIND, NO_TARGET]


def test_cumulative_series_and_target_line(shop):
    from app.reports.series import cumulative_series, daily_values

    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    _put(shop, a, date(2026, 10, 1), sales=100)
    _put(shop, a, date(2026, 10, 3), sales=50)
    _put(shop, b, date(2026, 10, 2), sales=7)
    series = cumulative_series(shop.store, "sales", OCT, date(2026, 10, 3), {a.id, b.id}, 3100)
    assert series.days == [1, 2, 3] and series.cumulative == [100, 107, 157]
    line = series.target_line()
    assert len(line) == 31 and line[0] == 100 and line[-1] == 3100
    only_a = cumulative_series(shop.store, "sales", OCT, date(2026, 10, 3), {a.id}, None)
    assert only_a.cumulative == [100, 100, 150] and only_a.target_line() == []
    assert daily_values(shop.store, "sales", OCT, date(2026, 10, 3)) == {a.id: [100, None, 50], b.id: [None, 7, None]}
    assert cumulative_series(shop.store, "sales", Month(2026, 12), date(2026, 10, 3), {a.id}, 1).days == []


def test_month_total_reports_count_on_the_board(shop, tmp_path):
    """A month report (one row per person, no dates) feeds the leaderboard and the tiles where a person has
    no daily data."""
    from app.importing.service import ImportService

    shop.staff.add(StaffDraft(name="小美", dept="客服部"))
    report = tmp_path / "月报_2026-09-01至2026-09-30.csv"
    report.write_text("客服,销售额,询单人数,付款人数\n小美,12000.00,100,40\n", encoding="utf-8")
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    service.commit(service.preview([report]))
    sep = Month(2026, 9)
    ranked = leaderboard(shop.store, shop.metrics, "sales", sep, date(2026, 10, 19), shop.store.staff.list())
    assert [e.value for e in ranked] == [1_200_000]
    conversion = next(t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 19))
                      if t.key == "conversion")
    assert conversion.previous == Decimal("0.4")  # September: 40 / 100


def test_a_mid_month_hire_is_judged_from_the_day_she_joined(shop):
    from app.reports.board import make_board

    nov = Month(2026, 11)
    shop.set_today(date(2026, 11, 26))
    sales = shop.metrics.get("sales")
    veteran = shop.staff.add(StaffDraft(name="老员工", hired=date(2025, 1, 1)))
    newcomer = shop.staff.add(StaffDraft(name="马晓燕", hired=date(2026, 11, 16)))
    for person in (veteran, newcomer):
        shop.targets.set_staff(nov, person.id, sales, 2_800_000)
        shop.data.set_value(date(2026, 11, 20), person.id, sales, 1_923_600)  # 68.7% of target
    board = make_board(shop.progress(nov, as_of=date(2026, 11, 25)))
    by_name = {r.staff.name: r for r in board.rows}
    # 25/30 of the month has gone for the veteran (83.3%), but only 10/15 of the newcomer's (66.7%)
    assert by_name["老员工"].status == BEHIND and by_name["马晓燕"].status == ON_TRACK
    assert by_name["马晓燕"].expected == 1_866_667  # 2,800,000 × 10/15 = 1,866,666.67: the first fen on pace
    lines = {p.staff.name: p.line for p in shop.progress(nov, as_of=date(2026, 11, 25)).people}
    assert lines["马晓燕"].own_elapsed_pct == pytest.approx(66.67, abs=0.01) and lines["马晓燕"].days_left == 5
    assert lines["马晓燕"].elapsed_pct == pytest.approx(25 / 30 * 100)  # the calendar's, as `progress` prints
    before = make_board(shop.progress(nov, as_of=date(2026, 11, 15)))
    assert {r.staff.name: r.status for r in before.rows}["马晓燕"] == NOT_STARTED


def test_the_pace_mark_is_the_persons_own_and_the_months_without_a_target():
    joined_late = BoardRow(Staff(1, "新人"), line(300_000, 2_100_000, 19), ON_TRACK, 900_000)
    no_target = BoardRow(Staff(2, "阿花"), line(300_000, None, 19), NO_TARGET, None)
    assert joined_late.pace_mark(19 / 31) == pytest.approx(9 / 21)
    assert no_target.pace_mark(19 / 31) == pytest.approx(19 / 31)



def test_a_count_targets_pace_mark_stands_at_the_share_not_at_the_whole_count_due(shop):
    """20 orders for October, on its 1st: 1 order is due (20 × 1/31 rounded up to a whole order, so whoever has it
    is on track), but the bar's mark stood at 1/20 = 5 % of the way instead of the month's 3.2 %."""
    orders = shop.metrics.get("orders")
    person = shop.staff.add(StaffDraft(name="小美"))
    shop.targets.set_staff(Month(2026, 10), person.id, orders, 20)
    shop.data.set_value(date(2026, 10, 1), person.id, orders, 1)
    [row] = board_rows(shop.progress(Month(2026, 10), as_of=date(2026, 10, 1), metric="orders"))
    assert row.expected == 1 and row.status == ON_TRACK
    assert row.pace_mark(1 / 31) == pytest.approx(1 / 31)


def test_someone_who_left_mid_month_has_had_all_of_her_month_by_her_last_day(shop):
    from app import settings as declared
    from app.reports.board import make_board, on_track_label

    nov = Month(2026, 11)
    shop.set_today(date(2026, 11, 25))
    shop.settings.set(declared.PRORATE_TARGETS, True)
    sales = shop.metrics.get("sales")
    leaver = shop.staff.add(StaffDraft(name="离", hired=date(2025, 1, 1)))
    late = shop.staff.add(StaffDraft(name="晚", hired=date(2026, 11, 20)))
    shop.targets.set_staff(nov, leaver.id, sales, 3_000_000)
    shop.targets.set_staff(nov, late.id, sales, 3_000_000)
    shop.data.set_value(date(2026, 11, 10), leaver.id, sales, 900_000)
    shop.staff.leave(leaver.id, date(2026, 11, 10))
    progress = shop.progress(nov, as_of=date(2026, 11, 15))
    rows = {r.staff.name: r for r in make_board(progress).rows}
    # prorated to 10/30 of ¥30,000 = ¥10,000, all of it due by the 10th: ¥9,000 of it is final, not "close" —
    # and she left short of it: 已离职 on the 10th, not 未达成
    assert (rows["离"].expected, rows["离"].status, rows["离"].pace_mark(0.5)) == (1_000_000, LEFT, 1.0)
    assert rows["离"].left_on == date(2026, 11, 10)
    assert rows["离"].line.remaining == 100_000 and rows["离"].line.per_day_needed is None  # no days left to work
    assert {p.staff.name: p.line.own_elapsed_pct for p in progress.people}["离"] == 100
    # 晚 starts on the 20th: not judged yet, and not counted in "n/m"; nor is 离, gone
    assert rows["晚"].status == NOT_STARTED and on_track_label(list(rows.values())) == "进度还没开始"


def test_someone_leaving_later_in_the_month_needs_the_rest_by_their_last_day(shop):
    from app.reports.board import make_board

    nov = Month(2026, 11)
    shop.set_today(date(2026, 11, 16))
    sales = shop.metrics.get("sales")
    leaving = shop.staff.add(StaffDraft(name="将离", hired=date(2025, 1, 1)))
    shop.targets.set_staff(nov, leaving.id, sales, 1_000_000)
    shop.data.set_value(date(2026, 11, 15), leaving.id, sales, 400_000)
    shop.staff.leave(leaving.id, date(2026, 11, 20))
    row = make_board(shop.progress(nov, as_of=date(2026, 11, 15))).rows[0]
    # ¥6,000 still to go over the 16th–20th (5 days), not over the 15 days left in November
    assert (row.line.days_left, row.line.per_day_needed) == (5, 120_000)
    assert row.status not in (MISSED, REACHED)  # still working: judged on pace
    shop.set_today(date(2026, 11, 21))
    assert make_board(shop.progress(nov, as_of=date(2026, 11, 20))).rows[0].status == LEFT
    shop.set_today(date(2026, 11, 20))  # her last day itself: its results are still coming in
    assert make_board(shop.progress(nov, as_of=date(2026, 11, 20))).rows[0].status not in (MISSED, LEFT)


def test_span_totals_add_a_month_to_date_report_and_the_days_after_it(shop):
    a = shop.staff.add(StaffDraft(name="小美"))
    _put(shop, a, date(2026, 10, 5), sales=999, inquiries=9)  # inside the report that follows: already in its totals
    with shop.store.atomic():
        shop.store.db.executemany(
            "INSERT INTO period_value (metric, start, end, staff_id, value) VALUES (?, '2026-10-01', '2026-10-18', ?, ?)",
            [("sales", a.id, 1_250_050), ("inquiries", a.id, 100), ("response_s", a.id, 3000)])
    _put(shop, a, date(2026, 10, 19), sales=100_000, inquiries=10, response_s=1000)
    totals = span_totals(shop.store, shop.metrics, OCT.start, date(2026, 10, 19))[a.id]
    assert (totals.get("sales"), totals.get("inquiries")) == (1_350_050, 110)
    assert totals.get("response_s") == 1000  # a mean is not joined with the report's: daily data, where there is some


def test_a_quarter_adds_each_months_report_and_the_daily_values_no_report_holds(shop):
    a = shop.staff.add(StaffDraft(name="小美"))
    shop.set_today(date(2027, 1, 5))
    _put(shop, a, date(2026, 11, 3), sales=5)  # inside November's report, which follows
    _put(shop, a, date(2026, 12, 1), sales=10_000)
    with shop.store.atomic():
        shop.store.db.executemany(
            "INSERT INTO period_value (metric, start, end, staff_id, value) VALUES ('sales', ?, ?, ?, ?)",
            [("2026-10-01", "2026-10-31", a.id, 300_000), ("2026-11-01", "2026-11-30", a.id, 400_000),
             ("2026-11-01", "2026-11-18", a.id, 250_000),  # a month-to-date report the whole month's replaces
             ("2026-10-15", "2026-11-14", a.id, 999_999)])  # across two months: not used
    q4 = span_totals(shop.store, shop.metrics, date(2026, 10, 1), date(2026, 12, 31))[a.id]
    assert q4.get("sales") == 300_000 + 400_000 + 10_000


def test_the_running_total_ends_where_the_board_does_with_an_imported_report(shop):
    from app.reports.series import cumulative_series

    a = shop.staff.add(StaffDraft(name="小美"))
    _put(shop, a, date(2026, 10, 2), sales=999)  # held by the report that follows
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('sales', '2026-10-01', '2026-10-03', ?, 30000)", [a.id])
    _put(shop, a, date(2026, 10, 4), sales=5_000)
    series = cumulative_series(shop.store, "sales", OCT, date(2026, 10, 4), {a.id}, None)
    # the report's ¥300 is shared over its three days (it has no days of its own), marked as such
    assert series.cumulative == [10_000, 20_000, 30_000, 35_000]
    assert series.spread == [True, True, True, False]
    assert shop.progress(OCT, as_of=date(2026, 10, 4)).people[0].line.value == 35_000


def test_a_reports_even_shares_add_up_to_it_with_the_odd_fen_last():
    from app.reports.series import even_shares

    assert even_shares(1_000, 3) == [333, 333, 334]
    assert even_shares(8_032_015, 31)[-1] - even_shares(8_032_015, 31)[0] <= 1
    assert sum(even_shares(8_032_015, 31)) == 8_032_015 and sum(even_shares(5, 7)) == 5


def test_two_reports_of_one_month_both_count_and_a_report_under_a_wider_one_does_not(shop):
    from app.reports.series import cumulative_series

    a = shop.staff.add(StaffDraft(name="小美"))
    shop.set_today(date(2026, 10, 26))
    _put(shop, a, date(2026, 10, 15), sales=10_000)  # held by the 1–19 report that follows
    with shop.store.atomic():
        shop.store.db.executemany(
            "INSERT INTO period_value (metric, start, end, staff_id, value) VALUES ('sales', ?, ?, ?, ?)",
            [("2026-10-01", "2026-10-19", a.id, 190_000), ("2026-10-20", "2026-10-24", a.id, 50_000),
             ("2026-10-01", "2026-10-10", a.id, 777)])  # inside the 1–19 report: not counted again
    _put(shop, a, date(2026, 10, 25), sales=3_000)
    through_25 = shop.progress(OCT, as_of=date(2026, 10, 25)).people[0].line.value
    assert through_25 == 190_000 + 50_000 + 3_000
    assert span_totals(shop.store, shop.metrics, OCT.start, date(2026, 10, 25))[a.id].get("sales") == through_25
    assert cumulative_series(shop.store, "sales", OCT, date(2026, 10, 25), {a.id}, None).cumulative[-1] == through_25


def test_a_screen_on_the_wall_shows_last_months_final_result_until_the_new_month_has_data(tmp_path):
    from app.services.progress import month_on_the_wall

    shop = Shop.open(tmp_path / "wall.db", date(2026, 11, 1))
    try:
        assert month_on_the_wall(shop.store, date(2026, 11, 1)) == (Month(2026, 11), False)  # no data at all
        person = shop.staff.add(StaffDraft(name="小美", dept="客服部"))
        sales = shop.metrics.get("sales")
        shop.data.set_value(date(2026, 10, 31), person.id, sales, 50_000)
        assert month_on_the_wall(shop.store, date(2026, 11, 1)) == (Month(2026, 10), True)
        assert month_on_the_wall(shop.store, date(2026, 11, 2)) == (Month(2026, 10), True)  # still nothing new
        shop.data.set_value(date(2026, 11, 1), person.id, sales, 10_000)
        assert month_on_the_wall(shop.store, date(2026, 11, 1)) == (Month(2026, 11), False)
        assert month_on_the_wall(shop.store, date(2026, 10, 31)) == (Month(2026, 10), False)
    finally:
        shop.close()


def test_people_tied_on_the_board_stand_in_the_leaderboards_order(shop):
    """Tied people stood by id on the board and by name on the 排行榜: 张三 above 阿强 on one, below on the other."""
    sales = shop.metrics.get("sales")
    people = [shop.staff.add(StaffDraft(name=name)) for name in ("张三", "阿强", "陈晨", "白雪")]
    for person in people:
        if person.name != "白雪":  # one tie with a target, one without
            shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
        _put(shop, person, date(2026, 10, 19), sales=500_000)
    on_the_board = [row.staff.name for row in board_rows(shop.progress(OCT, as_of=date(2026, 10, 19)))]
    ranked = [r.staff.name for r in leaderboard(shop.store, shop.metrics, "sales", OCT, date(2026, 10, 19), people)]
    assert on_the_board == ["阿强", "陈晨", "张三", "白雪"]
    assert [name for name in ranked if name != "白雪"] == on_the_board[:3]
