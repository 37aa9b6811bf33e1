import re
from datetime import date

import pytest

from app.errors import UserError
from app.i18n import set_language
from app.rules import evaluate

from .rules_helpers import OCT, ev, facts, person, plan_of, reason

PARTS = {"name": "备件提成", "kind": "commission", "period": "month", "pays": "cash", "event": "备件销售",
         "attr": "margin", "attr_name": "毛利率", "tiers": [{"min": 35, "rate": 3}, {"min": 50, "rate": 5}],
         "where": {"paid": ["yes", "是"]}}
POINTS = {"name": "超额积分奖", "kind": "points", "period": "month", "pays": "cash", "event": "服务积分",
          "base": 17, "rate": 270, "deductions": [{"event": "安全事故", "per": "count", "points": 2},
                                                  {"event": "二次服务", "per": "value"}]}
D = date(2026, 10, 12)


def test_margin_exactly_35_percent_earns_3_percent():
    events = (ev(1, D, "备件销售", amount_fen=123_456, margin="35%", paid="yes"),)
    result = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events))
    # 123,456 fen × 3% = 3,703.68 fen → 3,704 fen (ROUND_HALF_UP)
    assert [line.amount_fen for line in result.lines] == [3_704]
    assert result.lines[0].explanation == "10月12日 备件销售 ¥1,234.56，毛利率 35%（≥ 35%）× 3% = ¥37.04"


def test_tiers_filter_and_half_up_per_line():
    events = (
        ev(1, D, "备件销售", amount_fen=100_000, margin="50", paid="是"),  # 100,000 × 5% = 5,000
        ev(1, D, "备件销售", amount_fen=150, margin="40%", paid="yes"),  # 150 × 3% = 4.5 → 5 (half up, not 4)
        ev(1, D, "备件销售", amount_fen=50_000, margin="34.99%", paid="yes"),  # below 35%: nothing
        ev(1, D, "备件销售", amount_fen=80_000, margin="60%", paid="no"),  # not fully paid: nothing
        ev(1, D, "备件销售", amount_fen=80_000, paid="yes"),  # no margin: nothing
    )
    result = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events))
    assert [line.amount_fen for line in result.lines] == [5_000, 5]
    reasons = [n.reason for n in result.not_awarded]
    assert reasons == ["10月12日 备件销售 ¥500.00：毛利率 34.99% 低于 35%，不计提成",
                       "10月12日 备件销售 ¥800.00：全款 为 否，不满足条件「全款 为 是」，不计提成",
                       "10月12日 备件销售 ¥800.00：毛利率未填或无效，不计提成"]


def test_a_stored_margin_below_1_without_a_sign_is_named_with_both_readings_not_read_as_a_percentage():
    # an event stored before such a margin was refused: 0.35 was read as 0.35% and said 「低于 35%」
    events = (ev(1, D, "备件销售", amount_fen=100_000, margin="0.35", paid="yes"),)
    result = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events))
    assert result.lines == []
    assert reason(result, 1) == ("10月12日 备件销售 ¥1,000.00：毛利率「0.35」没写 %，是 35% 还是 0.35%？"
                                 "请在事件中写明（如 35%），不计提成")


def test_the_filter_is_said_in_words_and_a_plan_named_attribute_by_its_name():
    rule = {**PARTS, "where": {"paid": ["yes", "是", "全款"], "margin": ["40%", "50%"]}}
    events = (ev(1, D, "备件销售", amount_fen=36_596, margin="38%", paid="no"),)
    result = evaluate(plan_of(rule), facts(OCT, [person(1)], events=events))
    assert reason(result, 1) == ("10月12日 备件销售 ¥365.96：全款 为 否，且毛利率 为 38%，"
                                 "不满足条件「全款 为 是，且毛利率 为 40% 或 50%」，不计提成")


def test_a_sale_left_out_by_the_filter_says_what_its_record_has():
    """「不满足条件「全款 为 yes、是 或 全款」」 alone left the owner to open the record to learn whether it said 否
    (rightly paid nothing) or was never filled in (to correct)."""
    events = (ev(1, D, "备件销售", amount_fen=48_797, margin="41%"),
              ev(1, D, "备件销售", amount_fen=66_123, margin="42%", paid="部分"))
    result = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events))
    assert result.lines == []
    assert [n.reason for n in result.not_awarded] == [
        "10月12日 备件销售 ¥487.97：未填全款，不满足条件「全款 为 是」，不计提成",
        "10月12日 备件销售 ¥661.23：全款 为 部分，不满足条件「全款 为 是」，不计提成"]
    set_language("en")
    try:
        english = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events[:1]))
    finally:
        set_language("zh")
    assert english.not_awarded[0].reason.startswith("10/12 备件销售 ¥487.97: paid in full not set, not meeting")


def test_a_value_the_list_shows_as_an_allowed_one_is_said_as_typed():
    """A filter 全款 为 是 leaves out a record typed yes, which the events list shows as 是: said as 「全款 为 是」, the
    reason contradicted its own condition; as typed it tells the owner what the condition does not list."""
    rule = {**PARTS, "where": {"paid": ["是"]}}
    events = (ev(1, D, "备件销售", amount_fen=48_797, margin="41%", paid="yes"),
              ev(1, D, "备件销售", amount_fen=66_123, margin="42%", paid="No"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1)], events=events))
    assert [n.reason for n in result.not_awarded] == [
        "10月12日 备件销售 ¥487.97：全款 为 yes，不满足条件「全款 为 是」，不计提成",
        "10月12日 备件销售 ¥661.23：全款 为 否，不满足条件「全款 为 是」，不计提成"]
    no_rule = {**PARTS, "where": {"paid": ["否"]}}  # a plan paying for what was not paid in full reads it alike
    result = evaluate(plan_of(no_rule), facts(OCT, [person(1)], events=events[1:]))
    assert reason(result, 1) == "10月12日 备件销售 ¥661.23：全款 为 No，不满足条件「全款 为 否」，不计提成"


def test_tiers_by_the_attribute_named_as_the_events_list_shows_it():
    """The plan editor's 分档属性 typed as the events list names it (毛利率, not margin) paid nothing: every event
    was said to have 毛利率 未填或无效 though each had one; a rule without 属性名称 said 「margin」 in Chinese."""
    events = (ev(1, D, "备件销售", amount_fen=100_000, margin="40%", paid="yes"),)
    for attr in ("毛利率", "margin"):
        rule = {key: value for key, value in PARTS.items() if key != "attr_name"} | {"attr": attr}
        result = evaluate(plan_of(rule), facts(OCT, [person(1)], events=events))
        assert [line.amount_fen for line in result.lines] == [3_000]
        assert result.lines[0].explanation == "10月12日 备件销售 ¥1,000.00，毛利率 40%（≥ 35%）× 3% = ¥30.00"


def test_issue_example_20_points_over_17_pays_810():
    events = (ev(1, D, "服务积分", value="12.00"), ev(1, D, "服务积分", value="8.00"))
    result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    # (12 + 8 − 17) = 3 points × ¥270 = ¥810 = 81,000 fen
    assert [line.amount_fen for line in result.lines] == [81_000]
    assert result.lines[0].explanation == (
        "10月服务积分 20.00 − 扣分 0.00 = 20.00，超出基数 17.00 共 3.00 积分 × ¥270 = ¥810.00")


def test_deductions_come_off_the_points_first():
    events = (ev(1, D, "服务积分", value="22.50"), ev(1, D, "安全事故"),
              ev(1, D, "二次服务", value="0.75", project="P9"))
    result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    # 22.50 − (1 × 2 + 0.75) = 19.75; 19.75 − 17 = 2.75 × ¥270 = ¥742.50 = 74,250 fen
    assert [line.amount_fen for line in result.lines] == [74_250]
    assert "扣分 2.75（安全事故 1 次 × 2.00 积分；二次服务合计 0.75 积分）" in result.lines[0].explanation


def test_never_below_zero():
    events = (ev(1, D, "服务积分", value="18.00"), ev(1, D, "安全事故"))
    result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    # 18 − 2 = 16 < 17 → nothing, not −1 × ¥270
    assert result.lines == []
    assert reason(result, 1) == (
        "10月服务积分 18.00 − 扣分 2.00（安全事故 1 次 × 2.00 积分） = 16.00，未超过基数 17.00")


def test_points_are_kept_to_two_decimals():
    events = (ev(1, D, "服务积分", value="10"), ev(1, D, "服务积分", value="7.005"))
    result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    # 17.005 → 17.01 points (half up) → 0.01 × ¥270 = ¥2.70 = 270 fen
    assert [line.amount_fen for line in result.lines] == [270]


def test_commission_tiers_must_ascend():
    bad = {**PARTS, "tiers": [{"min": 50, "rate": 5}, {"min": 35, "rate": 3}]}
    with pytest.raises(UserError, match=r"字段「tiers\[2\]\.min」应比上一档高"):
        plan_of(bad)


def test_exactly_the_base_pays_nothing():
    events = (ev(1, D, "服务积分", value="17.00"),)
    result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    # 17 − 17 = 0 points over the base → no line at all (not a ¥0.00 line)
    assert result.lines == []
    assert reason(result, 1) == "10月服务积分 17.00 − 扣分 0.00 = 17.00，未超过基数 17.00"


def test_someone_who_left_mid_month_keeps_the_commission_on_her_sales():
    """A commission is pay for sales made: she sold on 10-12 and left on 10-20, so it is hers, unless the rule
    asks for 期末在职 in so many words (a prize's default)."""
    leaver = person(1, left=date(2026, 10, 20))
    events = (ev(1, D, "备件销售", amount_fen=100_000, margin="50%", paid="yes"),)
    result = evaluate(plan_of(PARTS), facts(OCT, [leaver], events=events))
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 5_000)]
    result = evaluate(plan_of({**PARTS, "active": "period_end"}), facts(OCT, [leaver], events=events))
    assert result.lines == [] and reason(result, 1) == "2026年10月20日离职，期末不在职"


def test_a_sale_of_zero_or_below_is_said_as_such_not_as_no_amount():
    # a refund typed as −¥50.00: its line showed the amount and then said 「没有金额」
    events = (ev(1, D, "备件销售", amount_fen=-5_000, margin="50%", paid="yes"),
              ev(1, D, "备件销售", amount_fen=None, margin="50%", paid="yes"))
    result = evaluate(plan_of(PARTS), facts(OCT, [person(1)], events=events))
    assert result.lines == []
    assert [n.reason for n in result.not_awarded] == ["10月12日 备件销售 -¥50.00：金额不大于 0，不计提成",
                                                      "10月12日 备件销售 （无金额）：没有金额，不计提成"]


def test_points_deducted_are_listed_with_an_english_separator_in_english():
    # 22.50 − (1 × 2 + 0.75) = 19.75 → 2.75 over 17 × ¥270 = ¥742.50; English listed them with 「；」
    from app.i18n import set_language

    events = (ev(1, D, "服务积分", value="22.50"), ev(1, D, "安全事故"), ev(1, D, "二次服务", value="0.75"))
    set_language("en")
    try:
        result = evaluate(plan_of(POINTS), facts(OCT, [person(1)], events=events))
    finally:
        set_language("zh")
    assert "deducted 2.75 (安全事故 1 × 2.00 points; 二次服务 total 0.75 points) = 19.75" in result.lines[0].explanation


def test_a_deduction_per_value_with_a_coefficient_says_it():
    # 二次服务 deducts half its work coefficient: 1.50 × 0.5 = 0.75; 22.50 − 0.75 = 21.75 → 4.75 over 17 × ¥270 =
    # ¥1,282.50. The line said only 「二次服务合计 0.75 分」, which the event's 1.50 did not explain
    rule = {**POINTS, "deductions": [{"event": "二次服务", "per": "value", "points": "0.5"}]}
    events = (ev(1, D, "服务积分", value="22.50"), ev(1, D, "二次服务", value="1.50"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1)], events=events))
    assert [line.amount_fen for line in result.lines] == [128_250]
    assert "扣分 0.75（二次服务合计 1.50 × 0.5 = 0.75 积分） = 21.75" in result.lines[0].explanation


def test_the_points_line_says_points_not_fen():
    """超额积分奖 said 「共 3.00 分 × ¥270」 and 「安全事故 1 次 × 2.00 分」 beside yuan amounts: 分 alone reads as fen
    (cents) on a pay line; the plan editor says 积分, and so does the line (and a reason for no award)."""
    rule = {**POINTS, "deductions": [*POINTS["deductions"], {"event": "客户投诉", "per": "value", "points": "0.5"}]}
    events = (ev(1, D, "服务积分", value="22.50"), ev(1, D, "安全事故"), ev(1, D, "二次服务", value="0.75"),
              ev(1, D, "客户投诉", value="1"), ev(2, D, "服务积分", value="10"), ev(2, D, "安全事故"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1), person(2)], events=events))
    texts = [result.lines[0].explanation, reason(result, 2)]
    for text in texts:
        assert not re.search("(?<!积)分(?!数)", text.replace("扣分", "")), text
    assert "共 2.25 积分 × ¥270 = ¥607.50" in texts[0]
    assert "安全事故 1 次 × 2.00 积分" in texts[0]
