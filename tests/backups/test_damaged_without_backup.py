"""A damaged shop file with no good backup in its backups folder: what to do next is said, not only that there is
none (the window told the owner to restore in 设置 → 备份与恢复, whose list then held nothing to restore)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.cli import main
from app.shop import Shop
from ui.main_window import MainWindow
from ui.widgets import backup_guard

from .conftest import TODAY, damage


@pytest.fixture
def messages(monkeypatch):
    from tests.ui.conftest import Messages
    from ui import errors

    recorder = Messages()
    monkeypatch.setattr(errors, "handler", recorder)
    return recorder


def test_the_window_points_to_a_backup_kept_elsewhere(qtbot, qapp, demo_db, messages, tmp_path):
    damage(demo_db)
    shop = Shop.open(demo_db, TODAY)
    try:
        window = MainWindow(shop, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        guard = backup_guard.StartupGuard(window, shop)
        with qtbot.waitSignal(guard.done, timeout=10_000):
            window.show()
        [said] = messages.of("error")
        assert str(demo_db) in said and str(demo_db.parent / "backups") in said
        assert "「从文件恢复…」" in said and "中恢复备份。" not in said
        window.stop_polling()
    finally:
        shop.close()


def test_check_names_the_restore_command_for_a_backup_kept_elsewhere(demo_db, capsys):
    damage(demo_db)
    capsys.readouterr()
    assert main(["--db", str(demo_db), "check"]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert f'honghua --db "{demo_db}" restore "备份文件"' in last and "U 盘" in last
