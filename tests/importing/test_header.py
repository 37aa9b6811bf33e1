"""Header detection by content, the synonym table, and the period from titles or file names."""

from __future__ import annotations

from datetime import date

import pytest

from app.importing import synonyms
from app.importing.header import detect
from app.importing.period import span_from_text
from app.metrics import MetricRegistry

SYN = synonyms.load()

ISSUE_HEADERS = {
    "staff": ["客服", "客服昵称", "旺旺", "旺旺名", "子账号", "客服账号", "账户名", "姓名"],
    "date": ["日期", "统计日期", "时间"],
    "sales": ["销售额", "询单成交金额", "成交金额", "付款金额", "客服销售额"],
    "orders": ["销售订单数", "付款订单数", "订单数"],
    "items": ["销售量"], "items_per_buyer": ["客件数"], "buyers": ["销售人数"],
    "inquiries": ["询单人数"], "received": ["接待人数"], "consults": ["咨询人数", "聊天人数(原咨询人数)"],
    "direct_in": ["直接接入人数"], "forwarded_in": ["转发接入人数"], "transferred_out": ["转出人数"],
    "unreplied": ["未回复人数"], "slow_replies": ["慢接待人数", "慢响应人数"],
    "paying": ["询单->最终付款人数", "询单→最终付款人数"],
    "conversion_rate": ["询单->最终付款成功率", "询单->最终付款转化率", "询单→最终付款转化率"],
    "next_day_rate": ["询单->次日付款成功率"], "order_pay_rate": ["下单->最终付款成功率"],
    "ordering": ["询单->最终下单人数"],
    "satisfaction_rate": ["客户满意率", "客户满意比"],
    "satisfaction_score": ["服务满意度评分"], "participation": ["服务满意度评价参与量"],
    "participation_rate": ["服务满意度评价参与率"],
    "response_s": ["平均响应(秒)", "平均响应时间", "平均响应（秒）", "平均响应(s)", "平均响应（S）"],
    "first_response_s": ["首次响应(秒)", "首次响应时间"],
    "avg_session_s": ["平均接待时长", "平均接待时长(秒)", "平均接待时长（s）"],
    "reply_rate": ["回复率", "客服回复率", "旺旺回复率"], "answer_ratio": ["答问比", "客服答问比"],
    "work_days": ["上班天数"], "refund_rate": ["退款率"], "refunds": ["完成退款金额"],
}


@pytest.mark.parametrize("key, header", [(k, h) for k, hs in ISSUE_HEADERS.items() for h in hs])
def test_every_header_the_issue_lists_is_recognised(key, header):
    rule = SYN.lookup(header)
    assert rule is not None, header
    assert (rule.metric or rule.role) == key
    if rule.metric:
        MetricRegistry().get(rule.metric)  # the metric exists


@pytest.mark.parametrize("header, level", [("服务满意度评价很满意", 5), ("服务满意度评价满意", 4), ("服务满意度评价一般", 3),
                                           ("服务满意度评价不满", 2), ("服务满意度评价很不满", 1)])
def test_five_satisfaction_levels(header, level):
    assert SYN.lookup(header).level == level


def test_a_group_is_not_a_person():
    assert SYN.lookup("旺旺分组").role == "ignore"


def test_title_lines_blank_rows_and_trailing_empty_columns():
    rows = [(1, ["客服绩效报表", "", ""]), (2, ["统计时间：2026-10-01 ~ 2026-10-31"]), (3, []),
            (4, ["日期", "客服", "销售额", "神秘列", "", ""]), (5, ["2026-10-01", "小美", "100", "x", "", ""])]
    layout = detect(rows, SYN)
    assert layout.header_row == 4 and layout.header_rows == 1
    assert [c.header for c in layout.columns] == ["日期", "客服", "销售额"]
    assert layout.ignored == ["神秘列"]
    assert layout.titles == ["客服绩效报表", "统计时间：2026-10-01 ~ 2026-10-31", ""]


def test_two_row_grouped_header_is_flattened_without_merge_information():
    rows = [(1, ["客服", "询单->最终付款", "", "满意率", "", "销售额"]),
            (2, ["", "人数", "成功率", "很满意", "满意", ""]),
            (3, ["小美", "5", "50%", "3", "1", "100"])]
    layout = detect(rows, SYN)
    assert layout.header_rows == 2 and layout.header_row == 1
    assert [c.header for c in layout.columns] == ["客服", "询单->最终付款/人数", "询单->最终付款/成功率", "满意率/很满意",
                                                "满意率/满意", "销售额"]
    assert [c.rule.metric or c.rule.level for c in layout.columns[1:]] == ["paying", "conversion_rate", 5, 4, "sales"]


def test_merged_ranges_decide_the_groups():
    rows = [(1, ["客服", "落实付款", "", "", "销售额"]), (2, ["", "人数", "订单数", "件数", ""])]
    merged = [(1, 1, 1, 2)]  # 落实付款 covers B1:C1 only; 件数 is not under it
    layout = detect(rows, SYN, merged)
    headers = [c.header for c in layout.columns]
    assert "落实付款/人数" in headers and "落实付款/订单数" in headers
    assert "件数" in layout.ignored


def test_no_header_found():
    assert detect([(1, ["a", "b"]), (2, ["1", "2"])], SYN) is None
    assert detect([(1, ["客服", "备注"])], SYN) is None  # a staff column alone is not a report


def test_same_metric_twice_keeps_the_preferred_header():
    layout = detect([(1, ["客服", "成交金额", "销售额"])], SYN)
    assert [c.header for c in layout.columns] == ["客服", "销售额"]
    assert layout.ignored == ["成交金额"]


@pytest.mark.parametrize("text, span", [
    ("统计时间：2026-10-01 ~ 2026-10-31", (date(2026, 10, 1), date(2026, 10, 31))),
    ("自定义报表_售前_下单优先判定_2026-10-01至2026-10-31", (date(2026, 10, 1), date(2026, 10, 31))),
    ("自定义报表_2026-10-01_2026-10-31", (date(2026, 10, 1), date(2026, 10, 31))),
    ("客服_20261001-20261015", (date(2026, 10, 1), date(2026, 10, 15))),
    ("统计日期：2026/10/5", (date(2026, 10, 5), date(2026, 10, 5))),
    ("2026年10月 客服绩效", (date(2026, 10, 1), date(2026, 10, 31))),
    ("客服绩效报表", None),
])
def test_period_from_text(text, span):
    assert span_from_text(text) == span


@pytest.mark.parametrize("a, b", [("询单→最终付款转化率", "询单->最终付款成功率"), ("平均响应（s）", "平均响应(秒)"),
                                  ("聊天人数（原咨询人数）", "聊天人数(原咨询人数)"), (" 客 服 ", "客服")])
def test_spelling_drift_is_normalised(a, b):
    assert synonyms.normalize_header(a) == synonyms.normalize_header(b)


# ---- properties: wherever the header sits, whatever junk is around it, it is found and read the same way
from hypothesis import given, settings
from hypothesis import strategies as st

_JUNK = st.text(alphabet=st.sampled_from("报表统计店铺合计备注 -:~0123456789"), max_size=12)
_HEADERS = ["日期", "客服", "销售额", "询单人数"]


@settings(max_examples=150, deadline=None)
@given(titles=st.lists(st.lists(_JUNK, max_size=2), max_size=4), trailing=st.integers(min_value=0, max_value=3),
       order=st.permutations(_HEADERS))
def test_header_found_under_any_titles_in_any_column_order(titles, trailing, order):
    rows = [(n + 1, cells) for n, cells in enumerate(titles)]
    header_at = len(rows) + 1
    rows.append((header_at, list(order) + [""] * trailing))
    rows.append((header_at + 1, ["2026-10-01" if h == "日期" else "小美" if h == "客服" else "1" for h in order]))
    layout = detect(rows, SYN)
    assert layout is not None and layout.header_row == header_at
    assert sorted(c.header for c in layout.columns) == sorted(_HEADERS)


@settings(max_examples=150, deadline=None)
@given(cells=st.lists(st.lists(st.one_of(st.text(max_size=8), st.integers(), st.floats(allow_nan=True)),
                               max_size=6), max_size=8))
def test_detection_never_crashes_on_arbitrary_cells(cells):
    layout = detect([(n + 1, row) for n, row in enumerate(cells)], SYN)
    assert layout is None or layout.header_row >= 1


# ---- periods an audit found misread
@pytest.mark.parametrize("text, span", [
    ("统计时间：2026/10/01 00:00:00 - 2026/10/18 23:59:59", (date(2026, 10, 1), date(2026, 10, 18))),
    ("统计时间：2026年10月1日-10月18日", (date(2026, 10, 1), date(2026, 10, 18))),
    ("统计时间：2026年12月25日-1月5日", (date(2026, 12, 25), date(2027, 1, 5))),
    ("导出时间：2026-10-20 09:30:12", None),
    ("客服日报 下载于2026-10-20", None),
    ("统计时间：2026-10-01 ~ 2026-10-19（生成于 2026-10-20）", (date(2026, 10, 1), date(2026, 10, 19))),
])
def test_period_with_times_a_short_end_or_an_export_stamp(text, span):
    assert span_from_text(text) == span


def test_the_line_naming_the_period_wins_over_an_export_time_above_it():
    from app.importing.period import span_from_titles

    titles = ["客服绩效报表", "导出时间：2026-10-20 09:30:12", "统计时间：2026-10-01 ~ 2026-10-19"]
    assert span_from_titles(titles) == (date(2026, 10, 1), date(2026, 10, 19))
    assert span_from_titles(["报表日期：2026-10-20", "统计周期：2026-10-01 至 2026-10-19"]) == (date(2026, 10, 1),
                                                                                      date(2026, 10, 19))


@pytest.mark.parametrize("cell, span", [
    ("2026-10-01~2026-10-18", (date(2026, 10, 1), date(2026, 10, 18))), ("2026-10", (date(2026, 10, 1), date(2026, 10, 31))),
    ("2026年10月", (date(2026, 10, 1), date(2026, 10, 31))), ("2026-10-01", None), ("20261", None), ("2026-13", None),
])
def test_a_span_written_in_a_date_cell(cell, span):
    from app.importing.period import span_of_cell

    assert span_of_cell(cell) == span


@pytest.mark.parametrize("header, key, factor", [
    ("平均响应时间(秒)", "response_s", 1), ("首次响应时间（秒）", "first_response_s", 1), ("首次响应时间(s)", "first_response_s", 1),
    ("平均响应时长(s)", "response_s", 1), ("平均接待时长(分钟)", "avg_session_s", 60), ("首次响应时间（分）", "first_response_s", 60),
    ("銷售額", "sales", 1), ("詢單人數", "inquiries", 1), ("客戶滿意率", "satisfaction_rate", 1),
])
def test_duration_headers_with_their_unit_and_traditional_headers(header, key, factor):
    rule = SYN.lookup(header)
    assert rule is not None and rule.metric == key and rule.factor == factor


def test_a_unit_on_a_header_that_is_not_a_duration_is_not_read_as_one():
    assert SYN.lookup("销售额(分钟)") is None and SYN.lookup("询单人数(秒)") is None


@pytest.mark.parametrize("text, total", [
    ("合计", True), ("全店合计", True), ("客服团队汇总", True), ("总计：", True), ("售前组 小计", True), ("合計", True),
    ("全店匯總", True), ("小橙子旗舰店:小美", False), ("联合计划", False),
])
def test_total_lines_by_their_first_or_last_word(text, total):
    assert SYN.is_summary(text) is total


def test_a_month_column_is_a_date_column_for_whole_months():
    rule = SYN.lookup("月份")
    assert (rule.role, rule.kind) == ("date", "month")
    layout = detect([(1, ["日期", "月份", "客服", "销售额"])], SYN)
    assert layout.date.header == "日期"  # a day column is preferred


def test_every_staff_like_column_is_kept_as_an_option():
    layout = detect([(1, ["客服昵称", "子账号", "销售额"])], SYN)
    assert layout.staff.header == "客服昵称"
    assert [c.header for c in layout.staff_options] == ["客服昵称", "子账号"]
    layout.use_staff(layout.staff_options[1])
    assert [c.header for c in layout.columns] == ["子账号", "销售额"]
    assert layout.not_read == ["客服昵称"] and layout.ignored == ["客服昵称"]


def test_a_day_followed_by_a_number_is_not_a_short_range():
    assert span_from_text("统计日期：2026-10-01 销售额 10.5万") == (date(2026, 10, 1), date(2026, 10, 1))


@pytest.mark.parametrize("written", ["销售\u200b额", "销售额\u200e", "\u2066销售额\u2069", "询单\u00ad人数"])
def test_a_header_with_an_invisible_character_is_recognised(written):
    """Zero-width spaces, direction marks and isolates, soft hyphens copied along with a header, as names lose them."""
    assert synonyms.normalize_header(written) in ("销售额", "询单人数")
    layout = detect([(1, ["日期", "客服", written]), (2, ["2026-10-01", "小美", "100"])], SYN)
    assert layout is not None and [c.header for c in layout.columns] == ["日期", "客服", written]
    assert layout.columns[2].rule.metric in ("sales", "inquiries")


def test_a_header_rows_signature_is_what_it_was_so_its_remembered_columns_are_found():
    """The signature reads headers as it always has: a direction mark in one gives it the signature it had."""
    from app.importing.header import signature_of

    assert signature_of(["日期", "客服", "评分\u200e"]) != signature_of(["日期", "客服", "评分"])
    assert signature_of(["日期", "客服", "评\u200b分"]) == signature_of(["日期", "客服", "评分"])
