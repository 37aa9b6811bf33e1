"""Accounts that are no one's (旗舰店:客服机器人), skipped once in the wizard with 以后导入也跳过这个账号: remembered
in the shop file in the import's transaction, skipped and said by every later import (the service and the command
line), brought back by 恢复导入, and let go when the name becomes someone's sub-account."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.importing import ImportOptions
from app.services.skipped_accounts import SkippedAccounts
from app.store import LATEST_VERSION, open_store

from .conftest import dump, write_csv
from .test_commands import cli

TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数"]
ROBOT = "小橙子旗舰店:客服机器人"


def _export(tmp_path, name="日报.csv", day="2026-10-01"):
    return write_csv(tmp_path / name, [TITLE, HEADER, [day, "小美", "100", "3"], [day, ROBOT, "50", "9"],
                                       [day, "小橙子旗舰店：客服机器人 ", "60", "9"]])


def _remember_robot(tmp_path, imports):
    plan = imports.preview([_export(tmp_path)], ImportOptions(skip_staff=frozenset({ROBOT}),
                                                              remember_skip=frozenset({ROBOT})))
    return imports.commit(plan)


def test_a_name_skipped_and_remembered_is_skipped_by_the_next_import_and_said(tmp_path, shop, people, imports):
    import_id = _remember_robot(tmp_path, imports)
    [kept] = shop.store.skipped_accounts.listed()
    assert (kept.name, kept.import_id) == (ROBOT, import_id)
    [entry] = shop.store.audit.recent(action_prefix="import.account_skip")
    assert f"「{ROBOT}」" in entry.summary and f"第 {import_id} 次导入" in entry.summary
    # the next morning: nothing chosen, the robot's rows skipped again, and said once
    plan = imports.preview([_export(tmp_path, "日报2.csv", "2026-10-02")])
    assert plan.blocking() == [] and plan.unknown_staff == []
    assert plan.totals()["skipped"] == 2 and plan.set_not_imported() == {ROBOT: 2}
    assert plan.set_not_imported_said() == f"已跳过：{ROBOT}（设置为不导入的账号）2 行"
    imports.commit(plan)
    assert shop.store.values.get("sales", date(2026, 10, 2), people["小美"]) == 10000
    assert sorted(s.name for s in shop.staff.list()) == sorted(people)


def test_a_name_only_skipped_is_not_remembered(tmp_path, shop, people, imports):
    imports.commit(imports.preview([_export(tmp_path)], ImportOptions(skip_staff=frozenset({ROBOT}))))
    assert shop.store.skipped_accounts.listed() == []
    assert imports.preview([_export(tmp_path, "日报2.csv", "2026-10-02")]).unknown_staff == [ROBOT]


def test_remembering_is_part_of_the_import_transaction(tmp_path, shop, people, imports, monkeypatch):
    plan = imports.preview([_export(tmp_path)], ImportOptions(skip_staff=frozenset({ROBOT}),
                                                              remember_skip=frozenset({ROBOT})))
    before = dump(shop)

    def fails(*_args, **_kwargs):
        raise RuntimeError("disk")
    monkeypatch.setattr(shop.store.audit, "add", fails)
    with pytest.raises(RuntimeError):
        imports.commit(plan)
    assert dump(shop) == before and shop.store.skipped_accounts.names() == frozenset()


def test_restoring_a_name_reads_its_rows_again_and_is_logged(tmp_path, shop, people, imports):
    _remember_robot(tmp_path, imports)
    accounts = SkippedAccounts(shop.store, shop.ctx)
    accounts.restore("小橙子旗舰店 ： 客服机器人")  # typed as the owner may: compared as aliases are
    assert accounts.listed() == []
    [entry] = shop.store.audit.recent(1, action_prefix="import.account_restore")
    assert "恢复导入" in entry.summary and ROBOT in entry.summary
    assert imports.preview([_export(tmp_path, "日报2.csv", "2026-10-02")]).unknown_staff == [ROBOT]
    with pytest.raises(UserError, match="不在设置为不导入的账号里"):
        accounts.restore(ROBOT)


def test_a_name_that_becomes_someones_sub_account_leaves_the_list(tmp_path, shop, people, imports):
    """The alias wins: her rows must be read, and the list must not hold a name that is hers."""
    _remember_robot(tmp_path, imports)
    shop.staff.edit(people["阿强"], StaffDraft("阿强", aliases=("小橙子旗舰店：客服机器人",)))
    assert shop.store.skipped_accounts.names() == frozenset()
    [entry] = shop.store.audit.recent(1, action_prefix="import.account_restore")
    assert "阿强" in entry.summary and ROBOT in entry.summary
    plan = imports.preview([_export(tmp_path, "日报2.csv", "2026-10-02")])
    assert plan.set_not_imported() == {} and plan.totals()["skipped"] == 0


def test_the_alias_wins_even_when_the_list_still_has_the_name(tmp_path, shop, people, imports):
    """A name someone was given while the list kept it (an older version, another route): her rows are read."""
    _remember_robot(tmp_path, imports)
    shop.store.staff.set_aliases(people["阿强"], (ROBOT,))
    plan = imports.preview([_export(tmp_path, "日报2.csv", "2026-10-02")])
    assert plan.set_not_imported() == {} and plan.totals()["skipped"] == 0 and plan.unknown_staff == []


def test_a_new_person_of_that_name_takes_it_off_the_list(tmp_path, shop, people, imports):
    _remember_robot(tmp_path, imports)
    shop.staff.add(StaffDraft("机器人小橙", aliases=(ROBOT,)))
    assert shop.store.skipped_accounts.names() == frozenset()


def test_the_command_line_skips_a_remembered_name_and_says_so(tmp_path, shop, people, imports, capsys):
    """A scheduled `honghua import` without --skip-staff no longer refuses the robot the owner set aside."""
    _remember_robot(tmp_path, imports)
    path = _export(tmp_path, "日报2.csv", "2026-10-02")
    assert cli(shop, "import", str(path), "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"已跳过：{ROBOT}（设置为不导入的账号）2 行（恢复导入：设置 → 导入，或 honghua imports restore 名称）" in out
    assert cli(shop, "import", str(path), "--json") == 0
    assert json.loads(capsys.readouterr().out)["skipped_accounts"] == [{"name": ROBOT, "rows": 2}]
    assert cli(shop, "imports", "skipped") == 0
    assert ROBOT in capsys.readouterr().out
    assert cli(shop, "imports", "restore", ROBOT) == 0
    assert "已恢复导入" in capsys.readouterr().out
    assert cli(shop, "imports", "skipped", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert cli(shop, "import", str(path)) == 2  # read again: no one's, so refused as before


def test_a_shop_file_of_version_16_is_given_the_list_empty(tmp_path):
    path = tmp_path / "shop.db"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema" / "v16.sqlite", path)
    store = open_store(path)
    try:
        assert store.schema_version() == LATEST_VERSION >= 17
        assert store.skipped_accounts.listed() == []
        assert store.skipped_accounts.add(ROBOT, "2026-11-03T09:00:00", None)
        assert not store.skipped_accounts.add(ROBOT, "2026-11-04T09:00:00", None)  # once
        assert store.skipped_accounts.names() == frozenset({ROBOT})
    finally:
        store.close()


def test_the_same_file_again_with_the_name_set_aside_is_remembered(tmp_path, shop, people, imports):
    """Imported once skipping the robot, then again choosing to skip it for good: the values repeat, but the choice
    is new and must be kept (the import would otherwise write nothing at all)."""
    path = _export(tmp_path)
    imports.commit(imports.preview([path], ImportOptions(skip_staff=frozenset({ROBOT}))))
    plan = imports.preview([path], ImportOptions(skip_staff=frozenset({ROBOT}), remember_skip=frozenset({ROBOT})))
    assert plan.repeats and not plan.nothing_to_write()
    assert imports.commit(plan) is not None
    assert shop.store.skipped_accounts.names() == frozenset({ROBOT})


def test_a_sub_account_found_by_nickname_only_can_be_set_aside_too(tmp_path, shop, people, imports):
    """别家店:小美 is counted for 小美 by its nickname and asked about; skipped for good, it is no one's still."""
    rows = [TITLE, HEADER, ["2026-10-01", "别家店:小美", "70", "1"]]
    first = imports.preview([write_csv(tmp_path / "别家店.csv", rows)])
    assert [m.name for m in first.nickname_matches] == ["别家店:小美"]
    imports.commit(imports.preview([tmp_path / "别家店.csv"], ImportOptions(
        skip_staff=frozenset({"别家店:小美"}), remember_skip=frozenset({"别家店:小美"}))))
    rows[2][0] = "2026-10-02"
    plan = imports.preview([write_csv(tmp_path / "别家店2.csv", rows)])
    assert plan.nickname_matches == [] and plan.set_not_imported() == {"别家店:小美": 1}


def test_undoing_the_import_that_set_a_name_aside_says_it_is_still_skipped(tmp_path, shop, people, imports):
    """The undo keeps the list as it is (a name set aside is how an account is read, not this file's data), but says
    so, with where to bring it back: the owner who undoes the import may think the choice went with it."""
    import_id = _remember_robot(tmp_path, imports)
    result = imports.undo(import_id)
    assert shop.store.skipped_accounts.names() == frozenset({ROBOT})
    said = f"这次导入设置为不导入的账号仍然跳过：「{ROBOT}」"
    assert any(said in note for note in result.notes)
    [entry] = shop.store.audit.recent(1, action_prefix="import.undo")
    assert said in entry.summary


def test_undo_says_nothing_of_a_name_already_brought_back(tmp_path, shop, people, imports):
    import_id = _remember_robot(tmp_path, imports)
    SkippedAccounts(shop.store, shop.ctx).restore(ROBOT)
    assert not any("设置为不导入" in note for note in imports.undo(import_id).notes)


def test_restoring_a_name_not_on_the_list_changes_nothing_and_names_the_list(tmp_path, shop, people, imports):
    """A name mistyped on the command line: exit 2 (UserError), the message naming the accounts there are."""
    _remember_robot(tmp_path, imports)
    with pytest.raises(UserError, match=f"「客服机器人」不在设置为不导入的账号里.*现在的列表：「{ROBOT}」"):
        cli(shop, "imports", "restore", "客服机器人")
    assert shop.store.skipped_accounts.names() == frozenset({ROBOT})
    SkippedAccounts(shop.store, shop.ctx).restore(ROBOT)
    with pytest.raises(UserError, match="现在没有设置为不导入的账号"):
        cli(shop, "imports", "restore", ROBOT)


def test_restore_says_the_name_as_the_list_keeps_it(tmp_path, shop, people, imports, capsys):
    _remember_robot(tmp_path, imports)
    assert cli(shop, "imports", "restore", "小橙子旗舰店 ： 客服机器人") == 0
    assert f"已恢复导入「{ROBOT}」" in capsys.readouterr().out


def test_a_name_given_to_someone_in_another_window_before_the_commit_is_not_set_aside(tmp_path, shop, people,
                                                                                       imports):
    """Two windows: the wizard skips the robot for good while 员工 makes it 阿强's sub-account. The list must not
    hold a name that is hers (the import would read it for her all the same; 设置 would show it as skipped)."""
    plan = imports.preview([_export(tmp_path)], ImportOptions(skip_staff=frozenset({ROBOT}),
                                                              remember_skip=frozenset({ROBOT})))
    shop.staff.edit(people["阿强"], StaffDraft("阿强", aliases=(ROBOT,)))
    imports.commit(plan)
    assert shop.store.skipped_accounts.names() == frozenset()
    assert shop.store.audit.recent(1, action_prefix="import.account_skip") == []


def test_a_name_the_import_now_counts_for_a_new_person_leaves_the_list(tmp_path, shop, people, imports):
    """旗舰店:售前 set aside (旗舰店 is the shop's own), then a person named 售前 is added: the import counts that
    account for her without asking (the alias wins), so the list must not say it is skipped."""
    rows = [TITLE, HEADER, ["2026-10-01", "小美", "100", "3"], ["2026-10-01", "旗舰店：售前", "50", "9"]]
    imports.commit(imports.preview([write_csv(tmp_path / "a.csv", rows)], ImportOptions(
        skip_staff=frozenset({"旗舰店:售前"}), remember_skip=frozenset({"旗舰店:售前"}))))
    assert shop.store.skipped_accounts.names() == frozenset({"旗舰店:售前"})
    shop.staff.add(StaffDraft("售前"))
    assert shop.store.skipped_accounts.names() == frozenset()
    [entry] = shop.store.audit.recent(1, action_prefix="import.account_restore")
    assert "「旗舰店:售前」" in entry.summary and "售前" in entry.summary
    rows[3][0] = "2026-10-02"
    assert imports.preview([write_csv(tmp_path / "b.csv", rows)]).set_not_imported() == {}
