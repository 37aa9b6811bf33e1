"""Switching month on the board: a month's daily values read once between the rows, the 排行榜 and the team
tiles, read again after any change to the file (this window's or another program's), and the 排行榜 ranked
when its tab is shown rather than on every switch behind the chart."""

from datetime import date

from app.periods import Month
from app.reports.board import team_tiles
from app.store import open_store
from tests.ui.board_support import OCT, make_board_shop
from ui.models.board_model import PROGRESS_ROLE, BoardModel
from ui.pages.dashboard import DashboardPage

SEP = Month(2026, 9)


def _board(qtbot, shop) -> DashboardPage:
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.resize(1280, 800)  # the table beside the pane of tabs: 图表, 排行榜
    page.show()
    return page


def _done(page: DashboardPage, name: str) -> str:
    rows = {page.model.data(page.model.index(r, BoardModel.NAME)): r for r in range(page.model.rowCount())}
    return page.model.data(page.model.index(rows[name], BoardModel.VALUE))


def _ranked(page: DashboardPage) -> list[tuple[str, str]]:
    table = page.leaderboard.table
    return [(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())]


def _avg_order(shop, month: Month):
    return next(t for t in team_tiles(shop.store, shop.metrics, month, date(2026, 10, 19)) if t.key == "avg_order").value


def test_the_rows_the_leaderboard_and_the_tiles_read_octobers_sales_once(qtbot, shop, monkeypatch):
    shop, _people = make_board_shop(shop)
    page = _board(qtbot, shop)
    page.tabs.setCurrentWidget(page.leaderboard)
    reads = []
    execute = shop.store.db.execute

    def recording(sql, parameters=()):
        probe = sql.startswith("SELECT max(day)")  # where the data stop (the banner): no read of the values
        if "FROM daily_value" in sql and "sales" in parameters and "2026-10-01" in parameters and not probe:
            reads.append(sql)
        return execute(sql, parameters)

    monkeypatch.setattr(shop.store.db, "execute", recording)
    page.refresh()
    assert _ranked(page)[0] == ("小美", "¥19,000.00") and _done(page, "小美") == "¥19,000.00"
    assert len(reads) == 1


def test_a_value_typed_since_shows_when_the_month_is_shown_again(qtbot, shop):
    shop, people = make_board_shop(shop)
    page = _board(qtbot, shop)
    page.tabs.setCurrentWidget(page.leaderboard)
    page.refresh()
    before = _avg_order(shop, OCT)
    page.picker.setMonth(SEP)
    shop.data.set_value(date(2026, 10, 19), people["小美"].id, shop.metrics.get("sales"), 200_000)  # ¥1,000 → ¥2,000
    page.picker.setMonth(OCT)
    assert _done(page, "小美") == "¥20,000.00"
    assert _ranked(page)[0] == ("小美", "¥20,000.00")
    assert _avg_order(shop, OCT) > before  # the tiles' 客单价 too


def test_another_programs_commit_shows_when_the_month_is_shown_again(qtbot, shop):
    shop, people = make_board_shop(shop)
    page = _board(qtbot, shop)
    page.tabs.setCurrentWidget(page.leaderboard)
    page.refresh()
    page.picker.setMonth(SEP)
    other = open_store(shop.store.path)  # a scheduled import, or a second window
    try:
        with other.atomic():
            other.values.set("sales", date(2026, 10, 19), people["小刚"].id, 1_000_000)  # ¥500 → ¥10,000
    finally:
        other.close()
    page.picker.setMonth(OCT)
    assert _done(page, "小刚") == "¥19,000.00"
    assert _ranked(page)[0] == ("小刚", "¥19,000.00")


def test_the_leaderboard_behind_the_chart_is_ranked_when_its_tab_is_shown(qtbot, shop):
    shop, people = make_board_shop(shop)
    shop.data.set_value(date(2026, 9, 30), people["阿花"].id, shop.metrics.get("sales"), 50_000)
    page = _board(qtbot, shop)
    page.refresh()
    page.picker.setMonth(SEP)
    page.picker.setMonth(OCT)
    assert page.tabs.currentWidget() is page.chart and _ranked(page) == []  # nothing ranked out of sight
    page.tabs.setCurrentWidget(page.leaderboard)
    assert _ranked(page)[0] == ("小美", "¥19,000.00") and len(_ranked(page)) == 4  # October, the month on show
    page.picker.setMonth(SEP)  # in sight: ranked at once
    assert _ranked(page) == [("阿花", "¥500.00")]


def _percent(page: DashboardPage, name: str) -> str:
    """The percentage the bar of `name`'s row draws beside it."""
    rows = {page.model.data(page.model.index(r, BoardModel.NAME)): r for r in range(page.model.rowCount())}
    return page.model.data(page.model.index(rows[name], BoardModel.PROGRESS), PROGRESS_ROLE)[-1]


def test_the_rows_texts_kept_for_their_paint_are_written_anew_for_each_board(qtbot, shop):
    """A row's cell texts and bar are written once and kept while its board is shown (the view asks for them
    when it measures the columns and at each paint): a refresh after a change, or another month, shows new ones."""
    shop, people = make_board_shop(shop)
    page = _board(qtbot, shop)
    page.refresh()
    assert _done(page, "小刚") == "¥9,500.00" and _percent(page, "小刚") == "30.6%"
    shop.data.set_value(date(2026, 10, 19), people["小刚"].id, shop.metrics.get("sales"), 550_000)
    page.refresh()
    assert _done(page, "小刚") == "¥14,500.00" and _percent(page, "小刚") == "46.8%"
    page.picker.setMonth(SEP)
    assert _done(page, "小刚") == "¥0.00"
