"""Editing the shop's plans without Qt: copying a preset, saving an edited plan as a new version (assignments
keep their version), refusing an invalid plan without writing, importing and exporting exact versions."""

import json
from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.periods import Month
from app.rules import dump_plan, load_preset

from .conftest import PLAN_A, write_plan

SEP, OCT = Month(2026, 9), Month(2026, 10)


def _dump(shop):
    return list(shop.store.db.conn.iterdump())


def _stage_rule(data):
    return next(r for r in data["rules"] if r["name"] == "阶段目标奖")


def test_copying_a_preset_stores_it_once_and_records_it(shop):
    plans = shop.awards.plans
    first = plans.copy_preset("taobao-kefu")
    assert first.created
    assert (first.stored.name, first.stored.version, first.stored.key) == ("淘宝客服激励方案", 1, "taobao-kefu")
    assert first.stored.content == dump_plan(load_preset("taobao-kefu"))
    again = plans.copy_preset("taobao-kefu")
    assert not again.created and again.stored.id == first.stored.id
    assert [p.id for p in plans.stored()] == [first.stored.id]
    audit = shop.store.audit.recent(action_prefix="plan.copy")
    assert len(audit) == 1 and "淘宝客服激励方案" in audit[0].summary


def test_a_copy_beside_an_edited_plan_of_the_same_name_gets_its_own_name_without_the_key(shop):
    plans = shop.awards.plans
    plans.copy_preset("taobao-kefu")
    data = plans.editable(plans.stored()[0].id)
    _stage_rule(data)["stages"][1]["amount"] = 600
    plans.save_edited(data)
    copy = plans.copy_preset("taobao-kefu")
    assert copy.created and copy.stored.name == "淘宝客服激励方案（副本）" and copy.stored.key == ""
    named = plans.copy_preset("after-sales", "售后部方案")
    assert named.stored.name == "售后部方案" and named.stored.version == 1


def test_saving_an_edit_stores_a_new_version_and_periods_keep_theirs(shop):
    plans = shop.awards.plans
    v1 = plans.copy_preset("taobao-kefu").stored
    plans.use_stored(v1.id)  # every department, every period
    data = plans.editable(v1.id)
    _stage_rule(data)["stages"][1]["amount"] = 600
    saved = plans.save_edited(data)
    assert saved.created and (saved.stored.name, saved.stored.version) == (v1.name, 2)
    assert saved.stored.label == "淘宝客服激励方案（第2版）"
    assert _stage_rule(json.loads(saved.stored.content))["stages"][1] == {"percent": 120, "amount": 600}
    assert [f.stored.id for f in plans.in_force(SEP)] == [v1.id]  # saving does not change what is in force
    plans.use_stored(saved.stored.id, from_month="2026-10")
    assert [f.stored.id for f in plans.in_force(SEP)] == [v1.id]
    assert [f.stored.id for f in plans.in_force(OCT)] == [saved.stored.id]
    assert plans.in_force(OCT)[0].plan.rule("阶段目标奖").params.stages[1].amount_fen == 60000
    audit = shop.store.audit.recent(action_prefix="plan.save")
    assert len(audit) == 1 and "第2版" in audit[0].summary


def test_the_same_content_in_another_key_order_is_not_a_new_version(shop):
    plans = shop.awards.plans
    v1 = plans.copy_preset("taobao-kefu").stored
    data = plans.editable(v1.id)
    data["rules"] = [dict(reversed(list(rule.items()))) for rule in data["rules"]]
    before = _dump(shop)
    result = plans.save_edited(data)
    assert not result.created and result.stored.id == v1.id
    assert _dump(shop) == before


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d["rules"][1].update(step=-100), ("第 2 条规则「阶梯奖励」", "「step」", "应大于 0")),
    (lambda d: d["rules"][2].update(name=""), ("第 3 条规则", "「name」", "应为非空文字")),
    (lambda d: d["rules"][2].update(name="阶段目标奖"), ("规则名称「阶段目标奖」重复",)),
    (lambda d: d["rules"][0].update(metric="no_such"), ("「阶段目标奖」", "「metric」", "no_such")),
])
def test_an_invalid_edit_is_refused_naming_rule_and_field_and_nothing_is_written(shop, change, expected):
    plans = shop.awards.plans
    v1 = plans.copy_preset("taobao-kefu").stored
    data = plans.editable(v1.id)
    change(data)
    before = _dump(shop)
    with pytest.raises(UserError) as refused:
        plans.save_edited(data)
    for fragment in expected:
        assert fragment in refused.value.message
    assert _dump(shop) == before


def test_the_failing_rule_is_located_for_the_editor(shop):
    plans = shop.awards.plans
    data = plans.preset_data("taobao-kefu")
    assert plans.failing_rule(data) is None
    data["rules"][4]["amount"] = "abc"
    assert plans.failing_rule(data) == 4
    data = plans.preset_data("taobao-kefu")
    data["rules"][2]["name"] = data["rules"][0]["name"]  # each rule alone is fine: the duplicate is between them
    assert plans.failing_rule(data) is None
    data = plans.preset_data("taobao-kefu")
    data["name"] = ""  # the plan's own name: no rule is at fault (it once pointed the editor at rule 1)
    assert plans.failing_rule(data) is None


def test_import_and_export_of_exact_versions(shop, tmp_path):
    plans = shop.awards.plans
    imported = plans.import_file(write_plan(tmp_path, PLAN_A))
    assert imported.created and imported.stored.name == "客服方案" and imported.stored.source == "kefu-test.json"
    again = plans.import_file(write_plan(tmp_path, PLAN_A, "same.json"))
    assert not again.created and again.stored.id == imported.stored.id
    changed = json.loads(json.dumps(PLAN_A))
    changed["rules"][2]["amount"] = 30
    v2 = plans.import_file(write_plan(tmp_path, changed, "v2.json")).stored
    assert v2.version == 2
    out = plans.export_stored(imported.stored.id, tmp_path / "out" / "v1.json")
    assert out.read_text(encoding="utf-8") == imported.stored.content  # the exact version, not the newest
    assert json.loads(out.read_text(encoding="utf-8"))["rules"][2]["amount"] == 20
    with pytest.raises(UserError, match="找不到方案文件"):
        plans.import_file(tmp_path / "missing.json")
    assert len(shop.store.audit.recent(action_prefix="plan.import")) == 2


@pytest.mark.parametrize(("change", "said"), [
    ({"conditions": [{"metric": "satisfaction", "op": ">=", "value": "101%"}]},
     "「最佳服务奖」：字段「conditions[1].value」的值「101%」超过 100%：满意率最高 100%"),
    ({"amount": 100_000_000}, "「最佳服务奖」：字段「amount」的值「100000000」超过 ¥1,000,000.00"),
])
def test_an_imported_plan_file_is_held_to_the_editors_limits(shop, tmp_path, change, said):
    data = shop.awards.plans.preset_data("taobao-kefu")
    rule = next(r for r in data["rules"] if r["name"] == "最佳服务奖")
    rule.update(change)
    before = _dump(shop)
    with pytest.raises(UserError) as caught:
        shop.awards.plans.import_file(write_plan(tmp_path, data, "absurd.json"))
    assert said in caught.value.message
    assert _dump(shop) == before


def test_use_stored_puts_that_version_in_force_not_the_newest(shop, tmp_path):
    shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 1, 1)))
    plans = shop.awards.plans
    v1 = plans.import_file(write_plan(tmp_path, PLAN_A)).stored
    changed = json.loads(json.dumps(PLAN_A))
    changed["rules"][2]["amount"] = 30
    plans.import_file(write_plan(tmp_path, changed, "v2.json"))
    result = plans.use_stored(v1.id, "客服部", "2026-09")
    assert result.stored.id == v1.id and not result.created and result.dept == "客服部"
    assert [f.stored.id for f in plans.in_force(SEP)] == [v1.id]
    with pytest.raises(UserError, match="方案 #999 不存在"):
        plans.use_stored(999)
