"""`honghua staff departments | rename-dept`: a renamed department keeps the rules a plan writes for its former
name; a new department taking that name takes them, asked first when an approved month would change."""

import copy
import json
from datetime import date

from app.domain import StaffDraft
from app.periods import Month
from app.shop import Shop
from tests.awards.conftest import PLAN_A, write_plan

SEP = Month(2026, 9)


def _approved_shop(db, tmp_path):
    """甲 of 客服部, praised twice in September; 表扬奖 written for 客服部; September approved."""
    plan = copy.deepcopy(PLAN_A)
    next(r for r in plan["rules"] if r["name"] == "表扬奖")["eligible"] = {"departments": ["客服部"]}
    shop = Shop.open(db, date(2026, 10, 20))
    try:
        jia = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 3, 1)))
        shop.events.add(date(2026, 9, 8), jia.id, "表扬")
        shop.events.add(date(2026, 9, 9), jia.id, "表扬")
        shop.awards.plans.use(str(write_plan(tmp_path, plan)))
        shop.awards.approve(SEP, confirm=True)
    finally:
        shop.close()


def test_rename_keeps_the_rules_and_lists_the_former_name(cli, db, tmp_path):
    _approved_shop(db, tmp_path)
    renamed = cli("staff", "rename-dept", "客服部", "客服一部")
    assert renamed.code == 0, renamed.err
    assert renamed.out == "部门 客服部 已改名为 客服一部\n"
    assert renamed.err.startswith("方案里写明适用于「客服部」的奖项（「客服方案」的「表扬奖」）仍适用于这个部门")
    listed = json.loads(cli("staff", "departments", "--json").out)
    assert listed == [{"id": 1, "name": "客服一部", "active_staff": 1, "former_names": ["客服部"]}]
    assert "客服一部" in cli("staff", "departments").out
    status = cli("awards", "status", "--period", "2026-09", "--json")
    assert status.code == 0, status.err
    review = json.loads(status.out)
    assert not review["changed"]
    assert [(x["staff"], x["amount_fen"]) for x in review["lines"] if x["award"] == "表扬奖"] == [("甲", 4000)]


def test_a_new_department_taking_the_former_name_is_refused_unconfirmed_saying_why(cli, db, tmp_path):
    _approved_shop(db, tmp_path)
    assert cli("staff", "rename-dept", "客服部", "客服一部").code == 0
    refused = cli("staff", "add", "丁", "--dept", "客服部", "--hired", "2026-10-01")
    assert refused.code == 2
    assert "原本按旧名称适用于「客服一部」，现在改为适用于新部门「客服部」" in refused.err
    assert "--confirm-approved" in refused.err
    assert [d["name"] for d in json.loads(cli("staff", "departments", "--json").out)] == ["客服一部"]
    added = cli("staff", "add", "丁", "--dept", "客服部", "--hired", "2026-10-01", "--confirm-approved")
    assert added.code == 0 and "现在改为适用于新部门「客服部」" in added.err  # said again once it is done


def test_a_person_moved_into_a_new_department_by_a_former_name_is_told_the_rules_it_takes(cli, db, tmp_path):
    """`staff edit` into a department typed by a former name: the rules written for that name change hands, said."""
    _approved_shop(db, tmp_path)
    assert cli("staff", "add", "丙", "--dept", "售后部", "--hired", "2026-10-01").code == 0
    assert cli("staff", "rename-dept", "客服部", "客服一部").code == 0
    moved = cli("staff", "edit", "丙", "--dept", "客服部", "--confirm-approved")
    assert moved.code == 0, moved.err
    assert "「客服方案」的「表扬奖」）原本按旧名称适用于「客服一部」，现在改为适用于新部门「客服部」" in moved.err
    assert "现在改为" not in cli("staff", "edit", "丙", "--role", "组长", "--confirm-approved").err


def test_an_unknown_department_is_named(cli, db, tmp_path):
    _approved_shop(db, tmp_path)
    result = cli("staff", "rename-dept", "客户部", "客服一部")
    assert result.code == 2 and "没有部门「客户部」" in result.err
