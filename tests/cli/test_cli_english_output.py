"""--lang en on the demo shop: the tables, periods, dates and built-in metric names a bookkeeper reads are in
English; the shop's own words (names, departments, award titles) stay as typed, and Chinese output is unchanged."""

import re

import pytest

CJK_DATE = re.compile(r"\d+年|\d+月\d+日")


@pytest.fixture
def demo(cli):
    assert cli("demo").code == 0
    return cli


def test_award_tables_have_headings_in_one_style(demo):
    out = demo("awards", "compute", "--period", "2026-09", lang="en").out
    headings = [line.split() for line in out.splitlines() if line.startswith(("Recipient", "Name ", "Award "))]
    assert headings == [["Recipient", "Department", "Award", "Type", "Amount", "Explanation"],
                        ["Name", "Cash", "Goods", "value", "Deductions", "Net", "cash", "Item"],
                        ["Award", "Staff", "Reason"]]


def test_award_explanations_name_periods_dates_and_metrics_in_english(demo):
    out = demo("awards", "compute", "--period", "2026-09", lang="en").out
    assert out.startswith("2026-09: not approved yet")
    assert "Sep Sales ¥89,130.75, target ¥80,500.00" in out
    assert "Sep Sales ¥70,188.94, last month ¥69,032.97, growth 1.7%" in out
    assert "joined 2024-02-25, 12 months on 2025-02-25" in out
    assert "销售额" not in out and not CJK_DATE.search(out), CJK_DATE.findall(out)
    quarter = demo("awards", "compute", "--period", "2026-Q3", lang="en").out
    assert quarter.startswith("2026 Q3: not approved yet")
    assert "Q3 Sales target achieved 101.7% (Sales ¥248,680.38 / Target ¥244,500.00)" in quarter


def test_chinese_award_output_is_unchanged(demo):
    out = demo("awards", "compute", "--period", "2026-09").out
    assert out.startswith("2026年9月：尚未批准")
    assert "获奖人" in out.splitlines()[3]
    assert "9月销售额 ¥89,130.75，目标 ¥80,500.00" in out
    assert "2024年2月25日入职，2025年2月25日满 12 个月" in out
    quarter = demo("awards", "compute", "--period", "2026-Q3").out
    assert quarter.startswith("2026年第三季度：尚未批准")
    assert "（销售额 ¥248,680.38 / 目标 ¥244,500.00）" in quarter


def test_progress_headline_names_the_month_in_english(demo):
    assert demo("progress", lang="en").out.startswith("小橙子旗舰店 2026-10 sales progress: as of 2026-10-19")
    assert demo("progress").out.startswith("小橙子旗舰店 2026年10月 销售额进度")


def test_import_report_and_staff_list_use_english_list_punctuation(demo, tmp_path):
    report = tmp_path / "bad.csv"
    report.write_text("日期,客服,销售额\n2026-10-05,小鹿,abc\n2026-10-06,无名氏,100\n", encoding="utf-8")
    result = demo("import", str(report), lang="en")
    assert result.code != 0
    assert "Columns recognized: 日期→date, 客服→staff, 销售额→Sales" in result.out
    assert "Not imported: some rows have errors (add --skip-errors to skip them and import the other rows); some staff" in result.err
    staff = demo("staff", "list", lang="en").out
    assert "小橙子旗舰店:小鹿, 小橙子母婴专营店:小鹿" in staff and "lunar 03-14" in staff
    assert "小橙子旗舰店:小鹿，小橙子母婴专营店:小鹿" in demo("staff", "list").out


def test_two_people_of_one_name_are_told_apart_in_english(cli, add):
    add("Amy")
    add("Amy")
    err = cli("staff", "leave", "Amy", lang="en").err
    assert "#1 Amy (no department, 客服); #2 Amy (no department, 客服)" in err, err


def test_a_duration_and_a_plan_version_in_english():
    from app import i18n
    from app.metrics import Metric
    from app.store.awards import StoredPlan

    seconds = Metric("response_s", "平均响应时间", unit="seconds", decimals=2)
    version = StoredPlan(1, "激励方案", 2, "", "", "", "", "")
    assert (seconds.format(1750), version.label) == ("17.5秒", "激励方案（第2版）")
    i18n.set_language("en")
    try:
        assert (seconds.format(1750), version.label) == ("17.5 s", "激励方案 (version 2)")
        assert seconds.parse("17.5 s") == 1750  # as shown, typed back
    finally:
        i18n.set_language("zh")


def test_a_change_to_an_approved_month_is_refused_in_english(demo):
    assert demo("awards", "approve", "--period", "2026-09", "--confirm").code == 0
    refused = demo("data", "set", "--date", "2026-09-20", "--staff", "刘佳怡", "--metric", "sales", "--value", "100",
                   lang="en")
    assert refused.code == 2
    assert "2026-09" in refused.err and "Sales" in refused.err, refused.err
    assert "销售额" not in refused.err and not CJK_DATE.search(refused.err), refused.err


def test_the_flower_ledger_has_headings_and_statuses_in_one_style(demo):
    number = demo("flowers", "list", "--json").out.split('"number": "')[1].split('"')[0]
    assert demo("flowers", "revoke", number, "--reason", "发错了").code == 0
    lines = demo("flowers", "list", lang="en").out.splitlines()
    assert lines[0].split() == ["ID", "Issuer", "Recipient", "Holder", "Issued", "Valid", "through", "Status", "Fact",
                                "Revoked", "because"]  # the last with a revoked flower listed
    statuses = {line.split()[6] for line in lines[2:]}
    assert statuses == {"Valid", "Expired", "Revoked"}, statuses  # as the 小红花 page writes them
    assert {line.split()[6] for line in demo("flowers", "list").out.splitlines()[2:]} == {"有效", "已过期", "已撤销"}


def test_lists_in_english_messages_are_joined_as_english_lists(demo):
    refused = demo("event", "add", "--staff", "刘佳怡", "--type", "没有这种", "--date", "2026-10-10", lang="en")
    assert refused.code == 2 and "表扬, " in refused.err and "、" not in refused.err, refused.err


def test_a_chinese_document_keeps_chinese_brackets_in_an_english_window():
    from app import i18n

    i18n.set_language("en")
    try:
        assert i18n.bracketed("张伟", "#1") == "张伟 (#1)"
        with i18n.in_chinese():
            assert i18n.bracketed("张伟", "#1") == "张伟（#1）"
    finally:
        i18n.set_language("zh")


def test_an_item_line_is_typed_item_as_the_window_says_it(demo):
    """赵雨萱's birthday cake: the Type column read 「ITEM」 beside 「Cash」 and 「Goods」 (the word's English was
    written for an option's placeholder, which is put in capitals anyway)."""
    out = demo("awards", "compute", "--period", "2026-10", lang="en").out
    cake = next(line for line in out.splitlines() if "生日蛋糕" in line and "赵雨萱" in line)
    assert " Item " in cake and "ITEM" not in out, cake
    assert "--item ITEM" in demo("awards", "manual", "--help", lang="en").out
