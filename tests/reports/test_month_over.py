"""A month that is over has no pace left: each person and the team read 已达成 or 未达成 — on the board, the
poster, the PDF and the TV alike — never "略落后" or "进度正常"."""

from datetime import date

import pypdf
import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import (
    CLOSE,
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


def test_a_poster_as_of_a_day_in_the_month_keeps_the_pace_words(october):
    board = make_board(october.progress(OCT, as_of=date(2026, 10, 15)))
    assert not board.ended and MISSED not in _statuses(board).values()


def test_someone_who_left_mid_month_reads_reached_or_missed_once_the_month_is_over(october):
    xiaogang = next(p for p in october.staff.list() if p.name == "小刚")
    october.staff.leave(xiaogang.id, date(2026, 10, 20))
    assert _statuses(make_board(october.progress(OCT)))["小刚"] == MISSED


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
    model = build_poster_model(october.store, "小橙子旗舰店", october.progress(OCT, as_of=date(2026, 10, 15)))
    assert model.title == "每日战报 · 销售额"


def test_the_board_pdf_of_an_ended_month_says_so(october, tmp_path):
    path = write_board_pdf(october.progress(OCT), "小橙子旗舰店", tmp_path / "board.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "未达成" in text and "1/3 人已达成" in text
    assert "略落后" not in text and "进度正常" not in text
