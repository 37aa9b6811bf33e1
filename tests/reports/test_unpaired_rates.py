"""A month report that brings 付款人数 but not 询单人数, beside seven days of daily data with both: the
询单转化率 is read from the days both are known on — on the board's tiles, its leaderboard and in the awards —
not the month's 付款人数 over a week's 询单人数 (it read 182% after importing the two sample files)."""

from datetime import date
from decimal import Decimal

import pytest

from app.awards.model import facts_digest
from app.domain import StaffDraft
from app.periods import Month
from app.reports.board import team_tiles
from app.reports.ranking import leaderboard
from app.reports.totals import span_totals
from app.shop import Shop

OCT = Month(2026, 10)


def month_report(shop, staff_id: int, metric: str, value: int, first: str = "2026-10-01",
                 last: str = "2026-10-31") -> None:
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) VALUES (?, ?, ?, ?, ?)",
                              [metric, first, last, staff_id, value])


@pytest.fixture
def shop(tmp_path):
    """小美: daily 付款人数 and 询单人数 for 1–7 October (20 of 100), then a month report with 付款人数 90 and
    销售额 but no 询单人数. 阿强: a month report with both (30 of 60). 阿花: daily data only (10 of 40)."""
    shop = Shop.open(tmp_path / "shop.db", date(2026, 11, 5))
    people = {name: shop.staff.add(StaffDraft(name=name, hired=date(2025, 1, 1))).id for name in ("小美", "阿强", "阿花")}
    paying, inquiries, sales = (shop.metrics.get(k) for k in ("paying", "inquiries", "sales"))
    for day in range(1, 8):
        shop.data.set_value(date(2026, 10, day), people["小美"], inquiries, 14 if day < 7 else 16)
        shop.data.set_value(date(2026, 10, day), people["小美"], paying, 3 if day < 7 else 2)
    for day in (3, 4):
        shop.data.set_value(date(2026, 10, day), people["阿花"], inquiries, 20)
        shop.data.set_value(date(2026, 10, day), people["阿花"], paying, 5)
        shop.data.set_value(date(2026, 10, day), people["阿花"], sales, 100_000)
    month_report(shop, people["小美"], "paying", 90)
    month_report(shop, people["小美"], "sales", 1_800_000)
    month_report(shop, people["阿强"], "paying", 30)
    month_report(shop, people["阿强"], "inquiries", 60)
    shop.ids = people
    yield shop
    shop.close()


def test_each_persons_rate_comes_from_the_days_both_sums_are_known_on(shop):
    totals = span_totals(shop.store, shop.metrics, OCT.start, OCT.end)
    conversion = shop.metrics.derived_by_key("conversion")
    mei, qiang, hua = (totals[shop.ids[n]] for n in ("小美", "阿强", "阿花"))
    assert (mei.get("paying"), mei.get("inquiries")) == (90, 100)  # each sum as it counts, for its own sake
    assert mei.derived(conversion) == Decimal(20) / 100  # not 90 / 100
    assert qiang.derived(conversion) == Decimal(30) / 60 and hua.derived(conversion) == Decimal(10) / 40
    # 客单价 = 销售额 / 付款人数: both from her month report, so as before
    assert mei.derived(shop.metrics.derived_by_key("avg_order")) == Decimal(1_800_000) / 90
    ranks = leaderboard(shop.store, shop.metrics, "conversion", OCT, date(2026, 10, 31), shop.staff.list())
    assert [(e.staff.name, e.value) for e in ranks] == [("阿强", Decimal("0.5")), ("阿花", Decimal("0.25")),
                                                         ("小美", Decimal("0.2"))]


def test_the_teams_rate_adds_the_same_parts(shop):
    tile = next(t for t in team_tiles(shop.store, shop.metrics, OCT, date(2026, 10, 31)) if t.key == "conversion")
    assert tile.value == Decimal(20 + 30 + 10) / (100 + 60 + 40)


def test_without_daily_values_of_both_the_rate_is_unknown_not_made_up(shop):
    month_report(shop, shop.ids["阿花"], "paying", 50, "2026-10-01", "2026-10-18")  # her 询单人数 has no report
    with shop.store.atomic():
        shop.store.db.execute("DELETE FROM daily_value WHERE staff_id = ? AND metric = 'inquiries'", [shop.ids["阿花"]])
    hua = span_totals(shop.store, shop.metrics, OCT.start, OCT.end)[shop.ids["阿花"]]
    assert hua.derived(shop.metrics.derived_by_key("conversion")) is None


def test_the_awards_read_the_same_rate_and_say_why(shop):
    from app.rules import parse_plan

    plan = parse_plan({"name": "转化方案", "rules": [
        {"name": "转化奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 300,
         "conditions": [{"metric": "conversion", "op": ">=", "value": 45}]}]})
    from app.awards.facts import build_facts

    facts, _metrics = build_facts(shop.store, shop.metrics, plan, OCT, shop.today, (None,), shop.staff.list(), {}, ())
    assert facts.pairs == {(shop.ids["小美"], "paying", "inquiries", "2026-10"): (20, 100)}
    assert "pairs" in facts_digest(facts, "h")
    from app.rules import evaluate

    result = evaluate(plan, facts)
    assert [line.staff_id for line in result.lines] == [shop.ids["阿强"]]  # 50% ≥ 45%
    mei = next(n.reason for n in result.not_awarded if n.staff_id == shop.ids["小美"])
    assert mei.startswith("询单转化率 20.0%（付款人数 20 / 询单人数 100；10月付款人数与询单人数的导入合计不是同一段日子")


def test_the_month_export_writes_the_same_rate(shop, tmp_path):
    import openpyxl

    from app.exporting import export_month

    sheet = openpyxl.load_workbook(export_month(shop.store, shop.metrics, OCT, tmp_path / "out.xlsx")).worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert rows["小美"][header.index("询单转化率")].value == pytest.approx(0.2)
    assert rows["小美"][header.index("付款人数")].value == 90


def test_the_daily_parts_are_those_of_the_days_both_are_known_on(shop):
    """小美's daily 询单人数 goes on after the 7th without 付款人数 (an export without that column): her rate
    is still the first week's, 20 / 100 — not 20 over the whole month's 询单人数."""
    inquiries = shop.metrics.get("inquiries")
    for day in range(8, 21):
        shop.data.set_value(date(2026, 10, day), shop.ids["小美"], inquiries, 10)
    mei = span_totals(shop.store, shop.metrics, OCT.start, OCT.end)[shop.ids["小美"]]
    assert mei.derived(shop.metrics.derived_by_key("conversion")) == Decimal(20) / 100


def test_a_quarters_leaderboard_reads_the_rate_as_the_awards_do(shop):
    """October: 小美's 付款人数 only in a month report; November: daily values of both. Over the quarter her
    rate is November's (the awards leave October out) — not November's 付款人数 over both months' 询单人数."""
    from app.awards.facts import build_facts
    from app.periods import Quarter
    from app.rules import evaluate, parse_plan

    shop.set_today(date(2026, 12, 1))
    paying, inquiries = shop.metrics.get("paying"), shop.metrics.get("inquiries")
    mei = shop.ids["小美"]
    with shop.store.atomic():
        shop.store.db.execute("DELETE FROM daily_value WHERE staff_id = ? AND metric = 'paying'", [mei])
    for day in range(1, 31):
        shop.data.set_value(date(2026, 11, day), mei, inquiries, 10)
        shop.data.set_value(date(2026, 11, day), mei, paying, 5)
    q4 = Quarter(2026, 4)
    ranks = leaderboard(shop.store, shop.metrics, "conversion", q4, date(2026, 11, 30), shop.staff.list())
    assert next(e.value for e in ranks if e.staff.id == mei) == Decimal("0.5")
    plan = parse_plan({"name": "转化方案", "rules": [
        {"name": "季度转化奖", "kind": "threshold", "period": "quarter", "pays": "cash", "amount": 300,
         "conditions": [{"metric": "conversion", "op": ">=", "value": 45}]}]})
    facts, _metrics = build_facts(shop.store, shop.metrics, plan, q4, shop.today, (None,), shop.staff.list(), {}, ())
    line = next(line for line in evaluate(plan, facts).lines if line.staff_id == mei)  # 50%, as on the board
    # October is left out, and why: its 付款人数 is a month report's, its 询单人数 daily, and no day has both
    assert "10月付款人数与询单人数的导入合计不是同一段日子，又没有两者都有的逐日数据，不计" in line.explanation


def test_a_plan_that_reads_no_rate_keeps_its_fingerprint(shop):
    """A plan reading 付款人数 and 询单人数 each on its own (no 询单转化率): 小美's unpaired parts are nothing it
    reads, so they stay out of its facts and its fingerprint — a month approved before is not called changed."""
    from app.awards.facts import build_facts
    from app.rules import parse_plan

    plan = parse_plan({"name": "人数方案", "rules": [
        {"name": "接待奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 100,
         "conditions": [{"metric": "inquiries", "op": ">=", "value": 50}, {"metric": "paying", "op": ">=", "value": 10}]}]})
    facts, _metrics = build_facts(shop.store, shop.metrics, plan, OCT, shop.today, (None,), shop.staff.list(), {}, ())
    assert facts.pairs == {} and "pairs" not in facts_digest(facts, "h")


def test_the_month_export_of_this_month_leaves_a_report_not_yet_ended_as_the_board_does(tmp_path):
    """A report for all October imported on the 20th is not counted on the board until its last day is in the
    data: the export of October made on the 20th shows the daily values the board counts, not the report."""
    import openpyxl

    from app.exporting import export_month
    from app.services.progress import default_as_of

    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    mei = shop.staff.add(StaffDraft(name="小美", hired=date(2025, 1, 1))).id
    for day in range(1, 20):
        shop.data.set_value(date(2026, 10, day), mei, shop.metrics.get("sales"), 10_000)
    month_report(shop, mei, "sales", 1_800_000)
    as_of = default_as_of(shop.store, shop.today)
    board = leaderboard(shop.store, shop.metrics, "sales", OCT, as_of, shop.staff.list())
    assert [(e.staff.name, e.value) for e in board] == [("小美", Decimal(190_000))]
    out = export_month(shop.store, shop.metrics, OCT, tmp_path / "out.xlsx", as_of=as_of)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert sheet[2][header.index("销售额")].value == 1900  # not the report's 18,000
    # a month that is over counts its reports, whatever day it is exported on
    out = export_month(shop.store, shop.metrics, OCT, tmp_path / "later.xlsx", as_of=date(2026, 11, 5))
    assert openpyxl.load_workbook(out).worksheets[0][2][header.index("销售额")].value == 18000
    shop.close()
