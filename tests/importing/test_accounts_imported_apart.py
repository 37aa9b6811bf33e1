"""One person's sub-accounts in files imported one after the other (each store's export on its own). The shop
keeps one value per person and day, so the second file would replace the first account's values instead of
adding to them: its rows are errors saying so and how to import the files together, where they are added up. A
report of the same account exported again still replaces, as does anything over a value typed by hand or
written by an import since undone."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain import StaffDraft

from .conftest import dump, write_csv
from .test_commands import cli

D1 = date(2026, 10, 1)
HEADER = ["日期", "客服", "销售额"]


@pytest.fixture
def xiaoyan(shop):
    """晓燕 with two sub-accounts of one store; 小美 with one sub-account in each of two stores."""
    shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美", "专营店:小美")))
    return shop.staff.add(StaffDraft("晓燕", aliases=("红花旗舰店:晓燕", "红花旗舰店:售前01"))).id


def _csv(tmp_path, name, *rows):
    return write_csv(tmp_path / name, [HEADER, *[["2026-10-01", *row] for row in rows]])


def _sales(shop, staff_id):
    return shop.store.values.get("sales", D1, staff_id)


def test_a_second_sub_accounts_file_imported_apart_is_refused_and_writes_nothing(tmp_path, shop, xiaoyan, capsys):
    assert cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"]))) == 0
    before = dump(shop)
    assert cli(shop, "import", str(_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"]))) == 2
    err = capsys.readouterr().err
    assert ("B组.csv 第 2 行「客服」列：「红花旗舰店:售前01」晓燕（#2）在 2026年10月1日 的数据已由第 1 次导入「A组.csv」的子账号"
            "「红花旗舰店:晓燕」写入，本文件的「红花旗舰店:售前01」是另一个子账号。分开导入时，后导入的数值会替换先导入的，而不是相加。"
            "请把这些文件一起导入（导入向导里同时选中它们；命令行：honghua import A组.csv B组.csv），各子账号的数值会相加；"
            "如果它其实是那份报表改了账号名后重新导出的，请先撤销第 1 次导入再导入") in err
    assert dump(shop) == before and _sales(shop, xiaoyan) == 100000


def test_skipping_errors_imports_the_other_rows_and_leaves_her_day(tmp_path, shop, xiaoyan, capsys):
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    capsys.readouterr()
    b = write_csv(tmp_path / "B组.csv", [HEADER, ["2026-10-01", "红花旗舰店:售前01", "300"],
                                         ["2026-10-02", "红花旗舰店:售前01", "80"]])
    assert cli(shop, "import", str(b), "--skip-errors", "--json") == 0
    [entry] = json.loads(capsys.readouterr().out)["files"]
    assert (entry["new"], [(e["row"], e["column"], e["value"]) for e in entry["errors"]]) == (
        1, [(2, "客服", "红花旗舰店:售前01")])
    assert _sales(shop, xiaoyan) == 100000
    assert shop.store.values.get("sales", date(2026, 10, 2), xiaoyan) == 8000


def test_importing_the_files_together_adds_them_up_even_after_the_first_alone(tmp_path, shop, imports, xiaoyan):
    a = _csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])
    b = _csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"])
    assert cli(shop, "import", str(a), str(b)) == 0
    assert _sales(shop, xiaoyan) == 130000
    imports.undo(1)
    assert cli(shop, "import", str(a)) == 0
    assert cli(shop, "import", str(a), str(b)) == 0  # the remedy the error gives: ¥1,000 → ¥1,300
    assert _sales(shop, xiaoyan) == 130000


def test_a_report_of_the_same_account_exported_again_replaces_as_before(tmp_path, shop, xiaoyan):
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    assert cli(shop, "import", str(_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1200"]))) == 0
    assert _sales(shop, xiaoyan) == 120000


def test_both_accounts_again_after_one_replace_as_a_re_export(tmp_path, shop, xiaoyan):
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    both = _csv(tmp_path, "全部.csv", ["红花旗舰店:晓燕", "1000"], ["红花旗舰店:售前01", "300"])
    assert cli(shop, "import", str(both)) == 0
    assert _sales(shop, xiaoyan) == 130000


def test_two_stores_exports_imported_apart_are_refused_too(tmp_path, shop, xiaoyan, capsys):
    meimei = next(s.id for s in shop.staff.list() if s.name == "小美")
    cli(shop, "import", str(_csv(tmp_path, "旗舰店.csv", ["旗舰店:小美", "500"])))
    assert cli(shop, "import", str(_csv(tmp_path, "专营店.csv", ["专营店:小美", "200"]))) == 2
    assert "命令行：honghua import 旗舰店.csv 专营店.csv" in capsys.readouterr().err
    assert _sales(shop, meimei) == 50000


def test_an_equal_value_of_another_account_is_refused_but_a_bare_name_equal_is_not(tmp_path, shop, xiaoyan):
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    assert cli(shop, "import", str(_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "1000"]))) == 2
    assert cli(shop, "import", str(_csv(tmp_path, "汇总.csv", ["晓燕", "1000"]))) == 0  # the same data again
    assert _sales(shop, xiaoyan) == 100000


def test_a_value_typed_by_hand_or_left_by_an_undone_import_is_replaced_as_before(tmp_path, shop, imports, xiaoyan):
    shop.data.set_value(D1, xiaoyan, shop.metrics.get("sales"), 100000)
    assert cli(shop, "import", str(_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"]))) == 0
    assert _sales(shop, xiaoyan) == 30000
    imports.undo(1)
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    imports.undo(2)
    assert cli(shop, "import", str(_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"]))) == 0
    assert _sales(shop, xiaoyan) == 30000


def test_month_totals_of_another_account_imported_apart_are_refused(tmp_path, shop, xiaoyan, capsys):
    title = ["统计时间：2026-10-01 ~ 2026-10-31"]
    write_csv(tmp_path / "A月报.csv", [title, ["客服", "销售额"], ["红花旗舰店:晓燕", "9000"]])
    write_csv(tmp_path / "B月报.csv", [title, ["客服", "销售额"], ["红花旗舰店:售前01", "3000"]])
    assert cli(shop, "import", str(tmp_path / "A月报.csv")) == 0
    assert cli(shop, "import", str(tmp_path / "B月报.csv")) == 2
    assert "在 2026年10月1日 至 2026年10月31日 的数据已由第 1 次导入「A月报.csv」" in capsys.readouterr().err


def test_a_value_of_an_import_made_before_names_were_kept_is_replaced_as_before(tmp_path, shop, xiaoyan, capsys):
    """An import committed before the shop kept the names imports read (import_name) cannot say which account it
    read: its values are replaced as before, not refused as another account's with an empty account named."""
    cli(shop, "import", str(_csv(tmp_path, "旧日报.csv", ["晓燕", "1000"])))
    shop.store.db.execute("DELETE FROM import_name WHERE import_id = 1")  # as the upgrade leaves an older import
    later = write_csv(tmp_path / "A组.csv", [HEADER, ["2026-10-02", "红花旗舰店:晓燕", "500"]])
    assert cli(shop, "import", str(later)) == 0  # she now has a name an import in force did not read: 晓燕
    assert cli(shop, "import", str(_csv(tmp_path, "旧日报更正.csv", ["晓燕", "1200"]))) == 0, capsys.readouterr().err
    assert _sales(shop, xiaoyan) == 120000


def test_another_accounts_file_imported_elsewhere_since_the_preview_is_refused_at_commit(tmp_path, shop, db_path,
                                                                                          today, imports, xiaoyan):
    """Another window imports one store's file while this one's preview of the other store's is open: the commit
    counts again, and says again what would be replaced instead of added."""
    from app.errors import UserError
    from app.importing.model import ImportOptions
    from app.shop import Shop

    plan = imports.preview([_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"])], ImportOptions())
    assert not plan.blocking()
    other = Shop.open(db_path, today)
    try:
        assert cli(other, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"]))) == 0
    finally:
        other.close()
    with pytest.raises(UserError, match="已由第 1 次导入「A组.csv」的子账号「红花旗舰店:晓燕」写入"):
        imports.commit(plan)
    assert _sales(shop, xiaoyan) == 100000


def test_a_row_refused_at_commit_is_listed_in_the_files_row_order(tmp_path, shop, db_path, today, imports, xiaoyan):
    """A row refused only when the commit counts again (another window imported the other store's file meanwhile)
    was listed after the rows in error the preview had found, below them, as the file does not read."""
    from app.importing.model import ImportOptions
    from app.shop import Shop

    plan = imports.preview([_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"], ["小美", "abc"],
                                  ["旗舰店:小美", "200"])],
                           ImportOptions(skip_errors=True))
    assert [e.row for e in plan.errors] == [3] and not plan.blocking()
    other = Shop.open(db_path, today)
    try:
        assert cli(other, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"]))) == 0
    finally:
        other.close()
    assert imports.commit(plan) == 2  # 小美's row, the others skipped
    assert [e.row for e in plan.errors] == [2, 3]
    assert "已由第 1 次导入「A组.csv」的子账号「红花旗舰店:晓燕」写入" in plan.errors[0].reason


def test_a_re_export_giving_the_earlier_name_beside_a_sub_account_replaces_as_before(tmp_path, shop, xiaoyan, capsys):
    """The earlier import read 晓燕; the corrected report gives her sub-account and 晓燕 with equal values (the bare
    row kept once): it still gives the name the earlier import read, so it is the same report again."""
    cli(shop, "import", str(_csv(tmp_path, "日报.csv", ["晓燕", "1000"])))
    again = _csv(tmp_path, "日报更正.csv", ["红花旗舰店:晓燕", "1200"], ["晓燕", "1200"])
    assert cli(shop, "import", str(again)) == 0, capsys.readouterr().err
    assert _sales(shop, xiaoyan) == 120000
    assert shop.store.db.execute("SELECT name_key FROM import_name WHERE import_id = 2 ORDER BY 1").fetchall() == [
        ("晓燕",), ("红花旗舰店:晓燕",)]  # both names read, for the next re-export


def test_a_different_value_under_a_bare_name_is_refused_without_calling_it_another_sub_account(tmp_path, shop,
                                                                                             xiaoyan, capsys):
    """晓燕 (no store) beside an earlier import of 红花旗舰店:晓燕: her total over the accounts, or one account; files
    imported together only compare a bare name with the sub-accounts, so that is not the remedy to give."""
    cli(shop, "import", str(_csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])))
    capsys.readouterr()
    assert cli(shop, "import", str(_csv(tmp_path, "汇总.csv", ["晓燕", "1300"]))) == 2
    err = capsys.readouterr().err
    assert ("汇总.csv 第 2 行「客服」列：「晓燕」晓燕（#2）在 2026年10月1日 的数据已由第 1 次导入「A组.csv」的「红花旗舰店:晓燕」写入，"
            "本文件的「晓燕」数值不同。不带店铺名的名称可能是这位员工各子账号的合计，也可能只是其中一个账号，无法判断；分开导入时，"
            "后导入的数值会替换先导入的。如果本文件的数值是这位员工在 2026年10月1日 的全部数据，请先撤销第 1 次导入再导入；"
            "如果是另一个子账号的数据，请把不带店铺名的名称改为完整的子账号（店铺名:昵称），再把两个文件一起导入"
            "（命令行：honghua import A组.csv 汇总.csv）") in err
    assert _sales(shop, xiaoyan) == 100000


# ---- her day made of several accounts by one import (import_day_name, schema v10) before each account's share was
# kept (import_share, schema v13): which part of her sum was whose is not known, so a file of one account is refused

A_AND_B = ("「A组更正.csv」第 2 行「客服」列：「红花旗舰店:晓燕」晓燕（#2）在 2026年10月1日 的数据是第 1 次导入「A组.csv、B组.csv」把"
           "「红花旗舰店:售前01、红花旗舰店:晓燕」的数值相加得到的，本文件只有「红花旗舰店:晓燕」。单独导入时，本文件的数值会替换那个合计，"
           "「红花旗舰店:售前01」的数值就丢了。请把本文件和含有「红花旗舰店:售前01」的报表一起导入（导入向导里同时选中它们），"
           "各账号的数值会相加；如果「红花旗舰店:售前01」在 2026年10月1日 确实没有数据，请先撤销第 1 次导入再导入")


def _both_imported_together(tmp_path, shop):
    a = _csv(tmp_path, "A组.csv", ["红花旗舰店:晓燕", "1000"])
    b = _csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "300"])
    assert cli(shop, "import", str(a), str(b)) == 0
    return a, b


def _both_imported_together_before_v13(tmp_path, shop):
    a, b = _both_imported_together(tmp_path, shop)
    shop.store.db.execute("DELETE FROM import_share WHERE import_id = 1")  # as the upgrade leaves an older import
    return a, b


def test_a_corrected_file_of_one_account_after_both_together_before_v13_is_refused_and_keeps_the_sum(
        tmp_path, shop, xiaoyan, capsys):
    """A.csv and B.csv imported together made her day ¥1,300; a corrected A.csv alone would have made it ¥1,100 —
    B's ¥300 gone without a word. It is refused, naming both accounts; A and B together give ¥1,400."""
    _, b = _both_imported_together_before_v13(tmp_path, shop)
    assert _sales(shop, xiaoyan) == 130000
    capsys.readouterr()
    before = dump(shop)
    corrected = _csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])
    assert cli(shop, "import", str(corrected)) == 2
    assert A_AND_B.replace("「A组更正.csv」", "A组更正.csv ") in capsys.readouterr().err
    assert dump(shop) == before
    assert cli(shop, "import", str(corrected), str(b)) == 0  # the remedy the message gives
    assert _sales(shop, xiaoyan) == 140000


def test_the_service_refuses_it_in_the_preview_and_at_commit(tmp_path, shop, imports, xiaoyan):
    from app.errors import UserError
    from app.importing.model import ImportOptions

    _both_imported_together_before_v13(tmp_path, shop)
    before = dump(shop)
    plan = imports.preview([_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])], ImportOptions())
    [f] = plan.files
    assert plan.blocking() and [(e.row, e.column, e.value) for e in f.errors] == [(2, "客服", "红花旗舰店:晓燕")]
    assert "「红花旗舰店:售前01」的数值就丢了" in f.errors[0].reason
    with pytest.raises(UserError):
        imports.commit(plan)
    assert dump(shop) == before and _sales(shop, xiaoyan) == 130000


def test_in_english_the_refusal_lists_the_earlier_imports_files_with_commas(tmp_path, shop, imports, xiaoyan):
    from app.i18n import set_language
    from app.importing.model import ImportOptions

    _both_imported_together_before_v13(tmp_path, shop)
    set_language("en")
    try:
        plan = imports.preview([_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])], ImportOptions())
    finally:
        set_language("zh")
    [error] = plan.files[0].errors
    assert 'added up by import 1 ("A组.csv, B组.csv")' in error.reason, error.reason  # was "A组.csv、B组.csv"


def test_the_json_of_the_refusal_keeps_its_shape(tmp_path, shop, xiaoyan, capsys):
    _both_imported_together_before_v13(tmp_path, shop)
    capsys.readouterr()
    assert cli(shop, "import", str(_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])), "--json") == 2
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"files", "committed", "blocked", "already_imported", "hire_moved",
                        "skipped_accounts"} and out["committed"] is False
    [entry] = out["files"]
    assert set(entry) >= {"file", "encoding", "header_row", "columns", "ignored_columns", "period", "new", "changed",
                          "unchanged", "skipped", "unknown_staff", "errors"}
    assert entry["errors"] == [{"row": 2, "column": "客服", "value": "红花旗舰店:晓燕",
                                "reason": A_AND_B.split("：「红花旗舰店:晓燕」", 1)[1]}]


def test_both_accounts_corrected_together_replace_and_each_undo_restores_what_was_there(tmp_path, shop, imports,
                                                                                        xiaoyan):
    empty = dump(shop)
    _both_imported_together(tmp_path, shop)
    after_first = dump(shop)
    corrected = _csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])
    assert cli(shop, "import", str(corrected), str(_csv(tmp_path, "B组更正.csv", ["红花旗舰店:售前01", "250"]))) == 0
    assert _sales(shop, xiaoyan) == 135000
    imports.undo(2)
    assert _sales(shop, xiaoyan) == 130000
    assert _values_and_names(after_first) == _values_and_names(dump(shop))
    imports.undo(1)
    assert _sales(shop, xiaoyan) is None
    assert _values_and_names(empty) == _values_and_names(dump(shop))
    assert cli(shop, "import", str(corrected)) == 0  # over values an undone import left: replaced as before
    assert _sales(shop, xiaoyan) == 110000


def _values_and_names(dumped: str) -> list[str]:
    """The stored values (what an undo must give back exactly); the log, audit and names grow with each action."""
    return [line for line in dumped.splitlines() if line.startswith(('INSERT INTO "daily_value"',
                                                                    'INSERT INTO "period_value"',
                                                                    'INSERT INTO "pending_value"'))]


def test_an_import_that_read_her_accounts_on_different_days_is_told_apart(tmp_path, shop, xiaoyan, capsys):
    """One report gave 红花旗舰店:晓燕 on 10-01 and 红花旗舰店:售前01 on 10-02: the import read both names for her,
    but 10-01 was 晓燕's alone, so a 售前01 file for 10-01 is another account's, not the same report again."""
    write_csv(tmp_path / "十月.csv", [HEADER, ["2026-10-01", "红花旗舰店:晓燕", "1000"],
                                      ["2026-10-02", "红花旗舰店:售前01", "300"]])
    assert cli(shop, "import", str(tmp_path / "十月.csv")) == 0
    capsys.readouterr()
    assert cli(shop, "import", str(_csv(tmp_path, "B组.csv", ["红花旗舰店:售前01", "200"]))) == 2
    assert "本文件的「红花旗舰店:售前01」是另一个子账号" in capsys.readouterr().err
    assert _sales(shop, xiaoyan) == 100000
    again = write_csv(tmp_path / "B组更正.csv", [HEADER, ["2026-10-02", "红花旗舰店:售前01", "350"]])
    assert cli(shop, "import", str(again)) == 0  # 10-02 was 售前01's: the same account again
    assert shop.store.values.get("sales", date(2026, 10, 2), xiaoyan) == 35000


def test_a_bare_name_kept_once_beside_her_account_is_no_share_of_her_day(tmp_path, shop, xiaoyan):
    """晓燕 (no store) equal to 红花旗舰店:晓燕 in one export is kept once, not added: a corrected report of the
    account alone replaces the day as before."""
    assert cli(shop, "import", str(_csv(tmp_path, "日报.csv", ["红花旗舰店:晓燕", "1000"], ["晓燕", "1000"]))) == 0
    assert cli(shop, "import", str(_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"]))) == 0
    assert _sales(shop, xiaoyan) == 110000


def test_a_file_of_her_accounts_read_together_before_v10_is_replaced_as_before(tmp_path, shop, xiaoyan):
    """An import made before the shop kept per day which names made up a value (import_day_name) is known only
    per person: a file giving one of its names replaces her day, as before."""
    _both_imported_together_before_v13(tmp_path, shop)
    shop.store.db.execute("DELETE FROM import_day_name WHERE import_id = 1")  # as the upgrade leaves an older import
    assert cli(shop, "import", str(_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"]))) == 0
    assert _sales(shop, xiaoyan) == 110000


def test_both_accounts_imported_elsewhere_since_the_preview_of_one_is_refused_at_commit(tmp_path, shop, db_path,
                                                                                         today, imports, xiaoyan):
    """The preview of a corrected A.csv was clean (her day was empty); meanwhile another window imported A and B
    together: the commit counts again and refuses, as the total would not be the one the preview showed (A's ¥1,100
    with B's ¥300 kept): previewed again, it says so and imports it."""
    from app.errors import UserError
    from app.importing.model import ImportOptions
    from app.shop import Shop

    plan = imports.preview([_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])], ImportOptions())
    assert not plan.blocking()
    other = Shop.open(db_path, today)
    try:
        _both_imported_together(tmp_path, other)
    finally:
        other.close()
    with pytest.raises(UserError, match="合计与预览里的不同。请重新预览"):
        imports.commit(plan)
    assert _sales(shop, xiaoyan) == 130000
    plan = imports.preview([_csv(tmp_path, "A组更正.csv", ["红花旗舰店:晓燕", "1100"])], ImportOptions())
    assert [(c.old, c.new) for c in plan.changes] == [(130000, 140000)]
    imports.commit(plan)
    assert _sales(shop, xiaoyan) == 140000


def test_another_stores_account_known_only_by_its_nickname_is_to_be_added_as_a_sub_account(tmp_path, shop, imports,
                                                                                          run):
    """专营店:小美 is found as 小美 through her 旗舰店:小美, but it is no sub-account of hers: the files are compared,
    not added up. Told apart, the refusal said to import them together, and together they were refused with
    only「与…的值不同」; both now say to add it as her sub-account, after which the files add up."""
    xiaomei = shop.staff.add(StaffDraft("王小美", aliases=("旗舰店:小美",))).id
    def csv(name, *row):
        return write_csv(tmp_path / name, [[*HEADER, "询单人数"], ["2026-10-01", *row]])

    flagship = csv("旗舰店.csv", "旗舰店:小美", "100", "10")
    other = csv("专营店.csv", "专营店:小美", "50", "5")  # two values each differing from the other file's
    assert run(flagship)[1]
    advice = "请在「员工」页把「专营店:小美」添为王小美（#1）的子账号，再把这些文件一起导入"
    [apart] = imports.preview([other]).errors
    assert "「专营店:小美」还不是王小美（#1）的子账号" in apart.reason and advice in apart.reason, apart.reason
    together = imports.preview([flagship, other]).errors
    assert [e.row for e in together] == [2, 2]
    assert sum(advice in e.reason for e in together) == 1, together
    assert _sales(shop, xiaomei) == 10000
    shop.staff.edit(xiaomei, StaffDraft("王小美", aliases=("旗舰店:小美", "专营店:小美")))
    plan, import_id = run(flagship, other)
    assert import_id and not plan.errors and _sales(shop, xiaomei) == 15000
