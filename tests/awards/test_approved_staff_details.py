"""Someone added without a hire date, a person's new name, department, role or birthday and a department's new
name change the fingerprint of the approved periods the person (or the department) counts in: they are written
only when confirmed, as a changed hire date is — refused, nothing is written and the CLI exits 2 naming
--confirm-approved. A change the fingerprint does not keep (a raise, a sub-account, someone the approved plans do
not cover or not on the team in the period) asks nothing."""

from datetime import date

import pytest

from app.cli import main
from app.domain import Birthday, StaffDraft
from app.services.approved import ApprovedPeriodChange

from .conftest import PLAN_A, PLAN_B, SEP, draft_of, write_plan


@pytest.fixture
def approved(shop, team):
    shop.awards.approve(SEP)
    return team


@pytest.fixture
def split(shop, tmp_path):
    """客服部 on plan A, 售后部 on plan B, 仓库 on none; 戊 joined after September, which is approved."""
    ids = {}
    for name, dept, hired in (("甲", "客服部", date(2026, 3, 1)), ("丙", "售后部", date(2026, 3, 1)),
                              ("丁", "仓库", date(2026, 3, 1)), ("戊", "客服部", date(2026, 10, 5))):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=hired)).id
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)), dept="客服部")
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_B)), dept="售后部")
    shop.awards.approve(SEP, confirm=True)
    return ids


@pytest.mark.parametrize("change, field", [
    ({"name": "乙二"}, "姓名"), ({"role": "组长"}, "岗位"), ({"dept": "售后部"}, "部门"),
    ({"birthday": Birthday(5, 12)}, "生日"), ({"name": "乙二", "role": "组长"}, "姓名、岗位"),
])
def test_a_detail_an_approved_month_was_approved_with_needs_confirming(shop, approved, change, field):
    """乙 is in approved September: his new name (role, department, birthday) was written without a word, and
    September then showed 批准后数据有变."""
    person = shop.staff.get(approved["乙"])
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.edit(person.id, draft_of(person, **change))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert refused.value.message == (f"乙的{field}变动属于评奖已批准的期间 2026年9月（确认后才能修改；"
                                     "评奖结果将标记为批准后数据有变）")
    assert shop.staff.get(person.id) == person and not shop.awards.status(SEP).changed
    shop.staff.edit(person.id, draft_of(person, **change), confirm_approved=True)
    assert shop.awards.status(SEP).changed
    assert shop.store.audit.detail_of("staff.edit", "before.name", "乙")["approved_periods"] == ["2026-09"]


@pytest.mark.parametrize("who, change, asked", [
    ("甲", {"name": "甲二"}, True),
    ("甲", {"role": "组长"}, True),
    ("甲", {"birthday": Birthday(3, 14, lunar=True)}, True),
    ("甲", {"hired": date(2026, 2, 1)}, True),  # seniority is an input, even before the month
    ("甲", {"dept": "售后部"}, True),  # judged by plan B now
    ("甲", {"dept": "仓库"}, True),  # no longer among September's people
    ("丁", {"dept": "客服部"}, True),  # among them now
    ("甲", {"base_pay_fen": 500000}, False),  # a raise: the month keeps the pay it was approved with
    ("甲", {"aliases": ("小橙子旗舰店:甲",)}, False),
    ("丁", {"name": "丁二", "role": "仓管"}, False),  # 仓库 has no plan: not among September's people
    ("戊", {"name": "戊二", "dept": "售后部"}, False),  # joined in October
])
def test_asked_exactly_when_the_approved_month_would_show_changed(shop, split, who, change, asked):
    person = shop.staff.get(split[who])
    try:
        shop.staff.edit(person.id, draft_of(person, **change))
        refused = False
    except ApprovedPeriodChange:
        refused = True
    shop.staff.edit(person.id, draft_of(person, **change), confirm_approved=True)
    assert (refused, shop.awards.status(SEP).changed) == (asked, asked)


def test_someone_added_without_a_hire_date_needs_confirming(shop, approved):
    """Without a hire date 己 is on the team in every period: adding him put him into approved September
    without a word (it then showed 批准后数据有变)."""
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.add(StaffDraft(name="己", dept="客服部"))
    assert [p.key() for p in refused.value.periods] == ["2026-09"]
    assert refused.value.message.startswith("新增的己（未填入职日期，算作一直在职）属于评奖已批准的期间 2026年9月")
    assert "己" not in [p.name for p in shop.staff.list()] and not shop.awards.status(SEP).changed
    shop.staff.add(StaffDraft(name="己", dept="客服部"), confirm_approved=True)
    assert shop.awards.status(SEP).changed
    assert shop.store.audit.detail_of("staff.add", "name", "己")["approved_periods"] == ["2026-09"]


@pytest.mark.parametrize("dept, asked", [("客服部", True), ("仓库", False), (None, False)])
def test_someone_added_is_asked_about_only_where_the_approved_plans_cover_him(shop, split, dept, asked):
    try:
        shop.staff.add(StaffDraft(name="己", dept=dept))
        refused = False
    except ApprovedPeriodChange:
        refused = True
    if refused:
        shop.staff.add(StaffDraft(name="己", dept=dept), confirm_approved=True)
    assert (refused, shop.awards.status(SEP).changed) == (asked, asked)


@pytest.mark.parametrize("old", ["客服部", "仓库"])
def test_renaming_a_department_the_approved_plans_cover_needs_no_confirming(shop, split, old):
    """The rename keeps the department's rules and the approval its fingerprint (read with the names of its
    day): nothing of the approved month changes (test_approved_department_rename has the cases that do)."""
    dept = shop.store.departments.by_name(old)
    shop.staff.rename_department(dept.id, "新名")
    assert shop.store.departments.by_name("新名").id == dept.id
    assert not shop.awards.status(SEP).changed


def test_staff_add_edit_without_confirming_say_it_as_import_does(shop, approved, db_path, capsys, monkeypatch):
    monkeypatch.delenv("HONGHUA_TODAY", raising=False)
    shop.close()
    head = ["--db", str(db_path), "--today", "2026-10-20", "staff"]
    capsys.readouterr()
    assert main([*head, "add", "己", "--dept", "客服部", "--json"]) == 2
    done = capsys.readouterr()
    assert done.out == "" and "新增的己（未填入职日期，算作一直在职）属于评奖已批准的期间 2026年9月" in done.err
    assert "--confirm-approved" in done.err and "新员工请用 --hired 填入入职日期" in done.err
    assert main([*head, "edit", "乙", "--name", "乙二", "--role", "组长"]) == 2
    err = capsys.readouterr().err
    assert "乙的姓名、岗位变动属于评奖已批准的期间 2026年9月" in err and "--confirm-approved" in err
    assert "--hired" not in err
    assert main([*head, "edit", "乙", "--birthday", "05-12"]) == 2
    assert main([*head, "list", "--json"]) == 0
    assert "乙二" not in capsys.readouterr().out
    assert main([*head, "edit", "乙", "--name", "乙二", "--confirm-approved"]) == 0
    assert main([*head, "add", "己", "--dept", "客服部", "--confirm-approved"]) == 0


def test_someone_leaving_after_the_approved_month_leaves_it_as_approved(shop, split):
    """甲 leaves on 10-15: nothing in September reads that date, yet September showed 批准后数据有变."""
    shop.staff.leave(split["甲"], date(2026, 10, 15))
    assert not shop.awards.status(SEP).changed
    shop.staff.rehire(split["甲"], date(2026, 10, 18))
    assert not shop.awards.status(SEP).changed
    with pytest.raises(ApprovedPeriodChange):  # within September it is an input
        shop.staff.leave(split["丙"], date(2026, 9, 20))


def test_a_month_stamped_with_a_later_leave_date_keeps_its_stamp(shop, split):
    """Approved before leave dates after the period were left out of the fingerprint, with 甲 already gone in
    October: the month still compares with that stamp, and a real change is still seen."""
    shop.staff.leave(split["甲"], date(2026, 10, 15))
    run = shop.store.awards.current_run(SEP.key())
    earlier = shop.awards.calculate(SEP).fingerprint_as(with_pay=False, later_leaves=True, empty_departments=None)
    assert earlier != run.fingerprint
    with shop.store.atomic():  # as an earlier version stamped the approval
        shop.store.db.execute("UPDATE award_run SET fingerprint = ? WHERE id = ?", [earlier, run.id])
    assert not shop.awards.status(SEP).changed
    person = shop.staff.get(split["甲"])
    shop.staff.edit(person.id, draft_of(person, role="组长"), confirm_approved=True)
    assert shop.awards.status(SEP).changed


def test_a_change_to_many_approved_periods_names_the_first_few(shop, team):
    from app.periods import Month

    for month in range(1, 10):
        shop.awards.approve(Month(2026, month), confirm=True)
    with pytest.raises(ApprovedPeriodChange) as refused:
        shop.staff.add(StaffDraft(name="己", dept="客服部"))
    assert len(refused.value.periods) == 9
    assert refused.value.message.startswith("新增的己（未填入职日期，算作一直在职）属于评奖已批准的期间 "
                                            "2026年9月、2026年8月、2026年7月、2026年6月、2026年5月等 9 个期间（")  # newest first


def test_in_english_the_changed_details_are_words_of_the_sentence(shop, approved):
    """It read "乙's change of Name, Role belongs to …": the form's titles inside the sentence."""
    from app.i18n import set_language

    person = shop.staff.get(approved["乙"])
    set_language("en")
    try:
        with pytest.raises(ApprovedPeriodChange) as refused:
            shop.staff.edit(person.id, draft_of(person, name="乙二", role="组长"))
    finally:
        set_language("zh")
    assert refused.value.message.startswith("乙's change of name, role belongs to"), refused.value.message
