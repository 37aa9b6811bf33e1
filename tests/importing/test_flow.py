"""Preview → commit → re-import → newer export → undo; month totals; sub-accounts; unknown names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from app.backups.files import list_backups
from app.clock import shown_stamp
from app.domain import StaffDraft
from app.errors import UserError
from app.i18n import set_language
from app.periods import Month

from .conftest import dump, values, write_csv

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数", "平均响应(秒)"]
D1 = date(2026, 10, 1)


def daily(tmp_path, rows, name="日报.csv"):
    return write_csv(tmp_path / name, [TITLE, HEADER, *rows], "gbk")


def test_commit_then_reimport_is_all_unchanged(tmp_path, shop, imports, run, people):
    path = daily(tmp_path, [["2026-10-01", "小美", "￥1,000.00", "10", "20秒"], ["2026-10-01", "阿强", "500", "5", "--"]])
    plan, import_id = run(path)
    assert (plan.files[0].new, plan.files[0].changed, plan.files[0].unchanged) == (2, 0, 0)
    assert shop.store.values.get("sales", D1, people["小美"]) == 100000
    assert shop.store.values.get("response_s", D1, people["阿强"]) is None  # missing, not zero
    before = dump(shop)
    backups = list_backups(shop.store.path)
    plan, second = run(path)
    assert (plan.files[0].new, plan.files[0].changed, plan.files[0].unchanged) == (0, 0, 2)
    # nothing to write: no empty import record, no audit row, no backup — and the owner is told which import it was
    assert second is None and dump(shop) == before and list_backups(shop.store.path) == backups
    assert [r.id for r in imports.history()] == [import_id]
    assert plan.repeat_message().startswith(f"内容没有变化：这些数据已由第 {import_id} 次导入「日报.csv」（")


def test_the_same_file_again_with_other_files_is_recorded_when_it_changes_something(tmp_path, shop, imports, run,
                                                                                    people):
    first = daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]])
    _, import_id = run(first)
    plan, second = run(first, daily(tmp_path, [["2026-10-02", "小美", "1", "1", "1"]], name="新.csv"))
    assert plan.repeats == [] and second is not None
    assert [r.id for r in imports.history()] == [second, import_id]


def test_newer_export_changes_values_and_says_from_what_to_what(tmp_path, shop, imports, run, people):
    run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    plan, _ = run(daily(tmp_path, [["2026-10-01", "小美", "1200", "10", "20"]], name="日报2.csv"))
    assert (plan.files[0].new, plan.files[0].changed, plan.files[0].unchanged) == (0, 1, 0)
    [change] = plan.changes
    assert (change.metric, change.old, change.new, change.row) == ("sales", 100000, 120000, 3)
    assert shop.store.values.get("sales", D1, people["小美"]) == 120000


def test_the_new_values_of_a_changed_row_are_listed_beside_the_changed_ones(tmp_path, shop, imports, run, people):
    """The check step's 新增的数值 lists the values written where the shop has none: a newer export that changes
    a day's 销售额 and adds its 询单人数 writes one of each, though no row of it is new."""
    run(write_csv(tmp_path / "销售额.csv", [TITLE, ["日期", "客服", "销售额"], ["2026-10-01", "小美", "1000"]]))
    plan = imports.preview([daily(tmp_path, [["2026-10-01", "小美", "1200", "10", ""]], name="日报2.csv")])
    assert (plan.files[0].new, plan.files[0].changed) == (0, 1)
    assert [(c.metric, c.old, c.new) for c in plan.changes] == [("sales", 100000, 120000)]
    assert [(c.metric, c.old, c.new, c.row) for c in plan.new_values] == [("inquiries", None, 10, 3)]


def test_undo_restores_the_previous_values_exactly(tmp_path, shop, imports, run, people):
    shop.data.set_value(D1, people["阿强"], shop.metrics.get("sales"), 777)  # typed by hand
    run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    before = values(shop)
    pending_before = values(shop, "pending_value")
    _, second = run(daily(tmp_path, [["2026-10-01", "小美", "1200", "延迟统计", "20"], ["2026-10-01", "阿强", "900", "3", "9"],
                                     ["2026-10-02", "晓雯", "1", "1", "1"]], name="新.csv"))
    assert values(shop) != before
    record = imports.undo(second).record
    assert record.status == "undone"
    assert values(shop) == before  # value, import id, source row and provisional flag alike
    assert values(shop, "pending_value") == pending_before
    with pytest.raises(UserError, match="已经撤销过了"):
        imports.undo(second)
    assert shop.store.audit.recent(2)[0].action == "import.undo"


def test_undo_is_refused_when_a_later_import_changed_the_same_values(tmp_path, shop, imports, run, people):
    _, first = run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    _, second = run(daily(tmp_path, [["2026-10-01", "小美", "1100", "10", "20"]], name="二.csv"))
    before = dump(shop)
    with pytest.raises(UserError, match=f"之后的第 {second} 次导入（二.csv") as refused:
        imports.undo(first)
    assert dump(shop) == before
    at = imports.history()[0].at  # the time as the window writes dates, not as stored
    assert f"（二.csv，{shown_stamp(at)}）" in refused.value.message and "年" in shown_stamp(at)
    imports.undo(second)
    imports.undo(first)  # now it may go
    assert shop.store.values.get("sales", D1, people["小美"]) is None


def test_not_counted_yet_is_missing_then_filled_in_by_a_later_import(tmp_path, shop, run, people):
    run(daily(tmp_path, [["2026-10-01", "小美", "1000", "延迟统计", "20"]]))
    assert shop.store.values.get("inquiries", D1, people["小美"]) is None
    assert shop.store.imports.pending(D1, D1) == [("inquiries", "2026-10-01", "2026-10-01", people["小美"])]
    plan, _ = run(daily(tmp_path, [["2026-10-01", "小美", "1000", "12", "20"]], name="补.csv"))
    assert plan.files[0].new == 1
    assert shop.store.values.get("inquiries", D1, people["小美"]) == 12
    assert shop.store.imports.pending(D1, D1) == []


def month_total(tmp_path, rows, name="月报_2026-10-01至2026-10-31.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客服绩效（月度）"])
    sheet.append(["客服", "销售额", "客户满意率"])
    for row in rows:
        sheet.append(row)
    sheet.append(["合计", sum(r[1] for r in rows), None])
    path = tmp_path / name
    book.save(path)
    return path


def test_month_total_report_is_stored_as_the_periods_totals(tmp_path, shop, run, people, imports):
    imports.ctx = replace(imports.ctx, today=date(2026, 11, 2))  # October has ended
    plan, _ = run(month_total(tmp_path, [["小美", 30000, 0.985], ["阿强", 12000.5, 0.9]]))
    f = plan.files[0]
    assert f.target == "period" and f.period == (date(2026, 10, 1), date(2026, 10, 31))
    assert (f.new, f.skipped) == (2, 1)
    totals = shop.store.imports.period_totals("sales", date(2026, 10, 1), date(2026, 10, 31))
    assert totals == {people["小美"]: 3000000, people["阿强"]: 1200050}
    # a rate without counts: stored as the period's rate, the count stays unknown
    rates = shop.store.imports.period_totals("satisfaction_rate", date(2026, 10, 1), date(2026, 10, 31))
    assert rates[people["小美"]] == 9850
    assert shop.store.imports.period_totals("ratings", date(2026, 10, 1), date(2026, 10, 31)) == {}
    assert shop.store.values.count() == 0


def test_month_total_over_daily_data_says_which_numbers_count(tmp_path, shop, run, people):
    run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    plan, _ = run(month_total(tmp_path, [["小美", 30000, 0.985]]))
    assert any("报表的合计取代它时间段内的每日数据" in note for note in plan.files[0].notes)


def test_a_month_report_exported_before_the_month_ends_says_when_it_will_count(tmp_path, shop, run, people):
    # today is 20 October: a report titled with the whole month is stored as stated (a re-import finds the same
    # rows) and counts on the board once the month is over; the owner is told so
    plan, _ = run(month_total(tmp_path, [["小美", 30000, 0.985]]))
    assert plan.files[0].period == (date(2026, 10, 1), date(2026, 10, 31))
    assert any(note.startswith("统计时间 2026年10月1日 至 2026年10月31日 还没有结束：这份合计要到 2026年10月31日 之后才计入看板")
               for note in plan.files[0].notes)
    assert shop.progress(Month(2026, 10), as_of=date(2026, 10, 31)).people[0].line.value == 3000000


def test_a_report_over_two_months_says_it_counts_in_neither(tmp_path, shop, run, people):
    # a 25 September – 24 October total cannot be split by day: it is kept as stated and the owner is told why
    # nothing moves on the board, once per file
    plan, _ = run(month_total(tmp_path, [["小美", 30000, 0.985], ["阿强", 100, 0.9]], name="月报_2026-09-25至2026-10-24.xlsx"))
    assert plan.files[0].period == (date(2026, 9, 25), date(2026, 10, 24))
    crossing = [n for n in plan.files[0].notes if "跨了月份" in n]
    assert crossing == [("统计时间 2026年9月25日 至 2026年10月24日 跨了月份：看板和评奖按自然月计算，跨月的合计不计入任何一个月；"
                         "请按月导出（每月 1 日起）再导入")]
    assert shop.progress(Month(2026, 10), as_of=date(2026, 10, 24)).people[0].line.value == 0


def test_in_english_a_span_is_written_with_the_english_days(tmp_path, shop, run, people):
    set_language("en")
    try:
        plan, _ = run(month_total(tmp_path, [["小美", 30000, 0.985]], name="月报_2026-09-25至2026-10-24.xlsx"))
    finally:
        set_language("zh")
    assert [n for n in plan.files[0].notes if "two months" in n] == [
        ("The period 2026-09-25 to 2026-10-24 runs across two months: the board and the awards count by calendar month, "
         "so a total over two months counts in neither; export month by month (from the 1st) and import again")]


def test_rows_dated_with_a_span_over_two_months_say_so(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "区间.csv", [HEADER, ["2026-09-28~2026-10-03", "小美", "1000", "10", "20"],
                                             ["2026-10-01~2026-10-03", "阿强", "500", "5", "10"]], "gbk")
    plan, _ = run(path)
    assert not plan.errors
    assert [n for n in plan.files[0].notes if "跨了月份" in n] == [
        "统计时间 2026年9月28日 至 2026年10月3日 跨了月份：看板和评奖按自然月计算，跨月的合计不计入任何一个月；请按月导出（每月 1 日起）再导入"]


def test_two_sub_accounts_of_one_person_on_one_day_are_added_together(tmp_path, shop, run, people):
    path = daily(tmp_path, [["2026-10-01", "旗舰店:晓雯", "1000", "30", "10"], ["2026-10-01", "分店:晓雯", "500", "10", "30"]])
    plan, _ = run(path)
    assert not plan.errors and plan.files[0].new == 2
    who = people["晓雯"]
    assert shop.store.values.get("sales", D1, who) == 150000
    assert shop.store.values.get("inquiries", D1, who) == 40
    assert shop.store.values.get("response_s", D1, who) == 1500  # (10·30 + 30·10) / 40 = 15 s, weighted by inquiries


def test_sub_account_form_matches_the_name_after_the_colon(tmp_path, shop, run, people):
    plan, _ = run(daily(tmp_path, [["2026-10-01", "新店：阿强", "1", "1", "1"]]))
    assert not plan.unknown_staff
    assert shop.store.values.get("sales", D1, people["阿强"]) == 100


def test_unknown_names_created_on_request(tmp_path, shop, run, people):
    plan, import_id = run(daily(tmp_path, [["2026-10-01", "旗舰店:新人", "1", "1", "1"]]), create_staff=True)
    assert plan.unknown_staff == ["旗舰店:新人"] and import_id
    person = shop.staff.resolve("旗舰店:新人")
    assert person.name == "新人"
    assert shop.store.values.get("sales", D1, person.id) == 100


def test_unknown_name_mapped_by_hand_is_remembered(tmp_path, shop, imports, run, people):
    path = daily(tmp_path, [["2026-10-01", "xm_2026", "1", "1", "1"]])
    plan, _ = run(path, staff_map={"xm_2026": people["小美"]})
    assert not plan.blocking()
    assert shop.staff.resolve("xm_2026").id == people["小美"]
    assert not imports.preview([path]).unknown_staff


def test_undo_takes_away_the_sub_account_the_import_added(tmp_path, shop, imports, run, people):
    path = daily(tmp_path, [["2026-10-01", "旗舰店:新来的", "1", "1", "1"]])
    _, import_id = run(path, staff_map={"旗舰店:新来的": people["小美"]})
    assert "旗舰店:新来的" in shop.staff.get(people["小美"]).aliases
    result = imports.undo(import_id)
    assert result.notes == ["这次导入添加的子账号已一并删除：「旗舰店:新来的」（小美）"]
    assert shop.staff.get(people["小美"]).aliases == ("旗舰店:小美",)
    audit = shop.store.audit.recent(1)[0]
    assert audit.action == "import.undo" and "「旗舰店:新来的」（小美）" in audit.summary
    assert imports.preview([path]).unknown_staff == ["旗舰店:新来的"]  # asked again, not sent to 小美


def test_undo_keeps_an_added_sub_account_a_later_import_still_uses(tmp_path, shop, imports, run, people):
    mapped = {"旗舰店:新来的": people["小美"]}
    _, first = run(daily(tmp_path, [["2026-10-01", "旗舰店:新来的", "1", "1", "1"]]), staff_map=mapped)
    _, second = run(daily(tmp_path, [["2026-10-02", "旗舰店:新来的", "2", "1", "1"]], name="二.csv"))
    result = imports.undo(first)
    assert result.notes == [(f"子账号「旗舰店:新来的」（小美）是这次导入添加的，但之后的第 {second} 次导入仍靠它找到 小美 的数据，"
                             "所以保留；如不需要，请先撤销那次导入，或在员工资料里删掉它")]
    assert "旗舰店:新来的" in shop.staff.get(people["小美"]).aliases
    assert shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 200
    imports.undo(second)  # nothing of its own to take away: the sub-account came with the first
    assert "旗舰店:新来的" in shop.staff.get(people["小美"]).aliases


def test_undo_leaves_a_sub_account_that_was_moved_since(tmp_path, shop, imports, run, people):
    _, import_id = run(daily(tmp_path, [["2026-10-01", "旗舰店:新来的", "1", "1", "1"]]),
                       staff_map={"旗舰店:新来的": people["小美"]})
    shop.staff.edit(people["小美"], StaffDraft("小美", aliases=("旗舰店:小美",)))
    shop.staff.edit(people["阿强"], StaffDraft("阿强", aliases=("旗舰店:新来的",)))  # it was 阿强 all along
    assert imports.undo(import_id).notes == []
    assert shop.staff.get(people["阿强"]).aliases == ("旗舰店:新来的",)


def test_rows_dated_after_today_are_errors_as_in_the_grid(tmp_path, shop, run, people):
    # today is 20 October: the grid refuses a value for the 22nd, and so does the import
    path = daily(tmp_path, [["2026-10-20", "小美", "1", "1", "1"], ["2026-10-22", "小美", "2", "1", "1"],
                            ["2026-10-01~2026-10-31", "阿强", "3", "1", "1"], ["2026-10-21~2026-10-31", "阿强", "4", "1", "1"]])
    plan, import_id = run(path)
    assert import_id is None
    assert [e.message() for e in plan.errors] == [
        "日报.csv 第 4 行「日期」列：「2026-10-22」日期 2026年10月22日 还没到（今天是 2026年10月20日），不能导入",
        "日报.csv 第 6 行「日期」列：「2026-10-21~2026-10-31」日期 2026年10月21日 至 2026年10月31日 还没到（今天是 2026年10月20日），不能导入"]
    plan, import_id = run(path, skip_errors=True)
    assert import_id and plan.files[0].new == 2
    assert shop.store.values.get("sales", date(2026, 10, 22), people["小美"]) is None
    assert shop.store.values.get("sales", date(2026, 10, 20), people["小美"]) == 100
    # a span under way is a period report not ended yet: stored as stated, as a file with no date column is
    assert shop.store.imports.period_totals("sales", date(2026, 10, 1), date(2026, 10, 31)) == {people["阿强"]: 300}


def test_a_report_whose_whole_period_is_still_to_come_is_refused(tmp_path, shop, imports, people):
    path = write_csv(tmp_path / "日报_2026-10-25.csv", [["客服", "销售额"], ["小美", "100"]])
    before = dump(shop)
    plan = imports.preview([path])
    assert [e.message() for e in plan.errors] == ["日报_2026-10-25.csv：统计时间 2026年10月25日 还没到（今天是 2026年10月20日），不能导入"]
    assert plan.blocking() and plan.failed_files() == 1
    assert dump(shop) == before


def test_skipping_the_rows_in_error_reports_them(tmp_path, shop, run, people):
    plan, _ = run(daily(tmp_path, [["2026-10-01", "小美", "abc", "1", "1"], ["2026-10-01", "阿强", "5", "1", "1"]]),
                  skip_errors=True)
    assert plan.files[0].counts() == {"new": 1, "changed": 0, "unchanged": 0, "skipped": 0, "errors": 1}
    assert shop.store.values.get("sales", D1, people["阿强"]) == 500


def test_several_files_conflicting_on_the_same_value(tmp_path, shop, imports, people):
    a = daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]], name="a.csv")
    b = daily(tmp_path, [["2026-10-01", "小美", "1000", "11", "20"]], name="b.csv")
    plan = imports.preview([a, b])
    [error] = plan.errors
    assert (error.file, error.row, error.column) == ("b.csv", 3, "询单人数")
    assert "与「a.csv」第 3 行的值 10 不同" in error.reason


def test_a_files_errors_are_listed_by_row_as_the_file_reads(tmp_path, shop, imports, people):
    """Conflicts with another file were found person by person and listed so (rows 3, 5, 4, 6): the owner
    going down the file in Excel reads them in its own order."""
    rows = [[f"2026-10-0{day}", name, "1000", "10", "20"] for day in (1, 2) for name in ("小美", "阿强")]
    a = daily(tmp_path, rows, name="a.csv")
    b = daily(tmp_path, [[*row[:3], "11", row[4]] for row in rows], name="b.csv")
    bad = daily(tmp_path, [["2026-10-01", "小美", "1000", "12", "20"], ["2026-10-02", "晓雯", "x", "1", "1"]],
                name="c.csv")
    plan = imports.preview([a, b, bad])
    assert [(e.file, e.row) for e in plan.errors] == [("b.csv", 3), ("b.csv", 4), ("b.csv", 5), ("b.csv", 6),
                                                      ("c.csv", 3), ("c.csv", 4)]


def test_five_satisfaction_levels_fill_ratings_and_satisfied(tmp_path, shop, run, people):
    rows = [TITLE, ["日期", "客服", "服务满意度评价很满意", "服务满意度评价满意", "服务满意度评价一般", "服务满意度评价不满",
                    "服务满意度评价很不满", "客户满意率"], ["2026-10-01", "小美", "7", "2", "1", "0", "--", "90%"]]
    run(write_csv(tmp_path / "满意度.csv", rows))
    assert shop.store.values.get("ratings", D1, people["小美"]) == 10
    assert shop.store.values.get("satisfied", D1, people["小美"]) == 9
    assert shop.store.values.get("satisfaction_rate", D1, people["小美"]) is None  # counts exist: rate only checked


def test_rate_column_of_fractions_and_of_percents(tmp_path, shop, run, people):
    rows = [TITLE, ["日期", "客服", "回复率", "退款率"], ["2026-10-01", "小美", "0.985", "1.5"], ["2026-10-02", "小美", "1.0", "2"]]
    run(write_csv(tmp_path / "率.csv", rows))
    assert shop.store.values.get("reply_rate", D1, people["小美"]) == 9850
    assert shop.store.values.get("refund_rate", D1, people["小美"]) == 150  # 1.5 means 1.5 %


def test_commit_writes_log_and_audit_in_one_transaction(tmp_path, shop, imports, run, people):
    path = daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]])
    _, import_id = run(path)
    record = imports.history()[0]
    assert (record.id, record.file_name, record.new, record.status) == (import_id, "日报.csv", 1, "committed")
    assert len(record.content_hash) == 64
    assert shop.store.audit.recent(1)[0].action == "import.commit"


def test_stale_preview_cannot_be_committed(tmp_path, shop, imports, people):
    path = daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]])
    old = imports.preview([path])
    imports.preview([path])
    with pytest.raises(UserError, match="预览已过期"):
        imports.commit(old)


def test_a_period_with_approved_awards_needs_confirmation(tmp_path, shop, imports, run, people):
    from app.periods import Month

    run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    october = Month(2026, 10)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(october, confirm=True)
    newer = daily(tmp_path, [["2026-10-01", "小美", "1200", "10", "20"]], name="新.csv")
    before = dump(shop)
    plan = imports.preview([newer])
    assert plan.approved == ["2026-10"]
    with pytest.raises(UserError, match="已批准的期间 2026年10月"):
        imports.commit(plan)
    assert dump(shop) == before
    unchanged = imports.preview([daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]], name="同.csv")])
    assert unchanged.approved == []  # nothing would change: no confirmation needed
    plan, import_id = run(newer, confirm_approved=True)
    assert import_id
    assert shop.awards.status(october).changed


def test_an_unknown_column_mapped_by_hand_is_remembered_for_the_same_header(tmp_path, shop, imports, run, people):
    rows = [TITLE, ["日期", "客服", "询单人数", "自定义成交"], ["2026-10-01", "小美", "3", "￥88.00"]]
    path = write_csv(tmp_path / "自定义.csv", rows)
    plan = imports.preview([path])
    assert plan.files[0].ignored_columns == ["自定义成交"]
    plan, _ = run(path, column_map={"自定义成交": "sales"})
    assert plan.files[0].columns["自定义成交"] == "sales"
    assert shop.store.values.get("sales", D1, people["小美"]) == 8800
    again = imports.preview([write_csv(tmp_path / "自定义2.csv", rows[:2] + [["2026-10-02", "小美", "1", "1"]])])
    assert again.files[0].columns["自定义成交"] == "sales" and again.files[0].new == 1
    other = imports.preview([write_csv(tmp_path / "别的.csv", [TITLE, ["日期", "客服", "自定义成交", "销售额"],
                                                               ["2026-10-03", "小美", "1", "2"]])])
    assert other.files[0].ignored_columns == ["自定义成交"]  # another header: not remembered for it


def test_a_rate_that_disagrees_with_the_counts_is_noted(tmp_path, shop, imports, people):
    rows = [TITLE, ["日期", "客服", "询单人数", "询单->最终付款人数", "询单->最终付款成功率"],
            ["2026-10-01", "小美", "10", "4", "40.00%"], ["2026-10-02", "小美", "10", "4", "60.00%"]]
    plan = imports.preview([write_csv(tmp_path / "核对.csv", rows)])
    notes = [n for n in plan.files[0].notes if "不符" in n]
    assert notes == ["第 4 行「询单->最终付款成功率」与人数算出的 40.00% 不符，以人数为准"]


def test_undo_keeps_a_value_typed_by_hand_after_the_import(tmp_path, shop, imports, run, people):
    _, import_id = run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    shop.data.set_value(D1, people["小美"], shop.metrics.get("sales"), 55555)
    imports.undo(import_id)
    assert shop.store.values.get("sales", D1, people["小美"]) == 55555  # the hand-typed value stays
    assert shop.store.values.get("inquiries", D1, people["小美"]) is None


def test_shop_prefixed_name_of_two_namesakes_is_an_error_not_a_new_person(shop, tmp_path):
    from app.domain import StaffDraft
    from app.importing.model import ImportOptions
    from app.importing.service import ImportService

    shop.staff.add(StaffDraft(name="张伟", dept="客服部"))
    shop.staff.add(StaffDraft(name="张伟", dept="售后部"))
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-10-01,旗舰店:张伟,100\n", encoding="utf-8")
    plan = ImportService(shop.store, shop.ctx, shop.metrics).preview([report], ImportOptions(create_staff=True))
    assert plan.errors and not plan.unknown_staff
    assert "2 位员工叫「张伟」" in plan.errors[0].reason


def test_each_value_of_a_several_file_import_names_its_own_file_and_row(tmp_path, shop, run, people):
    """A receipt says where a number came from: with several files imported together, which file and row."""
    monday = daily(tmp_path, [["2026-10-01", "阿强", "100", "1", ""], ["2026-10-01", "小美", "200", "2", ""]],
                   name="周一.csv")
    tuesday = daily(tmp_path, [["2026-10-02", "小美", "300", "3", ""]], name="周二.csv")
    _plan, import_id = run(monday, tuesday)
    assert import_id
    mei = shop.store.awards.sources(people["小美"], "sales", date(2026, 10, 1), date(2026, 10, 31))
    # the title line is row 1, the header row 2: 小美 is on row 4 of 周一 and row 3 of 周二
    assert sorted(mei) == [("2026-10", "周一.csv", 1, 4, 4, 0, (), ()), ("2026-10", "周二.csv", 1, 3, 3, 0, (), ())]
    qiang = shop.store.awards.sources(people["阿强"], "sales", date(2026, 10, 1), date(2026, 10, 31))
    assert qiang == [("2026-10", "周一.csv", 1, 3, 3, 0, (), ())]


def test_an_import_made_before_files_were_told_apart_keeps_its_joined_name(tmp_path, shop, run, people):
    import json

    monday = daily(tmp_path, [["2026-10-01", "小美", "200", "2", ""]], name="周一.csv")
    tuesday = daily(tmp_path, [["2026-10-02", "小美", "300", "3", ""]], name="周二.csv")
    _plan, _import_id = run(monday, tuesday)
    db = shop.store.db
    with shop.store.atomic():  # as the app stored it then: bare rows, no row_base in the log
        files = [{k: v for k, v in f.items() if k != "row_base"}
                 for f in json.loads(db.execute("SELECT files FROM import_log").fetchone()[0])]
        db.execute("UPDATE import_log SET files = ?", [json.dumps(files, ensure_ascii=False)])
        db.execute("UPDATE daily_value SET source_row = source_row % 10000000")
    mei = shop.store.awards.sources(people["小美"], "sales", date(2026, 10, 1), date(2026, 10, 31))
    assert mei == [("2026-10", "周一.csv、周二.csv", 2, 3, 3, 0, (), ())]


def test_two_files_imported_before_are_listed_as_the_language_lists(tmp_path, shop, imports, run, people):
    first = daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]])
    second = daily(tmp_path, [["2026-10-02", "小美", "1", "1", "1"]], name="新.csv")
    _, one = run(first)
    _, two = run(second)
    plan, again = run(first, second)
    assert again is None and [i for i, _name, _at in plan.repeats] == [one, two]
    set_language("en")
    try:
        message = plan.repeat_message()
    finally:
        set_language("zh")
    assert "、" not in message and f'import {one} "日报.csv"' in message and f'import {two} "新.csv"' in message


def test_undoing_an_import_of_an_approved_period_needs_confirmation(tmp_path, shop, imports, run, people):
    from app.periods import Month
    from app.services.approved import ApprovedPeriodChange

    _, import_id = run(daily(tmp_path, [["2026-10-01", "小美", "1000", "10", "20"]]))
    october = Month(2026, 10)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(october, confirm=True)
    before = dump(shop)
    with pytest.raises(ApprovedPeriodChange, match="2026年10月"):
        imports.undo(import_id)
    assert dump(shop) == before and imports.history()[0].status == "committed"
    assert imports.approved_undone(import_id) == [october]  # what the window asks about before it undoes
    imports.undo(import_id, confirm_approved=True)
    assert shop.store.values.get("sales", D1, people["小美"]) is None
    assert shop.awards.status(october).changed


def test_a_month_report_undone_touches_every_approved_month_it_spans(tmp_path, shop, imports, run, people):
    from app.periods import Month

    report = write_csv(tmp_path / "季报.csv", [["统计时间：2026-07-01 ~ 2026-09-30"], ["客服", "销售额"], ["小美", "900"]])
    _, import_id = run(report)
    shop.awards.plans.use("taobao-kefu")
    shop.set_today(date(2026, 10, 20))
    shop.awards.approve(Month(2026, 8), confirm=True)  # neither the report's first nor its last day
    assert imports.approved_undone(import_id) == [Month(2026, 8)]
