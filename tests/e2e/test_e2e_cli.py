"""The command line end to end, in child processes, on a temporary file with a fixed today — the way a
scheduled task runs it."""

import json
import sqlite3
import subprocess
import sys

import pytest

from .helpers import ROOT, child_env, run_app

STAFF_KEYS = ["id", "name", "aliases", "dept", "role", "hired", "left", "birthday", "birthday_lunar", "active",
              "stints", "in_awards"]  # extra keys: stints, each time on the team; in_awards, 参与评奖
PROGRESS_KEYS = ["id", "name", "sales_fen", "target_fen", "achieved_pct", "remaining_fen", "elapsed_pct",
                 "per_day_needed_fen"]


def ok(run):
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    return run


def test_a_scheduled_task_records_the_day_and_reads_progress(app):
    """October 2026 (31 days), today the 20th:
    小美 target ¥31,000: 10-01 ¥1,000.00 + 10-19 ¥2,000.50 (+ 10-20 ¥500.00, today)
    小刚 target ￥12,500: 10-10 ¥1,250.00
    """
    mei = int(ok(app("staff", "add", "小美", "--alias", "小橙子旗舰店:小美", "--dept", "客服部", "--hired", "2025-03-01",
                     "--birthday", "03-18")).out)
    gang = int(ok(app("staff", "add", "小刚", "--dept", "客服部", "--lunar-birthday", "08-15")).out)
    wang = int(ok(app("staff", "add", "老王", "--dept", "售后部", "--role", "售后")).out)
    assert (mei, gang, wang) == (1, 2, 3)
    ok(app("staff", "leave", "老王", "--date", "2026-09-30"))
    ok(app("target", "set", "--month", "2026-10", "--staff", "小橙子旗舰店:小美", "--metric", "sales", "--value", "¥31,000"))
    ok(app("target", "set", "--month", "2026-10", "--staff", "2", "--metric", "销售额", "--value", "￥12,500"))
    for day, who, value in (("2026-10-01", "小美", "1000"), ("2026-10-19", "小美", "2,000.50"),
                            ("2026-10-20", "小美", "¥500"), ("2026-10-10", "小刚", "1,250.00")):
        ok(app("data", "set", "--date", day, "--staff", who, "--metric", "sales", "--value", value))
    ok(app("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "37"))
    event = ok(app("event", "add", "--date", "2026-10-19", "--staff", "小美", "--type", "表扬", "--amount", "50",
                   "--attr", "source=旺旺", "--note", "顾客点名表扬"))
    assert "#1" in event.out

    people = json.loads(ok(app("staff", "list", "--json")).out)
    assert [list(p) for p in people] == [STAFF_KEYS] * 3
    assert people[0]["aliases"] == ["小橙子旗舰店:小美"] and people[0]["birthday"] == "03-18"
    assert (people[1]["birthday"], people[1]["birthday_lunar"]) == ("08-15", True)
    assert (people[2]["left"], people[2]["active"]) == ("2026-09-30", False)

    data = json.loads(ok(app("progress", "--month", "2026-10", "--as-of", "2026-10-19", "--json")).out)
    assert (data["month"], data["as_of"]) == ("2026-10", "2026-10-19")
    assert [p["name"] for p in data["staff"]] == ["小美", "小刚"]  # 老王 left before October
    assert [list(p)[:len(PROGRESS_KEYS)] for p in data["staff"]] == [PROGRESS_KEYS] * 2
    m, g, team = data["staff"][0], data["staff"][1], data["team"]
    # 小美: 300,050 of 3,100,000 → 2,799,950 over 12 days = 233,329.17 → 233,330
    assert (m["sales_fen"], m["target_fen"], m["remaining_fen"], m["per_day_needed_fen"]) == \
        (300_050, 3_100_000, 2_799_950, 233_330)
    assert m["achieved_pct"] == pytest.approx(9.679032258064516)
    assert m["elapsed_pct"] == pytest.approx(61.29032258064516)
    # 小刚: 125,000 of 1,250,000 → 1,125,000 / 12 = 93,750 exactly
    assert (g["sales_fen"], g["target_fen"], g["remaining_fen"], g["per_day_needed_fen"]) == \
        (125_000, 1_250_000, 1_125_000, 93_750)
    assert g["achieved_pct"] == pytest.approx(10.0)
    # team: 425,050 of 4,350,000 → 3,924,950 / 12 = 327,079.17 → 327,080
    assert (team["sales_fen"], team["target_fen"], team["remaining_fen"], team["per_day_needed_fen"]) == \
        (425_050, 4_350_000, 3_924_950, 327_080)
    assert team["achieved_pct"] == pytest.approx(9.771264367816092)

    # the shop's own target replaces the sum: 5,000,000 − 425,050 = 4,574,950 / 12 = 381,245.83 → 381,246
    ok(app("target", "set", "--month", "2026-10", "--shop", "--value", "50000"))
    team = json.loads(ok(app("progress", "--month", "2026-10", "--as-of", "2026-10-19", "--json")).out)["team"]
    assert (team["target_fen"], team["remaining_fen"], team["per_day_needed_fen"]) == (5_000_000, 4_574_950, 381_246)

    # by default: today, because today already has data — 350,050; 2,749,950 over 11 days → 249,996
    data = json.loads(ok(app("progress", "--json")).out)
    assert data["as_of"] == "2026-10-20"
    m = data["staff"][0]
    assert (m["sales_fen"], m["remaining_fen"], m["per_day_needed_fen"]) == (350_050, 2_749_950, 249_996)
    assert m["elapsed_pct"] == pytest.approx(64.51612903225806)

    # the next morning, September is closed: no days left
    sept = json.loads(ok(app("progress", "--month", "2026-09", "--json", today="2026-10-21")).out)
    assert sept["as_of"] == "2026-09-30" and sept["team"]["elapsed_pct"] == pytest.approx(100.0)
    assert sept["team"]["per_day_needed_fen"] is None and sept["team"]["target_fen"] is None

    text = ok(app("progress", "--month", "2026-10", "--as-of", "2026-10-19")).out
    assert "¥3,000.50" in text and "¥31,000.00" in text and "61.3%" in text


def test_an_ambiguous_name_exits_2_and_lists_both(app):
    one = int(ok(app("staff", "add", "张伟", "--dept", "客服部")).out)
    two = int(ok(app("staff", "add", "张伟", "--dept", "售后部")).out)
    run = app("data", "set", "--date", "2026-10-19", "--staff", "张伟", "--metric", "orders", "--value", "3")
    assert run.code == 2
    assert f"#{one}" in run.err and f"#{two}" in run.err and "张伟" in run.err
    assert "Traceback" not in run.err and run.out == ""
    ok(app("data", "set", "--date", "2026-10-19", "--staff", str(two), "--metric", "orders", "--value", "3"))


@pytest.mark.parametrize("words", [("staff", "--", "list", "--json"), ("--", "staff", "list", "--json")],
                         ids=["after the command", "before it"])
def test_a_lone_double_dash_before_a_command_word_ends_the_options(app, words):
    """As argparse means it (and Python 3.12.8+ does itself): 3.11 took the `--` after `staff` for its command
    word («没有命令 '--'»)."""
    ok(app("staff", "add", "小美"))
    assert [person["name"] for person in json.loads(ok(app(*words)).out)] == ["小美"]


def test_a_double_dash_leaves_a_mistyped_command_word_refused_by_name(app):
    run = app("staff", "--", "lst")
    assert run.code == 2 and "没有命令 'lst'" in run.err and "是不是想输入 list" in run.err, run.err


@pytest.mark.parametrize(("args", "code", "words"), [
    (("data", "set", "--date", "2026-02-30", "--staff", "1", "--metric", "orders", "--value", "1"), 2, "2026-02-30"),
    (("target", "set", "--month", "2026-10", "--shop", "--value", "1e3"), 2, "不是有效的金额"),
    (("staff", "lve", "1"), 2, "没有命令"),
    (("progress", "--month"), 2, "--month"),
    (("event", "add", "--date", "2026-10-01", "--staff", "9", "--type", "表扬"), 2, "找不到员工"),
    ((), 2, "请指定一个命令"),
])
def test_mistakes_exit_2_with_a_message_and_no_traceback(app, args, code, words):
    ok(app("staff", "add", "小美"))  # a shop to make the mistakes in (id 1)
    run = app(*args)
    assert run.code == code
    assert words in run.err and "Traceback" not in run.err


def test_a_mistyped_db_is_not_made_into_a_new_shop(tmp_path):
    """`honghua --db D:\\shop\\x.db progress` with a typo used to create the folder and an empty shop and say
    nobody works there; a scheduled task then read an empty board with exit code 0."""
    env = child_env(tmp_path)
    typo = tmp_path / "nonexist" / "x.db"
    run = run_app(["--db", str(typo), "progress", "--month", "2026-10"], env)
    assert run.code == 2 and run.out == ""
    assert run.err == f"错误：数据文件 {typo} 不存在（请检查 --db 或 HONGHUA_DB）\n"
    run = run_app(["--db", str(typo), "staff", "add", "小美"], env)
    assert run.code == 2 and "文件夹" in run.err and "不存在" in run.err
    assert not typo.parent.exists()
    shop = tmp_path / "shop.db"
    run = run_app(["--db", str(shop), "progress", "--month", "2026-10"], child_env(tmp_path, HONGHUA_DB=str(shop)))
    assert run.code == 2 and not shop.exists()
    ok(run_app(["--db", str(shop), "--today", "2026-10-20", "demo", "--staff", "3", "--months", "1"], env))
    assert "没有在职员工" not in ok(run_app(["--db", str(shop), "--today", "2026-10-20", "progress"], env)).out


def test_bad_today_exits_2(app):
    run = app("staff", "list", today="20-10-2026")
    assert run.code == 2 and "--today" in run.err and "Traceback" not in run.err


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "report.xlsx.db"
    content = b"PK\x03\x04 not a database at all" * 50
    path.write_bytes(content)
    run = run_app(["--db", str(path), "--today", "2026-10-20", "staff", "add", "小美"], child_env(tmp_path))
    assert run.code == 1
    assert "不是红花榜的数据文件" in run.err and "Traceback" not in run.err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["report.xlsx.db"]


def test_a_newer_file_is_refused_and_unchanged(tmp_path, app, db):
    ok(app("staff", "add", "小美"))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db.read_bytes()
    run = app("staff", "list")
    assert run.code == 1 and "更新版本" in run.err
    assert db.read_bytes() == before


def test_english_messages(app):
    ok(app("staff", "add", "小美"))
    run = app("--lang", "en", "staff", "leave", "nobody", "--date", "2026-10-01")
    assert run.code == 2
    assert run.err == 'Error: No staff member "nobody" (no id, name or sub-account matches)\n'
    run = app("--lang", "en", "staff", "add")
    assert run.code == 2 and "the following arguments are required" in run.err


def test_output_is_utf8_even_when_the_console_is_not(app):
    """A Windows scheduled task redirects output in the ANSI code page; Chinese must still come out as UTF-8."""
    ok(app("staff", "add", "林晓雯", "--dept", "客服部", PYTHONIOENCODING="ascii"))
    run = ok(app("staff", "list", PYTHONIOENCODING="ascii"))
    assert "林晓雯" in run.out and "客服部" in run.out
    run = app("staff", "leave", "无名氏", PYTHONIOENCODING="cp1252")
    assert run.code == 2 and "无名氏" in run.err
    assert json.loads(ok(app("staff", "list", "--json", PYTHONIOENCODING="gbk")).out)[0]["name"] == "林晓雯"


def test_a_name_beyond_gbk_does_not_break_a_gbk_console(app, tmp_path, db):
    """A Windows console in code page 936 (PYTHONIOENCODING=gbk here) has no 𠮷 and no emoji: the name still
    comes out, in the table, the JSON and an error, through the module and the `honghua` launcher alike."""
    gbk = {"PYTHONIOENCODING": "gbk"}
    ok(app("staff", "add", "𠮷祥😀", "--alias", "旗舰店:😀", "--hired", "2026-10-01", **gbk))
    assert "𠮷祥😀" in ok(app("staff", "list", **gbk)).out
    assert json.loads(ok(app("staff", "list", "--json", **gbk)).out)[0]["aliases"] == ["旗舰店:😀"]
    refused = app("staff", "leave", "𠮷😀", "--date", "2026-10-19", **gbk)
    assert refused.code == 2 and "𠮷😀" in refused.err and "Traceback" not in refused.err
    launched = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--db", str(db), "--today", "2026-10-20", "staff", "list", "--json"],
        cwd=ROOT, env=child_env(tmp_path, **gbk), capture_output=True, timeout=60, check=False)
    assert launched.returncode == 0, launched.stderr.decode("utf-8", "replace")
    assert json.loads(launched.stdout.decode("utf-8"))[0]["name"] == "𠮷祥😀"


def test_environment_variables_give_the_file_and_today(tmp_path):
    db = tmp_path / "env.db"
    env = child_env(tmp_path, HONGHUA_DB=str(db), HONGHUA_TODAY="2026-10-20")
    ok(run_app(["staff", "add", "小美", "--hired", "2026-10-20"], env))
    assert db.exists()
    people = json.loads(ok(run_app(["staff", "list", "--json"], env)).out)
    assert [p["name"] for p in people] == ["小美"]
    env["HONGHUA_TODAY"] = "2026-10-19"
    assert run_app(["staff", "add", "小丽", "--hired", "2026-10-20"], env).code == 2


# Wall-clock columns and the shop's random certificate secret differ between any two runs by design.
WALL_CLOCK = {"created_at", "at", "updated_at", "approved_at", "undone_at", "revoked_at", "superseded_at"}
SECRET_TABLES = {"audit", "certificate_key"}


def _dump(path):
    conn = sqlite3.connect(path)
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
              if t not in SECRET_TABLES and not t.startswith("sqlite_")]
    dump = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in WALL_CLOCK]
        dump[table] = sorted(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)
    conn.close()
    return dump


def test_demo_is_the_same_in_every_process_and_refuses_a_second_run(tmp_path):
    dumps = []
    for n, hash_seed in enumerate(("1", "2")):
        db = tmp_path / f"demo{n}.db"
        env = child_env(tmp_path, PYTHONHASHSEED=hash_seed)
        run = ok(run_app(["--db", str(db), "--today", "2026-10-20", "demo", "--seed", "5"], env))
        assert "小橙子旗舰店" in run.out
        dumps.append(_dump(db))
    assert dumps[0] == dumps[1] and len(dumps[0]["daily_value"]) > 5000

    db = tmp_path / "demo0.db"
    env = child_env(tmp_path)
    again = run_app(["--db", str(db), "--today", "2026-10-20", "demo"], env)
    assert again.code == 2 and "--force" in again.err
    assert _dump(db) == dumps[0]
    ok(run_app(["--db", str(db), "--today", "2026-10-20", "demo", "--force", "--staff", "12"], env))
    people = json.loads(ok(run_app(["--db", str(db), "--today", "2026-10-20", "staff", "list", "--json"], env)).out)
    assert len(people) == 12 and sum(not p["active"] for p in people) == 1
    board = json.loads(ok(run_app(["--db", str(db), "--today", "2026-10-20", "progress", "--json"], env)).out)
    assert board["as_of"] == "2026-10-19"
    # October's board: everyone but the person who left in September, each with a target
    assert len(board["staff"]) == 11 and all(p["target_fen"] for p in board["staff"])
    assert board["team"]["target_fen"] >= sum(p["target_fen"] for p in board["staff"])
