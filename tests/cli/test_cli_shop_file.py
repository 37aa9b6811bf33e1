"""Which commands may make a new shop file: a read never does (a mistyped --db must not become a new, empty
shop), a set-up command does so only in a folder that exists; and bad --period / --month options name the
option and the forms it takes."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.cli.commands import build_parser
from app.i18n import set_language
from app.store import open_store

TODAY = "2026-10-20"

# every command that may start a shop (creates_shop=True where it is registered); all others refuse a
# shop file that does not exist
CREATING = {"demo", "staff add", "target set", "import", "plan use", "certificates make", "certificates image",
            "certificates award-template", "restore"}


@pytest.fixture(autouse=True)
def _chinese_afterwards():
    yield
    set_language("zh")


def _commands(parser, prefix: str = "") -> dict[str, object]:
    """Every runnable command ('staff add', 'progress', …) → its parsed defaults."""
    import argparse

    found: dict[str, object] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_commands(sub, f"{prefix} {name}".strip()))
    if not found and prefix:
        found[prefix] = parser._defaults
    return found


def test_each_command_says_whether_it_may_create_a_shop():
    commands = _commands(build_parser())
    assert len(commands) > 40 and "awards compute" in commands and "backup" in commands
    creating = {name for name, defaults in commands.items() if defaults.get("creates_shop")}
    assert creating == CREATING


def run(db, *args: str, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--today", TODAY, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


READS = [
    ("progress", "--month", "2026-10"),
    ("progress", "--month", "2026-10", "--json"),
    ("staff", "list"),
    ("staff", "leave", "小美"),
    ("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "3"),
    ("event", "add", "--date", "2026-10-19", "--staff", "小美", "--type", "表扬"),
    ("imports", "list"),
    ("export", "--month", "2026-10", "-o", "{tmp}/out.xlsx"),
    ("poster", "--month", "2026-10", "-o", "{tmp}/poster.png"),
    ("flowers", "list"),
    ("flowers", "board"),
    ("plan", "list"),
    ("awards", "compute", "--period", "2026-10"),
    ("awards", "status", "--period", "2026-10"),
    ("awards", "approve", "--period", "2026-09"),
    ("payout", "--month", "2026-10", "--draft", "-o", "{tmp}/payout.xlsx"),
    ("receipt", "--month", "2026-10", "--all", "--draft", "-o", "{tmp}/receipt.pdf"),
    ("certificates", "batch", "--period", "2026-09", "--draft", "-o", "{tmp}/certs.pdf"),
    ("certificates", "verify", "HH-2026-10-0001"),
    ("certificates", "list", "--period", "2026-10"),
    ("backup",),
    ("backup", "list"),
    ("check",),
]


@pytest.mark.parametrize("args", READS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("place", ["missing file", "missing folder"])
def test_a_command_that_cannot_start_a_shop_refuses_a_missing_file_and_creates_nothing(
        tmp_path, capsys, monkeypatch, args, place):
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))
    work = tmp_path / "work"
    work.mkdir()
    db = work / "shop.db" if place == "missing file" else work / "nonexist" / "x.db"
    code, out, err = run(db, *(a.replace("{tmp}", str(work)) for a in args), capsys=capsys)
    assert code == 2, err
    assert err.startswith(f"错误：数据文件 {db} 不存在（请检查 --db 或 HONGHUA_DB）")
    # in a folder that exists it may be the owner's first command: how to start a shop there is said
    assert ("staff add" in err) == (place == "missing file")
    assert out == ""
    assert list(work.iterdir()) == [] and not (tmp_path / "home").exists()


@pytest.mark.parametrize("args", READS, ids=lambda a: " ".join(a[:2]))
def test_a_command_that_cannot_start_a_shop_leaves_an_empty_file_empty(tmp_path, capsys, monkeypatch, args):
    """A file of 0 bytes (made by hand, never a shop; no backups beside it) is no shop either: `staff list` or a
    check made it one — 300 KB of tables — and called it sound."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    work = tmp_path / "work"
    work.mkdir()
    db = work / "shop.db"
    db.write_bytes(b"")
    code, out, err = run(db, *(a.replace("{tmp}", str(work)) for a in args), capsys=capsys)
    assert (code, out) == (2, ""), err
    assert err.startswith(f"错误：数据文件 {db} 是空的（0 字节），还不是红花榜的店铺"), err
    # the command offered names the file: without --db it would add the person to the default shop
    assert f'honghua --db "{db}" staff add 姓名' in err, err
    assert list(work.iterdir()) == [db] and db.stat().st_size == 0


@pytest.mark.parametrize("args", [*READS, ("demo",), ("staff", "add", "小美"), ("restore", "{tmp}/backup.db")],
                         ids=lambda a: " ".join(a[:2]))
def test_a_folder_given_as_the_shop_file_is_a_mistake_in_what_was_typed(tmp_path, capsys, monkeypatch, args):
    """`--db D:\\店铺` for `--db D:\\店铺\\honghua.db`: exit 2 (bad input) from every command, as a missing file;
    most said it with exit 1, as if the computer had failed."""
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    folder = tmp_path / "店铺"
    folder.mkdir()
    code, out, err = run(folder, *(a.replace("{tmp}", str(tmp_path)) for a in args), capsys=capsys)
    assert (code, out) == (2, ""), err
    assert err == f"错误：{folder} 是一个文件夹，请指定数据文件\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", [
    ("demo",),
    ("staff", "add", "小美"),
    ("target", "set", "--month", "2026-10", "--shop", "--value", "100000"),
    ("import", "{root}/data/samples/客服日报_2026-10-01至2026-10-07.csv", "--create-staff"),
    ("plan", "use", "taobao-kefu"),
    ("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o", "{tmp}/c.pdf"),
    ("restore", "{tmp}/backup.db"),
], ids=lambda a: " ".join(a[:2]))
def test_a_set_up_command_refuses_a_folder_that_does_not_exist(tmp_path, capsys, args):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    db = tmp_path / "nonexist" / "x.db"
    code, out, err = run(db, *(a.replace("{tmp}", str(tmp_path)).replace("{root}", str(root)) for a in args),
                         capsys=capsys)
    assert code == 2, err
    assert err.startswith(f"错误：文件夹 {db.parent} 不存在，没有建立数据文件 {db}（请检查 --db 或 HONGHUA_DB")
    assert "Traceback" not in err and out == ""
    assert list(tmp_path.iterdir()) == []


def test_demo_and_staff_add_start_a_new_shop_in_an_existing_folder(tmp_path, capsys):
    demo = tmp_path / "demo-shop.db"
    code, out, err = run(demo, "demo", "--staff", "3", "--months", "1", capsys=capsys)
    assert code == 0, err
    assert "已生成演示店铺" in out and demo.exists()
    assert len(json.loads(run(demo, "staff", "list", "--json", capsys=capsys)[1])) == 3
    fresh = tmp_path / "fresh.db"
    code, out, err = run(fresh, "staff", "add", "小美", capsys=capsys)
    assert (code, out) == (0, "1\n"), err
    assert run(fresh, "progress", "--month", "2026-10", capsys=capsys)[0] == 0


@pytest.mark.parametrize("args", [
    ("staff", "add", ""),
    ("staff", "add", "小美", "--hired", "2026-13-01"),
    ("target", "set", "--month", "2026-10", "--staff", "没这个人", "--value", "100000"),
    ("import", "{tmp}/没有这个文件.csv"),
    ("plan", "use", "没有这个方案"),
    ("certificates", "image", "seal", "{tmp}/没有这个文件.png"),
    ("restore", "{tmp}/没有这个备份.db"),
], ids=lambda a: " ".join(a[:3]))
def test_a_refused_set_up_command_leaves_no_shop_file_behind(tmp_path, capsys, args):
    db = tmp_path / "new.db"
    code, _, err = run(db, *(a.replace("{tmp}", str(tmp_path)) for a in args), capsys=capsys)
    assert code == 2 and "错误：" in err and "内部错误" not in err, err
    assert list(tmp_path.iterdir()) == []  # no shop file, no -wal or -shm beside it
    assert run(db, "staff", "list", capsys=capsys)[0] == 2  # the next command still finds no shop


def test_a_new_shop_file_that_cannot_be_removed_is_kept_and_the_refusal_still_said(tmp_path, capsys, monkeypatch):
    """Windows refuses to delete a file another program has open (a virus scanner, a second command): the
    empty file stays, and the owner reads why the command was refused, not a permission error about it."""
    from pathlib import Path

    db = tmp_path / "new.db"
    real_unlink = Path.unlink

    def held(self, missing_ok=False):
        if self == db:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held)
    code, _, err = run(db, "staff", "add", "", capsys=capsys)
    assert (code, err) == (2, "错误：姓名不能为空\n")
    assert db.exists()


def test_a_refused_command_keeps_a_shop_file_that_was_there(tmp_path, capsys):
    db = tmp_path / "shop.db"
    open_store(db).close()  # an empty shop the window made on its first start
    assert run(db, "staff", "add", "", capsys=capsys)[0] == 2
    assert db.exists() and run(db, "staff", "list", capsys=capsys)[0] == 0


def test_without_db_the_user_data_folder_is_made_by_a_set_up_command(tmp_path, capsys, monkeypatch):
    home = tmp_path / "home" / "Honghua"  # the default place is the app's own: its folder is made when needed
    monkeypatch.delenv("HONGHUA_DB", raising=False)
    monkeypatch.setenv("HONGHUA_HOME", str(home))
    assert main(["--today", TODAY, "staff", "list"]) == 2
    err = capsys.readouterr().err
    assert f"数据文件 {home / 'honghua.db'} 不存在：还没有建立店铺" in err and "honghua demo" in err
    assert not home.exists()
    assert main(["--today", TODAY, "demo", "--staff", "2", "--months", "1"]) == 0
    assert (home / "honghua.db").exists()


def _shop_with_a_backup(db, capsys) -> str:
    assert run(db, "staff", "add", "小美", capsys=capsys)[0] == 0
    code, out, err = run(db, "backup", "--json", capsys=capsys)
    assert code == 0, err
    return json.loads(out)["file"]


def test_a_missing_file_with_backups_says_how_to_restore_it(tmp_path, capsys):
    db = tmp_path / "shop.db"
    saved = _shop_with_a_backup(db, capsys)
    db.unlink()
    code, _, err = run(db, "progress", capsys=capsys)
    assert code == 2 and not db.exists()
    # the restore named goes to this file: typed without --db it would replace the default shop file
    assert f"数据文件 {db} 不存在（请检查 --db 或 HONGHUA_DB）。" in err
    assert f'honghua --db "{db}" restore "{saved}"' in err
    code, _, err = run(db, "restore", saved, capsys=capsys)  # restore is how the shop comes back
    assert code == 0, err
    assert [p["name"] for p in json.loads(run(db, "staff", "list", "--json", capsys=capsys)[1])] == ["小美"]


SET_UPS = [
    ("demo", "--staff", "2", "--months", "1"),
    ("staff", "add", "小刚"),
    ("target", "set", "--month", "2026-10", "--shop", "--value", "100000"),
    ("import", "{root}/data/samples/客服日报_2026-10-01至2026-10-07.csv", "--create-staff"),
    ("plan", "use", "taobao-kefu"),
    ("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "2026-10", "-o", "{tmp}/c.pdf"),
    ("certificates", "image", "seal", "--clear"),
    ("certificates", "award-template", "服务之星", "card"),
]


def _filled(args, tmp_path) -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return [a.replace("{tmp}", str(tmp_path)).replace("{root}", str(root)) for a in args]


@pytest.mark.parametrize("args", SET_UPS, ids=lambda a: " ".join(a[:2]))
def test_a_set_up_command_does_not_start_a_new_shop_beside_its_backups(tmp_path, capsys, args):
    """A scheduled `honghua import` after OneDrive moved the shop file away: refused as the other commands
    refuse (exit 2, the newest good backup and the restore line named), nothing created; --new-shop starts
    the new shop when the owner really means it."""
    db = tmp_path / "shop.db"
    saved = _shop_with_a_backup(db, capsys)
    db.unlink()
    before = sorted(tmp_path.rglob("*"))
    code, out, err = run(db, *_filled(args, tmp_path), capsys=capsys)
    assert (code, out) == (2, ""), err
    assert err.startswith(f"错误：数据文件 {db} 不存在，可它的备份文件夹里有完好的备份"), err
    assert f'最新的完好备份是 {saved}（' in err and f'honghua --db "{db}" restore "{saved}"' in err
    assert "--new-shop" in err and "Traceback" not in err
    assert sorted(tmp_path.rglob("*")) == before and not db.exists()  # nothing made, no backup either
    code, _, err = run(db, *_filled(args, tmp_path), "--new-shop", capsys=capsys)
    assert code == 0, err
    assert db.exists()


def test_the_refusal_in_english(tmp_path, capsys):
    db = tmp_path / "shop.db"
    saved = _shop_with_a_backup(db, capsys)
    db.unlink()
    assert main(["--lang", "en", "--db", str(db), "staff", "add", "小刚"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Error: The data file {db} does not exist, but its backups folder holds a sound backup")
    assert f'honghua --db "{db}" restore "{saved}"' in err and "--new-shop" in err


def test_without_backups_a_set_up_command_still_starts_the_shop(tmp_path, capsys):
    db = tmp_path / "shop.db"
    (tmp_path / "backups").mkdir()  # a folder with no backup of this shop (another shop's only)
    other = tmp_path / "other.db"
    _shop_with_a_backup(other, capsys)
    assert run(db, "staff", "add", "小美", capsys=capsys)[0] == 0 and db.exists()


def test_restore_needs_no_new_shop_option(tmp_path, capsys):
    db = tmp_path / "shop.db"
    saved = _shop_with_a_backup(db, capsys)
    db.unlink()
    code, _, err = run(db, "restore", saved, capsys=capsys)
    assert code == 0, err


def test_english(tmp_path, capsys):
    db = tmp_path / "none" / "x.db"
    assert main(["--lang", "en", "--db", str(db), "progress"]) == 2
    assert capsys.readouterr().err == f"Error: The data file {db} does not exist (check --db or HONGHUA_DB)\n"
    assert main(["--lang", "en", "--db", str(db), "demo"]) == 2
    assert capsys.readouterr().err.startswith(f"Error: The folder {db.parent} does not exist")


# ---- --period and --month
PERIOD_HINT = "应为 2026-10、2026-Q4、2026-H2 或 2026（也可写作 2026年10月、2026.10、2026年第4季度、2026Q4、2026年下半年、2026H2、2026年度）"
MONTH_HINT = "应为 YYYY-MM，例如 2026-10"


@pytest.mark.parametrize("args", [
    ("awards", "compute", "--period", "{p}"),
    ("awards", "approve", "--period", "{p}"),
    ("awards", "status", "--period", "{p}"),
    ("awards", "history", "--period", "{p}"),
    ("awards", "manual-list", "--period", "{p}"),
    ("awards", "adjust", "--period", "{p}", "--staff", "小美", "--amount", "50", "--reason", "加班"),
    ("certificates", "batch", "--period", "{p}", "-o", "{tmp}/c.pdf"),
    ("certificates", "list", "--period", "{p}"),
    ("certificates", "make", "--name", "小美", "--award", "服务之星", "--period", "{p}", "-o", "{tmp}/c.pdf"),
], ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize(("value", "why"), [
    ("2026-13", "（月份应为 1–12）"),
    ("2026-0", "（月份应为 1–12）"),
    ("1899-10", "（年份应为 1900–9999）"),
    ("2026-Q5", ""),
    ("下个月", ""),
])
def test_a_bad_period_names_the_option_and_the_forms(tmp_path, capsys, args, value, why):
    db = tmp_path / "shop.db"
    open_store(db).close()
    code, out, err = run(db, *(a.replace("{p}", value).replace("{tmp}", str(tmp_path)) for a in args),
                         capsys=capsys)
    assert (code, out) == (2, "")
    assert err == f"错误：--period：期间「{value}」无效{why}，{PERIOD_HINT}\n"
    assert not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("args", [
    ("progress", "--month", "{m}"),
    ("poster", "--month", "{m}", "-o", "{tmp}/p.png"),
    ("payout", "--month", "{m}", "-o", "{tmp}/p.xlsx"),
    ("receipt", "--month", "{m}", "--all", "-o", "{tmp}/r.pdf"),
    ("flowers", "list", "--month", "{m}"),
    ("target", "set", "--month", "{m}", "--shop", "--value", "100"),
    ("export", "--month", "{m}", "-o", "{tmp}/e.xlsx"),
    ("import", "{tmp}/none.csv", "--month", "{m}"),
], ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize(("value", "why"), [
    ("2026-13", "（月份应为 1–12）"),
    ("0026-10", "（年份应为 1900–9999）"),
    ("2026-Q4", ""),
])
def test_a_bad_month_names_the_option_and_the_form(tmp_path, capsys, args, value, why):
    db = tmp_path / "shop.db"
    open_store(db).close()
    code, out, err = run(db, *(a.replace("{m}", value).replace("{tmp}", str(tmp_path)) for a in args),
                         capsys=capsys)
    assert (code, out) == (2, "")
    assert err == f"错误：--month：月份「{value}」无效{why}，{MONTH_HINT}\n"


def test_plan_use_names_its_from_option(tmp_path, capsys):
    db = tmp_path / "shop.db"
    code, _, err = run(db, "plan", "use", "taobao-kefu", "--from", "2026-13", capsys=capsys)
    assert code == 2 and err == f"错误：--from：月份「2026-13」无效（月份应为 1–12），{MONTH_HINT}\n"


def test_a_bad_period_in_english(tmp_path, capsys):
    db = tmp_path / "shop.db"
    open_store(db).close()
    assert main(["--lang", "en", "--db", str(db), "awards", "compute", "--period", "2026-13"]) == 2
    assert capsys.readouterr().err == ('Error: --period: Period "2026-13" is not valid (the month must be from 1 to 12); '
                                       "use 2026-10, 2026-Q4, 2026-H2 or 2026 (also written 2026年10月、2026.10、2026年第4季度、"
                                       "2026Q4、2026年下半年、2026H2、2026年度)\n")
