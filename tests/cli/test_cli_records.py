"""`honghua target set`, `data set`, `event add` in process, checked against what the file holds."""

from datetime import date
from decimal import Decimal

import pytest


@pytest.mark.parametrize(("text", "fen"), [
    ("12500", 1_250_000),
    ("12,500.50", 1_250_050),
    ("¥12,500", 1_250_000),
    ("￥12,500", 1_250_000),
    ("12500.50", 1_250_050),
])
def test_target_set_for_a_person_accepts_each_money_form(cli, add, store, text, fen):
    sid = add("小美")
    result = cli("target", "set", "--month", "2026-10", "--staff", "小美", "--metric", "sales", "--value", text)
    assert result.code == 0, result.err
    assert store().targets.staff_targets("2026-10") == {(sid, "sales"): fen}


def test_target_set_by_chinese_metric_name_and_clear(cli, add, store):
    sid = add("小美")
    assert cli("target", "set", "--month", "2026-11", "--staff", str(sid), "--metric", "订单数",
               "--value", "300").code == 0
    assert store().targets.staff_targets("2026-11") == {(sid, "orders"): 300}
    assert cli("target", "set", "--month", "2026-11", "--staff", str(sid), "--metric", "orders", "--clear").code == 0
    assert store().targets.staff_targets("2026-11") == {}


def test_target_set_for_a_department_counts_members_active_that_month(cli, add, store):
    a = add("甲", "--dept", "客服部", "--hired", "2025-01-01")
    b = add("乙", "--dept", "客服部", "--hired", "2026-10-15")   # joins during October: counts
    c = add("丙", "--dept", "客服部", "--hired", "2025-01-01")
    add("丁", "--dept", "售后部")                                # another department
    cli("staff", "leave", str(c), "--date", "2026-09-30")        # gone before October
    result = cli("target", "set", "--month", "2026-10", "--dept", "客服部", "--metric", "sales", "--value", "¥20,000")
    assert result.code == 0, result.err
    assert "2 人" in result.out
    assert store().targets.staff_targets("2026-10") == {(a, "sales"): 2_000_000, (b, "sales"): 2_000_000}


def test_target_set_for_the_shop(cli, store):
    result = cli("target", "set", "--month", "2026-10", "--shop", "--metric", "sales", "--value", "￥100,000.00")
    assert result.code == 0, result.err
    assert store().targets.shop_targets("2026-10") == {"sales": 10_000_000}
    assert "¥100,000.00" in result.out


def test_target_set_mistakes(cli, add):
    add("小美")
    cases = [
        (("--month", "2026-13", "--staff", "小美", "--value", "1"), "月份"),
        (("--month", "2026-10", "--staff", "小美", "--value", "12.500,00"), "不是有效的金额"),
        (("--month", "2026-10", "--staff", "小美", "--value", "-5"), "不能为负数"),
        (("--month", "2026-10", "--staff", "小美", "--metric", "毛利", "--value", "5"), "没有指标"),
        (("--month", "2026-10", "--dept", "不存在部", "--value", "5"), "没有部门"),
        (("--month", "2026-10", "--value", "5"), "--staff"),                  # who is missing
        (("--month", "2026-10", "--shop", "--staff", "小美", "--value", "5"), "不能与"),
    ]
    for args, words in cases:
        result = cli("target", "set", *args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)


def test_data_set_stores_the_value_in_stored_units(cli, add, store):
    sid = add("小美")
    assert cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "37").code == 0
    assert cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "销售额",
               "--value", "¥1,234.5").code == 0
    assert cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "response_s",
               "--value", "12.5秒").code == 0
    s = store()
    assert s.values.get("orders", date(2026, 10, 19), sid) == 37
    assert s.values.get("sales", date(2026, 10, 19), sid) == 123_450
    assert s.values.get("response_s", date(2026, 10, 19), sid) == 1250   # seconds × 100


def test_data_set_overwrites_and_an_empty_value_clears(cli, add, store):
    sid = add("小美")
    cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "37")
    cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "40")
    assert store().values.get("orders", date(2026, 10, 19), sid) == 40
    result = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "")
    assert result.code == 0 and "已清空" in result.out
    assert store().values.get("orders", date(2026, 10, 19), sid) is None


def test_data_set_mistakes(cli, add):
    add("小美")
    cases = [
        (("--date", "2026-10-32", "--staff", "小美", "--metric", "orders", "--value", "1"), "2026-10-32"),
        (("--date", "2026-10-19", "--staff", "小美", "--metric", "conversion", "--value", "1"), "不能直接录入"),
        (("--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "三十"), "不是有效的数字"),
        (("--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "-1"), "不能为负数"),
        (("--date", "2026-10-19", "--staff", "99", "--metric", "orders", "--value", "1"), "找不到员工"),
    ]
    for args, words in cases:
        result = cli("data", "set", *args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)


def test_event_add_with_amount_value_attrs_and_note(cli, add, store):
    sid = add("张工", "--dept", "售后部", "--role", "售后")
    result = cli("event", "add", "--date", "2026-10-18", "--staff", "张工", "--type", "备件销售", "--amount", "¥1,280.50",
                 "--attr", "margin=38%", "--attr", "paid=yes", "--note", "空调滤网")
    assert result.code == 0, result.err
    assert "#1" in result.out and "毛利率 38%，全款 是" in result.out  # stored as typed, shown in Chinese
    cli("event", "add", "--date", "2026-10-19", "--staff", str(sid), "--type", "知识考核", "--value", "92.5")
    events = store().events.between(date(2026, 10, 1), date(2026, 10, 31))
    assert [(e.day, e.staff_id, e.type, e.amount_fen, e.value, e.attrs, e.note) for e in events] == [
        (date(2026, 10, 18), sid, "备件销售", 128_050, None, {"margin": "38%", "paid": "yes"}, "空调滤网"),
        (date(2026, 10, 19), sid, "知识考核", None, Decimal("92.5"), {}, ""),
    ]


def test_event_add_mistakes(cli, add, store):
    add("张工")
    base = ("event", "add", "--staff", "张工")
    cases = [
        ((*base, "--date", "2026-10-19", "--type", "夸奖"), "没有事件类型"),
        ((*base, "--date", "2026-10-21", "--type", "表扬"), "在今天之后：请在事件发生后记录，日期填今天或更早"),
        ((*base, "--date", "2026-10-19", "--type", "表扬", "--attr", "margin"), "名称=值"),
        ((*base, "--date", "2026-10-19", "--type", "表扬", "--amount", "十元"), "不是有效的金额"),
        ((*base, "--date", "2026-10-19", "--type", "表扬", "--value", "1.234"), "两位小数"),
    ]
    for args, words in cases:
        result = cli(*args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)
    assert store().events.count() == 0
