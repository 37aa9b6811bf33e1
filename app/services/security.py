"""The owner PIN as a service: set, change, clear, unlock. See app/security.py for what the PIN does."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.errors import UserError
from app.i18n import t
from app.security import (
    FAILURES_KEY, PIN_KEY, check_new_pin, make_record, record_from_setting, refuse_if_backing_off,
)
from app.services.context import Context
from app.store import Store


class SecurityService:
    def __init__(self, store: Store, ctx: Context, on_unlock: Callable[[], None]):
        self.store = store
        self.ctx = ctx
        self._on_unlock = on_unlock

    def is_set(self) -> bool:
        return record_from_setting(self.store.settings.get(PIN_KEY)) is not None

    def lock_if_set(self) -> None:
        self.store.locked = self.is_set() and not self.ctx.pin_used

    def require_unlocked(self) -> None:
        """For actions that replace the file rather than write through a transaction (a restore)."""
        if self.store.locked:
            with self.store.atomic():  # raises PinRequired with the one message that says what to do
                pass

    def unlock(self, pin: str) -> None:
        """Check the PIN; a wrong one is counted (and backs off) even though the shop stays locked."""
        record = record_from_setting(self.store.settings.get(PIN_KEY))
        if record is None:
            return
        failures = self.store.settings.get(FAILURES_KEY)
        refuse_if_backing_off(failures if isinstance(failures, dict) else None)
        if not record.matches(str(pin)):
            count = int(failures.get("count", 0)) + 1 if isinstance(failures, dict) else 1
            with self.store.atomic(while_locked=True):
                self.store.settings.set(FAILURES_KEY, {"count": count, "at": time.time()})
                self.store.audit.add(self.ctx.user, "security.wrong_pin", t("店主密码输入错误（第 {n} 次）", n=count))
            raise UserError(t("店主密码不对"))
        if failures:
            with self.store.atomic(while_locked=True):
                self.store.settings.set(FAILURES_KEY, {})
        self.store.locked = False
        self._on_unlock()

    def unlock_for_command(self, pin: str) -> bool:
        """Unlock when `pin` is right; False when it is wrong. A command's PIN is not counted, nor held by the
        window's back-off: a scheduled task with an old PIN is not a person guessing, and must not make the
        owner wait at the window (see app/cli/pin.py)."""
        record = record_from_setting(self.store.settings.get(PIN_KEY))
        if record is None:
            return True
        if not record.matches(str(pin)):
            return False
        self.store.locked = False
        self._on_unlock()
        return True

    def note_wrong_command_pin(self) -> None:
        """A command that writes was refused for a wrong PIN: said in the audit log, not counted."""
        with self.store.atomic(while_locked=True):
            self.store.audit.add(self.ctx.user, "security.wrong_pin", t("命令行给出的店主密码不对，命令没有修改数据"))

    def check_change(self, new_pin: str, current_pin: str | None = None) -> None:
        """What `set_pin` checks before it writes: the new PIN, and on a locked shop the current one, which
        unlocks it (a wrong one is counted in its own transaction: call this outside the action's)."""
        check_new_pin(new_pin)
        if self.is_set() and self.store.locked:
            self.unlock(current_pin or "")

    def set_pin(self, new_pin: str, current_pin: str | None = None) -> None:
        """Set or change the PIN (changing needs the current one, or an already unlocked shop)."""
        self.check_change(new_pin, current_pin)
        record = make_record(new_pin)
        with self.store.atomic():
            said = t("修改了店主密码") if self.is_set() else t("设置了店主密码")
            self.store.settings.set(PIN_KEY, record.__dict__)
            self.store.settings.set(FAILURES_KEY, {})
            self.store.audit.add(self.ctx.user, "security.pin_set", said, pin_used=self.ctx.pin_used)
        self._on_unlock()  # whoever just set the PIN has given it: this session (and its workers) stay open

    def clear_pin(self, current_pin: str | None = None) -> None:
        if not self.is_set():
            raise UserError(t("还没有设置店主密码"))
        if self.store.locked:
            self.unlock(current_pin or "")
        with self.store.atomic():
            self.store.settings.set(PIN_KEY, None)
            self.store.audit.add(self.ctx.user, "security.pin_clear", t("取消了店主密码"), pin_used=True)
