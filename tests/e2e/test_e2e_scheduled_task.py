"""`honghua` as a scheduled task or a bot runs it: no HOME, APPDATA or LOCALAPPDATA, a working folder that cannot
be written (Windows starts a task in C:\\Windows\\System32), output redirected in code page 936. Every command
with --json still answers in JSON (ASCII, read alike in any code page); a relative path, resolved in that folder,
is named in full with the reason — `--db shop.db demo` said 「无法使用数据文件 shop.db：无法打开数据文件
（没有权限…）」 and `backup -o copy.db` 「无法写入文件夹 .」."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.backups.test_disk_full import mount_tmpfs  # noqa: F401 (the fixture)

from .helpers import ROOT, TODAY, Run, child_env, run_app

JSON_COMMANDS = [
    ("staff", "list", "--json"), ("staff", "departments", "--json"), ("progress", "--month", "2026-10", "--json"),
    ("flowers", "list", "--json"), ("flowers", "board", "--year", "2026", "--json"), ("flowers", "flags", "--json"),
    ("plan", "list", "--json"), ("awards", "compute", "--period", "2026-09", "--json"),
    ("awards", "status", "--period", "2026-09", "--json"), ("imports", "list", "--json"),
    ("imports", "columns", "--json"), ("imports", "skipped", "--json"),
    ("certificates", "list", "--period", "2026-09", "--json"),
    ("backup", "list", "--json"), ("backup", "--json"), ("check", "--json"), ("check", "--quick", "--json"),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("shop")
    made = run_app(["--db", str(folder / "shop.db"), "--today", TODAY, "demo", "--staff", "4", "--months", "2"],
                   child_env(folder))
    assert made.code == 0, made.err
    return folder / "shop.db"


@pytest.fixture
def task(mount_tmpfs):  # noqa: F811
    """task(*args) runs the command line from a read-only folder with a scheduled task's bare environment."""
    folder = mount_tmpfs("1m", read_only=True)
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "gbk",
           "PYTHONDONTWRITEBYTECODE": "1"}

    def run(*args: str) -> Run:
        done = subprocess.run([sys.executable, "-m", "app", *args], cwd=folder, env=env, capture_output=True,
                              timeout=120, check=False)
        return Run(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))

    run.folder = folder  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=" ".join)
def test_every_json_command_answers_in_json(task, shop, command):
    done = task("--db", str(shop), "--today", TODAY, *command)
    assert done.code == 0, done.err
    assert done.out.isascii() and json.loads(done.out) is not None and "Traceback" not in done.err


def test_a_poster_to_a_named_folder_is_made(task, shop, tmp_path):
    done = task("--db", str(shop), "--today", TODAY, "poster", "-o", str(tmp_path))
    assert done.code == 0, done.err
    assert Path(done.out.strip()).is_file()


def test_a_relative_shop_file_in_the_read_only_folder_is_named_in_full(task):
    done = task("--today", TODAY, "--db", "shop.db", "demo")
    assert done.code == 1
    assert done.err.startswith(f"错误：数据文件 {task.folder / 'shop.db'} 所在的文件夹是只读的"), done.err


def test_a_relative_backup_copy_names_the_folder_in_full(task, shop):
    done = task("--db", str(shop), "backup", "-o", "copy.db")
    assert done.code == 1
    assert f"无法写入文件夹 {task.folder}（只读或没有权限）" in done.err, done.err


def _without_console_streams() -> None:
    """In the child before Python starts: no standard output or error at all, as `pythonw` or the window program
    (红花榜.exe, built without a console) run a command from the Task Scheduler; Python then has None for both."""
    os.close(1)
    os.close(2)


@pytest.mark.skipif(os.name != "posix", reason="preexec_fn closes the child's streams: POSIX only")
@pytest.mark.parametrize("words", [
    ("import", str(ROOT / "data" / "samples" / "客服日报_2026-10-01至2026-10-07.csv"), "--create-staff"),
    ("poster", "--month", "2026-10", "-o", "{folder}"),
    ("staff", "list", "--json"),
], ids=lambda words: words[0])
def test_a_command_run_without_console_streams_does_its_work(shop, tmp_path, words):
    """Printing to nowhere is not a failure: the import is written (it asked stderr whether it was a terminal,
    and an AttributeError on None ended it with exit 1 and nothing imported) and the poster is made."""
    copy = tmp_path / "shop.db"
    shutil.copyfile(shop, copy)
    words = [w.replace("{folder}", str(tmp_path)) for w in words]
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(copy), "--today", TODAY, *words], cwd=ROOT,
                          env=child_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          preexec_fn=_without_console_streams, timeout=120, check=False)
    assert done.returncode == 0
    if words[0] == "import":
        imports = run_app(["--db", str(copy), "--today", TODAY, "imports", "list", "--json"], child_env(tmp_path))
        assert len(json.loads(imports.out)) == 1, imports.err
    if words[0] == "poster":
        assert list(tmp_path.glob("战报_*.png"))
