"""Two backups made within one minute (two imports, 立即备份 clicked twice) are told apart in 设置 → 备份与恢复: the
list and the restore's question give their seconds, else both read 20:21 and the owner cannot say which one is
restored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app import backups
from app.shop import Shop
from ui.widgets import backup_guard
from ui.widgets.backup_panel import BackupPanel

from .conftest import TODAY, moments_today

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def messages(monkeypatch):
    from tests.ui.conftest import Messages
    from ui import errors

    recorder = Messages()
    monkeypatch.setattr(errors, "handler", recorder)
    return recorder


def test_backups_of_one_minute_are_listed_and_asked_about_with_their_seconds(qtbot, demo_db, messages, monkeypatch):
    monkeypatch.setattr(backup_guard, "request_restore", lambda _source: None)
    made = moments_today(1)[0].replace(second=0)
    shop = Shop.open(demo_db, TODAY)
    try:
        for at in (made + timedelta(seconds=12), made + timedelta(seconds=47), made + timedelta(minutes=2)):
            backups.backup_path(shop.store.path, "import", at)
        panel = BackupPanel(shop)
        qtbot.addWidget(panel)
        panel.refresh()
        shown = [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]
        assert shown[0].count(":") == 1  # a minute of its own keeps the shorter time
        assert shown[1].endswith(f"{made:%H:%M}:47") and shown[2].endswith(f"{made:%H:%M}:12")
        panel.table.selectRow(2)
        messages.answer = False
        assert not panel.restore_selected()
        [question] = messages.of("confirm")
        assert question.startswith(f"用 {shown[2]} 的导入前备份替换当前的全部数据吗？")
    finally:
        shop.close()
