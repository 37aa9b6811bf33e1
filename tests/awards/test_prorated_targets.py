"""折算目标 (the shop's PRORATE_TARGETS) scales to the days employed only the targets of metrics added up over the
month: a rate (满意率 95%) or an average (平均响应时间 30秒) does not shrink with fewer days."""

from datetime import date

from app import settings as declared
from app.domain import StaffDraft

from .conftest import SEP, put, write_plan

PLAN = {"name": "达标方案", "key": "rates-test", "rules": [
    {"name": "销售达标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
     "stages": [{"percent": 100, "amount": 200}]},
    {"name": "满意率达标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "satisfaction_rate",
     "stages": [{"percent": 100, "amount": 100}]}]}


def test_only_summed_targets_are_scaled_to_the_days_of_someone_hired_mid_month(shop, tmp_path):
    sales, rate, response = (shop.metrics.get(k) for k in ("sales", "satisfaction_rate", "response_s"))
    new = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 16))).id  # 15 of 30 days
    shop.targets.set_staff(SEP, new, sales, 1_000_000)
    shop.targets.set_staff(SEP, new, rate, rate.parse("95%"))
    shop.targets.set_staff(SEP, new, response, response.parse("30"))
    put(shop, new, date(2026, 9, 20), 600_000)
    put(shop, new, date(2026, 9, 20), rate.parse("60%"), "satisfaction_rate")
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN)))
    shop.settings.set(declared.PRORATE_TARGETS, True)

    rows = {label: (value, source) for label, value, source in shop.awards.inputs_now(SEP, new)}
    assert rows["9月销售额目标"] == ("¥5,000.00", "目标设置 ¥10,000.00，按在职 15/30 天折算")
    assert rows["9月满意率（报表）目标"] == (rate.format(rate.parse("95%")), "目标设置")  # was 47.5%, "按在职 15/30 天折算"
    review = shop.awards.compute(SEP)
    paid = {line.award: line for line in review.lines if line.staff_id == new}
    assert "销售达标奖" in paid and "按在职 15/30 天折算" in paid["销售达标奖"].explanation
    assert "满意率达标奖" not in paid  # 60% is short of 95% (against 47.5% she was paid)

    assert shop.awards.calculate(SEP).groups[0].facts.targets[(new, "satisfaction_rate", "2026-09")] == 9500


def test_the_board_scales_only_a_summed_target_too(shop):
    sales, rate, response = (shop.metrics.get(k) for k in ("sales", "satisfaction_rate", "response_s"))
    new = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 16))).id
    shop.targets.set_staff(SEP, new, sales, 1_000_000)
    shop.targets.set_staff(SEP, new, rate, rate.parse("95%"))
    shop.targets.set_staff(SEP, new, response, response.parse("30"))
    shop.settings.set(declared.PRORATE_TARGETS, True)

    def target(metric):
        return next(r.line.target for r in shop.progress(SEP, SEP.end, metric=metric.key).people if r.staff.id == new)

    assert target(sales) == 500_000
    assert target(rate) == rate.parse("95%")
    assert target(response) == response.parse("30")  # not 15秒: twice as hard for half a month
