"""A department made by mistake or never used is deleted (部门管理's 删除部门); one anything uses is not: every row
naming it — by its number or by a name it has or had — refuses it, said by what it is, and nothing is written."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.store.department_uses import USE_QUERIES

# the words a department's use is refused with, and the rows that give department #9 (美工部) that use
USE_ROWS = {
    "red_flag": ("小红旗记录", ("INSERT INTO red_flag (number, issuer_id, dept_id, issued, reason, quota_month, "
                            "quota_slot) VALUES ('R1', 1, 9, '2026-10-05', '第一', '2026-10', 1)")),
    "plan_assignment": ("为它指定的奖励方案", ("INSERT INTO plan (id, name, version, content, content_hash, created_at) "
                                        "VALUES (1, '方案', 1, '{}', 'h', '2026-10-01T10:00:00')"),
                        "INSERT INTO plan_assignment (dept_id, plan_id, at) VALUES (9, 1, '2026-10-01T10:00:00')"),
    "award_line": ("评奖结果", ("INSERT INTO award_line (run_id, seq, recipient_type, dept, award, rule_kind, kind, "
                            "amount_fen, explanation, certificate) VALUES (1, 1, 'department', '美工部', '优秀部门', "
                            "'rank', 'cash', 100, '第一', 0)")),
    "award_fixed_pay": ("评奖结果", """UPDATE award_run SET fixed_pay = '{"1": {"dept": "美工部", "pay": {}}}'"""),
    "award_manual": ("手动奖励或调整", ("INSERT INTO award_manual (period, dept, amount_fen, reason, at, os_user) "
                                 "VALUES ('2026-09', '美工部', 100, '补发', '2026-10-01T10:00:00', 'owner')")),
    "certificate": ("奖状", ("INSERT INTO certificate (number, period, seq, identity, recipient_type, recipient, "
                           "award, checksum, issued, created_at, created_by) VALUES ('C1', '2026-09', 1, 'x', "
                           "'department', '美工部', '优秀部门', 'c', '2026-10-01', '2026-10-01T10:00:00', 'owner')")),
    "award_line_by_former_name": (
        "评奖结果", "INSERT INTO department_former_name (dept_id, name, until) VALUES (9, '设计部', '2026-10-01T00:00:00')",
        ("INSERT INTO award_line (run_id, seq, recipient_type, dept, award, rule_kind, kind, amount_fen, explanation, "
         "certificate) VALUES (1, 1, 'department', '设计部', '优秀部门', 'rank', 'cash', 100, '第一', 0)")),
}


def _shop_with_an_empty_department(shop, *, approved_run=False):
    shop.staff.add(StaffDraft("小美", dept="客服部", hired=date(2025, 1, 1)))
    dept = shop.staff.add_department("美工部")
    db = shop.store.db
    db.execute("UPDATE department SET id = 9 WHERE id = ?", [dept.id])
    if approved_run:  # the award lines' run
        db.execute("INSERT INTO award_run (id, period, status, approved_at, os_user, fingerprint) "
                   "VALUES (1, '2026-09', 'approved', '2026-10-05T10:00:00', 'owner', 'f')")
    return shop.store.departments.by_name("美工部")


def _refused(shop, dept_id, what):
    logged = shop.store.audit.count()
    with pytest.raises(UserError) as refused:
        shop.staff.remove_department(dept_id)
    assert refused.value.message == f"部门「美工部」已有{what}，不能删除（删除只用于误加、从没用过的部门）"
    assert "美工部" in [d.name for d in shop.staff.departments()] and shop.store.audit.count() == logged


def test_the_tables_naming_a_department_are_those_the_check_reads(shop):
    """A table added later with a department's number must join the check (or be named here as no use)."""
    not_use = {"department", "department_former_name"}  # the department itself, and its names (deleted with it)
    holding = set()
    for (table,) in shop.store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        columns = {row[1] for row in shop.store.db.execute(f"PRAGMA table_info({table})")}
        references = {row[2] for row in shop.store.db.execute(f"PRAGMA foreign_key_list({table})")}
        if columns & {"dept_id", "dept"} or "department" in references:
            holding.add(table)
    queries = " ".join(query for _kind, query in USE_QUERIES)
    assert {t for t in holding - not_use if f"FROM {t} " not in queries} == set()


@pytest.mark.parametrize("kind", sorted(USE_ROWS))
def test_a_department_with_any_use_is_refused_and_kept(shop, kind):
    dept = _shop_with_an_empty_department(shop, approved_run=True)
    word, *statements = USE_ROWS[kind]
    for sql in statements:
        shop.store.db.execute(sql)
    assert shop.staff.department_uses(dept.id) == [word]
    _refused(shop, dept.id, word)


def test_its_people_in_post_or_left_are_named(shop):
    dept = _shop_with_an_empty_department(shop)
    li = shop.staff.add(StaffDraft("小丽", dept="美工部", hired=date(2025, 1, 1)))
    shop.staff.leave(li.id, date(2026, 9, 30))
    assert shop.staff.department_uses(dept.id)[0] == "员工 小丽（#2）"
    _refused(shop, dept.id, "员工 小丽（#2）")  # in it now, not "曾在这个部门的员工" though the log shows her in it


def test_someone_who_was_in_it_before_is_refused(shop):
    """小丽 moved to 客服部: the 操作日志 still shows her in 美工部 (and in its former name 设计部)."""
    dept = _shop_with_an_empty_department(shop)
    li = shop.staff.add(StaffDraft("小丽", dept="美工部", hired=date(2025, 1, 1)))
    shop.staff.edit(li.id, StaffDraft("小丽", dept="客服部", hired=date(2025, 1, 1)))
    _refused(shop, dept.id, "曾在这个部门的员工（见操作日志）")


def test_a_target_set_for_it_is_refused(shop):
    """Its people then (a demo shop's, added without a row in the log) have moved on since."""
    dept = _shop_with_an_empty_department(shop)
    shop.store.audit.add("owner", "target.set_department", "2026年10月 美工部 全体 1 人的销售额目标设为 ¥100.00",
                         {"dept_id": dept.id, "metric": "sales", "month": "2026-10", "new": 100_00, "staff": [1]})
    assert shop.staff.department_uses(dept.id) == ["按部门设过的目标"]
    _refused(shop, dept.id, "按部门设过的目标")


def test_an_unused_department_is_deleted_with_its_former_names_and_an_audit_row(shop):
    dept = _shop_with_an_empty_department(shop)
    shop.staff.rename_department(dept.id, "设计部")
    assert shop.staff.department_uses(dept.id) == []
    assert shop.staff.remove_department(dept.id).name == "设计部"
    assert [d.name for d in shop.staff.departments()] == ["客服部"]
    assert shop.staff.former_names() == {}
    entry = shop.store.audit.recent(1)[0]
    assert (entry.action, entry.summary) == ("department.remove", "删除部门 设计部")
    detail = shop.store.db.execute("SELECT detail FROM audit WHERE id = ?", [entry.id]).fetchone()[0]
    assert '"former_names": ["美工部"]' in detail
    shop.staff.add_department("设计部")  # the name is free again, and means no department it had before
    assert shop.staff.renamed_departments() == {}


def test_a_department_gone_meanwhile_is_said(shop):
    with pytest.raises(UserError) as refused:
        shop.staff.remove_department(42)
    assert refused.value.message == "没有编号为 42 的部门"
