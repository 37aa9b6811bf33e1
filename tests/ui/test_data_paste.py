"""数据 page: pasting a block copied from Excel or WPS, copying out, clearing a selection."""

import os
from datetime import date
from decimal import Decimal

import pytest
from data_page_support import d, month_values, open_page, row_of, select_cells, with_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.errors import UserError

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


BLOCK = "100\t200\t300\t400\r\n1,000.50\t¥2,000\t￥3,000\t0\r\n7\t8\t9\t10\r\n"


def test_paste_a_3x4_block_from_the_clipboard(qtbot, team_shop, messages):
    page = open_page(qtbot, team_shop)
    page.show()
    start_row = row_of(page, "李娜")
    page.table.setCurrentIndex(page.model.index(start_row, 9))  # 李娜, the 10th
    QApplication.clipboard().setText(BLOCK)
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ids = [team_shop.ids[n] for n in ("李娜", "王芳", "陈静")]
    expected = [[10_000, 20_000, 30_000, 40_000], [100_050, 200_000, 300_000, 0], [700, 800, 900, 1_000]]
    values = month_values(team_shop)
    pasted = {k: v for k, v in values.items() if k[1] >= d(10)}
    assert pasted == {(ids[r], d(10 + c)): expected[r][c] for r in range(3) for c in range(4)}
    assert len(values) == 3 + 12
    assert page.summary.text() == "保存 12 格，拒绝 0 格；已选中改动的格子，Ctrl+Z 撤销"
    assert messages.shown == []
    assert page.model.index(start_row + 1, 10).data() == "¥2,000.00"


@pytest.mark.parametrize("bad, reason", [("abc", "不是有效的金额"), ("-50", "不能为负数"),
                                         ("3,000.555", "销售额最多两位小数（到分）")])
def test_paste_with_one_bad_cell_keeps_the_other_eleven(qtbot, team_shop, messages, bad, reason):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 9))
    page.paste_text(BLOCK.replace("￥3,000", bad))
    pasted = {k: v for k, v in month_values(team_shop).items() if k[1] >= d(10)}
    assert len(pasted) == 11
    assert (team_shop.ids["王芳"], d(12)) not in pasted
    assert page.summary.text() == "保存 11 格，拒绝 1 格；已选中改动的格子，Ctrl+Z 撤销"
    [text] = messages.of("info")
    assert "王芳 10月12日" in text and reason in text
    index = page.model.index(row_of(page, "王芳"), 11)
    assert reason in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd6d6"


def test_paste_past_the_edge_is_cut_and_future_days_refused(qtbot, team_shop, messages):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "陈静"), 17))  # 陈静 (last row), the 18th
    page.paste_text("1\t2\t3\t4\n5\t6\t7\t8\n")
    got = {k[1].day: v for k, v in month_values(team_shop).items() if k[0] == team_shop.ids["陈静"]}
    assert got == {18: 100, 19: 200, 20: 300}  # the 21st is tomorrow; the second row is past the last person
    assert "保存 3 格，拒绝 1 格" in page.summary.text() and "4 格已忽略" in page.summary.text()
    assert "日期还没到" in messages.of("info")[-1]


def test_a_blank_line_and_an_empty_column_after_the_block_clear_nothing(qtbot, team_shop, messages):
    """WPS ends a copied block with a blank line, and an extra column selected comes as a trailing tab: pasted
    on 张伟's 1st, they cleared 张伟's 3rd and 陈静's... — cells the owner never meant to touch."""
    sales = team_shop.metrics.get("sales")
    team_shop.data.set_value(d(3), team_shop.ids["张伟"], sales, 50_000)
    team_shop.data.set_value(d(1), team_shop.ids["王芳"], sales, 70_000)
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
    page.paste_text("100\t200\t\r\n300\t400\t\r\n\r\n")
    values = month_values(team_shop)
    assert values[(team_shop.ids["张伟"], d(3))] == 50_000 and values[(team_shop.ids["王芳"], d(1))] == 70_000
    assert values[(team_shop.ids["李娜"], d(2))] == 40_000
    assert page.summary.text() == "保存 4 格，拒绝 0 格；已选中改动的格子，Ctrl+Z 撤销" and messages.shown == []


def test_a_block_with_its_title_row_and_names_lands_on_each_persons_row(qtbot, team_shop, messages):
    """Copied from the owner's sheet with 姓名 and the days' titles, in another order than the grid's: the titles
    were refused as amounts and every value went one column right, onto the wrong person."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 4))  # the 5th
    page.paste_text("姓名\t5日\t6日\r\n陈静\t100\t200\r\n张伟\t300\t¥400\r\n合计\t400\t600\r\n")
    values = month_values(team_shop)
    ids = team_shop.ids
    assert {k: v for k, v in values.items() if k[1] >= d(5)} == {
        (ids["陈静"], d(5)): 10_000, (ids["陈静"], d(6)): 20_000, (ids["张伟"], d(5)): 30_000, (ids["张伟"], d(6)): 40_000}
    assert page.summary.text() == "保存 4 格，拒绝 0 格；第一行是标题，没有粘贴；按第一列的姓名填到各人的行；已选中改动的格子，Ctrl+Z 撤销"
    [text] = messages.of("info")
    assert "「合计」：这个月的表格里没有这个人，这一行没有粘贴" in text


def test_a_first_line_without_a_value_and_no_names_is_pasted_where_it_lands(qtbot, team_shop, messages):
    """A day's column copied from the owner's sheet, 张伟 on leave that day (「请假」), no names beside it: the first
    line was taken for a title and left out, so 李娜's 500 went to 张伟 and 王芳's 300 to 李娜 — without names,
    nothing tells a title from a line of text marks, and a line is never moved to another person's row."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 4))  # the 5th
    page.paste_text("请假\n500\n300\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert (ids["张伟"], d(5)) not in values
    assert values[(ids["李娜"], d(5))] == 50_000 and values[(ids["王芳"], d(5))] == 30_000
    assert page.summary.text() == "保存 2 格，拒绝 1 格；已选中改动的格子，Ctrl+Z 撤销"
    assert "张伟 10月5日" in messages.of("info")[-1] and "请假" in messages.of("info")[-1]


@pytest.mark.parametrize("titles", ["1日\t2日\t3日", "10月1日\t10月2日\t10月3日", "2026-10-01\t2026/10/02\t周六"])
def test_a_row_of_day_titles_copied_above_the_values_is_left_out(qtbot, team_shop, messages, titles):
    """Copied with its row of day titles and no names, pasted on 王芳's 1st: the titles were refused on 王芳's row
    and her values written over 陈静's — a title made of days is no text mark, so it is left out."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    page.paste_text(titles + "\r\n100\t200\t300\r\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert [values.get((ids["王芳"], d(day))) for day in (1, 2, 3)] == [10_000, 20_000, 30_000]
    assert not any(staff_id == ids["陈静"] for staff_id, _day in values)
    assert page.summary.text() == "保存 3 格，拒绝 0 格；第一行是标题，没有粘贴；已选中改动的格子，Ctrl+Z 撤销"
    assert messages.shown == []


@pytest.mark.parametrize("block, row", [("1日\t2日\t合计\t3日\r\n100\t200\t300\t400\r\n", "王芳"),
                                        ("姓名\t1日\t2日\t合计\t3日\r\n陈静\t100\t200\t300\t400\r\n", "陈静")])
def test_a_column_titled_合计_is_not_pasted_as_a_day(qtbot, team_shop, messages, block, row):
    """The owner's sheet has a 合计 column after the days (or a week's 小计 among them): copied with its titles, the
    sum was written as the next day's value."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    page.paste_text(block)
    values = month_values(team_shop)
    assert {day.day: v for (sid, day), v in values.items() if sid == team_shop.ids[row]} == {1: 10_000, 2: 20_000,
                                                                                              3: 40_000}
    assert "合计列没有粘贴" in page.summary.text()


def test_pasted_names_of_namesakes_go_to_the_row_pasted_on(qtbot, team_shop, messages):
    second = team_shop.staff.add(StaffDraft(name="张伟", dept="售后部", hired=date(2024, 1, 1))).id
    page = open_page(qtbot, team_shop)
    rows = [r for r, p in enumerate(page.model.people) if p.name == "张伟"]
    page.table.setCurrentIndex(page.model.index(rows[1], 4))
    page.paste_text("张伟\t100\n李娜\t200\n")
    assert month_values(team_shop)[(second, d(5))] == 10_000
    assert month_values(team_shop)[(team_shop.ids["李娜"], d(5))] == 20_000
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 5))
    page.paste_text("李娜\t300\n张伟\t400\n")
    assert (second, d(6)) not in month_values(team_shop) and (team_shop.ids["张伟"], d(6)) not in month_values(team_shop)
    assert "表格里有 2 位同名的人" in messages.of("info")[-1]


def test_a_pasted_name_whose_namesake_left_before_the_month_goes_to_the_one_on_the_team(qtbot, team_shop, messages):
    """The grid lists the people on the team in its month: a 张伟 who left in September is no row of October's."""
    gone = team_shop.staff.add(StaffDraft(name="张伟", dept="售后部", hired=date(2024, 1, 1))).id
    team_shop.staff.leave(gone, date(2026, 9, 15))
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 4))
    page.paste_text("张伟\t100\n")
    assert month_values(team_shop)[(team_shop.ids["张伟"], d(5))] == 10_000
    assert (gone, d(5)) not in month_values(team_shop) and messages.shown == []


@pytest.mark.parametrize("mark", ["-", "--", "—", "¥ -", "￥-", "#DIV/0!"])
def test_a_no_value_mark_reads_as_an_empty_cell(qtbot, team_shop, messages, mark):
    """The seller tools write - for no value and Excel's accounting format shows ¥ - : refused as amounts,
    where the import reads them as no value."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
    page.paste_text(f"{mark}\t500\t{mark}\n")
    values = month_values(team_shop)
    assert (team_shop.ids["张伟"], d(1)) not in values and values[(team_shop.ids["张伟"], d(2))] == 50_000
    assert page.summary.text() == "保存 1 格，清空 1 格，拒绝 0 格；已选中改动的格子，Ctrl+Z 撤销"
    assert messages.shown == []  # the 3rd held nothing


def test_a_value_pasted_on_the_total_column_is_said_to_fall_there(qtbot, team_shop, messages):
    """It was said to be 「超出表格范围」 while the cell was right there, in the table."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), page.model.total_column))
    page.paste_text("500\n")
    assert page.summary.text() == "保存 0 格，拒绝 0 格；超出表格或落在合计列的 1 格已忽略"
    assert month_values(team_shop)[(team_shop.ids["张伟"], d(1))] == 1_250_000


def test_a_refused_cell_names_its_person_and_day_once(qtbot, team_shop, messages):
    """「张伟 10月1日：张伟 2026-10-01 的销售额不能为负数」 said them twice, in two forms."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
    page.paste_text("-5\tabc\t3\n")
    [text] = messages.of("info")
    assert text.splitlines()[1:] == ["张伟 10月1日的销售额不能为负数", "张伟 10月2日：销售额：「abc」不是有效的金额（例如 12500、12,500.50 或 ¥12,500）"]


def test_a_single_value_fills_the_selection(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    select_cells(page, 0, 3, 1, 4)
    page.paste_text("66\r\n")
    values = month_values(team_shop)
    assert [values[(team_shop.ids[n], d(x))] for n in ("张伟", "李娜") for x in (4, 5)] == [6600] * 4


def test_copy_selection_as_tab_separated_text(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    page.show()
    select_cells(page, 0, 0, 1, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "12500.00\t8300.50\t\n9900.00\t\t\n"


def test_rates_copy_out_with_their_percent_sign_and_paste_back_unchanged(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    page.show()
    rate = team_shop.metrics.get("refund_rate")
    sid = team_shop.ids["王芳"]
    team_shop.data.set_value(d(1), sid, rate, rate.to_units(Decimal("0.5")))
    team_shop.data.set_value(d(2), sid, rate, rate.to_units(Decimal("0.8")))
    page.set_metric("refund_rate")
    row = next(r for r in range(page.model.rowCount()) if page.model.staff_at(r).id == sid)
    select_cells(page, row, 0, row, 1)
    assert page.copy_selection() == "0.5%\t0.8%\n"
    select_cells(page, row, 2, row, 2)
    result = page.paste_text("0.5%\t0.8%\n")
    assert result.stored == 2 and not result.small_rates  # 0.5% stays 0.5%, and no needless warning
    assert team_shop.store.values.get("refund_rate", d(3), sid) == rate.to_units(Decimal("0.5"))
    result = page.paste_text("0.5\t0.8\n")
    assert result.small_rates and "已照原样保存" in page.summary.text()
    assert team_shop.store.values.get("refund_rate", d(3), sid) == rate.to_units(Decimal("0.5"))


def test_delete_clears_selected_cells_in_one_transaction(qtbot, team_shop):
    page = open_page(qtbot, team_shop)
    page.show()
    audit_before = team_shop.store.audit.count()
    select_cells(page, 0, 0, 1, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert month_values(team_shop) == {}
    assert team_shop.store.audit.count() == audit_before + 1
    assert page.model.index(0, 31).data() == ""


def test_paste_on_an_empty_month_says_why(qtbot, shop, messages):
    page = open_page(qtbot, shop)
    assert page.paste_text("1\t2\n") is None
    assert "先在「员工」页添加" in messages.of("info")[0]


def test_a_pasted_first_row_of_too_fine_amounts_is_refused_not_skipped_as_a_title(qtbot, team_shop, messages):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "李娜"), 9))  # 李娜, the 10th
    page.paste_text("100.005\t200.125\n300\t400\n")
    pasted = {k: v for k, v in month_values(team_shop).items() if k[1] >= d(10)}
    assert pasted == {(team_shop.ids["王芳"], d(10)): 30_000, (team_shop.ids["王芳"], d(11)): 40_000}
    assert page.summary.text() == "保存 2 格，拒绝 2 格；已选中改动的格子，Ctrl+Z 撤销"
    [text] = messages.of("info")
    assert "李娜 10月10日：销售额最多两位小数（到分）：「100.005」" in text


def test_names_pasted_with_spaces_or_invisible_characters_find_their_rows(qtbot, team_shop, messages):
    """A sheet typed with 「张　伟」 (a full-width space to line up two-character names), a name copied from WeChat
    with a zero-width space, one with a non-breaking space and a tab after it: each line was left out as naming
    no one of the grid."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 4))
    page.paste_text("张　伟\t100\r\n陈\u200b静\t200\r\n李\u00a0娜 \t300\r\n")
    values, ids = month_values(team_shop), team_shop.ids
    assert (values[(ids["张伟"], d(5))], values[(ids["陈静"], d(5))], values[(ids["李娜"], d(5))]) == (
        10_000, 20_000, 30_000)
    assert page.summary.text() == "保存 3 格，拒绝 0 格；按第一列的姓名填到各人的行；已选中改动的格子，Ctrl+Z 撤销"
    assert messages.shown == []


def test_a_refused_cell_of_one_of_two_namesakes_says_which_one_as_the_row_does(qtbot, team_shop, messages):
    twin = team_shop.staff.add(StaffDraft(name="张伟", dept="售后部", hired=date(2024, 1, 1)))
    page = open_page(qtbot, team_shop)
    first, second = row_of(page, "张伟"), next(r for r, p in enumerate(page.model.people) if p.id == twin.id)
    page.table.setCurrentIndex(page.model.index(second, 9))
    page.paste_text("100\tabc\n")
    [text] = messages.of("info")
    assert f"张伟（#{twin.id}） 10月11日：销售额：「abc」不是有效的金额" in text
    with pytest.raises(UserError, match=f"张伟（#{team_shop.ids['张伟']}） 10月3日"):
        page._commit_cell(page.model.people[first].id, d(3), team_shop.metrics.get("sales"), "-5")


def test_a_refused_cell_names_its_person_once_in_english_too(qtbot, team_shop, messages, qapp):
    """The English grid said 「张伟 10/1: Sales of 张伟 on 2026-10-01 cannot be negative」."""
    from ui.main import install_translators
    install_translators(qapp, "en")
    try:
        page = open_page(qtbot, team_shop)
        page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
        page.paste_text("-5\n")
        [text] = messages.of("info")
    finally:
        install_translators(qapp, "zh")
    assert text.splitlines()[1] == "张伟 10/1: Sales cannot be negative"


def test_the_data_grids_refusals_begin_with_person_and_day_in_english_as_in_chinese():
    """The grid names the person once by taking the 「{name} {day}」 an app refusal begins with off it."""
    import json
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    source = (root / "app/services/data.py").read_text(encoding="utf-8")
    english = json.loads((root / "resources/i18n/en.json").read_text(encoding="utf-8"))
    starts = re.findall(r't\("(\{name\} \{day\}[^"]*)"', source)
    assert len(starts) >= 4
    for start in starts:
        [key] = [k for k in english if k.startswith(start)]
        assert english[key].startswith("{name} {day}"), key


def test_a_paste_selects_what_it_changed_and_says_ctrl_z(qtbot, team_shop, messages):
    """As the 目标 page's bulk actions do: in a grid of 200 people, what landed where is seen."""
    page = open_page(qtbot, team_shop)
    start = row_of(page, "李娜")
    page.table.setCurrentIndex(page.model.index(start, 9))
    page.paste_text("100\t200\r\n300\t400\r\n")
    assert sorted((i.row(), i.column()) for i in page.table.selectedIndexes()) == [
        (start, 9), (start, 10), (start + 1, 9), (start + 1, 10)]
    assert page.summary.text() == "保存 4 格，拒绝 0 格；已选中改动的格子，Ctrl+Z 撤销"
    page.undo()
    assert page.model.index(start, 9).data() == ""
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 0))
    page.paste_text("12500\r\n")  # what 1日 already holds: no step to take back
    assert "Ctrl+Z" not in page.summary.text()
