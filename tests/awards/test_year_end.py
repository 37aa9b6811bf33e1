"""December pays the month, Q4, H2 and the year together: what the payout sheet, 方案模拟 and a person's
approved awards say of them."""

import json
from datetime import date

import openpyxl
import pytest

from app.awards.paymonth import pay_month
from app.awards.payout import pay_rows, write_payout
from app.awards.simulate import simulate
from app.domain import StaffDraft
from app.periods import HalfYear, Month, Quarter, Year
from app.reports.person import approved_awards

DEC = Month(2026, 12)

KEFU = {"name": "客服方案", "key": "kefu-ye", "rules": [
    {"name": "工龄奖", "kind": "benefit", "period": "month", "pays": "cash", "benefit": "tenure", "months": 12,
     "amount": 100}]}
AFTER = {"name": "售后方案", "key": "after-ye", "rules": [
    {"name": "工龄奖", "kind": "benefit", "period": "year", "pays": "cash", "benefit": "tenure", "months": 12,
     "amount": 1000}]}


@pytest.fixture
def today():
    return date(2027, 1, 5)


@pytest.fixture
def year_end(shop, tmp_path):
    """甲 (客服部) gets the monthly 工龄奖; 乙 and 丙 (售后部) the yearly one, which the plan pays to anyone on
    the team in the year: 丙 left on 2026-11-15. December and the year approved."""
    ids = {}
    for name, dept in (("甲", "客服部"), ("乙", "售后部"), ("丙", "售后部")):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2024, 1, 1))).id
    shop.staff.leave(ids["丙"], date(2026, 11, 15))
    for plan, dept in ((KEFU, None), (AFTER, "售后部")):
        path = tmp_path / f"{plan['key']}.json"
        path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        shop.awards.plans.use(str(path), dept=dept)
    shop.awards.approve(DEC)
    shop.awards.approve(Year(2026))
    return ids


def test_an_award_paid_for_two_periods_is_headed_with_the_periods_as_written(shop, year_end, tmp_path):
    write_payout(shop, DEC, tmp_path / "pay.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"]
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "编号")
    assert "工龄奖（2026年12月）" in header and "工龄奖（2026年度）" in header


def test_someone_who_left_before_the_pay_month_is_noted_on_the_row(shop, year_end):
    rows = {r.name: r for r in pay_rows(shop, pay_month(shop, DEC))[0]}
    assert rows["丙"].awards == {"2026|工龄奖": 100_000}
    assert rows["丙"].note == "11月15日离职"  # gone since November: the owner decides before paying
    assert rows["乙"].note == "" and rows["甲"].note == ""


def test_a_simulation_compares_a_pay_month_whole(shop, year_end, tmp_path):
    """The last approved period is the year; December's own month is paid with it: compared too, else the
    December row of the costs by pay month would be the year's alone."""
    draft = {"name": "草案", "key": "draft-ye", "rules": [dict(KEFU["rules"][0], amount=200),
                                                           dict(AFTER["rules"][0], name="年度工龄奖")]}
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    sim = simulate(shop, str(path), periods=1)
    assert [str(c.period) for c in sim.periods] == ["2026-12", "2026"]
    # approved: 甲 ¥100 for December, 乙 and 丙 ¥1,000 each for the year; the draft, for every department,
    # pays 甲 and 乙 (on the team in December) ¥200 for the month and all three ¥1,000 for the year
    assert [(m.key(), b.net_fen, a.net_fen) for m, b, a in sim.months] == [("2026-12", 210_000, 340_000)]


def test_a_persons_approved_awards_are_newest_first_with_the_year_before_december(shop, tmp_path):
    """The person's card lists the approved awards newest first, at most `limit`: the year's prize is the newest,
    not listed after January's lines (and so cut off), nor the first quarter before December."""
    plan = {"name": "工龄方案", "key": "tenure-ye", "rules": [
        dict(KEFU["rules"][0], name=name, period=kind)
        for name, kind in (("工龄奖", "month"), ("季度工龄奖", "quarter"), ("年度工龄奖", "year"))]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(path))
    person = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2024, 1, 1)))
    for period in (Month(2026, 1), Quarter(2026, 1), Month(2026, 12), Year(2026)):
        shop.awards.approve(period)
    assert [(a.period, a.award) for a in approved_awards(shop.store, person, limit=3)] == [
        ("2026", "年度工龄奖"), ("2026-12", "工龄奖"), ("2026-Q1", "季度工龄奖")]


def test_a_plan_put_in_force_in_july_is_said_on_the_year_it_does_not_judge(shop, tmp_path):
    """The year is judged by the plan of its first month; a plan put in force from July — with a yearly ranking the
    old one lacks — judges the second half-year but not 2026年度: the year's review says so instead of only
    「本期没有奖项」, and the half-year's says nothing of it."""
    old = {"name": "旧方案", "key": "old-ye", "rules": [KEFU["rules"][0]]}
    new = {"name": "新方案", "key": "new-ye", "rules": [
        KEFU["rules"][0], {"name": "年终排名", "kind": "ranking", "period": "year", "pays": "cash", "metric": "sales",
                           "bands": [{"from": 1, "to": 1, "amount": 3000}]}]}
    for plan, since in ((old, "2026-01"), (new, "2026-07")):
        path = tmp_path / f"{plan['key']}.json"
        path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        shop.awards.plans.use(str(path), from_month=since)
    shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2024, 1, 1)))
    year = shop.awards.compute(Year(2026))
    assert not year.lines
    assert "方案「新方案」自 2026年7月 起生效，2026年度仍按期初生效的方案「旧方案」评奖" in year.notes
    assert not any("新方案" in n for n in shop.awards.compute(HalfYear(2026, 2)).notes)
