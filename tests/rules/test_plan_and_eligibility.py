import json
from datetime import date

import pytest

from app.errors import UserError
from app.rules import dump_plan, evaluate, load_plan, parse_plan

from .rules_helpers import OCT, OCT_KEY, ev, facts, person, plan_of, reason

PRAISE = {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "amount": 20}
D = date(2026, 10, 8)


@pytest.mark.parametrize(("rule", "message"), [
    ({**PRAISE, "amout": 20}, "方案「测试方案」第 1 条规则「表扬奖」：字段「amout」不认识（拼写错误？）"),
    ({**PRAISE, "kind": "lottery"}, "第 1 条规则「表扬奖」：字段「kind」的值「lottery」无效"),
    ({**PRAISE, "period": "week"}, "字段「period」的值「week」无效"),
    ({**PRAISE, "pays": "honour"}, "字段「pays」此类规则不能用「honour」"),
    ({**PRAISE, "amount": -20}, "字段「amount」金额不能为负数"),
    ({**PRAISE, "amount": "二十"}, "字段「amount」的值「二十」不是有效的金额（元）"),
    ({k: v for k, v in PRAISE.items() if k != "event"}, "字段「event」缺失"),
    ({k: v for k, v in PRAISE.items() if k != "name"}, "方案「测试方案」第 1 条规则：字段「name」缺失"),
    ({**PRAISE, "pays": "item"}, "字段「item」缺失：发放物品时应写明物品名称"),
    ({"name": "x", "kind": "threshold", "period": "month", "pays": "cash", "amount": 1,
      "conditions": [{"metric": "happiness", "value": 1}]}, "字段「conditions[1].metric」的指标「happiness」不存在"),
    ({"name": "x", "kind": "threshold", "period": "month", "pays": "cash", "amount": 1,
      "conditions": [{"metric": "ratings", "op": "~", "value": 1}]}, "字段「conditions[1].op」的值「~」无效"),
    ({**PRAISE, "eligible": {"departments": "客服部", "role": ["客服"]}}, "字段「eligible.role」不认识"),
])
def test_validation_names_the_rule_and_the_field(rule, message):
    with pytest.raises(UserError) as caught:
        plan_of(rule)
    assert message in str(caught.value)


def test_duplicate_rule_names_are_refused():
    with pytest.raises(UserError, match="规则名称「表扬奖」重复"):
        plan_of(PRAISE, PRAISE)


def test_chinese_kind_and_period_words_are_accepted():
    plan = plan_of({**PRAISE, "kind": "按次", "period": "月", "pays": "现金"})
    assert (plan.rules[0].kind, plan.rules[0].period, plan.rules[0].pays) == ("per_event", "month", "cash")


def test_load_plan_from_file_and_bad_json(tmp_path):
    good = tmp_path / "plan.json"
    good.write_text(json.dumps({"name": "小店方案", "rules": [PRAISE]}, ensure_ascii=False), encoding="utf-8")
    plan = load_plan(good)
    assert plan.name == "小店方案" and [r.name for r in plan.rules] == ["表扬奖"]
    assert json.loads(dump_plan(plan))["rules"][0]["amount"] == 20
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",\n "rules": [}', encoding="utf-8")
    with pytest.raises(UserError, match=r"方案文件「bad.json」不是有效的方案文件：第 2 行第 \d+ 列附近、") as caught:
        load_plan(bad)
    assert "Expecting" not in caught.value.message  # not the parser's English
    assert "字段「rules」处格式不对" in caught.value.message


@pytest.mark.parametrize(("broken", "said"), [
    ('"amount": 2O}', "第 3 行第 14 列附近、规则「表扬奖」的字段「amount」处格式不对"),  # the letter O for a zero
    ('"amount": 20,}', "第 3 行第 16 列附近、规则「表扬奖」的字段「amount」处格式不对"),  # a comma left behind
])
def test_a_hand_broken_plan_file_names_the_rule_and_field_near_the_fault(tmp_path, broken, said):
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "小店方案", "rules": [\n {"name": "表扬奖", "kind": "per_event", "pays": "cash",\n  '
                   + broken + "]}", encoding="utf-8")
    with pytest.raises(UserError, match="方案文件「bad.json」不是有效的方案文件") as caught:
        load_plan(bad)
    assert said in caught.value.message
    empty = tmp_path / "empty.json"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(UserError, match="方案文件「empty.json」是空的"):
        load_plan(empty)
    with pytest.raises(UserError, match="无法读取方案文件"):
        load_plan(tmp_path / "missing.json")


@pytest.mark.parametrize(("text", "said"), [
    # a description typed in the editor is written after the rules: it is the plan's, no rule's
    ('{"name": "小店方案", "rules": [\n {"name": "表扬奖", "amount": 20}\n ],\n "description": "春季"版""}',
     "附近、字段「description」处"),
    # the fault is in the second rule before its name: not in 表扬奖
    ('{"name": "小店方案", "rules": [\n {"name": "表扬奖", "amount": 20},\n {"kind": "per_event" "name": "投诉扣款"}]}',
     "附近、字段「kind」处"),
    # a metric the plan declares after its rules is no rule
    (('{"name": "小店方案", "rules": [{"name": "表扬奖", "amount": 20}],\n "derived": [{"key": "x", "name": "客单价2",'
      ' "op": "ratio" "a": "sales"}]}'), "附近、字段「op」处"),
    (('{"name": "小店方案", "rules": [\n {"name": "表扬奖", "amount": 20},\n'
      ' {"name": "投诉扣款", "conditions": [{"metric": "x"}], "amount": 2O}]}'), "附近、规则「投诉扣款」的字段「amount」处"),
], ids=["description after the rules", "before the rule's name", "a derived metric", "the second rule"])
def test_a_broken_plan_file_names_a_rule_only_when_the_fault_is_in_it(tmp_path, text, said):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match="方案文件「bad.json」不是有效的方案文件") as caught:
        load_plan(bad)
    assert said in caught.value.message


def test_amounts_in_files_are_exact_decimals():
    # 0.1 + 0.2 yuan per praise, written as a decimal in JSON: exactly 30 fen, never 30.000000000000004
    plan = parse_plan(json.loads('{"name": "p", "rules": [{"name": "表扬奖", "kind": "per_event", "period": "month",'
                                 ' "pays": "cash", "event": "表扬", "amount": "0.3"}]}'))
    result = evaluate(plan, facts(OCT, [person(1)], events=(ev(1, D, "表扬"),)))
    assert [line.amount_fen for line in result.lines] == [30]


def test_eligibility_by_department_and_role_and_period_end():
    rule = {**PRAISE, "eligible": {"departments": ["客服部"], "roles": ["客服"]}}
    staff = [person(1), person(2, dept="售后部"), person(3, role="主管"),
             person(4, left=date(2026, 10, 15)),  # left mid-month: not employed on 10-31
             person(5, hired=date(2026, 11, 1))]  # not yet hired: silently left out
    events = tuple(ev(i, D, "表扬") for i in (1, 2, 3, 4, 5))
    result = evaluate(plan_of(rule), facts(OCT, staff, events=events))
    assert [line.staff_id for line in result.lines] == [1]
    assert reason(result, 4) == "2026年10月15日离职，期末不在职"
    assert [n.staff_id for n in result.not_awarded] == [4]


def test_leaving_on_the_last_day_still_counts_and_active_any_time_overrides():
    staff = [person(1, left=date(2026, 10, 31)), person(2, left=date(2026, 10, 15))]
    events = (ev(1, D, "表扬"), ev(2, D, "表扬"))
    assert [line.staff_id for line in evaluate(plan_of(PRAISE), facts(OCT, staff, events=events)).lines] == [1]
    anytime = {**PRAISE, "active": "any_time"}
    assert [line.staff_id for line in evaluate(plan_of(anytime), facts(OCT, staff, events=events)).lines] == [1, 2]


def test_provisional_when_the_period_has_not_ended():
    staff = [person(1)]
    values = {(1, "sales", OCT_KEY): 1}
    assert evaluate(plan_of(PRAISE), facts(OCT, staff, values=values, today=date(2026, 10, 20))).provisional
    assert not evaluate(plan_of(PRAISE), facts(OCT, staff, values=values, today=date(2026, 11, 1))).provisional


def test_every_rule_kind_has_a_chinese_label_for_the_payout_sheet():
    from app.rules.kinds import KIND_LABELS, KIND_WORDS

    for kind, label in KIND_LABELS.items():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in label), (kind, label)
        assert KIND_WORDS[label] == kind  # the label also reads back as the kind
