"""A money column whose header states its unit — 销售额(万元), 金额（千元） — holds numbers in that unit: 1.23 in a
万元 column is ¥12,300.00, never ¥1.23; recognised by header or mapped by hand, and said in the preview."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from app.importing.cells import make_parser
from app.importing.synonyms import load, money_scale

from .conftest import write_csv

OCT_18 = (date(2026, 10, 1), date(2026, 10, 18))
TITLE = ["统计时间：2026-10-01 ~ 2026-10-18"]


@pytest.mark.parametrize(("header", "scale"), [
    ("销售额(万元)", 10000), ("销售额（万元）", 10000), ("销售额 (万)", 10000), ("销售额万元", 10000),
    ("金额（千元）", 1000), ("销售额(元)", 1), ("销售额", 1), ("询单人数", 1)])
def test_the_unit_is_read_from_the_header(header, scale):
    assert money_scale(header) == scale


def test_a_recognised_money_header_keeps_its_metric_and_takes_the_unit():
    rule = load().lookup("询单成交金额（万元）")
    assert (rule.metric, rule.kind, rule.scale) == ("sales", "money", 10000)
    assert load().lookup("询单人数(万元)") is None  # a count is not money: not guessed


def test_a_parser_in_ten_thousands_is_exact_to_the_fen():
    parse = make_parser("money", None, frozenset(), frozenset(), scale=10000)
    assert (parse("1.23456"), parse(1.23), parse("¥0.5"), parse("1,234.5")) == (1234560, 1230000, 500000, 1234500000)


def test_a_report_in_ten_thousand_yuan_is_stored_in_yuan(tmp_path, shop, run, people):
    path = write_csv(tmp_path / "月报.csv", [TITLE, ["客服", "销售额(万元)", "询单人数"], ["旗舰店:小美", "1.23456", "100"],
                                            ["阿强", "0.5", "50"]], "gbk")
    plan, import_id = run(path)
    assert import_id and plan.files[0].columns["销售额(万元)"] == "sales"
    assert "「销售额(万元)」列的金额以万元为单位，已换算为元（如 1.23 即 ¥12,300.00）" in plan.files[0].notes
    assert shop.store.imports.period_totals("sales", *OCT_18) == {people["小美"]: 1234560, people["阿强"]: 500000}


def test_a_column_in_thousands_mapped_by_hand_is_read_in_thousands(tmp_path, shop, run, people):
    book = openpyxl.Workbook()
    book.active.append(TITLE)
    book.active.append(["客服", "金额（千元）", "询单人数"])
    book.active.append(["旗舰店:小美", 12.5, 100])
    path = tmp_path / "月报.xlsx"
    book.save(path)
    plan, import_id = run(path, column_map={"金额（千元）": "sales"})
    assert import_id and "「金额（千元）」列的金额以千元为单位，已换算为元（如 1.23 即 ¥1,230.00）" in plan.files[0].notes
    assert shop.store.imports.period_totals("sales", *OCT_18) == {people["小美"]: 1250000}
