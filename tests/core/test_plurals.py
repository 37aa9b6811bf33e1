"""Counts in English say "1 flower" and "2 flowers": a translation writes the word for a count as a field with the
two forms, `{n} {n:flower/flowers}` (app.i18n.fill); Chinese has no plural and is unchanged."""

from datetime import date
from fractions import Fraction

import pytest

from app import i18n
from app.i18n import fill, t


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("zh")


def test_fill_says_one_or_many_and_formats_as_str_format():
    assert fill("Latest {n} {n:entry/entries}", n=1) == "Latest 1 entry"
    assert fill("Latest {n} {n:entry/entries}", n=0) == "Latest 0 entries"
    assert fill("{n} {n:person has/people have} no target", n=1) == "1 person has no target"
    assert fill("{n} {n:flower/flowers}", n=Fraction(1)) == "1 flower"  # a rule's reading may be a Fraction
    assert fill("{x:.1f} {y:,} {{n}} {d:%Y/%m}", x=2.25, y=12500, d=date(2026, 10, 1)) == "2.2 12,500 {n} 2026/10"


def test_app_messages_say_one_of_a_count_in_english(english):
    """Flowers and days in an award's explanation, the lines of an approval: "1 flowers", "(1 days)" before."""
    assert t("{n} 朵", n=1) == "1 flower" and t("{n} 朵", n=3) == "3 flowers"
    assert t("手工录入（{n} 天）", n=1) == "typed by hand (1 day)"
    assert t("{n} 次", n=1) == "1 time"
    assert t("店主密码已连续输错 {count} 次，请 {n} 秒后再试", count=3, n=1) == \
        "Wrong owner PIN 3 times in a row: try again in 1 second"


def test_chinese_messages_are_as_before():
    assert t("{n} 朵", n=1) == "1 朵" and t("手工录入（{n} 天）", n=1) == "手工录入（1 天）"


@pytest.mark.parametrize(("template", "fields", "one", "many"), [
    ("按保留设置删除了 {n} 份旧备份", {}, "Deleted 1 old backup as", "Deleted 2 old backups as"),
    ("  ……另有 {n} 条说明（--json 列出全部）", {}, "and 1 more note (", "and 2 more notes ("),
    ("……另有 {n} 处错误", {}, "…and 1 more error", "…and 2 more errors"),
    ("找不到的客服（{n} 个）：{names}", {"names": "甲"}, "1 unknown staff name:", "2 unknown staff names:"),
    ("找不到的客服（{n} 个）将新建为员工（子账号记在各自名下，入职日期记为各自在报表中的第一天）：{names}", {"names": "甲"},
     "1 unknown staff name will be created as a new person (with", "2 unknown staff names will be created as new people (each"),
    ("方案模拟：{plan}（与最近 {n} 个已批准的期间对比，不写入任何数据）", {"plan": "P"}, "latest 1 approved period;",
     "latest 2 approved periods;"),
    ("百分比记到 {n} 位小数", {}, "percentages to 1 decimal", "percentages to 2 decimals"),
    ("数据文件中已有数据（{n} 名员工），不能生成演示数据。如确定要清空现有数据并生成演示数据，请使用 --force。", {},
     "(1 staff member)", "(2 staff members)"),
    ("{period} 没有需要打印证书的获奖记录：{n} 位获奖者的奖项没有勾选「获奖者得奖状」，加 --all-winners 可为他们生成证书",
     {"period": "Q4"}, "1 winner won", "2 winners won"),
])
def test_an_english_count_of_one_is_said_in_the_singular(english, template, fields, one, many):
    said = t(template, n=1, **fields) + "|"
    assert one in said and f"{one}s" not in said and many in t(template, n=2, **fields)


def test_english_counts_other_than_n_are_said_in_the_singular_too(english):
    assert t("截至 {day}，已过 {elapsed}/{days} 天（{pct}），还剩 {left} 天", day="2026-10-30", elapsed=29, days=31,
             pct="94%", left=1).endswith("1 day left")
    assert t("撤销第 {id} 次导入（{file}）：删除 {removed} 项，恢复 {restored} 项原值", id=3, file="a.csv", removed=1,
             restored=0) == "Undid import #3 (a.csv): 1 value removed, 0 restored"
    assert t("粘贴{metric}数据：保存 {stored} 格，清空 {cleared} 格，拒绝 {refused} 格", metric="Sales", stored=1, cleared=0,
             refused=0) == "Pasted Sales: 1 cell saved, 0 cleared, 0 refused"
    assert t("满意数 {s} 大于评价数 {r}", s=2, r=1).endswith("(2 satisfied, 1 rating)")
    assert t("还没有每日数据（数据截至昨天）；目标 {targets} 条", targets=1).endswith("; 1 target")


def test_an_imports_skipped_rows_say_row_for_one_and_rows_for_several(english, tmp_path):
    from app.importing.model import FilePlan
    from app.importing.totals_rows import TotalsWatch

    plan = FilePlan(path=tmp_path / "a.csv", index=0)
    plan.totals_rows, plan.header_again_rows = [9], [5, 12]
    assert plan.skipped_said() == ["Totals row skipped (not counted, to avoid counting twice): row 9",
                                   "Repeated header rows skipped: rows 5, 12"]
    watch = TotalsWatch(plan, set())
    watch.adding_up, watch.closing = [7, 15], [20]
    assert [note.split(" has")[0].split(" have")[0] for note in watch.notes()] == ["Rows 7, 15", "Row 20"]
