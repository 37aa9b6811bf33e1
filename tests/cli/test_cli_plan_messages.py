"""`honghua plan use` on a plan file with a mistake: the refusal names the file's own words."""

import json

PRAISE = {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "amount": -20}


def test_a_negative_amount_is_refused_with_the_files_pays_deduction_next_to_deduction(cli, new_shop, tmp_path):
    """A plan file has no 「发放」 box: its "pays": "deduction" is said right after 「扣款」, the choice it writes,
    not after 金额仍写正数."""
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"name": "测试方案", "key": "t", "rules": [PRAISE]}, ensure_ascii=False), encoding="utf-8")
    result = cli("plan", "use", str(plan))
    assert result.code == 2
    assert '把「发放」选为「扣款」（方案文件中为 "pays": "deduction"），金额仍写正数' in result.err
    result = cli("plan", "use", str(plan), lang="en")
    assert result.code == 2
    assert 'set Give to Deduction ("pays": "deduction" in a plan file), with a positive amount' in result.err


BEST_SERVICE = {"name": "最佳服务奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 100,
                "conditions": [{"metric": "ratings", "op": ">=", "value": 30},
                               {"metric": "satisfaction", "op": ">=", "value": 0.95}]}


def test_a_rate_threshold_typed_as_a_fraction_is_used_as_written_with_a_note(cli, new_shop, tmp_path):
    """满意率 ≥ 0.95 is 0.95 %, which nearly everyone meets: the file is taken as it is (it may mean it), and the
    note names the rule, the condition and the field, with what 95 % would be written as."""
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"name": "测试方案", "key": "t", "rules": [BEST_SERVICE]}, ensure_ascii=False),
                    encoding="utf-8")
    result = cli("plan", "use", str(plan))
    assert result.code == 0
    assert ("「最佳服务奖」的条件「满意率 ≥ 0.95%」几乎人人都能达到（字段「conditions[2].value」）。"
            "方案里的百分数按 100 = 100% 填写：若是想填 95%，请改为 95 后重新选用") in result.err, result.err
    result = cli("plan", "use", str(plan), lang="en")
    assert result.code == 0
    assert ('"最佳服务奖": the condition "Satisfaction ≥ 0.95%" is met by nearly everyone '
            '(field "conditions[2].value")') in result.err, result.err
    assert "if 95% was meant, change it to 95 and use the plan again" in result.err


def test_a_threshold_of_at_most_1_percent_that_is_hard_to_meet_has_no_note(cli, new_shop, tmp_path):
    hard = {**BEST_SERVICE, "conditions": [{"metric": "satisfaction", "op": "<=", "value": 0.5}]}
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"name": "测试方案", "key": "t", "rules": [hard]}, ensure_ascii=False), encoding="utf-8")
    result = cli("plan", "use", str(plan))
    assert result.code == 0 and "几乎人人" not in result.err
