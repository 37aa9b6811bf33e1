"""The restore's question says what the owner would lose: how recent the backup's data are, the changes made
since (the question named only the backup's time, or for 从文件恢复… only its path), another shop's name and
another owner PIN it would bring back."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app import backups
from app import settings as declared
from app.backups import preview
from app.domain import StaffDraft
from app.shop import Shop
from app.store import audit

from .conftest import TODAY

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def later(monkeypatch):
    """Audit rows written from now on are stamped a minute later (the backup's newest row may be of this second)."""
    class Later(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.now(tz) + timedelta(minutes=1)

    monkeypatch.setattr(audit, "datetime", Later)


@pytest.fixture
def messages(monkeypatch):
    from tests.ui.conftest import Messages
    from ui import errors

    recorder = Messages(answer=False)
    monkeypatch.setattr(errors, "handler", recorder)
    return recorder


def test_the_notes_say_how_recent_the_backup_is_and_what_it_replaces(demo_db, later):
    saved = backups.backup_path(demo_db, "manual").info.path
    shop = Shop.open(demo_db, TODAY)
    try:
        in_backup = shop.store.audit.recent(limit=1)[0]
        shop.staff.add(StaffDraft("新来的小周", hired=date(2026, 10, 20)))
        shop.settings.set(declared.SHOP_NAME, "小橙子二店")
        newest = shop.store.audit.recent(limit=1)[0]
        first, lost, name = preview.notes(saved, shop.store)
    finally:
        shop.close()
    assert first.startswith("这份备份里最后一条操作记录是 ") and in_backup.summary[:20] in first
    assert lost.startswith("当前数据在那之后还有 2 条操作记录") and newest.summary in lost and "都会被替换" in lost
    assert name.startswith("备份时店铺还叫「小橙子旗舰店」（现在叫「小橙子二店」）")  # the same shop renamed: no warning


def pin_notes(source, store):
    return [note for note in preview.notes(source, store) if note.startswith(("这份备份设有店主密码", "这份备份没有设店主密码"))]


def test_a_backup_with_another_pin_or_none_says_so(demo_db):
    plain = backups.backup_path(demo_db, "manual").info.path
    shop = Shop.open(demo_db, TODAY)
    try:
        assert pin_notes(plain, shop.store) == []
        shop.security.set_pin("2468")
        assert [note[:12] for note in pin_notes(plain, shop.store)] == ["这份备份没有设店主密码："]
        with_pin = backups.backup_path(demo_db, "manual").info.path
        assert pin_notes(with_pin, shop.store) == []
        shop.security.unlock("2468")
        shop.security.set_pin("1357", current_pin="2468")
        assert [note[:18] for note in pin_notes(with_pin, shop.store)] == ["这份备份设有店主密码，与现在的不同："]
    finally:
        shop.close()


def test_the_windows_question_names_the_changes_a_restore_replaces(qtbot, demo_db, messages, later):
    from ui.widgets.backup_panel import BackupPanel

    shop = Shop.open(demo_db, TODAY)
    try:
        panel = BackupPanel(shop)
        qtbot.addWidget(panel)
        panel.refresh()
        task = panel.back_up_now()
        qtbot.waitUntil(lambda: not task.running and panel.table.rowCount() == 1, timeout=10_000)
        shop.staff.add(StaffDraft("恢复后应消失", hired=date(2026, 10, 20)))
        panel.table.selectRow(0)
        assert not panel.restore_selected()
        question = messages.of("confirm")[-1]
        assert "当前数据在那之后还有 1 条操作记录" in question and "恢复后应消失" in question
        assert question.index("替换当前的全部数据吗") < question.index("1 条操作记录") < question.index("会先自动备份")
        assert [s.name for s in shop.staff.list()][-1] == "恢复后应消失"  # asked only: nothing changed
    finally:
        shop.close()


def test_the_restored_log_and_the_window_say_how_many_changes_were_replaced(demo_db, later, messages):
    """The restored file's log goes on from the backup's: it said where the data before the restore went, not that
    two changes made after the backup (a person added, the shop renamed) are no longer in it."""
    from ui.widgets import backup_guard

    saved = backups.backup_path(demo_db, "manual").info.path
    shop = Shop.open(demo_db, TODAY)
    shop.staff.add(StaffDraft("新来的小周", hired=date(2026, 10, 20)))
    shop.settings.set(declared.SHOP_NAME, "小橙子二店")
    shop.close()
    reopened, message = backup_guard.reopen_after_restore(demo_db, saved, TODAY)
    try:
        [note] = reopened.store.audit.recent(limit=1, action_prefix="backup.restore")
        assert note.summary.endswith("其中晚于这份备份的 2 条操作记录不在恢复后的数据里）")
        assert "新来的小周" not in [person.name for person in reopened.staff.list()]
    finally:
        reopened.close()
    assert "恢复前的数据里有 2 条操作记录晚于这份备份，它们不在恢复后的数据里。" in message
    assert messages.shown == []


def test_a_restore_with_nothing_after_the_backup_says_nothing_of_it(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    restored = backups.restore(demo_db, saved)
    assert restored.replaced == 0
    store = Shop.open(demo_db, TODAY)
    try:
        [note] = store.store.audit.recent(limit=1, action_prefix="backup.restore")
        assert note.summary.endswith(f"（恢复前的数据保存在 {restored.backup.info.path.name}）")
    finally:
        store.close()


def test_an_english_summary_is_quoted_as_far_as_a_chinese_one_and_ends_at_a_word():
    """A summary written in English was cut after 40 letters, inside its own quoted name: 「"Setting "Certificate
    template of each a…"」. Forty Chinese characters take the room of eighty letters."""
    english = 'Setting "Certificate template of each award": (empty) → 订单最多奖: Small card'
    assert preview._quoted(english) == english
    longer = "Imported 日报.csv and 二.csv: 12 new rows, 3 changed, for the days 2026-10-01 to 2026-10-15 of October"
    shown = preview._quoted(longer)
    assert shown == "Imported 日报.csv and 二.csv: 12 new rows, 3 changed, for the days 2026-10-01…"  # not "… t…"
    chinese = "设置「各奖项的证书模板」：（空） → 订单最多奖：小卡片；月度红花奖：经典奖状；专业知识奖：小卡片；最佳进步奖：经典奖状"
    shown = preview._quoted(chinese)
    assert shown.endswith("…") and chinese.startswith(shown[:-1]) and 40 <= len(shown) < len(chinese)


def _cursor() -> object:
    from PySide6.QtWidgets import QApplication

    shown = QApplication.overrideCursor()
    return None if shown is None else shown.shape()


@pytest.mark.parametrize("usable", [True, False], ids=["asked", "refused"])
def test_the_backup_is_checked_under_a_busy_cursor_gone_before_any_box(qtbot, demo_db, messages, monkeypatch,
                                                                         usable):
    """Reading a large backup through before the question took seconds with the arrow cursor: the window looked
    hung. The cursor is back before the question or the refusal shows, and after a refusal too."""
    from PySide6.QtCore import Qt

    from ui import errors
    from ui.widgets.backup_panel import BackupPanel

    saved = backups.backup_path(demo_db, "manual").info.path
    if not usable:
        saved.write_bytes(b"not a shop file")
    seen: list[tuple[str, object]] = []
    check, notes = backups.check_source, preview.notes
    monkeypatch.setattr(backups, "check_source", lambda *a, **k: seen.append(("check", _cursor())) or check(*a, **k))
    monkeypatch.setattr(preview, "notes", lambda *a: seen.append(("notes", _cursor())) or notes(*a))
    monkeypatch.setattr(errors, "handler", lambda kind, title, text: seen.append((kind, _cursor())) or messages(
        kind, title, text))
    shop = Shop.open(demo_db, TODAY)
    try:
        panel = BackupPanel(shop)
        qtbot.addWidget(panel)
        panel.refresh()
        panel.table.selectRow(0)
        assert not panel.restore_selected()
    finally:
        shop.close()
    busy = Qt.CursorShape.WaitCursor
    assert seen == ([("check", busy), ("notes", busy), ("confirm", None)] if usable
                    else [("check", busy), ("error", None)])
    assert _cursor() is None
