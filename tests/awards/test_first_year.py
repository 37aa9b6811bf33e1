"""What a shop meets in its first year with the plan: a year and a quarter it began in take the first plan that
comes into force within them (and say from when); approving again what is approved writes nothing;
a manual line without an amount names `--amount`."""

import json
from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month, Quarter, Year
from app.shop import Shop

from .conftest import PLAN_A, put, write_plan


def _flower_shop(shop):
    """甲 3 flowers, 乙 2, 丙 1 (October 2026); the taobao-kefu preset in force from 2026-08 only."""
    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2026, 3, 1))).id for n in "甲乙丙"}
    bosses = [shop.staff.add(StaffDraft(name=n, role="店长", hired=date(2026, 1, 1))).id for n in ("王", "李", "赵")]
    for boss, who in ((0, "甲"), (0, "甲"), (1, "甲"), (1, "乙"), (2, "乙"), (2, "丙")):
        shop.flowers.issue(bosses[boss], ids[who], "主动跟进差评客户", day=date(2026, 10, 8))
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    return ids


def test_the_year_takes_the_plan_that_came_into_force_within_it(shop):
    ids = _flower_shop(shop)
    review = shop.awards.compute(Year(2026))
    top = sorted((x.staff_id, x.amount_fen) for x in review.lines if x.award == "红花榜")
    assert top == [(ids["甲"], 50000), (ids["乙"], 30000), (ids["丙"], 20000)]
    assert all("方案自 2026年8月 起生效" in x.explanation for x in review.lines)
    assert any("自 2026年8月 起生效" in n and "2026年度" in n for n in review.notes)
    quarter = shop.awards.compute(Quarter(2026, 3))
    assert quarter.plans and quarter.plans[0]["plan"].startswith("淘宝客服激励方案")
    assert shop.awards.plans.in_force(Month(2026, 7)) == []  # a month before the plan has none
    assert shop.awards.plans.in_force(Quarter(2026, 2)) == []
    assert shop.awards.approve(Year(2026), confirm=True).run.period == "2026"


def test_a_plan_in_force_from_the_first_month_is_not_said_late(shop):
    _flower_shop(shop)
    shop.awards.plans.use("taobao-kefu", from_month="2026-01")
    review = shop.awards.compute(Year(2026))
    assert review.lines and not any("起生效" in x.explanation for x in review.lines + review.notes)


def test_putting_a_plan_in_force_earlier_changes_the_approved_year(shop, tmp_path):
    _flower_shop(shop)
    shop.awards.approve(Year(2026), confirm=True)
    plans = shop.awards.plans
    assert Year(2026) not in plans.approved_periods_from("2026-09")  # the year keeps the August plan
    result = plans.use(str(write_plan(tmp_path, PLAN_A)), from_month="2026-03")
    assert Year(2026) in result.approved
    assert shop.awards.status(Year(2026)).changed


def test_cli_awards_the_year_of_a_shop_begun_in_august(shop, db_path, capsys):
    from app.cli import main

    _flower_shop(shop)
    shop.close()
    code = main(["--db", str(db_path), "--today", "2027-01-05", "awards", "compute", "--period", "2026", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    lines = json.loads(out.out)["lines"]
    assert any(x["award"] == "红花榜" for x in lines) and any("2026年8月" in x["explanation"] for x in lines)
    code = main(["--db", str(db_path), "--today", "2027-01-05", "awards", "approve", "--period", "2026"])
    assert code == 0, capsys.readouterr().err


def test_approving_again_an_unchanged_period_writes_nothing(shop, db_path, capsys):
    from app import backups
    from app.cli import main

    _flower_shop(shop)
    shop.awards.approve(Year(2026), confirm=True)
    kept = (len(backups.list_backups(db_path)), shop.store.audit.count(), len(shop.awards.history(Year(2026))))
    again = shop.awards.approve(Year(2026), confirm=True)
    assert again.unchanged
    shop.close()
    code = main(["--db", str(db_path), "--today", "2026-10-20", "awards", "approve", "--period", "2026", "--confirm"])
    out = capsys.readouterr().out
    assert code == 0 and "无需重新批准" in out
    reopened = Shop.open(db_path, date(2026, 10, 20))
    assert (len(backups.list_backups(db_path)), reopened.store.audit.count(),
            len(reopened.awards.history(Year(2026)))) == kept
    reopened.close()


def test_a_manual_line_without_an_amount_names_the_cli_option(cli_in_process):
    run, db_path = cli_in_process
    shop = Shop.open(db_path, date(2027, 1, 20))
    shop.staff.add(StaffDraft(name="李四", dept="售后部", hired=date(2026, 1, 1)))
    shop.awards.plans.use("after-sales")
    shop.close()
    code, _out, err = run("awards", "manual", "--period", "2026-09", "--rule", "降本奖", "--staff", "李四",
                          "--reason", "节省包材")
    assert code == 2 and "--amount" in err and "¥200.00–¥500.00" in err
    code, _out, err = run("awards", "manual", "--period", "2026", "--rule", "年终奖", "--staff", "李四", "--reason", "全年")
    assert code == 2 and "请用 --amount 填写金额" in err
    code, _out, err = run("--lang", "en", "awards", "manual", "--period", "2026", "--rule", "年终奖", "--staff", "李四",
                          "--reason", "全年")
    assert code == 2 and "--amount" in err and "年终奖" in err
    assert run("awards", "manual", "--period", "2026", "--rule", "年终奖", "--staff", "李四", "--reason", "全年",
               "--amount", "3000")[0] == 0


@pytest.fixture
def cli_in_process(db_path, capsys):
    from app.cli import main
    from app.i18n import set_language

    def run(*args):
        capsys.readouterr()
        code = main(["--db", str(db_path), "--today", "2027-01-20", *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run, db_path
    set_language("zh")


def test_a_period_before_the_plan_says_from_when_it_is_in_force(shop):
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    for period in (Month(2026, 7), Quarter(2026, 2)):
        with pytest.raises(UserError, match="方案自 2026年8月 起才生效"):
            shop.awards.compute(period)


def test_the_quarter_the_plan_began_in_ranks_over_the_months_from_then(shop):
    # taobao-kefu's 季度排名奖 asks for a target in every month; the plan came into force in August, so July's is
    # not asked for (乙 has none), and 丙, who joined on 17 August, is ranked over his months.
    # 甲: (¥11,000 + ¥13,000) / ¥20,000 = 120.0% (July's ¥5,000 against ¥10,000 not counted);
    # 丙: (¥4,000 + ¥7,000) / (¥5,000 + ¥5,000) = 110.0%; 乙: (¥10,500 + ¥10,000.01) / ¥20,000 = 102.5%
    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=hired)).id
           for n, hired in (("甲", date(2026, 3, 1)), ("乙", date(2026, 3, 1)), ("丙", date(2026, 8, 17)))}
    sales = shop.metrics.get("sales")
    rows = {"甲": ((7, 500_000, 1_000_000), (8, 1_100_000, 1_000_000), (9, 1_300_000, 1_000_000)),
            "乙": ((8, 1_050_000, 1_000_000), (9, 1_000_001, 1_000_000)),
            "丙": ((8, 400_000, 500_000), (9, 700_000, 500_000))}
    for name, months in rows.items():
        for month, fen, target in months:
            put(shop, ids[name], date(2026, month, 20), fen)
            shop.targets.set_staff(Month(2026, month), ids[name], sales, target)
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    review = shop.awards.compute(Quarter(2026, 3))
    ranked = [(x.staff_id, x.amount_fen, x.explanation) for x in review.lines if x.award == "季度排名奖"]
    late = "（方案自 2026年8月 起生效，生效前的月份不计）"
    assert ranked == [
        (ids["甲"], 150_000, "第三季度（8月、9月）销售额目标达成率 120.0%（销售额 ¥24,000.00 / 目标 ¥20,000.00），"
                             "排名第 1，第 1–3 名 → 奖金 ¥1,500.00" + late),
        (ids["丙"], 150_000, "第三季度（8月、9月，2026年8月17日入职）销售额目标达成率 110.0%（销售额 ¥11,000.00 / "
                             "目标 ¥10,000.00）（8月在职 15/31 天，目标未折算），排名第 2，第 1–3 名 → 奖金 ¥1,500.00" + late),
        (ids["乙"], 150_000, "第三季度（8月、9月）销售额目标达成率 102.5%（销售额 ¥20,500.01 / 目标 ¥20,000.00），"
                             "排名第 3，第 1–3 名 → 奖金 ¥1,500.00" + late)]
    assert "（季度排名奖只计生效起的月份）" in review.notes[0]


def test_the_receipt_of_a_quarter_the_plan_began_in_lists_only_the_months_read(shop):
    # taobao-kefu's only quarterly rule, 季度排名奖, reads the quarter from August: July's sales and target,
    # which it does not read, are not the 计算依据 of its line, approved or draft
    from app.awards.receipt import receipt_sections

    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2026, 3, 1))).id for n in "甲乙"}
    sales = shop.metrics.get("sales")
    for month in (7, 8, 9):
        for n, fen in (("甲", 1_200_000), ("乙", 1_100_000)):
            put(shop, ids[n], date(2026, month, 20), fen)
            shop.targets.set_staff(Month(2026, month), ids[n], sales, 1_000_000)
    shop.awards.plans.use("taobao-kefu", from_month="2026-08")
    read = ["8月销售额", "8月销售额目标", "9月销售额", "9月销售额目标"]
    assert [label for label, _v, _s in shop.awards.inputs_now(Quarter(2026, 3), ids["甲"])] == read
    run = shop.awards.approve(Quarter(2026, 3), confirm=True).run
    assert [label for label, _v, _s in shop.store.awards.inputs(run.id, ids["乙"])] == read
    shop.awards.approve(Month(2026, 9), confirm=True)
    sections, _draft = receipt_sections(shop, Month(2026, 9), ids["甲"])
    quarter = next(s for s in sections if s.period == Quarter(2026, 3))
    assert [label for label, _v, _s in quarter.inputs] == read


def test_a_quarter_rule_reading_every_month_keeps_the_months_before_the_plan():
    from app.awards.facts import months_read
    from app.rules import parse_plan

    ranking = {"name": "季度排名奖", "kind": "ranking", "period": "quarter", "pays": "cash", "metric": "sales",
               "bands": [{"from": 1, "to": 1, "amount": 100}]}
    quarter_sales = {"name": "季度销售奖", "kind": "stage", "period": "quarter", "pays": "cash", "metric": "sales",
                     "stages": [{"percent": 100, "amount": 100}]}
    ranked_only = parse_plan({"name": "甲", "rules": [ranking]})
    both = parse_plan({"name": "乙", "rules": [ranking, quarter_sales]})
    q3 = Quarter(2026, 3)
    assert months_read(ranked_only, q3, "2026-08") == ("2026-08", "2026-09")
    assert months_read(ranked_only, q3, None) == ("2026-07", "2026-08", "2026-09")
    assert months_read(both, q3, "2026-08") == ("2026-07", "2026-08", "2026-09")
