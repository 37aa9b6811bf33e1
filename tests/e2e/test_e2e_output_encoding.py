"""What another program reads from `honghua`: a scheduled task redirects it in the Windows code page, a group bot
in PowerShell or Python decodes it in that code page. Text comes out as UTF-8 whatever the code page (the window
program's --help too); JSON on stdout is ASCII, so a reader decoding it in code page 936 still gets 𠮷 and emoji."""

import json
import subprocess
import sys

from .helpers import ROOT, child_env


def _ok(run):
    assert run.code == 0, run.err
    return run


def test_json_on_stdout_reads_the_same_in_any_code_page(app, tmp_path, db):
    _ok(app("staff", "add", "𠮷祥😀", "--alias", "旗舰店:小美", "--dept", "客服部", "--hired", "2026-10-01"))
    for encoding in ("gbk", "cp1252", "utf-8"):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db), "--today", "2026-10-20", "staff", "list", "--json"],
            cwd=ROOT, env=child_env(tmp_path, PYTHONIOENCODING=encoding), capture_output=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert done.stdout.isascii()
        # PowerShell 5 and `subprocess.run(text=True)` on a Chinese Windows decode in code page 936
        person = json.loads(done.stdout.decode("cp936"))[0]
        assert (person["name"], person["aliases"], person["dept"]) == ("𠮷祥😀", ["旗舰店:小美"], "客服部")
    progress = _ok(app("progress", "--month", "2026-10", "--json", PYTHONIOENCODING="gbk"))
    assert progress.out.isascii() and json.loads(progress.out)["staff"][0]["name"] == "𠮷祥😀"


def test_text_stays_utf8_for_a_person_reading_it(app):
    _ok(app("staff", "add", "𠮷祥😀", "--hired", "2026-10-01"))
    assert "𠮷祥😀" in _ok(app("staff", "list", PYTHONIOENCODING="gbk")).out


def test_the_window_programs_help_redirected_on_an_english_windows(tmp_path):
    """`honghua --help > help.txt` on an English Windows (code page 1252, no Chinese): the help, not a
    UnicodeEncodeError."""
    for module in ("ui.launch", "ui"):
        done = subprocess.run([sys.executable, "-m", module, "--help"], cwd=ROOT,
                              env=child_env(tmp_path, PYTHONIOENCODING="cp1252"), capture_output=True, timeout=60,
                              check=False)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
        assert "数据文件路径" in done.stdout.decode("utf-8")


def test_a_log_of_stdout_and_stderr_together_reads_in_the_order_it_was_said(app, tmp_path, db):
    """`honghua import … > 日志.txt 2>&1` (a scheduled task's log): each file's error follows its own summary and
    「未导入」 comes last. Python keeps stdout going to a file in a buffer until the end, so every stderr line came
    first, far from the file it was about (PYTHONUNBUFFERED, set here by the test runner, is not set there)."""
    _ok(app("staff", "add", "小美", "--hired", "2026-10-01"))
    env = child_env(tmp_path)
    env.pop("PYTHONUNBUFFERED", None)
    daily = ROOT / "data" / "samples" / "客服日报_2026-10-01至2026-10-07.csv"
    with (tmp_path / "日志.txt").open("wb") as log:
        done = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--today", "2026-10-20", "import",
                               str(tmp_path / "不存在.csv"), str(daily), "--dry-run"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=60, check=False)
    assert done.returncode == 2
    lines = (tmp_path / "日志.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "不存在.csv" and lines[1].startswith("  错误：不存在.csv："), lines[:3]
    assert lines[-1].startswith("未导入："), lines[-3:]
