"""数据 page: a block whose title row names its days goes to those days, wherever the cursor stood."""

import os

import pytest
from data_page_support import d, month_values, open_page, row_of, with_team

from app.periods import Month

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication


@pytest.fixture
def team_shop(shop):
    return with_team(shop)


@pytest.mark.parametrize("titles", ["姓名\t1日\t2日\t3日", "姓名\t10月1日\t10月2日\t10月3日",
                                    "姓名\t2026-10-01\t2026/10/02\t2026年10月3日", "姓名\t1号\t2号\t3日（周六）"])
def test_days_named_by_the_titles_are_the_days_written(qtbot, team_shop, messages, titles):
    """The owner's sheet of 1日…3日 pasted while the cursor was on the 5th (last clicked there): the values went
    to the 5th–7th, over three days of other figures, the summary saying all was saved."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 4))  # the 5th
    page.paste_text(f"{titles}\r\n陈静\t100\t200\t300\r\n张伟\t400\t500\t600\r\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert [values.get((ids["陈静"], d(day))) for day in range(1, 8)] == [10_000, 20_000, 30_000, None, None, None, None]
    assert [values.get((ids["张伟"], d(day))) for day in (1, 2, 3, 5)] == [40_000, 50_000, 60_000, None]
    assert "按标题行的日期填到各天" in page.summary.text()
    assert messages.shown == []


def test_without_names_the_lines_start_at_the_cursors_row_on_the_titled_days(qtbot, team_shop, messages):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 9))  # the 10th
    page.paste_text("10月1日\t10月2日\r\n100\t200\r\n")
    ids, values = team_shop.ids, month_values(team_shop)
    assert [values.get((ids["王芳"], d(day))) for day in (1, 2, 10, 11)] == [10_000, 20_000, None, None]


@pytest.mark.parametrize(("titles", "said"), [
    ("9月1日\t9月2日", ("2026年9月", "2026年10月", "9月1日")),  # September's sheet, its month named
    ("1日（周二）\t2日（周三）", ("1日（周二）", "2026年10月1日")),  # its days of the week: September 1st was a Tuesday
])
def test_titles_of_another_month_write_nothing_and_say_which_month(qtbot, team_shop, messages, titles, said):
    """September's sheet pasted while October was shown: September's figures became October's."""
    page = open_page(qtbot, team_shop)
    before = month_values(team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    assert page.paste_text(f"姓名\t{titles}\r\n王芳\t100\t200\r\n") is None
    assert month_values(team_shop) == before
    [text] = messages.of("info")
    assert all(words in text for words in said), text


def test_a_titled_day_the_month_has_not_is_cut_as_past_the_grid(qtbot, team_shop, messages):
    """A sheet made for 31 days pasted into September: its 31日 is no day of the grid, said as cut."""
    page = open_page(qtbot, team_shop)
    page.picker.setMonth(Month(2026, 9))
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    page.paste_text("姓名\t29日\t30日\t31日\r\n王芳\t100\t200\t300\r\n")
    got = {day: v for (sid, day), v in team_shop.store.values.month_grid("sales", d(1, 9), d(30, 9)).items()
           if sid == team_shop.ids["王芳"]}
    assert got == {d(29, 9): 10_000, d(30, 9): 20_000}
    assert "1 格已忽略" in page.summary.text()


@pytest.mark.parametrize("months", ["2026-08\t2026-09\t2026-10", "2026/08\t2026/09\t2026/10"])
def test_titles_naming_months_are_no_days(qtbot, team_shop, messages, months):
    """A sheet of monthly totals (2026-08, 2026-09, 2026-10) put its three figures on October's 8th, 9th and 10th,
    the titles read as a year and a day."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 14))  # the 15th
    page.paste_text(f"姓名\t{months}\r\n王芳\t5\t6\t7\r\n")
    got = {day.day: v for (sid, day), v in month_values(team_shop).items() if sid == team_shop.ids["王芳"]}
    assert got == {15: 500, 16: 600, 17: 700}  # where the cursor stood, as any other titles' block
    assert "按标题行的日期" not in page.summary.text()


@pytest.mark.parametrize("titles", ["1日（周四）\t2日（周五）\t4日(星期天)", "10-01 周四\t10-02 周五\t10-04 周日"])
def test_titles_with_the_right_days_of_the_week_are_written(qtbot, team_shop, messages, titles):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 9))
    page.paste_text(f"姓名\t{titles}\r\n王芳\t100\t200\t400\r\n")
    got = {day.day: v for (sid, day), v in month_values(team_shop).items() if sid == team_shop.ids["王芳"]}
    assert got == {1: 10_000, 2: 20_000, 4: 40_000}
    assert messages.shown == []


def test_blank_days_february_has_not_are_not_said_cut(qtbot, team_shop, messages):
    """A sheet made for 31 days with February's figures: its empty 29日–31日 were said as cells ignored past the
    grid, three a person, in a box after every paste."""
    page = open_page(qtbot, team_shop)
    page.picker.setMonth(Month(2026, 2))
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 0))
    titles = "\t".join(f"{day}日" for day in range(1, 32))
    page.paste_text(f"姓名\t{titles}\r\n王芳\t" + "\t".join("1" if day <= 28 else "" for day in range(1, 32)) + "\r\n")
    got = team_shop.store.values.month_grid("sales", d(1, 2), d(28, 2))
    assert len([day for sid, day in got if sid == team_shop.ids["王芳"]]) == 28
    assert "已忽略" not in page.summary.text() and messages.shown == []


@pytest.mark.parametrize("corner", ["姓名", ""])
def test_days_numbered_alone_over_names_are_titles(qtbot, team_shop, messages, corner):
    """A sheet titled 姓名 1 2 3 … (the days as plain numbers) pasted while the cursor was on the 15th: its values
    went to the 15th–17th, and its title line was said as a person 「姓名」 not on the grid."""
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 14))
    page.paste_text(f"{corner}\t1\t2\t3\t合计\r\n王芳\t5\t6\t7\t18\r\n")
    got = {day.day: v for (sid, day), v in month_values(team_shop).items() if sid == team_shop.ids["王芳"]}
    assert got == {1: 500, 2: 600, 3: 700}
    assert "第一行是标题" in page.summary.text() and messages.shown == []


@pytest.mark.parametrize("block", [
    "王芳\t1\t2\t3\r\n陈静\t4\t5\t6\r\n",  # the first line a person's: small counts, not titles
    "1\t2\t3\r\n4\t5\t6\r\n",  # no names: a line of small counts
    "姓名\t1\t2\t4\r\n王芳\t5\t6\t7\r\n",  # not days one after another
])
def test_a_first_line_of_small_counts_is_pasted_where_it_lands(qtbot, team_shop, messages, block):
    page = open_page(qtbot, team_shop)
    page.table.setCurrentIndex(page.model.index(row_of(page, "王芳"), 14))
    page.paste_text(block)
    got = {day.day: v for (sid, day), v in month_values(team_shop).items() if sid == team_shop.ids["王芳"]}
    assert set(got) == {15, 16, 17}
    assert "第一行是标题" not in page.summary.text()
