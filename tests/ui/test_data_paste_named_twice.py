"""数据 page: a block naming one person on two lines (her two sub-accounts' rows, a row copied twice)."""

import os

import pytest
from data_page_support import d, month_values, open_page, with_team

from ui.pasted_block import Labelled, RowsNamed, place_lines

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


def test_a_person_named_on_two_lines_gets_neither_and_is_told(qtbot, team_shop, messages):
    """The second line overwrote the first without a word, the summary counting both as saved; 撤销 then put
    back only the second, leaving the first line's figures and saying they had been changed since."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(0, 0))
    before = month_values(team_shop)
    page.paste_text("姓名\t1日\t2日\r\n张伟\t100\t200\r\n李娜\t300\t400\r\n张伟\t1\t2\r\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert [values.get((ids["张伟"], d(day))) for day in (1, 2)] == [before[(ids["张伟"], d(1))],
                                                                      before[(ids["张伟"], d(2))]]
    assert [values.get((ids["李娜"], d(day))) for day in (1, 2)] == [30_000, 40_000]
    assert page.summary.text().startswith("保存 2 格，拒绝 0 格")
    [text] = messages.of("info")
    assert "「张伟」：粘贴的内容里有 2 行是这个人，都没有粘贴" in text
    page.undo()
    assert month_values(team_shop) == before
    assert "之后又改过" not in page.summary.text()


def test_lines_landing_on_one_row_are_left_out_on_the_targets_grid_too():
    labelled = Labelled([["1"], ["2"], ["3"]], ["张伟", "李娜", "张 伟"], header=False)
    placed, unplaced = place_lines(labelled, 0, RowsNamed(["张伟", "李娜"]))
    assert placed == [(1, ["2"])]
    assert len(unplaced) == 1 and "张伟" in unplaced[0]


def test_a_line_of_someone_who_left_says_when(qtbot, team_shop, messages):
    """The owner's sheet still has 赵敏, who left in August: 「这个月的表格里没有这个人」 read as if the shop had no
    赵敏 at all."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.paste_text("姓名\t1日\r\n赵敏\t100\r\n李娜\t200\r\n")
    assert month_values(team_shop)[(team_shop.ids["李娜"], d(1))] == 20_000
    [text] = messages.of("info")
    assert "「赵敏」：2026年8月31日离职，这个月不在职，这一行没有粘贴" in text
