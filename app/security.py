"""The owner PIN (店主密码): when set, the shop opens read-only and every write needs the PIN.

The PIN is stored as a salted scrypt hash in the shop's settings, never in clear. Wrong tries back off:
after each failure the next try is refused for longer (1 s, 2 s, 4 s … at most 5 minutes), counted in
the shop file so restarting the program does not reset it. A PIN given to a command is neither counted nor
held by that wait (app/cli/pin.py): a scheduled task with an old PIN must not keep the owner waiting.
What the PIN does NOT do: the database file is not encrypted — anyone who can copy the file can read it
with other tools.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from app.errors import UserError
from app.i18n import t

PIN_KEY = "owner_pin"
FAILURES_KEY = "owner_pin_failures"
N, R, P = 2**15, 8, 1  # about 80 ms a try on an office PC
MAX_WAIT_S = 300
MIN_LENGTH, MAX_LENGTH = 4, 32


class PinRequired(UserError):
    """A write was attempted while the shop is locked."""

    def __init__(self) -> None:
        super().__init__(pin_required_message())


def pin_required_message() -> str:
    return t("此店铺设置了店主密码，修改数据需要先输入密码（窗口：点状态栏里的「只读」解锁；"
             "命令行：--pin 或环境变量 HONGHUA_PIN）")


@dataclass(frozen=True)
class PinRecord:
    salt: str
    hash: str
    n: int = N
    r: int = R
    p: int = P

    def matches(self, pin: str) -> bool:
        import hmac  # here, not at the top: hashlib and friends cost ~5 ms of start-up, and only a PIN needs them

        digest = _derive(pin, bytes.fromhex(self.salt), self.n, self.r, self.p)
        return hmac.compare_digest(digest, self.hash)


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> str:
    import hashlib

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=128 * 2**20).hex()


def check_new_pin(pin: str) -> str:
    pin = str(pin)
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH or pin != pin.strip():
        raise UserError(t("店主密码应为 {a} 到 {b} 位，不能以空格开头或结尾", a=MIN_LENGTH, b=MAX_LENGTH))
    return pin


def make_record(pin: str) -> PinRecord:
    import secrets

    salt = secrets.token_bytes(16)
    return PinRecord(salt.hex(), _derive(check_new_pin(pin), salt, N, R, P))


def record_from_setting(value: object) -> PinRecord | None:
    if not isinstance(value, dict):
        return None
    return PinRecord(**value)


FREE_TRIES = 3  # a mistyped PIN can be typed again at once, twice; then each wrong try doubles the wait


def wait_seconds(failures: int) -> int:
    """How long after the last wrong try the next one is accepted."""
    return 0 if failures < FREE_TRIES else min(2 ** (failures - FREE_TRIES), MAX_WAIT_S)


def refuse_if_backing_off(failures: dict | None, now: float | None = None) -> None:
    if not failures:
        return
    now = time.time() if now is None else now
    left = failures.get("at", 0) + wait_seconds(int(failures.get("count", 0))) - now
    if left > 0:
        raise UserError(t("店主密码已连续输错 {count} 次，请 {n} 秒后再试", count=int(failures.get("count", 0)),
                          n=int(left) + 1))
