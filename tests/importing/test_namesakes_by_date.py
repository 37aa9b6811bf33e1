"""A name two people share (two 张伟, one of whom has left): each row goes to the one on the team on its days;
only when both were, or neither was, is it ambiguous."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain import StaffDraft

from .conftest import write_csv

HEADER = ["日期", "客服", "销售额"]


@pytest.fixture
def zhangs(shop):
    """张伟 #old on the team 2026-01-01 to 2026-09-30, 张伟 #new from 2026-10-01 on."""
    old = shop.staff.add(StaffDraft("张伟", hired=date(2026, 1, 1))).id
    shop.staff.leave(old, date(2026, 9, 30))
    new = shop.staff.add(StaffDraft("张伟", hired=date(2026, 10, 1))).id
    return old, new


def test_each_row_goes_to_the_namesake_on_the_team_that_day(tmp_path, shop, run, zhangs):
    old, new = zhangs
    path = write_csv(tmp_path / "日报.csv", [HEADER, ["2026-09-29", "张伟", "50"], ["2026-10-02", "张伟", "100"],
                                           ["2026-10-03", "旗舰店:张伟", "30"], ["2026-09-30", "张伟", "60"]])
    plan, import_id = run(path)
    assert plan.errors == [] and import_id is not None
    assert shop.store.values.get("sales", date(2026, 9, 29), old) == 5000
    assert shop.store.values.get("sales", date(2026, 9, 30), old) == 6000
    assert shop.store.values.get("sales", date(2026, 10, 2), new) == 10000
    assert shop.store.values.get("sales", date(2026, 10, 3), new) == 3000
    assert shop.store.values.get("sales", date(2026, 10, 2), old) is None
    assert f"「张伟」：有 2 位同名员工，各行已按日期归到当时在职的那一位：张伟（#{old}）第 2 行起共 2 行、张伟（#{new}）第 3 行起共 1 行" \
        in plan.files[0].notes
    assert not any("离职" in note for note in plan.files[0].notes)  # nobody's row is outside their time


def test_two_namesakes_on_the_team_that_day_stay_ambiguous(tmp_path, shop, run, zhangs):
    old, _new = zhangs
    shop.staff.add(StaffDraft("张伟", hired=date(2026, 9, 1)))  # a third, on the team in October too
    path = write_csv(tmp_path / "日报.csv", [HEADER, ["2026-10-02", "张伟", "100"], ["2026-08-03", "张伟", "20"]])
    plan, import_id = run(path)
    assert import_id is None
    [error] = plan.errors
    assert error.row == 2
    assert error.reason == "有 3 位员工叫「张伟」，无法区分：请在员工资料里修改其中一位的姓名（如「张伟（售后）」）"
    assert shop.store.values.get("sales", date(2026, 8, 3), old) is None  # nothing written


def test_a_day_outside_every_namesakes_time_is_ambiguous_while_one_person_is_noted(tmp_path, shop, run):
    """Neither 张伟 was on the team on 2026-09-15: which one it was cannot be told, so the row is refused. A name
    one person has keeps the handling of a day outside her time: imported, and the preview says so."""
    old = shop.staff.add(StaffDraft("张伟", hired=date(2026, 1, 1))).id
    shop.staff.leave(old, date(2026, 8, 31))
    shop.staff.add(StaffDraft("张伟", hired=date(2026, 10, 1)))
    li = shop.staff.add(StaffDraft("李娜", hired=date(2026, 1, 1))).id
    shop.staff.leave(li, date(2026, 8, 31))
    path = write_csv(tmp_path / "日报.csv", [HEADER, ["2026-09-15", "张伟", "100"], ["2026-09-15", "李娜", "70"]])
    plan, import_id = run(path)
    assert import_id is None
    [error] = plan.errors
    assert (error.row, error.reason) == (2, "有 2 位员工叫「张伟」，无法区分：请在员工资料里修改其中一位的姓名（如「张伟（售后）」）")
    assert any(note.startswith("李娜 已于 2026年8月31日 离职，文件里却有 2026年9月15日 的数据") for note in plan.files[0].notes)


def test_a_period_row_goes_to_the_namesake_on_the_team_on_any_of_its_days(tmp_path, shop, run):
    old = shop.staff.add(StaffDraft("张伟", hired=date(2026, 1, 1))).id
    shop.staff.leave(old, date(2026, 10, 3))
    new = shop.staff.add(StaffDraft("张伟", hired=date(2026, 10, 10))).id
    early = write_csv(tmp_path / "前几天.csv", [["统计时间：2026-10-01 ~ 2026-10-08"], ["客服", "销售额"], ["张伟", "80"]])
    plan, import_id = run(early)
    assert plan.errors == [] and import_id is not None
    assert plan.files[0].target == "period"
    [note] = [n for n in plan.files[0].notes if n.startswith("「张伟」：有 2 位同名员工")]
    assert note.endswith(f"：张伟（#{old}）第 3 行起共 1 行") and f"#{new}" not in note
    both = write_csv(tmp_path / "本月.csv", [["统计时间：2026-10-01 ~ 2026-10-15"], ["客服", "销售额"], ["张伟", "90"]])
    plan, import_id = run(both)
    assert import_id is None and "有 2 位员工叫「张伟」，无法区分" in plan.errors[0].reason


def test_a_corrected_file_replaces_each_namesakes_values_and_an_undo_puts_them_back(tmp_path, shop, run, imports,
                                                                                   zhangs):
    old, new = zhangs
    first = write_csv(tmp_path / "日报.csv", [HEADER, ["2026-09-30", "张伟", "60"], ["2026-10-02", "张伟", "100"]])
    _, first_id = run(first)
    corrected = write_csv(tmp_path / "日报2.csv", [HEADER, ["2026-09-30", "张伟", "61"], ["2026-10-02", "张伟", "101"]])
    plan, second_id = run(corrected)
    assert plan.errors == [] and second_id is not None
    assert sorted((c.staff_id, c.old, c.new) for c in plan.changes) == [(old, 6000, 6100), (new, 10000, 10100)]
    imports.undo(second_id)
    assert shop.store.values.get("sales", date(2026, 9, 30), old) == 6000
    assert shop.store.values.get("sales", date(2026, 10, 2), new) == 10000
    imports.undo(first_id)
    assert shop.store.values.get("sales", date(2026, 10, 2), new) is None


def test_a_corrected_file_of_namesakes_one_of_whom_has_a_sub_account_too(tmp_path, shop, run, zhangs):
    """The import keeps 张伟 as a name it read for each of them, so the corrected 张伟 row of the one who also has
    a sub-account in the file is the same account again, not another one's data."""
    old, new = zhangs
    shop.staff.edit(new, StaffDraft("张伟", hired=date(2026, 10, 1), aliases=("旗舰店:小张",)))
    rows = [["2026-09-30", "张伟", "60"], ["2026-10-02", "张伟", "100"], ["2026-10-03", "旗舰店:小张", "30"]]
    run(write_csv(tmp_path / "日报.csv", [HEADER, *rows]))
    rows[0][2], rows[1][2] = "61", "101"
    plan, second_id = run(write_csv(tmp_path / "日报2.csv", [HEADER, *rows]))
    assert plan.errors == [] and second_id is not None
    assert sorted((c.staff_id, c.old, c.new) for c in plan.changes) == [(old, 6000, 6100), (new, 10000, 10100)]


def test_another_account_of_either_namesake_is_refused_as_for_anyone(tmp_path, shop, run, zhangs):
    """Each namesake's day was written under 张伟: a later file of another account of hers would replace it, not add
    to it, so it is refused naming 张伟 — for both of them, although one import sent that name to two people."""
    old, new = zhangs
    run(write_csv(tmp_path / "日报.csv", [HEADER, ["2026-09-30", "张伟", "60"], ["2026-10-02", "张伟", "100"]]))
    shop.staff.edit(old, StaffDraft("张伟", hired=date(2026, 1, 1), aliases=("旗舰店:老张",)))
    shop.staff.edit(new, StaffDraft("张伟", hired=date(2026, 10, 1), aliases=("旗舰店:小张",)))
    plan, import_id = run(write_csv(tmp_path / "子账号.csv", [HEADER, ["2026-09-30", "旗舰店:老张", "7"],
                                                            ["2026-10-02", "旗舰店:小张", "8"]]))
    assert import_id is None
    assert [(e.row, e.value) for e in plan.errors] == [(2, "旗舰店:老张"), (3, "旗舰店:小张")]
    assert all("第 1 次导入「日报.csv」的「张伟」写入" in e.reason for e in plan.errors)
    assert shop.store.values.get("sales", date(2026, 10, 2), new) == 10000
