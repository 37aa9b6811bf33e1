"""Facts read from the store (aggregation per metric, month totals from imports, departments) and the
plans in force (presets, files, versions, departments, --from)."""

import json
from datetime import date

import pytest

from app.awards.facts import load_values, metrics_used
from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.rules import load_preset

from .conftest import PLAN_A, SEP, put, write_plan


def _person(shop, name="甲", dept="客服部"):
    return shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2026, 1, 1))).id


def test_sum_mean_and_weighted_months(shop):
    sid = _person(shop)
    reg = shop.metrics
    put(shop, sid, date(2026, 9, 1), 100, "orders")
    put(shop, sid, date(2026, 9, 2), 51, "orders")
    # response_s is weighted by inquiries: (1000·1 + 2001·3) / (1 + 3) = 7003 / 4 = 1750.75 → 1751 (half up)
    put(shop, sid, date(2026, 9, 1), 1000, "response_s")
    put(shop, sid, date(2026, 9, 2), 2001, "response_s")
    put(shop, sid, date(2026, 9, 1), 1, "inquiries")
    put(shop, sid, date(2026, 9, 2), 3, "inquiries")
    # a day without a weight is left out of the weighted mean: 9-03 has response 9999 and no inquiries
    put(shop, sid, date(2026, 9, 3), 9999, "response_s")
    values = load_values(shop.store, [reg.get("orders"), reg.get("response_s")], ("2026-09",))
    assert values == {(sid, "orders", "2026-09"): 151, (sid, "response_s", "2026-09"): 1751}


def test_imported_totals_count_with_the_daily_values_beside_them(shop):
    sid = _person(shop)
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) VALUES "
                              "('sales', '2026-08-01', '2026-08-31', ?, 500000), "
                              "('sales', '2026-09-01', '2026-09-30', ?, 777700), "
                              "('sales', '2026-10-01', '2026-10-18', ?, 700000)", [sid, sid, sid])
    put(shop, sid, date(2026, 9, 4), 123)  # inside September's report: already in its total
    put(shop, sid, date(2026, 10, 5), 999)  # inside the 1–18 October report: already in it
    put(shop, sid, date(2026, 10, 25), 77_700)  # after it: adds
    values = load_values(shop.store, [shop.metrics.get("sales")], ("2026-08", "2026-09", "2026-10"))
    assert values == {(sid, "sales", "2026-08"): 500000, (sid, "sales", "2026-09"): 777700,
                      (sid, "sales", "2026-10"): 777700}


def test_metrics_used_are_the_period_rules_metrics_with_their_weights(shop):
    plan = load_preset("taobao-kefu", registry=shop.metrics)
    assert [m.key for m in metrics_used(plan, "month", shop.metrics)] == ["orders", "ratings", "sales", "satisfied"]
    assert [m.key for m in metrics_used(plan, "year", shop.metrics)] == []


def test_people_outside_the_period_are_not_facts(shop, tmp_path):
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)))
    gone = _person(shop, "离")
    shop.staff.leave(gone, date(2026, 8, 20))
    here = _person(shop, "在")
    comp = shop.awards.calculate(SEP)
    assert [s.id for s in comp.groups[0].facts.staff] == [here]


def test_use_a_preset_then_a_changed_file_makes_a_new_version(shop, tmp_path):
    first = shop.awards.plans.use("taobao-kefu")
    assert (first.stored.name, first.stored.version, first.created) == ("淘宝客服激励方案", 1, True)
    assert shop.awards.plans.use("taobao-kefu").created is False  # the shop's own copy is reused
    exported = shop.awards.plans.export("淘宝客服激励方案", tmp_path / "mine.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["rules"][2]["amount"] = 25
    (tmp_path / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    second = shop.awards.plans.use(str(tmp_path / "mine.json"), from_month="2026-11")
    assert (second.stored.version, second.stored.label) == (2, "淘宝客服激励方案（第2版）")
    forces = {f.stored.version for f in shop.awards.plans.in_force(Month(2026, 10))}
    assert forces == {1} and {f.stored.version for f in shop.awards.plans.in_force(Month(2026, 11))} == {2}
    assert [e.action for e in shop.store.audit.recent(5, "plan.")] == ["plan.use"] * 3


def test_a_plan_brings_its_own_metrics(shop):
    result = shop.awards.plans.use("after-sales")
    assert result.added_metrics == ("考核得分",)
    assert shop.metrics.get("assessment").name == "考核得分"


def test_unknown_department_and_bad_file_are_user_errors(shop, tmp_path):
    with pytest.raises(UserError, match="没有部门「后勤」"):
        shop.awards.plans.use("taobao-kefu", dept="后勤")
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x", "rules": [{"name": "a", "kind": "nope"}]}', encoding="utf-8")
    with pytest.raises(UserError, match="kind"):
        shop.awards.plans.use(str(bad))
    with pytest.raises(UserError, match="找不到方案文件"):
        shop.awards.plans.use(str(tmp_path / "missing.json"))
    assert shop.store.plans.all() == []


def test_department_plan_beats_a_later_every_department_plan(shop, tmp_path):
    _person(shop, "售", "售后部")
    shop.awards.plans.use("after-sales", dept="售后部")
    shop.awards.plans.use("taobao-kefu", from_month="2026-06")
    result = shop.awards.plans.use("ecommerce-pay", from_month="2026-09")
    assert result.overridden == ("售后部",)
    forces = {f.stored.key: f.departments for f in shop.awards.plans.in_force(SEP)}
    assert forces == {"after-sales": ("售后部",), "ecommerce-pay": (None,)}  # None: people without a department
    assert {f.stored.key for f in shop.awards.plans.in_force(Month(2026, 7))} == {"after-sales", "taobao-kefu"}
    assert {f.stored.key for f in shop.awards.plans.in_force(Month(2026, 5))} == {"after-sales"}


def test_the_shops_prorate_setting_scales_award_targets_as_it_scales_the_board(shop, team):
    from app import settings as declared

    new = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 16))).id
    shop.targets.set_staff(SEP, new, shop.metrics.get("sales"), 1_000_000)
    put(shop, new, date(2026, 9, 20), 550_000)

    def stage_of_ding():
        review = shop.awards.compute(SEP)
        paid = [x for x in review.lines if x.staff_id == new and x.award == "阶段目标奖"]
        return paid, {n.reason for n in review.not_awarded if n.staff_id == new and n.rule == "阶段目标奖"}

    # the full target: ¥5,500 of ¥10,000 = 55%, and the line says the target was not scaled to her 15 days
    paid, reasons = stage_of_ding()
    assert paid == [] and any("目标 ¥10,000.00（9月在职 15/30 天，目标未折算），完成 55.0%" in r for r in reasons)
    shop.settings.set(declared.PRORATE_TARGETS, True)
    # employed 16–30 September: 15/30 of ¥10,000 = ¥5,000; ¥5,500 is 110% → the ≥100% stage, ¥200
    paid, _ = stage_of_ding()
    assert [(x.amount_fen, x.explanation) for x in paid] == [(20_000, (
        "9月销售额 ¥5,500.00，目标 ¥5,000.00（9月目标 ¥10,000.00 按在职 15/30 天折算），完成 110.0%，达到 ≥100% 档 → "
        "奖金 ¥200.00"))]  # the target as set is named, so ¥10,000.00 × 15 ÷ 30 = ¥5,000.00 can be redone from the line
    # the department's line too: 甲 ¥12,000.00 + 乙 ¥11,999.99 + 丁 ¥5,500.00 = ¥29,499.99 against
    # ¥10,000.00 + ¥12,000.00 + ¥5,000.00 = ¥27,000.00 → 109.3%
    dept = next(x for x in shop.awards.compute(SEP).lines if x.award == "优秀部门")
    assert dept.explanation.startswith("客服部 9月销售额目标达成率 109.3%（销售额 ¥29,499.99 / 部门目标 ¥27,000.00，"
                                       "丁 9月目标 ¥10,000.00 按在职 15/30 天折算）")
    assert shop.progress(SEP).people[-1].line.target == 500_000  # the board agrees


def test_a_receipt_lists_only_the_days_an_imported_total_does_not_hold(shop):
    from app.awards.inputs import value_sources

    sid = _person(shop)
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO import_log (id, at, os_user, file_name, content_hash) "
                              "VALUES (3, '2026-09-19', 'x', '赤兔_9月1-18日.xlsx', 'h')")
        shop.store.db.executemany("INSERT INTO period_value (metric, start, end, staff_id, value, import_id, source_row) "
                                  "VALUES ('sales', ?, ?, ?, ?, 3, ?)",
                                  [("2026-09-01", "2026-09-18", sid, 700000, 4),
                                   ("2026-09-01", "2026-09-07", sid, 1, 9)])  # under the 1–18 one: not counted
    put(shop, sid, date(2026, 9, 5), 999)  # held by the report
    put(shop, sid, date(2026, 9, 25), 77_700)
    sources = value_sources(shop.store, sid, shop.metrics.get("sales"), None, ("2026-09",))
    assert sources == {"2026-09": "手工录入（1 天）；月度汇总：导入「赤兔_9月1-18日.xlsx」第 4 行"}
    assert load_values(shop.store, [shop.metrics.get("sales")], ("2026-09",)) == {(sid, "sales", "2026-09"): 777700}


def test_a_mean_from_an_imported_report_of_part_of_the_month_counts_where_there_is_no_daily_data(shop):
    sid = _person(shop)
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO period_value (metric, start, end, staff_id, value) "
                              "VALUES ('response_s', '2026-10-01', '2026-10-19', ?, 2500)", [sid])
    values = load_values(shop.store, [shop.metrics.get("response_s")], ("2026-10",))
    assert values == {(sid, "response_s", "2026-10"): 2500}


def test_a_zero_target_left_in_an_older_file_is_no_target_for_the_awards_as_on_the_board(shop, team):
    shop.store.targets.set_staff_target(SEP.key(), team["乙"], "sales", 0)  # as an older file may hold it
    review = shop.awards.compute(SEP)
    reasons = {n.reason for n in review.not_awarded if n.staff_id == team["乙"] and n.rule == "阶段目标奖"}
    assert reasons == {"未设目标"}
    assert shop.progress(SEP).people[1].line.target is None
