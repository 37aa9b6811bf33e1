"""What a restore will do, said before the owner confirms it: how recent the data in the chosen file are, how many
changes recorded in the current file since then it replaces, and whether it brings another shop's name or another
owner PIN with it — or, for the same shop renamed since, the name it had then; into an empty shop (a new computer's
first start made it), that the backup's shop takes its place. Read through a read-only connection: nothing is
written to either file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app import settings as declared
from app.audit import AuditEntry
from app.clock import shown_stamp
from app.errors import StoreError
from app.i18n import t
from app.security import PIN_KEY
from app.store import Store, maintenance
from app.store.audit import AuditRepo
from app.store.certificates import CertificateRepo
from app.store.database import Database
from app.store.settings import SettingRepo

UNREADABLE = (sqlite3.Error, StoreError, OSError, ValueError)  # what opening a file that is no shop file raises
RESTORE_NOTE = "backup.restore"  # the audit action a restore writes into the restored file (`restoring.note_in_audit`)
KEY_MADE = "key_made"  # its detail when the restore made the file's key: the backup, from before keys, had none
SUMMARY_SHOWN = 80  # columns of an audit summary quoted in the question: 40 Chinese characters or 80 letters


@dataclass(frozen=True)
class Contents:
    """What a backup file holds, as far as the question needs it (None where an old file has no such table)."""

    shop_name: str | None
    last_change: AuditEntry | None
    pin: object | None


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Database]:
    """The file at `path` opened read-only for the block (raising as `maintenance.open_read_only` does)."""
    conn = maintenance.open_read_only(Path(path))
    try:
        yield Database(conn)
    finally:
        conn.close()


def contents(source: Path) -> Contents:
    with read_only(source) as db:
        return Contents(_read(lambda: SettingRepo(db).get(declared.SHOP_NAME.key)),  # type: ignore[arg-type]
                        _read(lambda: next(iter(AuditRepo(db).recent(limit=1)), None)),
                        _read(lambda: SettingRepo(db).get(PIN_KEY)))


def _read(read):  # type: ignore[no-untyped-def]
    try:
        return read()
    except sqlite3.Error:  # a version of the file before that table: nothing to say about it
        return None


def notes(source: Path, current: Store) -> list[str]:
    """Sentences for the restore's question about `source` replacing the shop open in `current`."""
    try:
        backup = contents(source)
    except (sqlite3.Error, StoreError):  # checked just before, yet unreadable now: asked without the details
        return [t("（无法读出这份备份里的操作记录。）")]
    said: list[str] = []
    if backup.last_change is not None:
        said.append(t("这份备份里最后一条操作记录是 {when}「{summary}」。", when=shown_stamp(backup.last_change.at),
                      summary=_quoted(backup.last_change.summary)))
        later = current.audit.count_after(backup.last_change.at)
        newest = next(iter(current.audit.recent(limit=1)), None)
        if later and newest is not None:
            said.append(t("当前数据在那之后还有 {n} 条操作记录（最近一条：{when}「{summary}」），恢复后这些修改都会被替换。",
                          n=later, when=shown_stamp(newest.at), summary=_quoted(newest.summary)))
    shops = Shops(shown_name(backup.shop_name), shown_name(current.settings.get(declared.SHOP_NAME.key)),
                  same_shop(source, current.db), not current.holds_entries())
    if taking := shops.takes_empty():
        said.append(t("当前店铺还是空的，没有录入过任何数据：恢复后它就是这份备份里的店铺「{backup}」。", backup=taking))
    elif apart := shops.apart():
        said.append(t("注意：这份备份是店铺「{backup}」的数据，当前店铺是「{current}」。", backup=apart[0], current=apart[1]))
    elif renamed := shops.renamed():
        said.append(t("备份时店铺还叫「{then}」（现在叫「{now}」）：恢复后店铺名称会变回「{then}」。",
                      then=renamed[0], now=renamed[1]))
    current_pin = current.settings.get(PIN_KEY)
    if backup.pin and backup.pin != current_pin:
        said.append(t("这份备份设有店主密码，与现在的不同：恢复后要用备份当时的密码才能修改数据。"))
    elif current_pin and not backup.pin:
        said.append(t("这份备份没有设店主密码：恢复后谁都能修改数据，需要时请在「设置 → 安全」中重新设置。"))
    return said


@dataclass(frozen=True)
class Shops:
    """The shop a backup holds and the one it is to replace: their shown names (None: a file that cannot be read or
    holds no shop), whether they are one shop at two times (`same_shop`) and whether the one replaced holds
    nothing entered (`maintenance.has_rows`: a new computer's first start made it), which has no history to lose."""

    backup: str | None
    current: str | None
    same: bool
    current_empty: bool = False

    def apart(self) -> tuple[str, str] | None:
        """Both names, for a warning, when the backup is another shop's under another name (an empty shop is none)."""
        return None if self.same or self.current_empty else names_apart(self.backup, self.current)

    def takes_empty(self) -> str | None:
        """The backup's shop name when it takes the place of an empty shop."""
        return self.backup if self.current_empty and not self.same and self.backup else None

    def renamed(self) -> tuple[str, str] | None:
        """The name then and the name now of the same shop, renamed (or first named) since the backup."""
        return names_apart(self.backup, self.current) if self.same else None


def names_apart(backup_name: str | None, current_name: str | None) -> tuple[str, str] | None:
    """The two shops' names when both are known and differ."""
    return (backup_name, current_name) if backup_name and current_name and backup_name != current_name else None


def same_shop(source: Path, current: Database) -> bool:
    """Whether the backup `source` holds the shop open in `current` at another time: the log of one holds the
    other's newest entry (a restore's note aside), and the two files have not each a key of their own (a file
    makes its `certificate_key` once, so files made apart differ in it; a backup older than the key has none, and
    the key its restore made, `KEY_MADE`, is no sign of a file made apart). A copied shop file shares the key: it is
    another shop once the two logs went apart. False for a file that cannot be read."""
    try:
        with read_only(source) as backup:
            keys = [_read(lambda db=db: CertificateRepo(db).stored_secret()) for db in (backup, current)]
            if None not in keys and keys[0] != keys[1] and not (_key_made(backup) or _key_made(current)):
                return False
            return _holds_newest(current, of=backup) or _holds_newest(backup, of=current)
    except UNREADABLE:
        return False


def key_of(path: Path) -> bytes | None:
    """The `certificate_key` of the shop file at `path`; None for a file before keys (version 5 and older)."""
    with read_only(path) as db:
        return _read(lambda: CertificateRepo(db).stored_secret())


def _key_made(db: Database) -> bool:
    """Whether the file's key was made by the restore of a backup from before keys (`restoring.note_in_audit`)."""
    return _read(lambda: AuditRepo(db).detail_of(RESTORE_NOTE, KEY_MADE, True)) is not None


def _holds_newest(log: Database, of: Database) -> bool:
    # a restored file's log is the backup's with the restore's note after it: the entry before the note tells
    # (undoing a restore puts back the shop's own later data, whose log went on from that entry)
    newest = _read(lambda: next(iter(AuditRepo(of).recent(limit=1, but=RESTORE_NOTE)), None))
    return newest is not None and bool(_read(lambda: AuditRepo(log).holds(newest)))


def shown_name(stored: object) -> str:
    """A shop's name as the window shows it: one never named is 我的淘宝店."""
    return str(stored or declared.SHOP_NAME.default)


def shops(source: Path, current: Path) -> Shops:
    """A backup's shop and that of the shop file it is to replace, read before the restore. A file that cannot
    be read or holds no shop names none — a shop file emptied to 0 bytes is no other shop (the restore itself
    says why, or moves a damaged file aside)."""
    named = _name_in(current)
    return Shops(_name_in(source), named, _same_as_file(source, current), named is not None and _holds_nothing(current))


def _same_as_file(source: Path, current: Path) -> bool:
    try:
        with read_only(current) as db:
            return same_shop(source, db)
    except UNREADABLE:
        return False


def _holds_nothing(path: Path) -> bool:
    """A shop file that holds nothing entered; False for one that cannot be read (nothing is known of it)."""
    try:
        with read_only(path) as db:
            return not maintenance.has_rows(db.conn)
    except UNREADABLE:
        return False


def _name_in(path: Path) -> str | None:
    try:
        with read_only(path) as db:
            return shown_name(SettingRepo(db).get(declared.SHOP_NAME.key))  # no table: no shop
    except UNREADABLE:
        return None


def _quoted(summary: str) -> str:
    """The summary, cut with "…" to SUMMARY_SHOWN columns (a summary written in English is twice as long as one
    in Chinese); a word is not cut in two."""
    widths = [2 if _wide(ch) else 1 for ch in summary]
    if sum(widths) <= SUMMARY_SHOWN:
        return summary
    end, used = 0, 0
    while used + widths[end] <= SUMMARY_SHOWN - 1:  # the room left for "…"
        used += widths[end]
        end += 1
    kept = summary[:end]
    if _in_a_word(summary[end - 1]) and _in_a_word(summary[end]) and " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip() + "…"


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _in_a_word(char: str) -> bool:
    return char.isalnum() and not _wide(char)


def changes_after(current: Path, source: Path) -> int | None:
    """How many entries the audit log of the shop file `current` has later than the newest one in `source`; None
    when either cannot tell (a damaged current file, a backup older than the audit log)."""
    try:
        last = contents(source).last_change
        if last is None or not Path(current).is_file():
            return None
        with read_only(current) as db:
            return AuditRepo(db).count_after(last.at)
    except (sqlite3.Error, StoreError):
        return None
