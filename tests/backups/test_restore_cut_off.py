"""A restore cut off by a power cut (here: its process killed right before the swap) left the old shop whole, but a
hidden whole-shop copy beside it, and the owner who asked for the restore was never told it did not happen: the next
start (the window's check after its first paint, and any command) removes the copy and says so once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from app import backups
from app.atomic_file import TEMP_MARK
from app.backups import unfinished
from app.cli import main
from app.i18n import set_language
from app.shop import Shop
from tests.backups.test_gui import _window, messages  # noqa: F401  # the fixture is used by name
from ui.widgets import backup_guard

from .conftest import TODAY, dump

KILLED_BEFORE_THE_SWAP = """
import os, sys
from pathlib import Path
from app import backups
from app.backups import restoring
restoring.move_onto = lambda *args: os._exit(9)
backups.restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""

KILLED_WHILE_COPYING = """
import os, sys
from pathlib import Path
from app import backups
from app.store import maintenance
copy_to = maintenance.copy_to
maintenance.copy_to = lambda *args: (copy_to(*args), os._exit(9))
backups.restore(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _restore_killed(db_path: Path, killer: str = KILLED_BEFORE_THE_SWAP) -> Path:
    """The shop's manual backup of 2026-11-28 23:06, whose restore was killed; what was left beside the shop."""
    chosen = backups.backup_path(db_path, "manual", datetime(2026, 11, 28, 23, 6, 12)).info.path
    before = dump(db_path)
    killed = subprocess.run([sys.executable, "-c", killer, str(db_path), str(chosen)], check=False)
    assert killed.returncode == 9 and dump(db_path) == before  # the old shop, whole
    [left] = [path for path in db_path.parent.iterdir() if ".restore-" in path.name]
    return left


def _beside(db_path: Path) -> list[str]:
    return sorted(path.name for path in db_path.parent.iterdir() if path.name.startswith("."))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_command_after_a_cut_off_restore_says_it_once_and_removes_the_copy(demo_db, capsys, lang):
    _restore_killed(demo_db)
    try:
        code = main(["--db", str(demo_db), "--lang", lang, "staff", "list"])
        err = capsys.readouterr().err
        assert code == 0
        if lang == "zh":
            assert ("上次从备份恢复（2026年11月28日 23:06 的备份）没有完成，店铺仍是恢复之前的数据；如需要，请再恢复一次。"
                    in err)
        else:
            assert "restore from the backup of 2026-11-28 23:06 did not finish" in err and "上次" not in err
        assert _beside(demo_db) == []
        assert main(["--db", str(demo_db), "--lang", lang, "staff", "list"]) == 0
        assert "2026" not in capsys.readouterr().err  # said once
    finally:
        set_language("zh")


def test_the_window_after_a_cut_off_restore_says_it_where_its_backup_warnings_are(
        qtbot, demo_db, messages, tmp_path):  # noqa: F811
    _restore_killed(demo_db)
    opened = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, opened, tmp_path)
        guard = backup_guard.StartupGuard(window, opened)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            window.show()
        guard.wait()
        window.stop_polling()
        window.close()
    finally:
        opened.close()
    [(title, text)] = [(title, text) for kind, title, text in messages.shown if kind == "info"]
    assert title == "上次的恢复没有完成" and "2026年11月28日 23:06 的备份" in text and "请再恢复一次" in text
    assert _beside(demo_db) == []


def test_a_restore_still_under_way_in_another_command_is_left_alone(demo_db):
    """A copy named by a process that still runs (this test's parent, standing in for a restore under way)."""
    running = demo_db.with_name(f".shop.db.restore-{os.getppid()}-shop-20261128-230612-manual.db.honghua.tmp")
    running.write_bytes(b"SQLite format 3\x00")
    assert backups.take_unfinished(demo_db) == [] and running.exists()


def test_a_restore_cut_off_while_copying_the_backup_is_said_and_its_copy_removed(demo_db):
    """The copy is written under a name of its own first (`making.write_copy`), for most of a big shop's restore."""
    _restore_killed(demo_db, KILLED_WHILE_COPYING)
    [said] = backups.take_unfinished(demo_db)
    assert "2026年11月28日 23:06 的备份" in said
    assert _beside(demo_db) == []


def test_a_long_shop_name_restores_as_it_did_before_the_copy_was_named_by_the_backup(tmp_path, demo_template):
    """Its name is twice in the copy's (the shop's, and its backup's): 40 Chinese characters are 120 bytes, and a name
    may have 255 on Linux. The copy is then named as before, and a cut-off restore said without the backup's time."""
    shop = tmp_path / f"{'杭州小美服饰旗舰店' * 4}员工积分.db"
    shutil.copyfile(demo_template, shop)
    chosen = backups.backup_path(shop, "manual", datetime(2026, 11, 28, 23, 6, 12)).info.path
    assert backups.restore(shop, chosen).source == chosen
    _restore_killed(shop)
    assert backups.take_unfinished(shop) == ["上次从备份恢复没有完成，店铺仍是恢复之前的数据；如需要，请再恢复一次。"]


def test_the_copy_is_named_by_the_backup_only_within_windows_260_characters(tmp_path):
    """Deep in folders, the name a restore wrote under before (within 260 characters with its copy's journal) stays."""
    backup = Path("shop-20261128-230612-manual.db")
    deep = tmp_path / ("x" * (180 - len(str(tmp_path)))) / "shop.db"
    assert "20261128-230612" in unfinished.temp_path(tmp_path / "shop.db", backup).name
    assert unfinished.temp_path(deep, backup).name == f".shop.db.restore-{os.getpid()}{TEMP_MARK}"


def test_a_file_name_windows_cannot_have_is_not_put_in_the_copys_name(tmp_path):
    """A file chosen on Linux, restored into a shop on a USB stick formatted for Windows."""
    assert "?" not in unfinished.temp_path(tmp_path / "shop.db", Path("/home/me/shop?.db")).name


def test_a_copy_written_before_the_computer_started_is_cut_off_whoever_has_its_process_id_now(demo_db, monkeypatch):
    """A power cut, the computer started again at once: the id of the process that restored is another's now."""
    taken = demo_db.with_name(f".shop.db.restore-{os.getppid()}-shop-20261128-230612-manual.db.honghua.tmp")
    taken.write_bytes(b"SQLite format 3\x00")
    os.utime(taken, (time.time() - 120, time.time() - 120))
    monkeypatch.setattr(unfinished, "computer_started", lambda: time.time() - 60, raising=False)
    [said] = backups.take_unfinished(demo_db)
    assert "2026年11月28日 23:06 的备份" in said and not taken.exists()


def test_a_window_closed_before_its_check_said_it_leaves_the_copy_for_the_next_start(
        qtbot, demo_db, messages, tmp_path):  # noqa: F811
    """Closed (or switched to another shop) while the day's first backup was being made: nothing was said."""
    left = _restore_killed(demo_db)
    opened = Shop.open(demo_db, TODAY)
    try:
        window = _window(qtbot, opened, tmp_path)
        guard = backup_guard.StartupGuard(window, opened)
        guard.start()
        guard.close()  # the window's loop ended while the check ran
        qtbot.wait(50)
        window.stop_polling()
        window.close()
    finally:
        opened.close()
    assert [kind for kind, _title, _text in messages.shown if kind == "info"] == [] and left.exists()
    [said] = backups.take_unfinished(demo_db)
    assert "2026年11月28日 23:06 的备份" in said
