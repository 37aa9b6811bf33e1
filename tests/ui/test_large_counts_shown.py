"""Large counts and shares beside the board's table: 订单数 as the headline, 小美 at 1,234,567 of 2,000,000 orders
and 小刚 at 47,500,000 of 100. The team line under the bar reads as the table (123.46万, 1.23M), the exact line
in its tooltip; the person's detail keeps the exact counts it has room for, and caps the share as the board
does (>999%), the exact share in the cell's tooltip; an exact count from 10,000 is grouped (1,234,567)."""


import pytest

from app.reports.board import make_board, team_tiles
from app.reports.pace import shop_day_weights
from tests.reports.large_counts import OCT, add_large_counts


@pytest.fixture
def people(shop):
    return add_large_counts(shop)


def test_the_team_line_writes_large_counts_as_the_table_does(qtbot, shop, people, lang):
    """It read 「已完成 48734567 / 个人目标合计 2000100」 (its tooltip now 48,734,567) beside a table of 4,750.00万 and 123.46万."""
    from ui.widgets.team_summary import TeamSummary

    progress = shop.progress(OCT, metric="orders", board=True)
    board = make_board(progress, shop_day_weights(shop.settings))
    tiles = team_tiles(shop.store, shop.metrics, OCT, progress.as_of, {r.staff.id for r in board.rows})
    summary = TeamSummary()
    qtbot.addWidget(summary)
    summary.show_team(board, tiles)
    shown, tip = summary.numbers.text(), summary.numbers.toolTip()
    if lang == "zh":
        assert shown.startswith("已完成 4,873.46万 / 个人目标合计 200.01万"), shown
        assert tip.splitlines()[0].startswith("已完成 48,734,567 / 个人目标合计 2,000,100"), tip
    else:
        assert shown.startswith("Done 48.73M / Sum of personal targets 2.00M"), shown
        assert tip.splitlines()[0].startswith("Done 48,734,567 / Sum of personal targets 2,000,100"), tip
    assert summary.bar.toolTip() == "2436.6%"


def test_the_persons_detail_keeps_the_exact_counts_and_caps_the_share(qtbot, shop, people):
    from ui.dialogs.person_detail import PersonDetailDialog

    orders = shop.metrics.get("orders")
    for name, value, target, share, exact in (("小美", "1,234,567", "2,000,000", "61.7%", ""),
                                              ("小刚", "47,500,000", "100", ">999%", "47500000.0%")):
        dialog = PersonDetailDialog(shop, people[name], OCT, metric=orders)
        qtbot.addWidget(dialog)
        table = dialog.months
        october = table.rowCount() - 1
        assert [table.item(october, c).text() for c in (1, 2, 3)] == [value, target, share]
        assert table.item(october, 3).toolTip() == exact
