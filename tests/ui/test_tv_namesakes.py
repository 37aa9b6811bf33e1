"""Two people of one name on the office TV: the board's rows and the leaderboard name them as its flower line
does — by department — so the team can tell whose bar is whose."""

from datetime import date

import pytest
from tv_support import record_tv_texts

from app.domain import StaffDraft
from app.periods import Month
from ui.tv_mode import BOARD, LEADERS, TvWindow

OCT = Month(2026, 10)


@pytest.fixture
def drawn(monkeypatch):
    return record_tv_texts(monkeypatch)


def _each_screen(qtbot, shop, drawn: list[str], width: int, height: int):
    """Open the TV at `width`×`height` and yield its board, then its leaderboard, with `drawn` holding its texts."""
    tv = TvWindow(shop)
    qtbot.addWidget(tv)
    tv.resize(width, height)
    tv.show()
    qtbot.waitExposed(tv)
    for screen in (BOARD, LEADERS):
        while tv.screen_index != screen:
            tv.rotate()
        drawn.clear()
        tv.grab()
        yield screen


def test_namesakes_on_the_tv_board_and_leaderboard_carry_their_department(qtbot, shop, drawn):
    sales = shop.metrics.get("sales")
    for name, dept, fen in (("黄俊", "客服部", 900_000), ("黄俊", "售后部", 800_000), ("宋佳", "客服部", 700_000)):
        person = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2025, 1, 1)))
        shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
        shop.data.set_value(date(2026, 10, 5), person.id, sales, fen)
    for screen in _each_screen(qtbot, shop, drawn, 1920, 1080):
        assert {"黄俊（客服部）", "黄俊（售后部）", "宋佳"} <= set(drawn), (screen, drawn)
        assert "黄俊" not in drawn


def test_long_namesakes_on_the_tv_stay_told_apart_when_their_names_are_cut(qtbot, shop, drawn):
    """Cut with … at the end, 欧阳娜娜（华东区天猫旗舰店售后服务一部） and …二部） read alike on the TV's rows and
    leaderboard; the cut now keeps the end of the department, which tells them apart."""
    sales = shop.metrics.get("sales")
    for dept, fen in (("华东区天猫旗舰店售后服务一部", 900_000), ("华东区天猫旗舰店售后服务二部", 800_000)):
        person = shop.staff.add(StaffDraft(name="欧阳娜娜", dept=dept, hired=date(2025, 1, 1)))
        shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
        shop.data.set_value(date(2026, 10, 5), person.id, sales, fen)
    for screen in _each_screen(qtbot, shop, drawn, 1280, 720):
        namesakes = [text for text in drawn if text.startswith("欧")]
        assert len(namesakes) == 2 and all("…" in text for text in namesakes), (screen, drawn)
        assert namesakes[0].endswith("一部）") and namesakes[1].endswith("二部）"), (screen, namesakes)


def test_a_long_name_on_the_tv_leaderboard_is_shown_whole_where_the_row_has_room(qtbot, shop, drawn):
    """阿卜杜热合曼·买买提 was cut to 阿卜杜热合曼·… on a 1080-line TV's leaderboard with half the row empty between
    the name and the amount; it is cut only where it would reach the amount."""
    sales = shop.metrics.get("sales")
    for name, fen in (("阿卜杜热合曼·买买提", 900_000), ("宋佳", 12_345_678_900)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2025, 1, 1)))
        shop.data.set_value(date(2026, 10, 5), person.id, sales, fen)
    for screen in _each_screen(qtbot, shop, drawn, 1920, 1080):
        if screen == LEADERS:
            assert "阿卜杜热合曼·买买提" in drawn, drawn


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_a_namesake_and_a_long_name_on_the_tv_board_are_shown_whole(qtbot, shop, drawn, width, height):
    """The board's names had 7 units: 徐子涵（客服部） read 徐子涵（客服… and 阿卜杜热合曼·买买提 阿卜杜热合曼…,
    with the row's right half empty. The column takes the longest name, from the bar; the statuses stay put."""
    sales = shop.metrics.get("sales")
    for name, dept in (("徐子涵", "客服部"), ("徐子涵", "售后部"), ("阿卜杜热合曼·买买提", "客服部")):
        person = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2025, 1, 1)))
        shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
        shop.data.set_value(date(2026, 10, 5), person.id, sales, 900_000)
    for screen in _each_screen(qtbot, shop, drawn, width, height):
        if screen == BOARD:
            assert {"徐子涵（客服部）", "徐子涵（售后部）", "阿卜杜热合曼·买买提"} <= set(drawn), drawn
