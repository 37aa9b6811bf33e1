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
