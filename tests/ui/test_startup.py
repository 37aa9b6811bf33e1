"""Start-up: the launcher (CLI or GUI), the one-window-per-file lock and files that cannot be opened, run as the
user runs them (subprocesses) where it matters; what the start spends before its first paint, and
--exit-after-startup, in test_startup_cost.py."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from app import paths
from app.domain import StaffDraft
from app.shop import Shop
from app.store import open_store
from tests.backups.test_disk_full import fill, mount_tmpfs  # noqa: F401 (the fixture)
from ui.launch import command_word
from ui.main import acquire_lock, main

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HONGHUA_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    env.pop("HONGHUA_DB", None)
    return env


# ---- the lock and files that cannot be opened
def test_second_window_on_the_same_file_is_refused(db_path, messages):
    held = QLockFile(str(paths.lock_path(db_path)))
    assert held.tryLock(0)
    try:
        assert main(["--db", str(db_path), "--exit-after-startup"]) == 1
    finally:
        held.unlock()
    [text] = messages.of("error")
    assert str(db_path) in text and "已经在另一个红花榜窗口中打开" in text
    assert str(os.getpid()) in text
    assert not db_path.exists()  # not created, not written


@pytest.mark.parametrize("spelling", ["a link to the file", "a linked folder and .."])
def test_a_second_window_through_another_path_to_the_same_file_is_refused(tmp_path, messages, spelling):
    """The shop file reached by another path: a symbolic link to it (Windows: mklink), or a folder reached through
    a link and `..`. The lock sat beside the path given, so a window opened through a link to the file did not
    see the lock of the window opened through the file itself, and both wrote to one shop."""
    from datetime import date

    folder = tmp_path / "店铺"
    folder.mkdir()
    real = folder / "shop.db"
    Shop.open(real, date(2026, 10, 20)).close()
    if spelling == "a link to the file":
        other = tmp_path / "桌面上的链接.db"
        other.symlink_to(real)
    else:
        (folder / "月报").mkdir()
        (tmp_path / "链接").symlink_to(folder / "月报")
        other = tmp_path / "链接" / ".." / "shop.db"  # `..` of the folder linked to: 店铺
    first = acquire_lock(real)
    assert first is not None
    try:
        assert main(["--db", str(other), "--exit-after-startup"]) == 1
        assert paths.lock_path(other) == paths.lock_path(real)  # what a restore through it asks (`lock_holder`)
    finally:
        first.unlock()
    [text] = messages.of("error")
    assert "已经在另一个红花榜窗口中打开" in text and f"进程号 {os.getpid()}" in text

def test_a_shop_path_that_is_a_loop_of_links_is_refused_in_words_not_a_crash(tmp_path, messages):
    """A link that points at itself (a link to a shop copied over its target): finding the lock beside the file
    itself raised RuntimeError from Path.resolve, which reached the owner as a crash instead of a message."""
    looped = tmp_path / "shop.db"
    looped.symlink_to(looped)
    assert main(["--db", str(looped), "--exit-after-startup"]) == 1
    said = messages.of("error") + messages.of("choose")
    assert said and all(str(looped) in text and "意外错误" not in text for text in said)
    assert looped.is_symlink() and os.readlink(looped) == str(looped)


def test_a_lock_that_cannot_be_made_beside_the_file_a_link_points_to_names_that_folder(tmp_path, messages):
    """The lock sits beside the file a link points to: when it cannot be made there (a folder not there, or
    not writable), the message named the link's own folder, which is writable."""
    link = tmp_path / "shop.db"
    gone = tmp_path / "拔掉的U盘" / "shop.db"
    link.symlink_to(gone)
    assert main(["--db", str(link), "--exit-after-startup"]) == 1
    [text] = messages.of("error")
    assert "创建锁文件" in text and f"无法在 {paths.real_path(gone).parent} 中" in text
    assert not gone.parent.exists()


@pytest.mark.parametrize("left", ["shop.db-journal", "shop.db-wal", None])
def test_a_shop_in_a_folder_that_cannot_be_written_says_to_copy_it_with_what_a_power_cut_left(
        messages, mount_tmpfs, left):  # noqa: F811
    """A write-protected USB stick: the window said only that no lock file could be made. Copied alone, a shop file
    with a -journal beside it holds half of a write, and one with a -wal lacks its last changes."""
    stick = mount_tmpfs("4m")
    shop = stick / "shop.db"
    Shop.open(shop, date(2026, 10, 20)).close()
    if left:
        (stick / left).write_bytes(b"\0" * 512)
    subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
    assert main(["--db", str(shop), "--exit-after-startup"]) == 1
    [text] = messages.of("error")
    assert "创建锁文件" in text and "数据文件没有被修改" in text and "复制到可以写入的文件夹" in text
    if left:
        assert f"和旁边的 {left} 一起复制" in text and "只复制数据文件会丢失数据" in text
    else:
        assert "一起复制" not in text


def test_a_shop_on_a_full_disk_is_said_full_not_damaged(messages, mount_tmpfs):  # noqa: F811
    """A full disk refused the lock file ("没有写入权限？"); with room for the lock only, the shop file, which
    SQLite cannot read without writing a -shm beside it, was called damaged and a restore over it was offered."""
    small = mount_tmpfs("2m")
    shop = small / "shop.db"
    made = Shop.open(shop, date(2026, 10, 20))
    made.staff.add(StaffDraft("张伟"))
    made.close()
    filler = fill(small)
    assert main(["--db", str(shop), "--exit-after-startup"]) == 1
    [text] = messages.of("error")
    assert "磁盘已满" in text and "写入权限" not in text
    filler.unlink()
    room = small / "room"  # a few pages left: the lock file is made, the -shm cannot grow
    room.write_bytes(b"\0" * (shutil.disk_usage(small).free - 8192))
    fill(small).unlink()
    assert main(["--db", str(shop), "--exit-after-startup"]) == 1
    said = messages.of("error") + messages.of("choose") + messages.of("confirm")
    assert len(said) == 2 and "磁盘已满" in said[1] and "损坏" not in said[1].replace("没有损坏", ""), said
    room.unlink()
    store = open_store(shop, create=False)
    assert [person.name for person in store.staff.list()] == ["张伟"]
    store.close()


def test_lock_left_by_a_killed_window_is_recovered(db_path, tmp_path):
    with subprocess.Popen(
        [sys.executable, "-c",
         ("import sys, time\nfrom PySide6.QtCore import QLockFile\n"
          "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
          "print(lock.tryLock(0), flush=True); time.sleep(60)"),
         str(paths.lock_path(db_path))],
        stdout=subprocess.PIPE, text=True, env=_env(tmp_path)) as holder:
        try:
            assert holder.stdout.readline().strip() == "True"
            assert acquire_lock(db_path) is None  # alive: refused
            hour_ago = time.time() - 3600
            os.utime(paths.lock_path(db_path), (hour_ago, hour_ago))
            assert acquire_lock(db_path) is None  # a window open for an hour still holds its file
        finally:
            holder.kill()  # SIGKILL: the lock file stays behind
            holder.wait()
    assert paths.lock_path(db_path).exists()
    lock = acquire_lock(db_path)
    assert lock is not None and lock.isLocked()
    lock.unlock()


@pytest.mark.parametrize("content", [b"", b"\x00" * 64, b"12x"], ids=["empty", "zeros", "garbled"])
def test_a_lock_file_a_power_cut_left_empty_or_garbled_does_not_lock_the_shop_out(db_path, content):
    """A power cut just after the lock file was made leaves it empty or full of zeros (no owner to ask):
    the next start takes it over instead of saying forever that another window has the shop open."""
    paths.lock_path(db_path).write_bytes(content)
    lock = acquire_lock(db_path)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_live_window_keeps_its_lock_even_before_it_wrote_who_it_is(db_path, messages):
    held = QLockFile(str(paths.lock_path(db_path)))
    assert held.tryLock(0)
    try:
        paths.lock_path(db_path).write_bytes(b"")  # as if caught between creating the file and writing its pid
        assert acquire_lock(db_path) is None
        assert paths.lock_path(db_path).exists()
    finally:
        held.unlock()
    assert "已经在另一个红花榜窗口中打开" in messages.of("error")[0]


def test_an_old_shop_file_its_upgrade_refuses_is_said_naming_it_not_a_crash(tmp_path, messages):
    """A v8 shop with a date changed by another tool: the upgrade's IntegrityError reached the window as a bug."""
    import shutil

    path = tmp_path / "旧店铺.db"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema" / "v8.sqlite", path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE staff SET hired = '2025/3/1' WHERE id = (SELECT min(id) FROM staff)")
    conn.close()
    assert main(["--db", str(path), "--exit-after-startup"]) == 1
    [text] = messages.of("error")
    assert text.startswith(f"数据文件 {path} 无法升级到这个版本的红花榜") and "文件未被修改" in text
    assert "升级前的备份在" in text and messages.of("choose") == []

@pytest.mark.parametrize(("content", "said_as"), [("姓名,销售额\n张伟,100\n".encode("gbk"), "error"),
                                                 (b"SQLite format 3\x00" + b"\xff" * 200, "choose")])
def test_a_file_that_is_not_a_shop_is_reported_and_left_untouched(tmp_path, messages, content, said_as):
    """A damaged SQLite file is said with the offer of a backup chosen elsewhere (not taken here); a spreadsheet
    opened as a shop by mistake is only refused, never offered to be restored over."""
    path = tmp_path / "not-a-shop.db"
    path.write_bytes(content)
    assert main(["--db", str(path)]) == 1
    [text] = messages.of(said_as)
    assert messages.of("choose" if said_as == "error" else "error") == []
    assert str(path) in text and ("不是红花榜的数据文件" in text or "已损坏" in text)
    assert path.read_bytes() == content
    assert not paths.lock_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-shop.db"]


def test_a_file_from_a_newer_version_is_reported_and_left_untouched(db_path, today, messages):
    import sqlite3

    Shop.open(db_path, today).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path)]) == 1
    [text] = messages.of("error")
    assert "更新版本" in text and str(db_path) in text
    assert db_path.read_bytes() == before


def test_a_bug_while_opening_is_logged_and_the_lock_released(db_path, messages, monkeypatch, tmp_path):
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))

    def broken_open(*args, **kwargs):
        raise RuntimeError("unexpected failure while opening")

    monkeypatch.setattr(Shop, "open", broken_open)
    assert main(["--db", str(db_path)]) == 1
    [text] = messages.of("error")
    assert "unexpected failure while opening" in text and "crash-" in text
    assert not paths.lock_path(db_path).exists()


def test_launcher_hands_commands_to_the_cli_without_importing_qt(tmp_path):
    code = ("import sys\nfrom ui.launch import main\nrc = main(sys.argv[1:])\n"
            "print('qt=' + str(any(m.startswith('PySide6') for m in sys.modules)), rc)")
    db = tmp_path / "cli.db"
    open_store(db).close()  # `staff list` reads a shop; it does not make one
    result = subprocess.run([sys.executable, "-c", code, "--db", str(db), "--today", "2026-10-20", "staff", "list"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("qt=False 0")


def test_the_modules_imported_before_qt_import_no_qt(tmp_path):
    code = "import sys\nimport ui.preload\nprint(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(tmp_path),
                            timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_launchers_help_leads_to_the_commands_without_python(capsys, lang):
    """`honghua --help` (the window's options) sent the reader to `python -m app --help` for the commands: the
    bundle's honghua.exe has no Python beside it. It lists the commands and how to see one's options."""
    from app.cli import COMMANDS
    from app.i18n import set_language
    from ui.main import parse_args

    try:
        with pytest.raises(SystemExit) as done:
            parse_args(["--lang", lang, "--help"])
    finally:
        set_language("zh")
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "python" not in shown
    assert all(re.search(rf"\b{command}\b", shown) for command in COMMANDS), shown
    assert ("honghua <命令> -h" if lang == "zh" else "honghua <command> -h") in shown


def test_the_command_lines_page_option_points_at_the_launchers_help():
    from app.cli.commands import build_parser

    page = next(a for a in build_parser()._actions if "--page" in a.option_strings)
    assert "python" not in page.help and "honghua --help" in page.help


@pytest.mark.parametrize(("argv", "word"), [
    ([], None), (["--exit-after-startup"], None), (["--page", "员工"], None), (["--db", "staff"], None),
    (["--db", "x.db", "staff", "list"], "staff"), (["--today", "2026-10-20", "--lang", "en", "progress"], "progress"),
    (["--db=x.db", "demo"], "demo"), (["--", "staff"], "staff"),
    (["--lan", "en"], None), (["--to", "2026-10-20", "staff", "list"], "staff"), (["--p", "x", "staff"], "x"),
])
def test_command_word_skips_global_options_and_their_values(argv, word):
    assert command_word(argv) == word


def test_a_shop_file_dropped_on_the_launcher_opens_the_window_on_it(tmp_path, monkeypatch):
    """Windows passes a file dropped on honghua.exe (or opened with it) as the only word: it was taken for a
    command, 「没有命令」, and the window never opened."""
    import ui.launch

    shop = tmp_path / "我的 店铺.db"
    open_store(shop).close()
    opened: list[list[str]] = []
    monkeypatch.setattr(ui.launch, "gui", lambda args: opened.append(args) or 0)
    assert ui.launch.main([str(shop)]) == 0
    assert ui.launch.main(["--lang", "en", str(shop)]) == 0
    assert opened == [["--db", str(shop)], ["--db", str(shop), "--lang", "en"]]
    assert ui.launch.shop_file_opened(["staff", "list"]) is None  # a command stays a command
    assert ui.launch.shop_file_opened([str(tmp_path / "gone.db")]) is None  # no such file: the CLI says so
    assert ui.launch.shop_file_opened(["--db", str(shop), str(shop)]) is None


def test_a_file_named_with_db_however_written_is_left_to_the_command_line(tmp_path):
    """argparse takes `--d x.db` and `--d=x.db` for `--db x.db`: a file named so, and a second file after it, is
    not a file dropped on the launcher (the window would have opened x.db, not the file after it)."""
    import ui.launch

    shop, other = tmp_path / "a.db", tmp_path / "b.db"
    open_store(shop).close()
    open_store(other).close()
    for words in (["--d", str(other), str(shop)], [f"--d={other}", str(shop)], [f"--db={other}", str(shop)]):
        assert ui.launch.shop_file_opened(words) is None, words


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")
def test_a_terminated_window_closes_normally_and_releases_the_file(tmp_path):
    db = tmp_path / "shop.db"
    env = _env(tmp_path)
    with subprocess.Popen([sys.executable, "-m", "ui", "--db", str(db), "--page", "settings"], env=env, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as gui:
        deadline = time.monotonic() + 60
        while not (db.exists() and paths.lock_path(db).exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert paths.lock_path(db).exists()
        gui.send_signal(signal.SIGTERM)
        assert gui.wait(timeout=30) == 0
    assert not paths.lock_path(db).exists()
    window_settings = (tmp_path / "config" / "Honghua" / "Honghua.conf").read_text(encoding="utf-8")
    assert "page=settings" in window_settings and "geometry=" in window_settings


@pytest.mark.skipif(sys.platform == "win32", reason="the window state is in the registry on Windows")
@pytest.mark.parametrize("content", [
    b"\x00" * 512,  # what a power cut may leave of a file being rewritten
    b"[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0\\0",  # cut off mid-line
    b"[window]\ngeometry=hello\npage=1, 2, 3\ndb=@ByteArray(x)\n",  # every value of the wrong type
], ids=["zeros", "truncated", "wrong types"])
def test_a_damaged_window_state_file_does_not_stop_the_window(tmp_path, content):
    db = tmp_path / "shop.db"
    env = _env(tmp_path)
    state = tmp_path / "config" / "Honghua" / "Honghua.conf"
    state.parent.mkdir(parents=True)
    state.write_bytes(content)
    with subprocess.Popen([sys.executable, "-m", "ui", "--db", str(db), "--page", "settings"], env=env, cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as gui:
        deadline = time.monotonic() + 60
        while not (db.exists() and paths.lock_path(db).exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        gui.send_signal(signal.SIGTERM)
        assert gui.wait(timeout=30) == 0, gui.stderr.read().decode("utf-8", "replace")
    assert "page=settings" in state.read_text(encoding="utf-8", errors="replace")  # written anew on closing


def test_a_measuring_run_never_waits_on_a_dialog(tmp_path):
    """--exit-after-startup on a file it cannot open prints the reason and exits 1 (no modal box to hang on)."""
    db = tmp_path / "notes.db"
    db.write_text("not a shop", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "ui", "--db", str(db), "--exit-after-startup"],
                            capture_output=True, text=True, env=_env(tmp_path), timeout=60, cwd=ROOT, check=False)
    assert result.returncode == 1
    assert "不是红花榜的数据文件" in result.stderr
    assert db.read_text(encoding="utf-8") == "not a shop"


def test_a_folder_that_cannot_be_made_is_said_in_chinese(tmp_path, messages, monkeypatch):
    import errno
    from datetime import date

    from ui import main as gui_main

    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    assert gui_main.open_shop(tmp_path / "新店" / "shop.db", date(2026, 10, 20)) is None
    said = messages.of("error")[-1]
    assert "无法创建文件夹" in said and "没有权限" in said and "Permission denied" not in said and "Errno" not in said


def test_the_window_writes_with_full_sync(db_path, today, monkeypatch):
    """The window's own connection (and any it opens while starting) syncs every commit, like the CLI's."""
    shop = Shop.open(db_path, today)
    shop.close()
    seen: list[int] = []

    class Recorded(sqlite3.Connection):
        def close(self) -> None:
            seen.append(self.execute("PRAGMA synchronous").fetchone()[0])
            super().close()

    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda database, *a, **k: real(database, *a, **k) if "mode=ro" in str(
        database) else real(database, *a, **k, factory=Recorded))
    assert main(["--db", str(db_path), "--today", today.isoformat(), "--exit-after-startup"]) == 0
    assert seen and set(seen) == {2}, seen  # 2 = FULL


@pytest.mark.parametrize("lang_words", [("--lang=en",), ("--lan", "en")])
def test_the_windows_option_errors_speak_lang_however_it_was_written(capsys, lang_words):
    """The window's options are read with the command line's own reading of --lang (`language_asked`): only the
    exact words `--lang en` used to switch its option errors to English."""
    from app.i18n import set_language
    from ui.main import parse_args

    try:
        with pytest.raises(SystemExit) as done:
            parse_args([*lang_words, "--page", "bogus"])
    finally:
        set_language("zh")
    assert done.value.code == 2
    assert capsys.readouterr().err.startswith('honghua: argument --page: Unknown page "bogus"')


def test_a_used_up_disk_quota_is_a_full_disk_for_the_lock_file(tmp_path, monkeypatch):
    """A quota (EDQUOT) leaves the disk's free space as it is: the lock file refused there was said as a folder
    without write permission. Writing beside it shows the quota (`database.has_room`)."""
    import errno

    from app.store import database
    from ui.main import disk_full

    assert not disk_full(tmp_path)

    def over_quota(_fd, _data):
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(database.os, "write", over_quota)
    assert disk_full(tmp_path) and list(tmp_path.iterdir()) == []
