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
