"""A wrong or outdated owner PIN given to a command (--pin, HONGHUA_PIN), as a scheduled task keeps it: a command
that only reads runs and says the PIN is wrong; one that writes is refused; neither counts as a wrong try, so
the owner is never made to wait at the window."""

import json
from contextlib import closing
from datetime import date

import pytest

from app.security import FAILURES_KEY
from app.shop import Shop

TODAY = date(2026, 10, 20)
SET_SALES = ("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "sales", "--value", "100")


@pytest.fixture
def locked(cli, add, db, monkeypatch):
    monkeypatch.delenv("HONGHUA_PIN", raising=False)
    add("小美", "--hired", "2025-01-01")
    assert cli("target", "set", "--month", "2026-10", "--staff", "小美", "--metric", "sales", "--value", "3000").code == 0
    with closing(Shop.open(db, TODAY)) as shop:
        shop.security.set_pin("2468")
    return db


def _failures(db):
    with closing(Shop.open(db, TODAY)) as shop:
        return shop.store.settings.get(FAILURES_KEY)


READING = [("progress", "--month", "2026-10", "--json"), ("flowers", "board"), ("staff", "list", "--json"),
           ("certificates", "verify", "HH-2026-10-0007", "--json")]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_a_command_that_only_reads_runs_with_a_wrong_pin_and_says_so(cli, locked, command):
    plain = cli(*command)
    wrong = cli("--pin", "1111", *command)
    assert (wrong.code, wrong.out) == (plain.code, plain.out)
    assert "店主密码不对（--pin）" in wrong.err
    assert ("不需要密码" in wrong.err) == (wrong.code == 0)  # a failed verify is not told it ran as usual
    assert "店主密码" not in plain.err
    assert not _failures(locked)


def test_files_are_drawn_and_exported_with_an_outdated_pin_from_the_environment(cli, locked, tmp_path, monkeypatch):
    monkeypatch.setenv("HONGHUA_PIN", "1357")
    poster = cli("poster", "--month", "2026-10", "--as-of", "2026-10-19", "-o", str(tmp_path / "战报.png"))
    export = cli("export", "--month", "2026-10", "-o", str(tmp_path / "十月.xlsx"))
    for done in (poster, export):
        assert done.code == 0 and "店主密码不对（环境变量 HONGHUA_PIN）" in done.err
    assert (tmp_path / "战报.png").stat().st_size and (tmp_path / "十月.xlsx").stat().st_size


def test_a_daily_task_with_an_old_pin_does_not_lock_the_owner_out(cli, locked, monkeypatch):
    monkeypatch.setenv("HONGHUA_PIN", "1357")
    for _ in range(6):
        assert cli("progress", "--month", "2026-10").code == 0
        assert cli(*SET_SALES).code == 2
    with closing(Shop.open(locked, TODAY)) as shop:
        shop.security.unlock("2468")  # at once: no 「已连续输错 … 秒后再试」
        assert not shop.store.locked


def test_a_command_that_writes_refuses_a_wrong_pin_without_counting_it(cli, locked, monkeypatch):
    for _ in range(4):
        wrong = cli("--pin", "1111", *SET_SALES)
        assert wrong.code == 2 and "店主密码不对（--pin）" in wrong.err and "没有修改任何数据" in wrong.err
    monkeypatch.setenv("HONGHUA_PIN", "1111")
    from_env = cli(*SET_SALES)
    assert from_env.code == 2 and "店主密码不对（环境变量 HONGHUA_PIN）" in from_env.err
    assert not _failures(locked)
    with closing(Shop.open(locked, TODAY)) as shop:
        assert shop.store.values.get("sales", date(2026, 10, 19), 1) is None
        assert shop.store.audit.recent(limit=1)[0].action == "security.wrong_pin"
    assert cli("--pin", "2468", *SET_SALES).code == 0  # the right PIN at once, with no wait


def test_the_window_still_counts_its_own_wrong_tries(cli, locked):
    from app.errors import UserError

    with closing(Shop.open(locked, TODAY)) as shop, pytest.raises(UserError, match="不对"):
        shop.security.unlock("0000")
    assert _failures(locked)["count"] == 1
    assert cli("--pin", "2468", *SET_SALES).code == 0
    assert _failures(locked)["count"] == 1  # a command neither adds to nor clears the window's count


def test_a_restore_refuses_a_wrong_pin_without_counting_it(cli, locked, tmp_path):
    backup = tmp_path / "copy.db"
    with closing(Shop.open(locked, TODAY)) as shop:
        shop.store.db.execute(f"VACUUM INTO '{backup}'")
    refused = cli("--pin", "1111", "restore", str(backup))
    assert refused.code == 2 and "店主密码不对（--pin）" in refused.err
    assert not _failures(locked)
    assert cli("--pin", "2468", "restore", str(backup)).code == 0


def test_an_import_with_a_wrong_pin_is_refused_at_its_commit_and_writes_nothing(cli, locked):
    from tests.cli.test_cli_contract import SAMPLES

    sample = str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv")
    refused = cli("--pin", "1111", "import", sample, "--create-staff", "--json")
    assert refused.code == 2 and refused.out == "" and "店主密码不对（--pin）" in refused.err
    assert "不需要密码" not in refused.err
    assert cli("--pin", "1111", "import", sample, "--create-staff", "--dry-run").code == 0  # a preview only reads
    assert json.loads(cli("imports", "list", "--json").out) == []
    assert [p["name"] for p in json.loads(cli("staff", "list", "--json").out)] == ["小美"]


@pytest.mark.parametrize("pin", [("--pin", "1111"), ()], ids=["wrong pin", "no pin"])
def test_a_refused_certificate_makes_no_folder(cli, locked, tmp_path, pin):
    folder = tmp_path / "证书" / "十月"
    refused = cli(*pin, "certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10",
                  "-o", str(folder / "小美.pdf"))
    assert refused.code == 2 and "密码" in refused.err
    assert not (tmp_path / "证书").exists()


def test_an_import_stopped_before_its_commit_is_not_called_a_command_that_needs_no_pin(cli, locked):
    from tests.cli.test_cli_contract import SAMPLES

    blocked = cli("--pin", "1111", "import", str(SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"))
    assert blocked.code == 2 and "未导入" in blocked.err  # its staff are unknown: nothing to commit yet
    assert "店主密码不对（--pin）" in blocked.err and "被拒绝" in blocked.err
    assert "不需要密码" not in blocked.err and "照常运行" not in blocked.err


def test_a_command_refused_for_something_else_still_says_the_pin_is_wrong(cli, locked):
    mistyped = cli("--pin", "1111", *SET_SALES[:-1], "一百")
    assert mistyped.code == 2 and "一百" in mistyped.err
    assert "店主密码不对（--pin）" in mistyped.err and "不需要密码" not in mistyped.err
