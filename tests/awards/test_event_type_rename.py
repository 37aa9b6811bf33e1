"""An event type renamed (设置 → 事件类型 → 改名…, `honghua event rename-type`): shown by its new name, while the
events recorded, the plans' rules that count them and the approved periods keep the name they hold — the type's
stored name, which never changes — so none of them changes."""

from datetime import date

import pytest

from app.errors import UserError

from .conftest import SEP
from .test_payout_receipt import Q3


def test_a_builtin_type_renamed_is_shown_by_its_new_name_and_found_by_either(shop, team):
    renamed = shop.events.rename_type("表扬", "客户表扬")
    assert (renamed.name, renamed.label) == ("表扬", "客户表扬")
    assert [e.label for e in shop.events.types() if e.name == "表扬"] == ["客户表扬"]
    [row] = shop.store.audit.recent(1, "event_type.rename")
    assert row.summary == "事件类型 表扬 改名为 客户表扬"
    # typed by its new name or its stored one, an event is recorded under the stored name, as those before it
    new = shop.events.add(date(2026, 9, 20), team["甲"], "客户表扬")
    old = shop.events.add(date(2026, 9, 21), team["甲"], "表扬")
    assert new.type == old.type == "表扬"
    assert shop.store.audit.recent(1, "event.add")[0].summary.endswith("：客户表扬")


def test_a_rename_changes_no_rules_count_and_no_approved_period(shop, team):
    before = shop.awards.compute(SEP)
    shop.events.rename_type("表扬", "客户表扬")
    assert shop.awards.compute(SEP).lines == before.lines  # the rule 「表扬」 counts the praises recorded before
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    shop.events.rename_type("客户表扬", "顾客表扬")
    assert not shop.awards.compute(SEP).changed  # the approval stands
    shop.events.add(date(2026, 9, 25), team["甲"], "顾客表扬", confirm_approved=True)
    counted = shop.awards.compute(SEP)  # a praise recorded by the new name is one more of the rule's
    assert counted.changed and [(d.staff_id, d.new_net_fen - d.old_net_fen) for d in counted.differences] == [
        (team["甲"], 2000)]


@pytest.mark.parametrize("taken", ["投诉", "投 诉", "好评返现", "好评 返现"])
def test_a_name_another_type_has_is_refused(shop, taken):
    shop.events.add_type("好评返现", "positive")
    with pytest.raises(UserError, match="已存在"):
        shop.events.rename_type("表扬", taken)
    assert [e.label for e in shop.events.types() if e.name == "表扬"] == ["表扬"]  # nothing written
    assert not shop.store.audit.recent(5, "event_type.rename")


def test_a_renamed_types_names_are_taken_and_renamed_back_it_is_shown_as_stored(shop):
    shop.events.rename_type("表扬", "客户表扬")
    for taken in ("客户表扬", "表扬"):  # a new type by either name would read as it, or take its rules' events
        with pytest.raises(UserError, match="已存在"):
            shop.events.add_type(taken, "positive")
    with pytest.raises(UserError, match="不能为空"):
        shop.events.rename_type("客户表扬", "  ")
    assert shop.events.rename_type("客户表扬", "表扬").label == "表扬"
    assert shop.store.events.shown_names() == {}


def test_the_shops_own_type_is_renamed_the_same_way(shop, team):
    shop.events.add_type("迟到", "negative")
    shop.events.add(date(2026, 9, 7), team["乙"], "迟到")
    shop.events.rename_type("迟到", "上班迟到")
    assert [e.label for e in shop.events.types() if not e.builtin] == ["上班迟到"]
    assert [e.type for e in shop.events.between(date(2026, 9, 1), date(2026, 9, 30), team["乙"])] == ["迟到", "投诉"]


def test_a_plan_file_naming_a_type_by_its_new_name_counts_its_events_and_keeps_the_stored_name(shop, team, tmp_path):
    """A plan written after the rename, naming 「客户表扬」, counted no praise at all: the rules count the events by
    the name they hold. Taken in (`plan use`, `plan import`), the plan holds the type's stored name, so a later rename
    changes nothing it counts."""
    import json

    from .conftest import PLAN_B, write_plan

    shop.events.rename_type("表扬", "客户表扬")
    plan = {**PLAN_B, "rules": [{**PLAN_B["rules"][0], "event": "客户表扬"}]}
    shop.awards.plans.use(str(write_plan(tmp_path, plan, "b2.json")), dept="售后部")
    paid = [(x.award, x.amount_fen) for x in shop.awards.compute(SEP).lines if x.staff_id == team["丙"]]
    assert ("表扬奖", 3000) in paid  # 丙 was praised once
    imported = shop.awards.plans.import_file(write_plan(tmp_path, {**plan, "name": "售后方案二"}, "b3.json"))
    for text in (shop.store.plans.latest("售后方案").content, imported.stored.content):
        assert json.loads(text)["rules"][0]["event"] == "表扬"
    shop.events.rename_type("客户表扬", "顾客表扬")
    assert ("表扬奖", 3000) in [(x.award, x.amount_fen) for x in shop.awards.compute(SEP).lines
                               if x.staff_id == team["丙"]]
