"""数据 page: what a big paste says it refused — only cells that were refused, each person's days of one reason
on one line, so a typo is not lost behind hundreds of lines."""

import os
from datetime import date

import pytest
from data_page_support import d, month_values, open_page, row_of, with_team

from app.domain import StaffDraft

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


def test_blank_cells_on_days_to_come_are_not_refused(qtbot, team_shop, messages):
    """The owner's month sheet pasted on the 20th, its days to come blank: each blank was counted as refused
    (「日期还没到」), 590 of them on a 60-person shop, burying the real refusals."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 18))  # the 19th; today is the 20th
    page.paste_text("100\t200\t\t\r\n300\t400\t500\t600\r\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert [values.get((ids["张伟"], d(day))) for day in (19, 20)] == [10_000, 20_000]
    assert [values.get((ids["李娜"], d(day))) for day in (19, 20, 21)] == [30_000, 40_000, None]
    assert page.summary.text() == "保存 4 格，拒绝 2 格；已选中改动的格子，Ctrl+Z 撤销"
    [text] = messages.of("info")
    assert text.splitlines()[1:] == ["李娜 10月21日至22日（2 格）：日期还没到，不能录入"]


def test_a_blank_pasted_on_a_day_to_come_changes_nothing_there(qtbot, team_shop, messages):
    """Days to come take nothing from a paste: a blank there is left out, neither refused nor clearing."""
    team_shop.store.values.set("sales", d(22), team_shop.ids["张伟"], 5_000)
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "张伟"), 20))
    page.paste_text("\t-\t7\r\n")
    assert month_values(team_shop)[(team_shop.ids["张伟"], d(22))] == 5_000
    assert page.summary.text() == "保存 0 格，拒绝 1 格"


def test_a_persons_days_refused_for_one_reason_are_one_line(qtbot, team_shop, messages):
    """A sheet with figures before someone joined: one line per day of hers came before the typo of the next row,
    and past 20 lines the typo was only 「……还有 n 格」."""
    new = team_shop.staff.add(StaffDraft(name="孙丽", dept="客服部", hired=date(2026, 10, 10))).id
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(0, 0))
    days = "\t".join(f"{day}日" for day in range(1, 13))
    her = "\t".join(str(day) for day in range(1, 13))
    typo = her.replace("\t4\t", "\t4O\t")
    page.paste_text(f"姓名\t{days}\r\n孙丽\t{her}\r\n李娜\t{typo}\r\n")
    values = month_values(team_shop)
    assert [values.get((new, d(day))) for day in (9, 10, 12)] == [None, 1_000, 1_200]
    assert page.summary.text().startswith("保存 14 格，拒绝 10 格")
    [text] = messages.of("info")
    lines = text.splitlines()[1:]
    assert lines == ["孙丽 10月1日至9日（9 格） 不在职（2026年10月10日入职），不能录入",
                     "李娜 10月4日：销售额：「4O」不是有效的金额（例如 12500、12,500.50 或 ¥12,500）"]


def test_runs_of_days_are_listed_apart(qtbot, team_shop, messages):
    team_shop.staff.leave(team_shop.ids["王芳"], d(3))
    team_shop.staff.rehire(team_shop.ids["王芳"], d(6))
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    page.paste_text("1\t2\t3\t4\t5\t6\t7\r\n")
    [text] = messages.of("info")
    assert text.splitlines()[1].startswith("王芳 10月4日至5日（2 格）")
