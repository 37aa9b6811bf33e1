"""A rate typed on the 数据 grid from 0 to 1 without a % sign is saved as typed (0.5 is 0.5%) and the line under the
grid says so, as it does for a paste of such rates: a 0.5 meant as 50% was saved as 0.5% without a word."""

from decimal import Decimal

from data_page_support import d, open_page, row_of, with_team
from PySide6.QtWidgets import QLineEdit


def _type(qtbot, page, row, column, text):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClicks(page.table, text[0])
    editor = next(e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    page.table.commit_open_editor()


def test_a_typed_rate_below_one_is_saved_as_typed_with_a_note(qtbot, shop):
    shop = with_team(shop)
    page = open_page(qtbot, shop)
    page.show()
    page.set_metric("satisfaction_rate")
    rate = shop.metrics.get("satisfaction_rate")
    row = row_of(page, "李娜")
    _type(qtbot, page, row, 4, "0.5")
    assert shop.store.values.get("satisfaction_rate", d(5), shop.ids["李娜"]) == rate.to_units(Decimal("0.5"))
    assert page.summary.text().startswith("李娜 10月5日：注意：输入的比率在 0–1 之间，已照原样保存（0.5 即 0.5%）")


def test_a_typed_rate_with_its_percent_sign_or_above_one_needs_no_note(qtbot, shop):
    shop = with_team(shop)
    page = open_page(qtbot, shop)
    page.show()
    page.set_metric("satisfaction_rate")
    row = row_of(page, "李娜")
    for column, text in ((4, "0.5%"), (5, "97")):
        _type(qtbot, page, row, column, text)
        assert "已照原样保存" not in page.summary.text()
