from datetime import date

from app.periods import Quarter
from app.rules import evaluate
from app.rules.ranking import competition_ranks, place_of

from .rules_helpers import OCT, OCT_KEY, facts, person, plan_of, reason

BANDS = [{"from": 1, "to": 3, "amount": 1500, "certificate": True}, {"from": 4, "to": 8, "amount": 1000}]
RANK = {"name": "销售排名", "kind": "ranking", "period": "month", "pays": "cash", "metric": "sales", "bands": BANDS}


def test_competition_ranking_shares_ranks():
    # 500, 400, 300, 300, 200 → 1, 2, 3, 3, 5 (not 4): equal values share a rank, the next rank skips
    ranked = competition_ranks([(1, 500), (2, 400), (3, 300), (4, 300), (5, 200)], True)
    assert [(rank, sid) for rank, sid, _ in ranked] == [(1, 1), (2, 2), (3, 3), (3, 4), (5, 5)]


def test_ties_at_third_place_both_get_the_top_band():
    # ids chosen so that name order, id order and value order differ
    staff = [person(i) for i in (1, 2, 3, 4, 5)]
    sales = {1: 50_000, 2: 40_000, 4: 30_000, 3: 30_000, 5: 20_000}
    result = evaluate(plan_of(RANK), facts(OCT, staff, values={(i, "sales", OCT_KEY): v for i, v in sales.items()}))
    got = [(line.staff_id, line.amount_fen, line.certificate) for line in result.lines]
    # ranks: 1 → #1, 2 → #2, 3 → #3 and #4 (tied, shown by id), 5 → #5 (band 4–8)
    assert got == [(1, 150_000, True), (2, 150_000, True), (3, 150_000, True), (4, 150_000, True),
                   (5, 100_000, False)]
    # everyone tied gets the whole band, said in so many words
    assert result.lines[2].explanation == "10月销售额 ¥300.00，排名第 3，2 人并列第 3 名，各得第 1–3 名的奖金 ¥1,500.00"
    assert result.lines[4].explanation == "10月销售额 ¥200.00，排名第 5，第 4–8 名 → 奖金 ¥1,000.00"


def test_two_tied_for_first_each_get_the_whole_first_place_and_are_told_so():
    rule = {**RANK, "bands": [{"from": 1, "to": 1, "amount": 1000}, {"from": 2, "to": 2, "amount": 500}]}
    staff = [person(1), person(2), person(3)]
    values = {(1, "sales", OCT_KEY): 40_000, (2, "sales", OCT_KEY): 40_000, (3, "sales", OCT_KEY): 10_000}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 100_000), (2, 100_000)]
    assert result.lines[0].explanation == "10月销售额 ¥400.00，排名第 1，2 人并列第 1 名，各得第 1 名的奖金 ¥1,000.00"
    assert place_of("ranking", result.lines[0].explanation) == 1  # the certificate still reads the place
    assert reason(result, 3) == "10月销售额 ¥100.00，排名第 3，未进入获奖名次"


def test_a_tie_across_the_last_band_pays_everyone_tied():
    # ten people, values 100 down to 30 for ranks 1..8, then #9 ties with #8 at 30, #10 at 10
    values = [100, 90, 80, 70, 60, 50, 40, 30, 30, 10]
    staff = [person(i + 1) for i in range(10)]
    result = evaluate(plan_of(RANK), facts(OCT, staff, values={
        (i + 1, "sales", OCT_KEY): v for i, v in enumerate(values)}))
    paid = {line.staff_id for line in result.lines}
    assert paid == set(range(1, 10))  # #8 and #9 both rank 8; #10 is rank 10
    assert reason(result, 10) == "10月销售额 ¥0.10，排名第 10，未进入获奖名次"


def test_lower_is_better_metric_ranks_the_smallest_first():
    rule = {**RANK, "metric": "response_s", "bands": [{"from": 1, "to": 1, "amount": 100}]}
    staff = [person(1), person(2)]
    # response times in centiseconds: 30.00 s and 12.50 s → #2 is first
    result = evaluate(plan_of(rule), facts(OCT, staff, values={(1, "response_s", OCT_KEY): 3000,
                                                               (2, "response_s", OCT_KEY): 1250}))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(2, 10_000)]


def test_unknown_values_are_not_ranked_and_qualify_conditions_apply():
    rule = {**RANK, "qualify": [{"metric": "ratings", "op": ">=", "value": 30}]}
    staff = [person(1), person(2), person(3)]
    values = {(1, "sales", OCT_KEY): 10, (1, "ratings", OCT_KEY): 30,
              (2, "sales", OCT_KEY): 99, (2, "ratings", OCT_KEY): 29,
              (3, "ratings", OCT_KEY): 40}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values))
    assert [line.staff_id for line in result.lines] == [1]
    assert reason(result, 2) == "不具备排名资格：评价数 29 < 30"
    assert reason(result, 3) == "销售额无数据"


def test_quarter_achievement_needs_a_target_in_every_month():
    rule = {**RANK, "period": "quarter", "metric": "achievement", "require_target_each_month": True}
    q4 = Quarter(2026, 4)
    months = ("2026-10", "2026-11", "2026-12")
    staff = [person(1), person(2), person(3), person(4)]
    targets = {(sid, "sales", m): 1_000_000 for sid in (1, 3, 4) for m in months}
    targets.update({(2, "sales", "2026-10"): 1_000_000, (2, "sales", "2026-12"): 1_000_000})
    monthly = {1: 1_200_000, 2: 2_000_000, 3: 1_000_000, 4: 1_100_000}
    values = {(sid, "sales", m): v for sid, v in monthly.items() for m in months}
    result = evaluate(plan_of(rule), facts(q4, staff, values=values, targets=targets))
    # #1: 3,600,000 / 3,000,000 = 120%; #4: 3,300,000 / 3,000,000 = 110%; #3: 100%; #2 lacks November
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 150_000), (4, 150_000),
                                                                             (3, 150_000)]
    assert result.lines[0].explanation == (
        "第四季度销售额目标达成率 120.0%（销售额 ¥36,000.00 / 目标 ¥30,000.00），排名第 1，第 1–3 名 → 奖金 ¥1,500.00")
    assert reason(result, 2) == "11月未设目标"


def test_monthly_rules_do_not_run_for_a_quarter():
    result = evaluate(plan_of(RANK), facts(Quarter(2026, 4), [person(1)], values={(1, "sales", OCT_KEY): 1}))
    assert result.lines == [] and result.not_awarded == []


def test_neighbours_ranked_apart_are_not_shown_the_same_rate():
    rule = {**RANK, "metric": "achievement", "bands": [{"from": 1, "to": 1, "amount": 1500},
                                                       {"from": 2, "to": 2, "amount": 1000}]}
    staff = [person(1), person(2), person(3)]
    targets = {(1, "sales", OCT_KEY): 3_000_000, (2, "sales", OCT_KEY): 6_000_000, (3, "sales", OCT_KEY): 1_000_000}
    # 33,000/30,000 = 110% exactly; 66,000.01/60,000 = 110.00002%: ranked apart, shown apart; #3 90% as usual
    values = {(1, "sales", OCT_KEY): 3_300_000, (2, "sales", OCT_KEY): 6_600_001, (3, "sales", OCT_KEY): 900_000}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values, targets=targets))
    assert [line.explanation.split("（")[0] for line in result.lines] == [
        "10月销售额目标达成率 110.00002%", "10月销售额目标达成率 110.00000%"]
    assert reason(result, 3).startswith("10月销售额目标达成率 90.0%（")


Q3_MONTHS = ("2026-07", "2026-08", "2026-09")


def test_a_quarter_sum_says_which_month_had_no_data():
    # a quarterly ranking by a summed metric: #2's ¥400.00 is July and August only (no September data
    # was entered); ranked as it stands, but the line says so, so the owner can check it by hand
    rule = {**RANK, "period": "quarter", "bands": [{"from": 1, "to": 1, "amount": 1500}]}
    values = {(1, "sales", m): 10_000 for m in Q3_MONTHS}
    values.update({(2, "sales", "2026-07"): 20_000, (2, "sales", "2026-08"): 20_000})
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), [person(1), person(2)], values=values))
    assert [line.explanation for line in result.lines] == [
        "第三季度销售额 ¥400.00（9月销售额无数据），排名第 1，第 1 名 → 奖金 ¥1,500.00"]
    assert reason(result, 1) == "第三季度销售额 ¥300.00，排名第 2，未进入获奖名次"


def test_a_quarter_achievement_says_which_month_had_no_sales_data():
    # targets ¥1,000 in each month; July ¥1,200 + September ¥1,200, August not entered:
    # ¥2,400 / ¥3,000 = 80.0%, counted as it stands and said
    rule = {**RANK, "period": "quarter", "metric": "achievement", "require_target_each_month": True}
    targets = {(1, "sales", m): 100_000 for m in Q3_MONTHS}
    values = {(1, "sales", "2026-07"): 120_000, (1, "sales", "2026-09"): 120_000}
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), [person(1)], values=values, targets=targets))
    assert [line.explanation for line in result.lines] == [
        ("第三季度销售额目标达成率 80.0%（销售额 ¥2,400.00 / 目标 ¥3,000.00；8月销售额无数据），排名第 1，"
         "第 1–3 名 → 奖金 ¥1,500.00")]


def test_a_quarter_achievement_counts_only_the_months_with_a_target():
    # no require_target_each_month: #2 has a target (¥10,000) in December only. Its achievement is December's
    # ¥10,000 against it, 100.0% — not the quarter's ¥30,000 against one month's target (300%).
    # #1: ¥10,000 + ¥10,000 + ¥15,000 = ¥35,000 / ¥30,000 = 116.7% → first
    rule = {**RANK, "period": "quarter", "metric": "achievement", "bands": [{"from": 1, "to": 1, "amount": 1500}]}
    months = ("2026-10", "2026-11", "2026-12")
    targets = {(1, "sales", m): 1_000_000 for m in months}
    targets[(2, "sales", "2026-12")] = 1_000_000
    values = {(sid, "sales", m): 1_000_000 for sid in (1, 2) for m in months}
    values[(1, "sales", "2026-12")] = 1_500_000
    result = evaluate(plan_of(rule), facts(Quarter(2026, 4), [person(1), person(2)], values=values, targets=targets))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 150_000)]
    assert reason(result, 2) == (
        "第四季度销售额目标达成率 100.0%（销售额 ¥10,000.00 / 目标 ¥10,000.00；10月、11月未设目标，不计），"
        "排名第 2，未进入获奖名次")


def test_a_plan_begun_within_the_quarter_ranks_over_the_months_from_then():
    # the plan came into force in August: #2 has no July target and is ranked all the same, both over August and
    # September. #1: (¥11,000 + ¥13,000) / (¥10,000 + ¥10,000) = 120.0% (its July ¥5,000 against ¥10,000 is not
    # counted: with it 96.7%); #2: (¥10,500 + ¥10,000.01) / ¥20,000 = 102.50005% → 102.5%
    rule = {**RANK, "period": "quarter", "metric": "achievement", "require_target_each_month": True}
    targets = {(1, "sales", m): 1_000_000 for m in Q3_MONTHS}
    targets.update({(2, "sales", m): 1_000_000 for m in Q3_MONTHS[1:]})
    values = {(1, "sales", "2026-07"): 500_000, (1, "sales", "2026-08"): 1_100_000, (1, "sales", "2026-09"): 1_300_000,
              (2, "sales", "2026-08"): 1_050_000, (2, "sales", "2026-09"): 1_000_001}
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), [person(1), person(2)], values=values, targets=targets,
                                           in_force_from={"客服部": "2026-08"}))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 150_000), (2, 150_000)]
    assert [line.explanation for line in result.lines] == [
        "第三季度（8月、9月）销售额目标达成率 120.0%（销售额 ¥24,000.00 / 目标 ¥20,000.00），排名第 1，第 1–3 名 → 奖金 ¥1,500.00",
        "第三季度（8月、9月）销售额目标达成率 102.5%（销售额 ¥20,500.01 / 目标 ¥20,000.00），排名第 2，第 1–3 名 → 奖金 ¥1,500.00"]
    assert place_of("ranking", result.lines[1].explanation) == 2


def test_someone_hired_within_the_quarter_has_no_target_for_the_months_before_and_is_not_ranked():
    # the 季度排名奖: 「only people with a target in all three months」. #3 joined on 17 August with
    # (¥4,000 + ¥7,000) / (¥5,000 + ¥5,000) = 110.0% and was ranked first over August and September, taking ¥1,500
    # for six weeks; she has no July target: not ranked. #1, the whole quarter, ¥30,000 / ¥30,000 = 100.0% → first.
    rule = {**RANK, "period": "quarter", "metric": "achievement", "require_target_each_month": True}
    joined = date(2026, 8, 17)
    staff = [person(1), person(3, hired=joined)]
    targets = {(1, "sales", m): 1_000_000 for m in Q3_MONTHS}
    targets.update({(3, "sales", "2026-08"): 500_000, (3, "sales", "2026-09"): 500_000})
    values = {(1, "sales", m): 1_000_000 for m in Q3_MONTHS}
    values.update({(3, "sales", "2026-08"): 400_000, (3, "sales", "2026-09"): 700_000})
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), staff, values=values, targets=targets))
    assert [line.explanation for line in result.lines] == [
        "第三季度销售额目标达成率 100.0%（销售额 ¥30,000.00 / 目标 ¥30,000.00），排名第 1，第 1–3 名 → 奖金 ¥1,500.00"]
    assert reason(result, 3) == "7月未设目标（7月不在职，本奖要求每个月都有目标）"


def test_without_a_target_asked_of_each_month_a_new_hire_is_ranked_over_her_months():
    # a ranking asking no target (as the after-sales 季度排名奖 on 考核得分): #2, hired 17 August, is ranked on August
    # and September, said on her line; her ¥500 + ¥600 = ¥1,100 is first, #1's ¥300 × 3 = ¥900 second
    rule = {**RANK, "period": "quarter"}
    staff = [person(1), person(2, hired=date(2026, 8, 17))]
    values = {(1, "sales", m): 30_000 for m in Q3_MONTHS} | {(2, "sales", "2026-08"): 50_000, (2, "sales", "2026-09"): 60_000}
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), staff, values=values))
    assert [line.explanation for line in result.lines] == [
        "第三季度（8月、9月，2026年8月17日入职）销售额 ¥1,100.00，排名第 1，第 1–3 名 → 奖金 ¥1,500.00",
        "第三季度销售额 ¥900.00，排名第 2，第 1–3 名 → 奖金 ¥1,500.00"]


def test_a_ranking_can_ask_for_days_on_the_team_in_the_period():
    """Hired on 12-19 with 13 days of December, she topped the quarter's ranking: 「至少在职 30 天」 (min_days)
    leaves her out, naming her days; the others are ranked among themselves."""
    q4 = Quarter(2026, 4)
    staff = [person(1), person(2), person(3, hired=date(2026, 12, 19))]
    values = {(1, "sales", m): 30_000 for m in ("2026-10", "2026-11", "2026-12")}
    values |= {(2, "sales", m): 20_000 for m in ("2026-10", "2026-11", "2026-12")} | {(3, "sales", "2026-12"): 900_000}
    rule = {**RANK, "period": "quarter", "bands": [{"from": 1, "to": 1, "amount": 1000}]}
    first = evaluate(plan_of(rule), facts(q4, staff, values=values))
    assert [line.staff_id for line in first.lines] == [3]  # no minimum: the newcomer wins
    result = evaluate(plan_of({**rule, "min_days": 30}), facts(q4, staff, values=values))
    assert [line.staff_id for line in result.lines] == [1]
    assert reason(result, 3) == "2026年第四季度在职 13 天，不足 30 天"


def test_the_days_on_the_team_reason_names_the_period_in_english_too():
    from app.i18n import set_language

    q4 = Quarter(2026, 4)
    staff = [person(1), person(3, hired=date(2026, 12, 19))]
    values = {(1, "sales", m): 30_000 for m in ("2026-10", "2026-11", "2026-12")} | {(3, "sales", "2026-12"): 900_000}
    rule = {**RANK, "period": "quarter", "bands": [{"from": 1, "to": 1, "amount": 1000}], "min_days": 30}
    set_language("en")
    try:
        said = reason(evaluate(plan_of(rule), facts(q4, staff, values=values)), 3)
    finally:
        set_language("zh")
    assert said == "employed 13 days in 2026 Q4, fewer than 30"


def test_days_on_the_team_must_be_a_whole_number_of_days():
    import pytest

    from app.errors import UserError

    with pytest.raises(UserError, match="min_days"):
        plan_of({**RANK, "min_days": -1})


def test_a_quarter_with_a_target_scaled_to_a_part_month_names_the_target_as_set():
    """#2 joined on 22 July (10 of July's 31 days) and the shop prorates: July's ¥10,000.00 becomes
    ¥10,000.00 × 10 ÷ 31 = ¥3,225.806… → ¥3,225.81; the quarter's target ¥3,225.81 + ¥10,000.00 + ¥10,000.00 =
    ¥23,225.81; sales ¥3,000.00 + ¥12,000.00 + ¥12,000.00 = ¥27,000.00; 27,000.00 ÷ 23,225.81 = 1.162499… → 116.2%, first. The line said
    「7月按在职 10/31 天折算」 without the ¥10,000.00 it was scaled from, so ¥23,225.81 could not be redone."""
    rule = {**RANK, "period": "quarter", "metric": "achievement", "require_target_each_month": True}
    months = ("2026-07", "2026-08", "2026-09")
    staff = [person(1), person(2, hired=date(2026, 7, 22))]
    targets = {(sid, "sales", m): 1_000_000 for sid in (1, 2) for m in months} | {(2, "sales", "2026-07"): 322_581}
    values = {(1, "sales", m): 1_000_000 for m in months}
    values |= {(2, "sales", "2026-07"): 300_000, (2, "sales", "2026-08"): 1_200_000, (2, "sales", "2026-09"): 1_200_000}
    result = evaluate(plan_of(rule), facts(Quarter(2026, 3), staff, values=values, targets=targets,
                                           prorated={(2, "2026-07"): (10, 31)},
                                           targets_set={(2, "sales", "2026-07"): 1_000_000}))
    assert result.lines[0].explanation == (
        "第三季度销售额目标达成率 116.2%（销售额 ¥27,000.00 / 目标 ¥23,225.81）（7月目标 ¥10,000.00 按在职 10/31 天折算），"
        "排名第 1，第 1–3 名 → 奖金 ¥1,500.00")


def test_an_english_quarter_line_lists_its_notes_the_english_way():
    # July ¥10,000.00 × 10 ÷ 31 = ¥3,225.81 and August ¥10,000.00 × 21 ÷ 31 = ¥6,451.61 (away 11–20 August):
    # ¥5,000.00 / ¥9,677.42 = 51.7%; the notes were joined with 「；」 and 「，」 in English too
    from dataclasses import replace

    from app.domain import Stint
    from app.i18n import set_language

    rule = {**RANK, "period": "quarter", "metric": "achievement"}
    back = replace(person(1, hired=date(2026, 8, 21)), earlier=(Stint(date(2026, 7, 22), date(2026, 8, 10)),))
    set_language("en")
    try:
        result = evaluate(plan_of(rule), facts(
            Quarter(2026, 3), [back], values={(1, "sales", "2026-07"): 500_000},
            targets={(1, "sales", "2026-07"): 322_581, (1, "sales", "2026-08"): 645_161},
            prorated={(1, "2026-07"): (10, 31), (1, "2026-08"): (21, 31)},
            targets_set={(1, "sales", "2026-07"): 1_000_000, (1, "sales", "2026-08"): 1_000_000}))
    finally:
        set_language("zh")
    assert result.lines[0].explanation.startswith(
        "Q3 Sales target achieved 51.7% (Sales ¥5,000.00 / Target ¥9,677.42; no Sales data for Aug; no target for Sep, "
        "not counted) (Jul target ¥10,000.00 scaled to 10/31 days employed, Aug target ¥10,000.00 scaled to 21/31 days "
        "employed), rank 1")
