"""A plan's rule names its departments by name (适用部门); a department renamed since keeps its rules: the
name it had means it until another department has that name. The plan's stored text is never rewritten."""

import copy
from datetime import date

from app.domain import StaffDraft

from .conftest import OCT, PLAN_A, SEP, put, write_plan


def _rename(shop, old, new, confirm=False):
    shop.staff.rename_department(shop.store.departments.by_name(old).id, new, confirm_approved=confirm)


def _lines(lines, award):
    """The lines of 客服方案's award (售后部's plan has a 表扬奖 of its own)."""
    return sorted((x.staff_name or x.dept, x.amount_fen) for x in lines if x.award == award and "客服方案" in x.plan)


def _for_kefu(shop, tmp_path):
    """表扬奖 and 优秀部门 only for 客服部, by name."""
    plan = copy.deepcopy(PLAN_A)
    for rule in plan["rules"]:
        if rule["name"] in ("表扬奖", "优秀部门"):
            rule["eligible"] = {"departments": ["客服部"]}
    shop.awards.plans.use(str(write_plan(tmp_path, plan, "kefu-named.json")))


def test_a_renamed_department_keeps_the_rules_that_name_it(shop, team, tmp_path):
    _for_kefu(shop, tmp_path)
    before = shop.awards.calculate(SEP).lines
    _rename(shop, "客服部", "客服一部")
    computed = shop.awards.calculate(SEP)
    after = computed.lines
    assert _lines(after, "表扬奖") == [("甲", 4000)] == _lines(before, "表扬奖")
    assert _lines(after, "优秀部门") == [("客服一部", 50000)]  # its target: its members' targets, as before
    assert "「客服方案」的「表扬奖」、「优秀部门」适用部门：客服一部（原名 客服部）" in computed.notes
    shop.events.add(date(2026, 10, 8), team["乙"], "表扬")  # next month too
    assert _lines(shop.awards.calculate(OCT).lines, "表扬奖") == [("乙", 2000)]


def test_renamed_there_and_back_keeps_them(shop, team, tmp_path):
    _for_kefu(shop, tmp_path)
    _rename(shop, "客服部", "客服一部")
    _rename(shop, "客服一部", "客服部")
    assert _lines(shop.awards.calculate(SEP).lines, "表扬奖") == [("甲", 4000)]
    _rename(shop, "客服部", "客服一部")
    assert _lines(shop.awards.calculate(SEP).lines, "表扬奖") == [("甲", 4000)]


def test_a_new_department_taking_the_old_name_takes_the_rules(shop, team, tmp_path):
    """The name means the department that has it now."""
    _for_kefu(shop, tmp_path)
    _rename(shop, "客服部", "客服一部")
    new = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 3, 1)))
    shop.events.add(date(2026, 9, 10), new.id, "表扬")
    put(shop, new.id, date(2026, 9, 10), 100)
    lines = shop.awards.calculate(SEP).lines
    assert _lines(lines, "表扬奖") == [("丁", 2000)]
    assert _lines(lines, "优秀部门") == []  # 客服一部 is no longer a candidate, the new 客服部 has no target


def test_a_department_renamed_to_another_ones_former_name_takes_its_rules(shop, team, tmp_path):
    _for_kefu(shop, tmp_path)
    _rename(shop, "客服部", "客服一部")
    new = shop.staff.add(StaffDraft(name="丁", dept="仓库", hired=date(2026, 3, 1)))
    shop.events.add(date(2026, 9, 10), new.id, "表扬")
    assert _lines(shop.awards.calculate(SEP).lines, "表扬奖") == [("甲", 4000)]
    _rename(shop, "仓库", "客服部")
    assert _lines(shop.awards.calculate(SEP).lines, "表扬奖") == [("丁", 2000)]


def test_the_stored_plan_text_is_not_rewritten(shop, team, tmp_path):
    _for_kefu(shop, tmp_path)
    stored = [(p.id, p.content) for p in shop.store.plans.all()]
    _rename(shop, "客服部", "客服一部")
    assert [(p.id, p.content) for p in shop.store.plans.all()] == stored


def test_a_new_department_taking_a_former_name_says_so_in_its_audit_row(shop, team, tmp_path):
    _for_kefu(shop, tmp_path)
    _rename(shop, "客服部", "客服一部")
    shop.staff.add_department("客服部")
    detail = shop.store.audit.detail_of("department.add", "id", shop.store.departments.by_name("客服部").id)
    assert detail["rules"] == ("方案里写明适用于「客服部」的奖项（「客服方案」的「表扬奖」、「客服方案」的「优秀部门」）"
                               "原本按旧名称适用于「客服一部」，现在改为适用于新部门「客服部」。")


def test_an_older_shop_file_gets_the_table_of_former_names(tmp_path):
    """A v11 file (before former names were kept) opens, migrates and renames."""
    import shutil
    from pathlib import Path

    from app.shop import Shop

    source = Path(__file__).resolve().parents[1] / "fixtures" / "schema" / "v11.sqlite"
    shutil.copy(source, tmp_path / "old.db")
    shop = Shop.open(tmp_path / "old.db", date(2026, 11, 3))
    try:
        dept = shop.staff.departments()[0]
        shop.staff.rename_department(dept.id, "新名字", confirm_approved=True)
        assert shop.staff.renamed_departments() == {dept.name: "新名字"}
    finally:
        shop.close()
