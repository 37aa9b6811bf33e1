"""`honghua backup [-o FILE]`, `backup list`, `restore FILE`, `check`, and the daily backup of any command."""

from __future__ import annotations

import json

import pytest

from app import backups
from app.cli import main
from app.i18n import set_language

from .conftest import damage, dump, moments_today


@pytest.fixture
def cli(demo_db, capsys):
    def run(*args: str, lang: str | None = None):
        capsys.readouterr()
        code = main(["--db", str(demo_db), "--today", "2026-10-20", *(["--lang", lang] if lang else []), *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    set_language("zh")


def test_backup_list_restore_round_trip(cli, demo_db, tmp_path):
    code, out, err = cli("backup", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert made["kind"] == "manual" and made["verified"] and made["size"] > 0
    code, out, _ = cli("backup", "-o", str(tmp_path / "usb" / "copy.db"))
    assert code == 0 and "已通过完整性检查" in out and (tmp_path / "usb" / "copy.db").exists()
    code, out, _ = cli("backup", "list")
    assert code == 0 and "手动" in out and made["file"].split("/")[-1] in out
    expected = dump(tmp_path / "usb" / "copy.db")
    assert cli("staff", "add", "新来的")[0] == 0
    code, out, err = cli("restore", str(tmp_path / "usb" / "copy.db"), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["previous_saved_as"] and not result["previous_damaged"]
    after = dump(demo_db)
    assert {k: v for k, v in after.items() if k != "audit"} == {k: v for k, v in expected.items() if k != "audit"}
    kinds = [b["kind"] for b in json.loads(cli("backup", "list", "--json")[1])]
    assert kinds[0] == "restore" and "manual" in kinds


def test_check_exits_1_on_a_damaged_file_and_names_the_newest_good_backup(cli, demo_db):
    assert cli("check")[0] == 0
    good = backups.backup_path(demo_db, "manual").info.path
    damage(demo_db)
    code, out, _ = cli("check")
    # the shop was named by --db: a restore typed without it would replace the default shop file instead
    assert code == 1 and "已损坏" in out and f'honghua --db "{demo_db}" restore "{good}"' in out
    code, out, _ = cli("check", "--quick", "--json")
    data = json.loads(out)
    assert code == 1 and not data["ok"] and data["problems"] and data["newest_good_backup"] == str(good)
    code, out, err = cli("restore", str(good))
    assert code == 0, err
    assert "损坏" in out and cli("check")[0] == 0


@pytest.mark.parametrize("lang, words", [(None, "数据库的内部结构有损坏"), ("en", "the database's inner structure is damaged")],
                         ids=["zh", "en"])
def test_check_says_a_file_too_damaged_to_check_in_the_users_language(cli, demo_db, lang, words):
    """A header page of junk: SQLite cannot even run its check ("database disk image is malformed")."""
    data = bytearray(demo_db.read_bytes())
    data[3 * 4096:4 * 4096] = b"\xff" * 4096
    demo_db.write_bytes(bytes(data))
    code, out, _ = cli("check", lang=lang)
    assert code == 1 and words in out and "malformed" not in out, out


def test_the_first_command_of_the_day_backs_up_once(cli, demo_db):
    assert backups.list_backups(demo_db) == []
    assert cli("staff", "list")[0] == 0
    assert [b.kind for b in backups.list_backups(demo_db)] == ["daily"]
    assert cli("staff", "list")[0] == 0
    assert len(backups.list_backups(demo_db)) == 1


def test_a_failing_daily_backup_warns_and_the_command_still_runs(cli, demo_db, monkeypatch):
    from app.backups import making

    monkeypatch.setattr(making.os, "access", lambda *_a: False)
    code, out, err = cli("staff", "list")
    assert code == 0 and out.strip()
    assert "今天的自动备份没有完成" in err and str(demo_db.parent / "backups") in err


def test_usage_errors_and_missing_files(cli, tmp_path):
    code, _, err = cli("restore", str(tmp_path / "nope.db"))
    assert code == 2 and "找不到备份文件" in err
    code, _, err = cli("backup", "remove")
    assert code == 2 and "list" in err
    code, _, err = cli("restore", str(tmp_path / "nope.db"), lang="en")
    assert code == 2 and "Backup file not found" in err
    for name, content in (("notes.db", b"just some text, not a shop"), ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
                          ("empty.db", b"")):
        (tmp_path / name).write_bytes(content)
        code, _, err = cli("restore", str(tmp_path / name))
        assert code == 2 and str(tmp_path / name) in err, (name, code, err)  # the wrong file chosen: bad input


def test_backup_of_a_missing_file_is_a_user_error(capsys, tmp_path):
    assert main(["--db", str(tmp_path / "none.db"), "backup"]) == 2
    assert "不存在" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_restore_says_how_many_later_changes_it_replaced(cli, tmp_path, monkeypatch):
    from datetime import datetime, timedelta

    from app.store import audit

    class Later(datetime):  # the backup's newest log entry may be of this very second
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(minutes=1)

    (tmp_path / "usb").mkdir()
    assert cli("backup", "-o", str(tmp_path / "usb" / "copy.db"))[0] == 0
    monkeypatch.setattr(audit, "datetime", Later)
    assert cli("staff", "add", "新来的", "--hired", "2026-10-20")[0] == 0
    code, out, err = cli("restore", str(tmp_path / "usb" / "copy.db"))
    assert code == 0, err
    assert "恢复前的数据里有 1 条操作记录晚于这份备份，它们不在恢复后的数据里。" in out
    code, out, _ = cli("restore", str(tmp_path / "usb" / "copy.db"), "--json")
    assert code == 0 and json.loads(out)["replaced_log_entries"] == 1  # the first restore's own entry


def test_restore_over_an_older_shop_file_leaves_the_backup_chosen(tmp_path, capsys):
    """Opened to check its PIN, a shop file of an older version was migrated first: the 升级前 backup's rotation
    deleted the backup chosen (the oldest the rotation kept), and the restore then said 找不到备份文件."""
    import shutil

    from app.backups import files

    from .test_restore import _version_2_shop

    current = _version_2_shop(tmp_path / "shop.db")
    (tmp_path / "backups").mkdir()
    first, *later = moments_today(10)
    chosen = files.new_path(current, "manual", first)
    shutil.copyfile(current, chosen)
    for moment in later:  # the ten newest the default rotation keeps: the oldest goes with the next backup
        files.new_path(current, "manual", moment).write_bytes(b"x")
    assert main(["--db", str(current), "restore", str(chosen)]) == 0, capsys.readouterr().err
    assert chosen.exists()
