import time
from datetime import date

import pytest

from app.domain import StaffDraft
from app.errors import UserError
from app.security import PIN_KEY, PinRequired, wait_seconds
from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture
def path(tmp_path):
    return tmp_path / "shop.db"


def _with_pin(path, pin="2468"):
    shop = Shop.open(path, TODAY)
    shop.staff.add(StaffDraft(name="小美"))
    shop.security.set_pin(pin)
    shop.close()


def test_pin_is_stored_as_a_salted_hash(path):
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    stored = shop.store.settings.get(PIN_KEY)
    assert "2468" not in str(stored) and len(stored["salt"]) == 32 and len(stored["hash"]) == 64
    shop.close()


def test_a_locked_shop_reads_but_refuses_every_write(path):
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    assert shop.store.locked
    assert [p.name for p in shop.staff.list()] == ["小美"]  # the board and lists still work
    before = list(shop.store.db.conn.iterdump())
    sales = shop.metrics.get("sales")
    for write in (lambda: shop.staff.add(StaffDraft(name="小刚")),
                  lambda: shop.data.set_value(date(2026, 10, 1), 1, sales, 100),
                  lambda: shop.settings.set(__import__("app.settings").settings.SHOP_NAME, "改名")):
        with pytest.raises(PinRequired, match="店主密码"):
            write()
    assert list(shop.store.db.conn.iterdump()) == before
    shop.close()


def test_unlock_allows_writes_and_marks_the_audit(path):
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    shop.security.unlock("2468")
    assert not shop.store.locked
    shop.staff.add(StaffDraft(name="小刚"))
    entry = shop.store.audit.recent(limit=1)[0]
    assert entry.action == "staff.add" and entry.pin_used
    shop.close()


def test_wrong_tries_back_off_and_are_logged(path):
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    for _ in range(3):  # a mistyped PIN can be typed again at once (it once said 错误次数过多 after one slip)
        with pytest.raises(UserError, match="不对"):
            shop.security.unlock("0000")
    with pytest.raises(UserError, match="已连续输错 3 次，请 1 秒后再试"):  # within the back-off window
        shop.security.unlock("2468")
    assert shop.store.locked
    assert shop.store.audit.recent(limit=1)[0].action == "security.wrong_pin"
    failures = shop.store.settings.get("owner_pin_failures")
    shop.store.locked = False
    with shop.store.atomic():  # as if the wait had passed
        shop.store.settings.set("owner_pin_failures", {"count": failures["count"], "at": time.time() - 10})
    shop.store.locked = True
    shop.security.unlock("2468")
    assert not shop.store.locked and shop.store.settings.get("owner_pin_failures") == {}
    shop.close()


def test_back_off_doubles_up_to_five_minutes():
    assert [wait_seconds(n) for n in (0, 1, 2, 3, 4, 5, 12, 20)] == [0, 0, 0, 1, 2, 4, 300, 300]


@pytest.mark.parametrize("bad", ["123", " 1234", "x" * 33])
def test_bad_new_pins_refused(path, bad):
    shop = Shop.open(path, TODAY)
    with pytest.raises(UserError, match="店主密码应为"):
        shop.security.set_pin(bad)
    assert not shop.security.is_set()
    shop.close()


def test_changing_and_clearing_need_the_current_pin(path):
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    with pytest.raises(UserError, match="不对"):
        shop.security.set_pin("9999", current_pin="1111")
    shop.close()
    time.sleep(1.1)  # the back-off after one wrong try
    shop = Shop.open(path, TODAY)
    shop.security.clear_pin("2468")
    assert not shop.security.is_set()
    shop.close()
    reopened = Shop.open(path, TODAY)
    assert not reopened.store.locked
    reopened.close()


def test_a_worker_copy_keeps_the_unlocked_state(path):
    """Background work (approve, demo, undo, certificates) opens its own connection: it must be allowed
    exactly when the window is."""
    _with_pin(path)
    shop = Shop.open(path, TODAY)
    locked_copy = shop.reopen()
    assert locked_copy.store.locked
    locked_copy.close()
    shop.security.unlock("2468")
    worker = shop.reopen()
    try:
        assert not worker.store.locked
        worker.staff.add(StaffDraft(name="后台添加"))
        assert worker.store.audit.recent(limit=1)[0].pin_used
    finally:
        worker.close()
        shop.close()


def test_cli_restore_needs_the_pin(path, tmp_path):
    from app.cli import main

    _with_pin(path)
    backup = tmp_path / "copy.db"
    assert main(["--db", str(path), "--today", "2026-10-20", "backup", "-o", str(backup)]) == 0
    before = path.read_bytes()
    assert main(["--db", str(path), "--today", "2026-10-20", "restore", str(backup)]) == 2
    assert path.read_bytes() == before
    assert main(["--db", str(path), "--today", "2026-10-20", "--pin", "2468", "restore", str(backup)]) == 0


def test_a_locked_shop_refuses_approval_before_making_a_backup(path):
    from app.backups import list_backups
    from app.periods import Month

    _with_pin(path)
    shop = Shop.open(path, TODAY)
    backups = list_backups(path)
    with pytest.raises(PinRequired, match="店主密码"):
        shop.awards.approve(Month(2026, 9), confirm=True)
    assert list_backups(path) == backups
    shop.close()
