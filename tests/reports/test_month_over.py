"""A month that is over has no pace left: each person and the team read 已达成 or 未达成 — on the board, the
poster, the PDF and the TV alike — never "略落后" or "进度正常"."""

from datetime import date

import pypdf
import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import (
    BEHIND,
    CLOSE,
    LEFT,
    MISSED,
    REACHED,
    STATUS_COLOUR,
    STATUS_ICON,
    STATUS_TEXT,
    make_board,
    on_track_label,
    status_of,
)
from app.reports.board_pdf import write_board_pdf
from app.reports.poster_model import ENCOURAGEMENT, build_poster_model
from app.services.progress import ProgressLine
from app.shop import Shop

OCT = Month(2026, 10)
NOV_26 = date(2026, 11, 26)


@pytest.fixture
def october(tmp_path):
    """October is over (today is 26 November). 小美 ended at 110% of her target, 小刚 at 95%, 阿花 at 90%:
    the team at ¥91,450 of ¥93,000 (98.3%)."""
    shop = Shop.open(tmp_path / "shop.db", NOV_26)
    sales = shop.metrics.get("sales")
    for name, daily in (("小美", 110_000), ("小刚", 95_000), ("阿花", 90_000)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
        for day in range(1, 32):
            shop.data.set_value(date(2026, 10, day), person.id, sales, daily)
    yield shop
    shop.close()


def _statuses(board):
    return {r.staff.name: r.status for r in board.rows}


def test_an_ended_month_reads_reached_or_missed(october):
    board = make_board(october.progress(OCT))
    assert board.ended
    assert _statuses(board) == {"小美": REACHED, "小刚": MISSED, "阿花": MISSED}
    assert board.team_status == MISSED
    assert STATUS_TEXT[MISSED] == "未达成"
    # a word and a shape of its own, as each status has, so it does not rest on colour alone
    assert STATUS_ICON[MISSED] not in {STATUS_ICON[s] for s in STATUS_ICON if s != MISSED}
    assert STATUS_COLOUR[MISSED] != STATUS_COLOUR[REACHED]
    assert on_track_label(board.rows, ended=board.ended) == "1/3 人已达成"


def test_on_the_months_last_day_the_pace_words_still_apply(october):
    october.set_today(date(2026, 10, 31))  # 31 October's results are in, but the day is not over
    board = make_board(october.progress(OCT))
    assert board.progress.as_of == date(2026, 10, 31) and not board.ended
    assert _statuses(board) == {"小美": REACHED, "小刚": CLOSE, "阿花": CLOSE}
    assert on_track_label(board.rows, ended=board.ended) == "1/3 人进度正常或已达成"


def test_a_poster_as_of_a_day_in_the_month_keeps_the_pace_words_while_the_month_runs(october):
    october.set_today(date(2026, 10, 16))
    board = make_board(october.progress(OCT, as_of=date(2026, 10, 15)))
    assert not board.ended and MISSED not in _statuses(board).values()


@pytest.fixture
def october_data_to_the_18th(october):
    """October looked at on 26 November, its data stopping on the 18th (the rest never imported)."""
    for day in range(19, 32):
        for person in october.staff.list():
            october.data.set_value(date(2026, 10, day), person.id, october.metrics.get("sales"), None)
    return october


@pytest.mark.parametrize("as_of", [None, date(2026, 10, 18)])
def test_a_past_month_whose_data_stop_early_speaks_of_no_today_and_asks_nothing_per_day(october_data_to_the_18th,
                                                                                       as_of):
    """Counted through the 18th on 26 November, the poster said 「每日战报」, 「第 18/31 天」, 「日均需 ¥…」 for
    days long gone and 「只差一点点，今天多跟进几个询单就追上了！」."""
    model = build_poster_model(october_data_to_the_18th.store, "小橙子旗舰店",
                               october_data_to_the_18th.progress(OCT, as_of=as_of))
    assert model.title == "月度战报 · 销售额"
    assert [r.per_day_text for r in (model.team, *model.rows)] == ["", "", "", ""]
    assert {r.name: r.status_text[2:] for r in model.rows} == {"小美": "未达成", "小刚": "未达成", "阿花": "未达成"}
    # 18 days of ¥1,100 + ¥950 + ¥900 = ¥53,100 of ¥93,000
    assert model.team.remaining_text == "10月已结束，还差 ¥39,900.00"  # made in November: not 本月
    assert model.encouragement == "10月已结束，团队目标没有达成，下个月一起加油！"
    said = [model.title, model.subtitle, model.encouragement, model.top3_title,
            *(text for r in (model.team, *model.rows) for text in (r.remaining_text, r.per_day_text))]
    assert not [text for text in said if "今天" in text or "今日" in text or "需" in text]


def test_a_past_month_counted_to_a_day_before_its_end_says_it_is_over_not_which_day_it_is(
        october_data_to_the_18th):
    model = build_poster_model(october_data_to_the_18th.store, "小橙子旗舰店",
                               october_data_to_the_18th.progress(OCT, as_of=date(2026, 10, 18)))
    assert model.subtitle == "2026年10月 · 数据截至 2026年10月18日 · 10月已结束"  # was 「第 18/31 天」


def test_the_board_pdf_of_a_past_month_whose_data_stop_early(october_data_to_the_18th, tmp_path):
    progress = october_data_to_the_18th.progress(OCT, as_of=date(2026, 10, 18), board=True)
    text = pypdf.PdfReader(write_board_pdf(progress, "小橙子旗舰店", tmp_path / "board.pdf")).pages[0].extract_text()
    assert "数据截至 2026年10月18日（10月已结束）" in text and "10月已结束，还差 ¥39,900.00" in text
    assert "本月" not in text  # printed in November
    assert "今天" not in text and "第 18/31 天" not in text and "略落后" not in text


def test_a_poster_of_a_running_month_keeps_its_day_count_and_its_needs(october):
    october.set_today(date(2026, 10, 19))
    model = build_poster_model(october.store, "小橙子旗舰店", october.progress(OCT, as_of=date(2026, 10, 18)))
    assert model.subtitle.endswith("第 18/31 天") and model.team.remaining_text == "还差 ¥39,900.00"
    assert model.team.per_day_text.startswith("日均需")


def _leave(shop, name, day):
    person = next(p for p in shop.staff.list() if p.name == name)
    shop.staff.leave(person.id, day)


def test_someone_who_left_mid_month_short_of_the_target_reads_left_not_missed(october):
    """小刚 left on 20 October: he read 未达成 in red, as one who fell short; he reads 已离职 with the day, in a
    neutral colour, and the count of people who reached their target is not of him."""
    _leave(october, "小刚", date(2026, 10, 20))
    _leave(october, "小美", date(2026, 10, 31))  # her last day is the month's: a whole month, 已达成 as before
    board = make_board(october.progress(OCT))
    rows = {r.staff.name: r for r in board.rows}
    assert _statuses(board) == {"小美": REACHED, "小刚": LEFT, "阿花": MISSED}
    assert rows["小刚"].left_on == date(2026, 10, 20) and rows["阿花"].left_on is None
    assert STATUS_TEXT[LEFT] == "已离职"
    assert STATUS_ICON[LEFT] not in {STATUS_ICON[s] for s in STATUS_ICON if s != LEFT}
    assert STATUS_COLOUR[LEFT] not in (STATUS_COLOUR[MISSED], STATUS_COLOUR[BEHIND])  # not the red of a shortfall
    assert on_track_label(board.rows, ended=board.ended) == "1/2 人已达成"


def test_a_leaver_who_reached_the_target_reads_reached(october):
    _leave(october, "小美", date(2026, 10, 29))  # ¥3,190 by the 29th, of a target of ¥3,100
    assert _statuses(make_board(october.progress(OCT)))["小美"] == REACHED


def test_someone_leaving_later_in_the_month_is_judged_on_pace_until_then(october):
    october.set_today(date(2026, 10, 16))
    _leave(october, "小刚", date(2026, 10, 25))
    rows = {r.staff.name: r for r in make_board(october.progress(OCT, as_of=date(2026, 10, 15))).rows}
    assert rows["小刚"].status in (CLOSE, BEHIND) and rows["小刚"].left_on is None  # still at work: a pace


def test_the_poster_and_the_board_pdf_say_left_with_the_day(october, tmp_path):
    _leave(october, "小刚", date(2026, 10, 20))
    model = build_poster_model(october.store, "小橙子旗舰店", october.progress(OCT))
    rows = {r.name: r for r in model.rows}
    assert rows["小刚"].status_text == f"{STATUS_ICON[LEFT]} 已离职 10月20日"
    assert rows["阿花"].status_text == f"{STATUS_ICON[MISSED]} 未达成"
    assert model.on_track_text == "1/2 人已达成"
    path = write_board_pdf(october.progress(OCT, board=True), "小橙子旗舰店", tmp_path / "board.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "已离职 10月20日" in text and "1/2 人已达成" in text


def test_progress_json_names_the_day_a_leaver_left_and_keeps_its_keys(october):
    before = october.progress(OCT).as_json()
    _leave(october, "小刚", date(2026, 10, 20))
    after = october.progress(OCT).as_json()
    assert set(after) == set(before)
    for old, new in zip(before["staff"], after["staff"], strict=True):
        assert set(old) <= set(new)
    assert {p["name"]: p["left_on"] for p in after["staff"]} == {"小美": None, "小刚": "2026-10-20", "阿花": None}


def test_status_of_an_ended_line():
    line = ProgressLine(2_945_000, 3_100_000, 100.0, 0)
    assert status_of(line, 31) == CLOSE  # pace words when nothing says the month is over
    assert status_of(line, 31, ended=True) == MISSED
    assert status_of(ProgressLine(3_100_000, 3_100_000, 100.0, 0), 31, ended=True) == REACHED


def test_the_poster_of_an_ended_month_says_so(october):
    model = build_poster_model(october.store, "小橙子旗舰店", october.progress(OCT))
    rows = {r.name: r for r in model.rows}
    assert rows["小刚"].status_text == f"{STATUS_ICON[MISSED]} 未达成"
    assert rows["小美"].status_text == f"{STATUS_ICON[REACHED]} 已达成"
    assert model.team.status_text == f"{STATUS_ICON[MISSED]} 未达成"
    assert model.on_track_text == "1/3 人已达成"
    assert model.encouragement not in ENCOURAGEMENT.values()  # no "keep the pace" for a month that is over
    assert "下个月" in model.encouragement
    assert model.title == "月度战报 · 销售额"  # the month's result, sent on 1 November: not a 每日战报


def test_a_poster_within_the_month_is_the_daily_one(october):
    october.set_today(date(2026, 10, 16))
    model = build_poster_model(october.store, "小橙子旗舰店", october.progress(OCT, as_of=date(2026, 10, 15)))
    assert model.title == "每日战报 · 销售额"


def test_the_board_pdf_of_an_ended_month_says_so(october, tmp_path):
    path = write_board_pdf(october.progress(OCT), "小橙子旗舰店", tmp_path / "board.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "未达成" in text and "1/3 人已达成" in text
    assert "略落后" not in text and "进度正常" not in text


@pytest.mark.parametrize("size", ["phone", "wide"])
def test_a_day_without_data_under_the_top_three_is_not_called_today(october_data_to_the_18th, size):
    """October's poster on 26 November showed 「10月31日 单日前三」 over 「今日暂无数据」."""
    from app.reports.poster_layout import layout_poster

    model = build_poster_model(october_data_to_the_18th.store, "小橙子旗舰店", october_data_to_the_18th.progress(OCT))
    assert [text.text for text in layout_poster(model, size).texts("top3.empty")] == ["当天暂无数据"]


@pytest.mark.parametrize(("left", "back", "shown"), [
    (date(2026, 10, 20), date(2026, 11, 5), date(2026, 10, 20)),  # back next month: October's stint ended the 20th
    (date(2026, 10, 10), date(2026, 10, 20), None),  # back the same month and still there: a whole month's end
    (date(2026, 10, 1), date(2026, 11, 2), date(2026, 10, 1)),  # left on the 1st
])
def test_a_leaver_rehired_reads_left_by_the_stint_that_held_the_month(october, left, back, shown):
    """小刚 left in October and came back: October's board reads him by the stint that held the month's end — 已离职
    on the day he left when he was away at its end, as if never rehired, not 未达成 in red."""
    october.set_today(date(2026, 11, 26))
    _leave(october, "小刚", left)
    person = next(p for p in october.staff.list() if p.name == "小刚")
    october.staff.rehire(person.id, back)
    rows = {r.staff.name: r for r in make_board(october.progress(OCT)).rows}
    assert rows["小刚"].left_on == shown
    assert rows["小刚"].status == (LEFT if shown else MISSED)
    assert {p["name"]: p["left_on"] for p in october.progress(OCT).as_json()["staff"]}["小刚"] == (
        shown.isoformat() if shown else None)
