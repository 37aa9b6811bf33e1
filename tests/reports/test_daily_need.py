"""What is still needed per day when the shop weighs days: per working day in 工作日 mode, an ordinary day's share
with promotion days ahead, and plain words where nothing can be shared (no working day left, the last day, a
month over, a target reached) — on the board, the poster and the board PDF. `honghua progress` keeps calendar days.

October 2026: 1–7 National Day (days off), Sat 10 Oct a make-up working day; the working days after the 4th are
8, 9, 10, 12–16, 19–23, 26–30 = 18 of the 27 days left. November 2026: working days after the 10th are 11, 12, 13,
16–20, 23–27, 30 = 14 of the 20 days left.
"""

import json
from datetime import date

import pytest

from app import settings as declared
from app.cli import main as cli_main
from app.domain import StaffDraft
from app.money import format_yuan
from app.periods import Month
from app.reports.board import make_board
from app.reports.board_pdf import per_day_cell
from app.reports.need import LAST_DAY, NO_WORKDAY_LEFT, OVER, PER_DAY, REACHED, daily_need, need_text
from app.reports.pace import CALENDAR, WORKDAYS, DayWeights, shop_day_weights
from app.reports.poster_model import build_poster_model
from app.shop import Shop

OCT, NOV = Month(2026, 10), Month(2026, 11)


def open_shop(path, today: date, month: Month, target: int, done: dict[date, int], mode: str = WORKDAYS,
              promotions: tuple[str, ...] = ()) -> Shop:
    shop = Shop.open(path, today)
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1)))
    shop.targets.set_staff(month, person.id, sales, target)
    for day, value in done.items():
        shop.data.set_value(day, person.id, sales, value)
    shop.settings.set(declared.BOARD_DAY_WEIGHTS, mode)
    shop.settings.set(declared.PROMOTION_DAYS, list(promotions))
    return shop


def poster_row(shop: Shop, month: Month):
    model = build_poster_model(shop.store, shop.name, shop.progress(month, board=True), shop_day_weights(shop.settings))
    return model.rows[0], model


@pytest.fixture
def national_day(tmp_path):
    """5 October 2026, nobody at work: ¥1,900.00 of ¥10,000.00 done by the 4th, ¥8,100.00 to go."""
    shop = open_shop(tmp_path / "shop.db", date(2026, 10, 5), OCT, 1_000_000, {date(2026, 10, 4): 190_000})
    yield shop
    shop.close()


def test_in_workday_mode_the_need_is_per_working_day_left(national_day):
    # ¥8,100.00 over the 18 working days left = ¥450.00 (over the 27 calendar days it would be ¥300.00)
    board = make_board(national_day.progress(OCT, board=True), shop_day_weights(national_day.settings))
    need = board.rows[0].need
    assert (need.state, need.per_day, need.days, need.days_after) == (PER_DAY, 45_000, 18, 27)
    assert board.team_need.per_day == 45_000
    row, model = poster_row(national_day, OCT)
    assert row.per_day_text == "每个工作日需 ¥450.00"
    assert model.team.per_day_text == "每个工作日需 ¥450.00"


def test_the_calendar_mode_keeps_the_calendar_figure(national_day):
    national_day.settings.set(declared.BOARD_DAY_WEIGHTS, CALENDAR)
    row, _ = poster_row(national_day, OCT)
    assert row.per_day_text == "日均需 ¥300.00"


def test_the_board_pdf_heads_the_column_by_the_days_it_counts(national_day, tmp_path):
    from pypdf import PdfReader

    from app.reports.board_pdf import write_board_pdf

    path = write_board_pdf(national_day.progress(OCT, board=True), national_day.name, tmp_path / "board.pdf",
                           shop_day_weights(national_day.settings))
    text = PdfReader(str(path)).pages[0].extract_text()
    assert "每个工作日需" in text and "¥450.00" in text and "¥300.00" not in text


def test_progress_on_the_command_line_keeps_calendar_days(national_day, capsys):
    """Issue 6's contract: `honghua progress` always uses calendar days, its JSON keys unchanged."""
    path = national_day.store.path
    national_day.close()
    code = cli_main(["--db", str(path), "--today", "2026-10-05", "progress", "--month", "2026-10", "--json"])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    mei = report["staff"][0]
    keys = ["id", "name", "sales_fen", "target_fen", "achieved_pct", "remaining_fen", "elapsed_pct",
            "per_day_needed_fen", "own_elapsed_pct"]
    assert list(mei)[:len(keys)] == keys  # in order; keys added since come after them (left_on)
    assert mei["per_day_needed_fen"] == 30_000 and report["team"]["per_day_needed_fen"] == 30_000


@pytest.fixture
def before_double_eleven(tmp_path):
    """10 November 2026, 双11 counting 5 days: ¥6,000.00 of ¥30,000.00 done, ¥24,000.00 to go."""
    shop = open_shop(tmp_path / "shop.db", date(2026, 11, 10), NOV, 3_000_000, {date(2026, 11, 10): 600_000},
                     mode=CALENDAR, promotions=("11-11:5",))
    yield shop
    shop.close()


def test_a_promotion_day_ahead_takes_its_weight_of_what_is_left(before_double_eleven):
    # 20 days left, 双11 counting 5: 24 shares of ¥24,000.00 — ¥1,000.00 an ordinary day, ¥5,000.00 on 双11
    board = make_board(before_double_eleven.progress(NOV, board=True), shop_day_weights(before_double_eleven.settings))
    need = board.rows[0].need
    assert (need.per_day, need.weight_left, need.heavier, need.on(5)) == (100_000, 24, ((date(2026, 11, 11), 5),),
                                                                          500_000)
    row, model = poster_row(before_double_eleven, NOV)
    assert row.per_day_text == "日常每天需 ¥1,000.00"  # not 日均需 ¥1,200.00: 双11 asks five days' share
    assert model.pace_note == "11月11日大促按 5 天算：当天需日常的 5 倍"


def test_working_days_and_a_promotion_day_together(before_double_eleven):
    # 14 working days left, 双11 one of them counting 5: 18 shares of ¥24,000.00 = ¥1,333.34 (rounded up)
    before_double_eleven.settings.set(declared.BOARD_DAY_WEIGHTS, WORKDAYS)
    row, model = poster_row(before_double_eleven, NOV)
    assert row.per_day_text == "每个工作日需 ¥1,333.34"
    assert "11月11日大促按 5 天算" in model.pace_note


def test_after_the_promotion_day_the_average_is_plain_again(tmp_path):
    shop = open_shop(tmp_path / "shop.db", date(2026, 11, 12), NOV, 3_000_000, {date(2026, 11, 11): 600_000},
                     mode=CALENDAR, promotions=("11-11:5",))
    row, model = poster_row(shop, NOV)
    # as of the 11th: 19 days left, none heavier — ¥24,000.00 ÷ 19 = ¥1,263.16 (rounded up)
    assert row.per_day_text == "日均需 ¥1,263.16"
    assert model.pace_note is None
    shop.close()


def test_no_working_day_left_is_said_instead_of_a_division(tmp_path):
    # 28 January 2025: the Spring Festival days off run to the end of the month
    shop = open_shop(tmp_path / "shop.db", date(2025, 1, 28), Month(2025, 1), 1_000_000,
                     {date(2025, 1, 27): 600_000})
    board = make_board(shop.progress(Month(2025, 1), board=True), shop_day_weights(shop.settings))
    need = board.rows[0].need
    assert (need.state, need.amount, need.days_after) == (NO_WORKDAY_LEFT, None, 4)
    row, model = poster_row(shop, Month(2025, 1))
    assert row.per_day_text == model.team.per_day_text == "本月已没有工作日"
    assert per_day_cell(need, format_yuan) == "已无工作日"
    shop.close()


@pytest.mark.parametrize(("mode", "last_day", "words"), [
    (WORKDAYS, date(2026, 9, 30), "今天还需 ¥1,000.00"),  # a Wednesday
    (CALENDAR, date(2026, 10, 31), "今天还需 ¥1,000.00"),
    # a Saturday, a day off on a working-day pace: the month's working days are over, nothing is asked of today
    (WORKDAYS, date(2026, 10, 31), "本月已没有工作日"),
    # Friday 29 May 2026, the last working day before a weekend that ends the month: today still asks what is left
    (WORKDAYS, date(2026, 5, 29), "今天还需 ¥1,000.00"),
])
def test_the_last_day_asks_what_is_left_today(tmp_path, mode, last_day, words):
    # the last day with that day's first results in: no day after it, but the day is not over
    month = Month.of(last_day)
    shop = open_shop(tmp_path / "shop.db", last_day, month, 1_000_000, {last_day: 900_000}, mode)
    row, _ = poster_row(shop, month)
    assert row.per_day_text == words
    shop.close()


def test_the_last_working_day_before_days_off_is_told_as_such(tmp_path):
    from ui.need_words import need_tooltip

    shop = open_shop(tmp_path / "shop.db", date(2026, 5, 29), Month(2026, 5), 1_000_000, {date(2026, 5, 29): 900_000})
    board = make_board(shop.progress(Month(2026, 5), board=True), shop_day_weights(shop.settings))
    assert [need.state for need in (board.team_need, board.rows[0].need)] == [LAST_DAY] * 2
    assert need_tooltip(board.team_need, format_yuan) == "今天是本月最后一个工作日：还差的 ¥1,000.00 都要今天完成。"
    shop.close()


def test_the_day_after_the_last_working_day_asks_nothing_more(tmp_path):
    # Saturday 30 May 2026 without its data yet, the board as of Friday the 29th: the working days are over
    shop = open_shop(tmp_path / "shop.db", date(2026, 5, 30), Month(2026, 5), 1_000_000, {date(2026, 5, 29): 900_000})
    row, model = poster_row(shop, Month(2026, 5))
    assert row.per_day_text == model.team.per_day_text == "本月已没有工作日"
    shop.close()


def test_a_month_over_or_a_target_reached_asks_nothing(tmp_path):
    shop = open_shop(tmp_path / "shop.db", date(2026, 11, 2), OCT, 1_000_000, {date(2026, 10, 30): 900_000})
    row, model = poster_row(shop, OCT)
    assert (row.per_day_text, model.team.per_day_text) == ("", "")
    shop.close()
    assert daily_need(0, [date(2026, 10, 20)], DayWeights(WORKDAYS), over=False).state == REACHED


@pytest.mark.parametrize(("days", "state"), [([], LAST_DAY), ([date(2026, 10, 31)], NO_WORKDAY_LEFT)])
def test_the_states_without_a_share(days, state):
    need = daily_need(50_000, days, DayWeights(WORKDAYS), over=False)
    assert need.state == state
    assert daily_need(50_000, days, DayWeights(WORKDAYS), over=True).state == OVER
    assert need_text(daily_need(50_000, days, DayWeights(WORKDAYS), over=True), format_yuan) == ""


def test_someone_leaving_is_asked_over_their_own_working_days(national_day):
    # leaving on Friday the 9th: the working days left to her are the 8th and the 9th — ¥8,100.00 ÷ 2
    person = national_day.staff.list()[0]
    national_day.staff.leave(person.id, date(2026, 10, 9))
    board = make_board(national_day.progress(OCT, board=True), shop_day_weights(national_day.settings))
    assert (board.rows[0].need.days, board.rows[0].need.per_day) == (2, 405_000)


def test_in_calendar_days_the_board_says_what_progress_says(tmp_path):
    """Without weighted days the board's figure is the command line's, for everyone in the demo shop."""
    from app.demo import generate_demo

    shop = Shop.open(tmp_path / "demo.db", date(2026, 10, 20))
    generate_demo(shop)
    board = make_board(shop.progress(OCT, board=True), DayWeights())
    asked = [(row.need.amount if row.need else None, row.line.per_day_needed or None) for row in board.rows]
    assert asked and all(ours == theirs for ours, theirs in asked), asked
    shop.close()
