"""Exit codes and messages: 2 for the user's mistakes, 1 for everything else, never a traceback by accident."""

import errno
import json
import os
import re
import sqlite3

import pytest

from app.cli import main


def test_usage_errors_exit_2_in_chinese(cli):
    cases = [
        (("frobnicate",), "没有命令 'frobnicate'"),
        (("progres",), "是不是想输入 progress？"),
        (("staff", "lst"), "是不是想输入 list？"),
        (("staff",), "缺少必需的参数"),
        (("staff", "add"), "缺少必需的参数"),
        (("staff", "list", "--colour"), "无法识别的参数：--colour"),
        (("data", "set", "--date"), "--date 后面需要一个值"),
        (("demo", "--staff", "ten"), "不是正整数"),
        (("flowers", "board", "--year", "26"), "年份「26」无效"),
        (("--lang", "fr", "staff", "list"), "--lang"),
    ]
    for args, words in cases:
        result = cli(*args)
        assert result.code == 2, args
        assert words in result.err, (args, result.err)
        assert "usage:" not in result.err and "error:" not in result.err
        assert "查看用法" in result.err and result.out == ""


def test_no_command_exits_2(cli):
    result = cli()
    assert result.code == 2 and "请指定一个命令" in result.err


def test_gui_only_options_are_ignored_with_a_command_and_explained_without(cli, new_shop):
    result = cli("--page", "员工", "--exit-after-startup", "staff", "list", "--json")
    assert result.code == 0 and json.loads(result.out) == []
    result = cli("--exit-after-startup")
    assert result.code == 2 and "图形界面" in result.err


def test_help_exits_0(cli):
    result = cli("-h")
    assert result.code == 0 and result.out.startswith("用法：honghua")
    for command in ("demo", "staff", "target", "data", "event", "progress"):
        assert command in result.out
    assert cli("staff", "add", "--help").code == 0


def test_bad_today_exits_2(cli):
    result = cli("staff", "list", today="2026-02-30")
    assert result.code == 2 and "--today" in result.err


def test_environment_gives_today_and_the_database(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.db"
    monkeypatch.setenv("HONGHUA_DB", str(db))
    monkeypatch.setenv("HONGHUA_TODAY", "2026-10-20")
    assert main(["staff", "add", "小美", "--hired", "2026-10-20"]) == 0  # not "in the future"
    assert db.exists()
    capsys.readouterr()
    monkeypatch.setenv("HONGHUA_TODAY", "2026-10-19")
    assert main(["staff", "add", "小丽", "--hired", "2026-10-20"]) == 2
    assert "在今天" in capsys.readouterr().err


def _foreign_files(tmp_path):
    text = tmp_path / "notes.db"
    text.write_bytes("这不是数据库\n".encode())
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return [(text, "不是红花榜的数据文件"), (other, "其他程序")]


def test_a_file_that_is_not_ours_is_refused_and_left_unchanged(tmp_path, capsys):
    for path, words in _foreign_files(tmp_path):
        before = path.read_bytes()
        for args in (["staff", "list"], ["staff", "add", "小美"], ["demo"]):
            code = main(["--db", str(path), "--today", "2026-10-20", *args])
            err = capsys.readouterr().err
            assert code == 1, (path, args)
            assert words in err and "Traceback" not in err
        assert path.read_bytes() == before
        assert not path.with_name(path.name + "-wal").exists()


def test_a_folder_as_database_is_bad_input(tmp_path, capsys):
    # exit 2, as for a missing file: the user named the wrong path (issue 2: 2 for bad input, 1 for other failures)
    assert main(["--db", str(tmp_path), "staff", "list"]) == 2
    assert "文件夹" in capsys.readouterr().err


def test_an_output_path_that_cannot_be_written_is_the_users_mistake_not_a_bug(cli, tmp_path):
    a_file = tmp_path / "note.txt"
    a_file.write_text("not a folder")
    assert cli("demo", "--staff", "3", "--months", "1").code == 0
    for args in (("poster", "--month", "2026-10", "-o", str(a_file / "poster.png")),
                 ("payout", "--month", "2026-10", "--draft", "-o", str(a_file / "payout.xlsx"))):
        result = cli(*args)
        assert result.code == 2, (args, result.err)
        assert "内部错误" not in result.err and str(a_file) in result.err, result.err
        assert "是文件而不是文件夹" in result.err
    assert a_file.read_text() == "not a folder"


def test_reasons_of_failed_file_operations_are_said_plainly():
    import errno

    from app import os_errors

    full = OSError(errno.ENOSPC, "No space left on device", "/data/.payout-x1y2.xlsx")
    assert os_errors.describe(full) == "无法读写「/data」：磁盘空间不足" and not os_errors.is_bad_path(full)
    denied = PermissionError(errno.EACCES, "Permission denied", "/data/月报.xlsx")
    assert "「/data/月报.xlsx」" in os_errors.describe(denied) and os_errors.is_bad_path(denied)
    # the payout sheet open in Excel: the rename of our temporary file onto it fails; the sheet is named
    held = PermissionError(errno.EACCES, "Access is denied", "/data/.payout-ab12.xlsx", None, "/data/10月发放表.xlsx")
    assert os_errors.describe(held).startswith("无法读写「/data/10月发放表.xlsx」：没有权限")
    assert not os_errors.is_for_the_user(OSError("cannot open resource"))  # no path: a bug, not the user's
    disk = OSError(errno.ENOSPC, "No space left on device")  # a full disk names no file, yet is no bug
    assert os_errors.is_for_the_user(disk) and os_errors.describe(disk) == "文件操作失败：磁盘空间不足"


@pytest.mark.parametrize("code", sorted({errno.EACCES, errno.EPERM, errno.EROFS, errno.EEXIST, errno.ENOTDIR,
                                          errno.EISDIR, errno.ENOENT, errno.ENAMETOOLONG, errno.EINVAL, errno.ENOSPC,
                                          errno.EFBIG, errno.EIO, errno.EBUSY, errno.ELOOP, errno.ENODEV, errno.EXDEV}))
def test_a_failed_file_operation_is_never_explained_in_the_systems_english(code):
    from app import os_errors

    said = os_errors.describe(OSError(code, os.strerror(code), "/data/月报.xlsx"))
    assert os.strerror(code) not in said and said.startswith("无法读写「/data/月报.xlsx」：")
    assert not re.search(r"[A-Za-z]{3,}", said.replace("/data/月报.xlsx", "").replace(errno.errorcode[code], "")), said


def test_files_that_cannot_be_read_are_explained_in_chinese(cli, new_shop, tmp_path):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)  # opening it fails with ELOOP, "Too many levels of symbolic links"
    result = cli("import", str(loop))
    assert result.code == 2 and "无法读取「loop.csv」：路径中的链接（快捷方式）指向了自己，形成了循环" in result.err
    assert "symbolic" not in result.err
    from app.errors import UserError
    from app.rules.plan import load_plan

    with pytest.raises(UserError) as caught:
        load_plan(tmp_path)
    assert caught.value.message == f"无法读取方案文件「{tmp_path}」：这是一个文件夹"


def test_an_os_error_without_a_path_is_reported_as_an_internal_error_with_its_traceback_on_request(
        cli, new_shop, monkeypatch):
    from app.shop import Shop

    def broken(self, *args, **kwargs):
        raise OSError("cannot open resource")

    monkeypatch.setattr(Shop, "progress", broken)
    result = cli("progress", "--month", "2026-10")
    assert result.code == 1 and "内部错误" in result.err and "cannot open resource" in result.err
    monkeypatch.setenv("HONGHUA_DEBUG", "1")
    assert "Traceback" in cli("progress", "--month", "2026-10").err
    monkeypatch.delenv("HONGHUA_DEBUG")

    def full(self, *args, **kwargs):
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")  # as a full disk reports itself: no file named

    monkeypatch.setattr(Shop, "progress", full)
    result = cli("progress", "--month", "2026-10")
    assert result.code == 1 and "磁盘空间不足" in result.err and "内部错误" not in result.err


def test_a_bug_gives_a_short_message_and_exit_1(cli, new_shop, monkeypatch):
    from app.shop import Shop

    def broken(self, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Shop, "progress", broken)
    result = cli("progress", "--month", "2026-10")
    assert result.code == 1
    assert "内部错误" in result.err and "boom" in result.err and "Traceback" not in result.err
    monkeypatch.setenv("HONGHUA_DEBUG", "1")
    result = cli("progress", "--month", "2026-10")
    assert result.code == 1 and "Traceback" in result.err


def test_a_locked_file_exits_1_and_keeps_nothing(cli, add, db, store, monkeypatch):
    from app.cli import write_wait

    add("小美")
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 0.05)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file
    try:
        result = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "3")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.code == 1
    assert result.err == (f"错误：数据文件 {db} 正在被另一个红花榜窗口或命令（例如计划任务的导入）写入，"
                          "等了 1 秒还没有写完，刚才的操作没有完成。请等它写完后再试。\n")
    assert store().values.count() == 0


def test_a_locked_file_names_the_window_its_lock_file_names(cli, add, db, store, monkeypatch):
    """A scheduled task waiting on a write: when a window has the file open (its lock file names a live
    process), the message says which; the wait stays bounded by the command's limit."""
    import time

    import app.backups.restoring
    from app.cli import write_wait

    add("小美")
    monkeypatch.setattr(write_wait, "WAIT_LIMIT_S", 0.3)
    monkeypatch.setattr(app.backups.restoring, "lock_holder", lambda path: "4242@前台电脑")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        result = cli("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "orders", "--value", "3")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert time.monotonic() - started < 5
    assert result.code == 1 and "另一个红花榜窗口或命令（例如计划任务的导入）写入" in result.err
    assert result.err.endswith("这个数据文件正开在一个红花榜窗口中（计算机 前台电脑，进程号 4242）。\n")
    assert store().values.count() == 0


def test_a_database_fault_outside_the_store_checks_exits_1(cli, new_shop, monkeypatch):
    from app.shop import Shop

    def failing(self, *args, **kwargs):
        fault = sqlite3.OperationalError("disk I/O error")
        fault.sqlite_errorcode, fault.sqlite_errorname = 10, "SQLITE_IOERR"  # as SQLite raises it
        raise fault

    monkeypatch.setattr(Shop, "progress", failing)
    result = cli("progress")
    assert result.code == 1 and f"数据文件 {new_shop} 出错（读写磁盘时出错" in result.err  # which file, in Chinese
    assert "disk I/O error" not in result.err


def test_a_disk_fault_in_the_temp_folder_is_said_to_be_the_temp_folders(cli, new_shop, monkeypatch, tmp_path):
    """SQLite writes a large sort's scratch file in the temp folder: when that folder could not be written the
    message blamed the shop file (「数据文件出错」), which was fine."""
    import tempfile

    from app.shop import Shop

    def failing(self, *args, **kwargs):
        fault = sqlite3.OperationalError("disk I/O error")
        fault.sqlite_errorcode, fault.sqlite_errorname = 778, "SQLITE_IOERR_WRITE"  # SQLITE_IOERR | (3 << 8)
        raise fault

    gone = tmp_path / "removed-temp"
    monkeypatch.setattr(tempfile, "tempdir", str(gone))
    monkeypatch.setattr(Shop, "progress", failing)
    result = cli("progress")
    assert result.code == 1 and "数据文件出错" not in result.err
    assert f"临时文件夹「{gone}」无法写入：文件或文件夹不存在" in result.err


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_help_screen_renders(cli, lang):
    screens = [(), ("demo",), ("staff",), ("staff", "list"), ("staff", "add"), ("staff", "edit"), ("staff", "leave"),
               ("staff", "rehire"), ("target",), ("target", "set"), ("data",), ("data", "set"), ("event",),
               ("event", "add"), ("progress",)]
    for words in screens:
        result = cli(*words, "-h", lang=lang)
        assert result.code == 0, (words, result.err)
        assert result.out.startswith("用法：" if lang == "zh" else "usage: "), words
        assert result.err == ""


def test_a_poster_into_a_folder_that_is_not_there_says_so(cli, new_shop, tmp_path):
    """A daily task's `-o D:\\战报` after the folder was moved: the message names the missing folder, not a
    .png file name the owner never meant to give."""
    missing = tmp_path / "每日战报"
    done = cli("poster", "-o", str(missing))
    assert done.code == 2
    assert f"没有文件夹「{missing}」" in done.err and not missing.exists()
    assert "以 .png 结尾" in cli("poster", "-o", str(tmp_path / "战报.jpg")).err  # a file name still says .png


def test_a_poster_with_a_name_no_font_can_show_says_so_and_is_still_made(cli, tmp_path):
    assert cli("staff", "add", "小\u0378丽").code == 0
    done = cli("poster", "--month", "2026-10", "-o", str(tmp_path / "p.png"))
    assert done.code == 0 and (tmp_path / "p.png").exists()
    assert "姓名「小\u0378丽」里的「\u0378」在所有可用字体中都没有，海报上会显示成方框" in done.err
    assert done.out.strip() == str(tmp_path / "p.png")  # what a scheduled task reads is unchanged


def test_a_poster_with_a_department_no_font_can_show_on_its_red_flag_line_says_so(cli, tmp_path):
    """The 小红旗 line's departments were not checked: the box was printed and nothing said."""
    assert cli("staff", "add", "王店长", "--role", "店长").code == 0
    assert cli("staff", "add", "小丽", "--dept", "客服\u0378部").code == 0
    assert cli("flowers", "flag", "--from", "王店长", "--dept", "客服\u0378部", "--reason", "零差评").code == 0
    done = cli("poster", "-o", str(tmp_path / "p.png"))
    assert done.code == 0 and (tmp_path / "p.png").exists()
    assert "部门「客服\u0378部」里的「\u0378」在所有可用字体中都没有，海报上会显示成方框" in done.err
    english = cli("--lang", "en", "poster", "-o", str(tmp_path / "p.png"))
    assert 'Note: "\u0378" in the department "客服\u0378部" is in none of the available fonts' in english.err
