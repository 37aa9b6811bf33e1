"""`honghua imports columns [--json]` and `honghua imports forget COLUMN [--report R]`: the columns an import
remembers, listed and forgotten from the command line as 设置 → 导入 does — one transaction with its audit row per
column forgotten, the values already imported kept; an unknown or ambiguous column exits 2 naming it, changing
nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from app.shop import Shop

D1 = date(2026, 10, 1)


def _csv(path, *rows: str) -> str:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _dump(db) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def taught(cli, add, tmp_path):
    """Two reports with remembered columns: 接待日报.csv (接待人数（去重） read as 询单人数, 备注 ignored) and
    接待.csv (the same column read as 付款人数)."""
    add("小美")
    daily = _csv(tmp_path / "接待日报.csv", "日期,客服,销售额,接待人数（去重）,备注", "2026-10-01,小美,100,12,好")
    assert cli("import", daily, "--map", "接待人数（去重）=询单人数", "--map", "备注=-").code == 0
    other = _csv(tmp_path / "接待.csv", "日期,客服,接待人数(去重)", "2026-10-02,小美,7")
    assert cli("import", other, "--map", "接待人数(去重)=付款人数").code == 0
    return daily, other


def _listed(cli) -> list[tuple[str, str, str | None]]:
    return [(c["report"], c["column"], c["metric"]) for c in json.loads(cli("imports", "columns", "--json").out)]


def test_the_remembered_columns_are_listed_by_report_latest_first(cli, taught):
    result = cli("imports", "columns", "--json")
    assert result.code == 0, result.err
    listed = json.loads(result.out)
    assert [(c["report"], c["column"], c["metric"], c["metric_name"]) for c in listed] == [
        ("接待.csv", "接待人数(去重)", "paying", "付款人数"),
        ("接待日报.csv", "接待人数（去重）", "inquiries", "询单人数"),
        ("接待日报.csv", "备注", None, "忽略")]
    assert set(listed[0]) == {"report", "signature", "last_imported_at", "import_id", "column", "metric",
                              "metric_name"}
    assert [c["import_id"] for c in listed] == [2, 1, 1]
    assert all(c["last_imported_at"] and len(c["signature"]) == 40 for c in listed)
    text = cli("imports", "columns").out
    assert "接待日报.csv  备注" in text and "忽略" in text
    assert "honghua imports forget 列名 [--report 报表]" in text


def test_a_shop_without_remembered_columns_says_how_they_come(cli, new_shop):
    assert json.loads(cli("imports", "columns", "--json").out) == []
    result = cli("imports", "columns")
    assert result.code == 0 and "还没有记住的列" in result.out and "import --map" in result.out
    refused = cli("imports", "forget", "备注")
    assert refused.code == 2 and "还没有记住的列，「备注」无从忘记" in refused.err


def test_forgetting_a_column_is_one_audited_change_and_keeps_the_imported_values(cli, db, taught):
    result = cli("imports", "forget", "备注")
    assert result.code == 0, result.err
    assert "已忘记报表「接待日报.csv」的「备注」（原为「忽略」）" in result.out
    assert _listed(cli) == [("接待.csv", "接待人数(去重)", "paying"), ("接待日报.csv", "接待人数（去重）", "inquiries")]
    shop = Shop.open(db, D1)
    try:
        [entry] = shop.store.audit.recent(action_prefix="import.column_forget")
        assert "忘记报表「接待日报.csv」的「备注」" in entry.summary
        assert shop.store.values.get("inquiries", D1, 1) == 12  # what was imported stays
    finally:
        shop.close()


def test_a_column_remembered_in_two_reports_needs_report(cli, db, taught):
    before = _dump(db)
    refused = cli("imports", "forget", "接待人数（去重）")
    assert refused.code == 2
    assert "有 2 份报表记住了「接待人数（去重）」列：「接待.csv」、「接待日报.csv」。请用 --report 指定哪一份" in refused.err
    assert _dump(db) == before
    # half-width brackets name the same column, as --map takes them
    assert cli("imports", "forget", "接待人数(去重)", "--report", "接待日报.csv").code == 0
    assert _listed(cli) == [("接待.csv", "接待人数(去重)", "paying"), ("接待日报.csv", "备注", None)]


def test_a_report_can_be_named_by_its_listed_signature(cli, taught):
    signature = json.loads(cli("imports", "columns", "--json").out)[0]["signature"]
    assert cli("imports", "forget", "接待人数（去重）", "--report", signature[:8]).code == 0
    assert [report for report, _, _ in _listed(cli)] == ["接待日报.csv", "接待日报.csv"]


@pytest.mark.parametrize("args, said", [
    (("销量",), "没有记住「销量」列。记住的列：接待人数(去重)、接待人数（去重）、备注"),
    (("备注", "--report", "日报.csv"),
     "--report「日报.csv」：没有这份记住了列的报表。记住了列的报表：「接待.csv」、「接待日报.csv」"),
    (("备注", "--report", "接待.csv"), "报表「接待.csv」没有记住「备注」列。它记住的列：接待人数(去重)"),
])
def test_an_unknown_column_or_report_exits_2_naming_it_and_changes_nothing(cli, db, taught, args, said):
    before = _dump(db)
    result = cli("imports", "forget", *args)
    assert result.code == 2
    assert result.err.startswith("错误：" + said), result.err
    assert result.out == "" and "Traceback" not in result.err
    assert _dump(db) == before


def test_a_locked_shop_forgets_only_with_the_pin(cli, db, taught):
    shop = Shop.open(db, D1)
    try:
        shop.security.set_pin("2468")
    finally:
        shop.close()
    before = _dump(db)
    refused = cli("imports", "forget", "备注")
    assert refused.code == 2 and "--pin" in refused.err
    assert _dump(db) == before
    assert cli("--pin", "2468", "imports", "forget", "备注").code == 0
    assert ("接待日报.csv", "备注", None) not in _listed(cli)


def test_two_reports_of_one_file_name_are_told_apart_by_their_header(cli, db, add, tmp_path):
    """The same export, saved under the same name after the seller tool added a column, is another report: the
    listing and the refusal name each with its header's signature, and the listed name is what --report takes."""
    add("小美")
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old = _csv(tmp_path / "old" / "日报.csv", "日期,客服,销售额,备注", "2026-10-01,小美,100,好")
    new = _csv(tmp_path / "new" / "日报.csv", "日期,客服,销售额,备注,旺旺分组", "2026-10-02,小美,90,好,售前")
    assert cli("import", old, "--map", "备注=-").code == 0
    assert cli("import", new, "--map", "备注=-").code == 0
    signatures = [c["signature"][:8] for c in json.loads(cli("imports", "columns", "--json").out)]
    names = [f"日报.csv（表头 {signature}）" for signature in signatures]
    listing = cli("imports", "columns").out
    assert all(name in listing for name in names), listing
    refused = cli("imports", "forget", "备注")
    assert refused.code == 2 and f"「{names[0]}」、「{names[1]}」" in refused.err, refused.err
    result = cli("imports", "forget", "备注", "--report", names[1])
    assert result.code == 0, result.err
    assert f"已忘记报表「{names[1]}」的「备注」" in result.out
    assert [c["signature"][:8] for c in json.loads(cli("imports", "columns", "--json").out)] == signatures[:1]
