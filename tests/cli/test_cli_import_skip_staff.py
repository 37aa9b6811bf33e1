"""`honghua import --skip-staff NAME` skips an account that is no one's (the shop's robot). A name the import
counts for a person — her name, a sub-account of hers, written with either colon — is refused with exit 2,
naming her, and nothing is written: a scheduled import would otherwise drop her figures every morning."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from app.shop import Shop

ROWS = ("日期,客服,销售额", "2026-10-01,旗舰店:小美,100", "2026-10-01,阿强,80", "2026-10-01,旗舰店:客服机器人,50",
        "2026-10-01,别家店:小美,30")


def _csv(path) -> str:
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return str(path)


def _dump(db) -> str:
    conn = sqlite3.connect(db)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def team(add):
    return {"小美": add("小美", "--alias", "旗舰店:小美"), "阿强": add("阿强")}


@pytest.mark.parametrize("name, said", [
    ("旗舰店:小美", "--skip-staff「旗舰店:小美」是员工小美（#1）的姓名或子账号，其行计入员工，不能跳过"),
    ("旗舰店：小美", "--skip-staff「旗舰店:小美」是员工小美（#1）的姓名或子账号，其行计入员工，不能跳过"),
    ("小美", "--skip-staff「小美」是员工小美（#1）的姓名或子账号，其行计入员工，不能跳过"),
    ("阿强", "--skip-staff「阿强」是员工阿强（#2）的姓名或子账号，其行计入员工，不能跳过"),
])
def test_a_persons_own_name_or_sub_account_is_not_skipped(cli, db, tmp_path, team, name, said):
    path = _csv(tmp_path / "日报.csv")
    before = _dump(db)
    for output in ((), ("--json",), ("--dry-run",)):
        result = cli("import", path, "--skip-staff", "旗舰店:客服机器人", "--skip-staff", name, *output)
        assert result.code == 2, result.out
        assert result.err.startswith("错误：" + said), result.err
        assert "Traceback" not in result.err and result.out == ""
    assert _dump(db) == before


def test_an_account_no_one_has_is_skipped_also_one_only_her_nickname_names(cli, db, tmp_path, team):
    """别家店:小美 is found for 小美 only by its nickname: the window asks whose it is, and may skip it."""
    path = _csv(tmp_path / "日报.csv")
    result = cli("import", path, "--json", "--skip-staff", "旗舰店:客服机器人", "--skip-staff", "别家店：小美")
    assert result.code == 0, result.err
    assert json.loads(result.out)["files"][0]["skipped"] == 2
    shop = Shop.open(db, date(2026, 10, 20))
    try:
        assert shop.store.values.get("sales", date(2026, 10, 1), team["小美"]) == 10000
        assert shop.store.values.get("sales", date(2026, 10, 1), team["阿强"]) == 8000
    finally:
        shop.close()


def test_the_refusal_is_said_in_english_too(cli, tmp_path, team):
    result = cli("import", _csv(tmp_path / "日报.csv"), "--skip-staff", "旗舰店:小美", lang="en")
    assert result.code == 2
    assert '--skip-staff "旗舰店:小美" is the name or a sub-account of 小美 (#1), whose rows count for them' in result.err


def test_a_name_already_set_not_to_be_imported_is_said_once(cli, db, tmp_path, team):
    """`--skip-staff` naming an account the shop already skips (设置 → 导入): one line says its rows were skipped."""
    shop = Shop.open(db, date(2026, 10, 20))
    try:
        assert shop.store.skipped_accounts.add("旗舰店:客服机器人", "2026-10-19T09:00:00", None)
    finally:
        shop.close()
    result = cli("import", _csv(tmp_path / "日报.csv"), "--dry-run", "--skip-staff", "旗舰店:客服机器人",
                 "--skip-staff", "别家店:小美")
    assert result.code == 0, result.err
    assert result.out.count("旗舰店:客服机器人") == 1, result.out
    assert "已跳过：旗舰店:客服机器人（设置为不导入的账号）1 行" in result.out
    assert "跳过的客服（--skip-staff）：别家店:小美（1 行）" in result.out
