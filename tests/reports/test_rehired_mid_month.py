"""Someone back on the team mid-month, worked by hand: the board's line, the team's status, the poster and the
person's detail all read the same numbers.

小美: hired 2024-03-01, left 2025-03-31, rehired 2026-10-12. 小刚 there all along. October 2026 (31 days), data
through the 20th, ¥1,000 a day each while on the team, both with a ¥31,000 target, the shop prorating targets.

小美 is employed 12th–31st: 20 days → target ¥31,000 × 20/31 = ¥20,000. By the 20th she has had 9 of her 20 days
(45%) → expected ¥9,000, and she has ¥9,000: on pace; ¥11,000 left over 11 days → ¥1,000 a day.
小刚: ¥20,000 of ¥31,000 by day 20 of 31 → exactly on pace.
Team: ¥29,000 of ¥51,000; due by now ¥20,000 + ¥9,000 = ¥29,000 → on pace (judged on the calendar's 20/31 it
would have been ¥32,903 due and 「落后」 while both of them keep pace).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import BEHIND, ON_TRACK, make_board
from app.reports.person import recent_months
from app.reports.poster_model import build_poster_model
from app.reports.series import due_by_day

OCT = Month(2026, 10)


def _team(shop, *, prorate: bool = True):
    sales = shop.metrics.get("sales")
    mei = shop.staff.add(StaffDraft("小美", dept="客服部", hired=date(2024, 3, 1)))
    gang = shop.staff.add(StaffDraft("小刚", dept="客服部", hired=date(2025, 1, 1)))
    shop.staff.leave(mei.id, date(2025, 3, 31))
    shop.staff.rehire(mei.id, date(2026, 10, 12))
    for person in (mei, gang):
        shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
    shop.settings.set(declared.PRORATE_TARGETS, prorate)
    for day in range(1, 21):
        shop.data.set_value(date(2026, 10, day), gang.id, sales, 100_000)
        if day >= 12:
            shop.data.set_value(date(2026, 10, day), mei.id, sales, 100_000)
    return shop.staff.get(mei.id), shop.staff.get(gang.id)


def test_the_board_line_of_someone_back_on_the_12th(shop):
    mei, _ = _team(shop)
    progress = shop.progress(OCT, board=True)
    assert progress.as_of == date(2026, 10, 20)
    line = next(p.line for p in progress.people if p.staff.id == mei.id)
    assert (line.value, line.target, line.remaining, line.per_day_needed) == (900_000, 2_000_000, 1_100_000, 100_000)
    assert line.judged_elapsed_pct == pytest.approx(45.0)
    row = next(r for r in make_board(progress).rows if r.staff.id == mei.id)
    assert (row.expected, row.status, row.share) == (900_000, ON_TRACK, Fraction(9, 20))


def test_the_team_is_on_pace_when_everyone_is(shop):
    _team(shop)
    board = make_board(shop.progress(OCT, board=True))
    assert [r.status for r in board.rows] == [ON_TRACK, ON_TRACK]
    assert (board.progress.team.value, board.progress.team.target) == (2_900_000, 5_100_000)
    assert board.team_share == Fraction(2_900_000, 5_100_000)  # ¥29,000 due of ¥51,000
    assert board.team_status == ON_TRACK
    assert board.share == Fraction(20, 31)  # the month's own share is unchanged (rows without a target use it)


def test_a_team_behind_its_due_share_is_still_behind(shop):
    mei, _ = _team(shop)
    for day in range(17, 21):  # 小美 sells nothing from the 17th: the team has ¥25,000 of ¥29,000 due (86%)
        shop.data.set_value(date(2026, 10, day), mei.id, shop.metrics.get("sales"), 0)
    board = make_board(shop.progress(OCT, board=True))
    assert board.team_status == BEHIND


def test_a_shop_target_is_judged_on_the_calendar(shop):
    _team(shop)
    shop.targets.set_shop(OCT, shop.metrics.get("sales"), 4_650_000)  # due by day 20: ¥30,000; ¥29,000 is close
    board = make_board(shop.progress(OCT, board=True))
    assert board.team_share == board.share == Fraction(20, 31)
    assert board.team_status == "close"


def test_the_poster_says_what_the_board_says(shop):
    _team(shop)
    model = build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))
    assert model.team.status == ON_TRACK and model.team.expected_share == pytest.approx(29 / 51)
    row = next(r for r in model.rows if r.name == "小美")
    assert (row.value_text, row.target_text, row.remaining_text, row.per_day_text) == (
        "¥9,000.00", "¥20,000.00", "还差 ¥11,000.00", "日均需 ¥1,000.00")
    assert (row.status, row.expected_share) == (ON_TRACK, pytest.approx(0.45))
    assert model.on_track_text == "2/2 人进度正常或已达成"


def test_the_persons_detail_shows_the_prorated_target_of_the_month_back(shop):
    mei, _ = _team(shop)
    october = recent_months(shop.store, mei, OCT)[-1]
    assert (october.value, october.target) == (900_000, 2_000_000)
    assert october.achieved_pct == pytest.approx(45.0)  # as on the board (was ¥31,000 and 29.0%)


def test_without_prorating_the_detail_and_the_board_keep_the_whole_target(shop):
    mei, _ = _team(shop, prorate=False)
    assert recent_months(shop.store, mei, OCT)[-1].target == 3_100_000
    board = make_board(shop.progress(OCT, board=True))
    row = next(r for r in board.rows if r.staff.id == mei.id)
    assert (row.line.target, row.expected) == (3_100_000, 1_395_000)  # ¥31,000 × 9/20
    # due: ¥20,000 (小刚) + ¥13,950 (小美) = ¥33,950 of ¥62,000; the team has ¥29,000 (85%): behind
    assert board.team_share == Fraction(3_395_000, 6_200_000)
    assert board.team_status == BEHIND


def test_the_target_line_climbs_from_the_day_she_is_back(shop):
    mei, gang = _team(shop)
    due = due_by_day(OCT, [(mei, 2_000_000)])
    assert due[10] == 0 and due[11] == pytest.approx(100_000) and due[19] == pytest.approx(900_000)  # 11th, 12th, 20th
    assert due[30] == pytest.approx(2_000_000)
    team = due_by_day(OCT, [(mei, 2_000_000), (gang, 3_100_000)])
    assert team[19] == pytest.approx(2_900_000)  # ¥29,000 due by the 20th: what the team has


def test_someone_on_the_team_all_month_owes_the_straight_line_day_by_day(shop):
    mei, gang = _team(shop)  # 小刚 is on the team every day of October
    assert due_by_day(OCT, [(gang, 3_100_000)]) == [3_100_000 * day / 31 for day in range(1, 32)]
    alone, together = due_by_day(OCT, [(mei, 2_000_000)]), due_by_day(OCT, [(mei, 2_000_000), (gang, 3_100_000)])
    assert together == [m + 3_100_000 * day / 31 for day, m in enumerate(alone, start=1)]
