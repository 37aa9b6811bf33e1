"""One person in one file under a sub-account (旗舰店:小美) and under the bare name or nickname (小美) on the same
day. Two stores' sub-accounts of one person are two accounts and are added up; a bare name beside a sub-account is
most often the same data again (a copy, or the person's total over the sub-accounts): added, the day would count
twice. So it is kept once when it equals the sub-accounts, and is an error when it does not."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain import StaffDraft

from .conftest import dump, write_csv
from .test_commands import cli

D5 = date(2026, 10, 5)
HEADER = ["日期", "客服", "销售额", "询单人数"]


@pytest.fixture
def staff(shop):
    """孙悦 is 小橙子旗舰店:小美; 刘佳怡 is 小鹿 in two stores; 张伟 has no sub-account."""
    ids = {}
    for name, aliases in (("孙悦", ("小橙子旗舰店:小美",)), ("刘佳怡", ("小橙子旗舰店:小鹿", "小橙子母婴专营店:小鹿")),
                          ("张伟", ())):
        ids[name] = shop.staff.add(StaffDraft(name, aliases=aliases)).id
    return ids


def _file(tmp_path, *rows):
    return write_csv(tmp_path / "日报.csv", [HEADER, *[["2026-10-05", *row] for row in rows]])


@pytest.mark.parametrize("bare", ["孙悦", "小美"])  # her name, and the nickname of her sub-account
def test_a_bare_name_equal_to_the_sub_account_counts_once_and_is_said(tmp_path, shop, run, staff, bare):
    path = _file(tmp_path, ["小橙子旗舰店:小美", "100", "10"], [bare, "100", "10"], ["张伟", "50", "5"])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, staff["孙悦"]) == 10000  # was 20000: the day counted twice
    assert shop.store.values.get("inquiries", D5, staff["孙悦"]) == 10
    [note] = [n for n in plan.files[0].notes if "第 3 行" in n]
    assert note == (f"第 3 行「{bare}」（姓名，没有店铺名）与第 2 行「小橙子旗舰店:小美」（子账号）是同一人同一天的相同数据，"
                    "只计一次、没有相加（不带店铺名的这一行像是重复的一行，或按人汇总的一行）")
    assert plan.files[0].new == 2


def test_a_bare_name_equal_to_the_sub_accounts_added_up_is_their_total(tmp_path, shop, run, staff):
    path = _file(tmp_path, ["小橙子旗舰店:小鹿", "100", "10"], ["小橙子母婴专营店:小鹿", "200", "30"],
                 ["刘佳怡", "300", "40"])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, staff["刘佳怡"]) == 30000  # the two stores added up, the total not again
    assert ("第 4 行「刘佳怡」（姓名，没有店铺名）等于同一天子账号第 2、3 行之和，只计子账号各行、没有再加一次"
            "（不带店铺名的这一行像是按人汇总的一行）") in plan.files[0].notes
    assert "第 2、3 行是刘佳怡的不同子账号，已合并为一人一天" in plan.files[0].notes


def test_a_bare_name_different_from_the_sub_account_is_an_error_naming_both_rows(tmp_path, shop, imports, run,
                                                                                 staff):
    path = _file(tmp_path, ["小橙子旗舰店:小美", "100", "10"], ["孙悦", "150", "12"], ["张伟", "50", "5"])
    before = dump(shop)
    plan = imports.preview([path])
    assert [(e.row, e.column, e.value) for e in plan.errors] == [(2, "客服", "小橙子旗舰店:小美"), (3, "客服", "孙悦")]
    assert plan.errors[0].reason == (
        "同一人同一天（2026年10月5日）既有子账号、又有不带店铺名的名称（第 2 行「小橙子旗舰店:小美」、第 3 行「孙悦」），数值却不同："
        "不带店铺名的一行可能是重复或汇总（相加会多算），也可能是另一个账号，无法判断。请删去多余的一行；如果确是两个账号、"
        "应当相加，请把那一行的名称改为完整的子账号（店铺名:昵称）")
    assert plan.blocking() and dump(shop) == before
    plan, import_id = run(path, skip_errors=True)
    assert import_id
    assert shop.store.values.get("sales", D5, staff["孙悦"]) is None  # neither 100, 150 nor 250 is sure
    assert shop.store.values.get("sales", D5, staff["张伟"]) == 5000


def test_two_stores_sub_accounts_are_still_added_up(tmp_path, shop, run, staff):
    path = _file(tmp_path, ["小橙子旗舰店:小鹿", "100", "10"], ["小橙子母婴专营店:小鹿", "200", "30"])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, staff["刘佳怡"]) == 30000
    assert plan.files[0].notes == ["第 2、3 行是刘佳怡的不同子账号，已合并为一人一天"]


def test_a_new_persons_bare_name_and_sub_account_are_not_added_up(tmp_path, shop, run):
    path = _file(tmp_path, ["小橙子旗舰店:新人", "100", "10"], ["新人", "100", "10"])
    plan, import_id = run(path, create_staff=True)
    assert import_id and not plan.errors
    [person] = shop.staff.list()
    assert (person.name, person.aliases) == ("新人", ("小橙子旗舰店:新人",))
    assert shop.store.values.get("sales", D5, person.id) == 10000
    assert any(n.startswith("第 3 行「新人」（姓名，没有店铺名）与第 2 行") for n in plan.files[0].notes)


@pytest.mark.parametrize("create_staff", [False, True])
def test_a_bare_name_before_the_sub_account_with_another_day_between_is_still_found(tmp_path, shop, run, staff,
                                                                                     create_staff):
    """Repeats are looked for only when reading saw one possible: the bare row first, a day between, then the
    sub-account (of a known person, or of one to be created) is still seen as one person twice on a day."""
    name = "新人" if create_staff else "小美"
    path = write_csv(tmp_path / "日报.csv", [HEADER, ["2026-10-05", name, "100", "10"], ["2026-10-06", name, "5", "1"],
                                            ["2026-10-05", f"小橙子旗舰店:{name}", "100", "10"]])
    plan, import_id = run(path, create_staff=create_staff)
    assert import_id and not plan.errors
    person = next(s.id for s in shop.staff.list() if s.name == ("新人" if create_staff else "孙悦"))
    assert shop.store.values.get("sales", D5, person) == 10000  # once, not 20000
    assert any(n.startswith(f"第 2 行「{name}」（姓名，没有店铺名）与第 4 行") for n in plan.files[0].notes)


def test_the_json_notes_name_the_rows(tmp_path, shop, staff, capsys):
    path = _file(tmp_path, ["小橙子旗舰店:小美", "100", "10"], ["小美", "100", "10"])
    assert cli(shop, "import", str(path), "--json", "--dry-run") == 0
    [entry] = json.loads(capsys.readouterr().out)["files"]
    assert any(n.startswith("第 3 行「小美」（姓名，没有店铺名）与第 2 行「小橙子旗舰店:小美」") for n in entry["notes"])


# ---- an export without store names: her name beside the nicknames of her sub-accounts

def test_her_name_beside_the_nickname_of_her_one_sub_account_counts_once_and_is_said(tmp_path, shop, run, staff):
    """孙悦 and 小美 (the nickname of her only sub-account 小橙子旗舰店:小美), both without a store: her name is the
    nickname of none of her accounts, so it is her total or a copy — not a second account (the day was doubled)."""
    plan, import_id = run(_file(tmp_path, ["孙悦", "100", "10"], ["小美", "100", "10"]))
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, staff["孙悦"]) == 10000  # was 20000
    assert plan.files[0].notes == [("第 2 行「孙悦」（姓名）与同一天子账号昵称的第 3 行数值相同，只计昵称的那一行、没有再加一次"
                                    "（姓名这一行像是重复的一行，或按人汇总的一行）")]


def test_in_english_one_nickname_row_is_said_as_a_row(tmp_path, shop, run, staff):
    from app.i18n import set_language

    set_language("en")
    try:
        plan, _ = run(_file(tmp_path, ["孙悦", "100", "10"], ["小美", "100", "10"]))
    finally:
        set_language("zh")
    [note] = plan.files[0].notes
    assert "equals the sub-account nickname row 3 " in note and "only the nickname row counts" in note, note


def test_her_name_different_from_the_nicknames_of_her_sub_accounts_is_an_error(tmp_path, shop, imports, staff):
    path = _file(tmp_path, ["刘佳怡", "300", "40"], ["小鹿", "100", "10"], ["张伟", "50", "5"])
    before = dump(shop)
    plan = imports.preview([path])
    assert [(e.row, e.value) for e in plan.errors] == [(2, "刘佳怡"), (3, "小鹿")]
    assert plan.errors[0].reason == (
        "同一人同一天（2026年10月5日）既有姓名、又有子账号的昵称（第 2 行「刘佳怡」、第 3 行「小鹿」），数值却不同：姓名这一行可能是重复或"
        "按人汇总的一行（相加会多算），也可能是另一个账号，无法判断。请删去多余的一行；如果确是另一个账号、应当相加，"
        "请在员工资料里把它添加为子账号（店铺名:昵称）")
    assert plan.blocking() and dump(shop) == before


def test_nicknames_of_two_sub_accounts_without_store_names_are_still_added_up(tmp_path, shop, run):
    """晓燕 is also the nickname of 红花旗舰店:晓燕, 售前01 that of her other account: two accounts, added up."""
    xiaoyan = shop.staff.add(StaffDraft("晓燕", aliases=("红花旗舰店:晓燕", "红花旗舰店:售前01"))).id
    plan, import_id = run(_file(tmp_path, ["晓燕", "1000", "10"], ["售前01", "300", "3"]))
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, xiaoyan) == 130000
    assert plan.files[0].notes == ["第 2、3 行是晓燕的不同子账号，已合并为一人一天"]


def test_the_merged_note_tells_namesakes_apart_by_number(tmp_path, shop, run, staff):
    """With two 刘佳怡 in the shop, 「第 2、3 行是刘佳怡的不同子账号」 did not say which of them the rows were added to."""
    other = shop.staff.add(StaffDraft("刘佳怡", dept="售后部")).id
    path = _file(tmp_path, ["小橙子旗舰店:小鹿", "100", "10"], ["小橙子母婴专营店:小鹿", "200", "30"])
    plan, import_id = run(path)
    assert import_id and not plan.errors
    assert shop.store.values.get("sales", D5, staff["刘佳怡"]) == 30000
    assert shop.store.values.get("sales", D5, other) is None
    assert plan.files[0].notes == [f"第 2、3 行是刘佳怡（#{staff['刘佳怡']}）的不同子账号，已合并为一人一天"]
