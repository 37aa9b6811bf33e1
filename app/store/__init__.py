"""The only package that speaks SQL. `open_store(path)` checks, migrates and returns a Store."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import os_errors
from app.errors import StoreError
from app.i18n import t
from app.store.audit import AuditRepo
from app.store.database import Database, WriterWait
from app.store.db import atomic, connect, inspect_file, migrate
from app.store.metrics import CustomMetricRepo
from app.store.schema import LATEST_VERSION
from app.store.settings import SettingRepo
from app.store.staff import DepartmentRepo, StaffRepo
from app.store.targets import TargetRepo
from app.store.values import ValueRepo

if TYPE_CHECKING:
    from app.store.awards import AwardRepo, PlanRepo
    from app.store.certificates import CertificateRepo
    from app.store.events import EventRepo
    from app.store.flowers import FlowerRepo, RedFlagRepo
    from app.store.import_columns import ColumnMapRepo
    from app.store.imports import ImportRepo
    from app.store.skipped_accounts import SkippedAccountRepo

__all__ = ["LATEST_VERSION", "FileGone", "Store", "open_store"]

T = TypeVar("T")
REMEMBERED_READS = 64  # reads `Store.remembered` keeps while the file does not change: a metric over a span each


class FileGone(StoreError):
    """The path no longer leads to the shop file this store has open (`Store.data_version`)."""


GONE = (0, 0)  # `_file_id` of a path that leads to no file


def _file_id(path: Path) -> tuple[int, int] | None:
    """The file `path` names (device, file number); GONE when there is none, None when it cannot be told: its folder
    cannot be found either (a USB stick pulled, a network drive dropped — Windows then says "not found" of the file
    too, while SQLite may still reach it), or it cannot be read."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return GONE if os.path.isdir(path.parent) else None
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Store:
    """One connection to one shop file, with a repository per table group."""

    def __init__(self, db: Database, path: Path):
        self.db = db
        self.path = path
        self.departments = DepartmentRepo(db)
        self.staff = StaffRepo(db)
        self.targets = TargetRepo(db)
        self.values = ValueRepo(db)
        self.audit = AuditRepo(db)
        self.settings = SettingRepo(db)
        self.custom_metrics = CustomMetricRepo(db)
        self._remembered: dict[Hashable, Any] = {}  # see `remembered`
        self._remembered_at: tuple[int, int] | None = None
        self._file_id = _file_id(path)  # which file the path named when it was opened (`data_version`)

    # Repositories the first page does not need are imported on first use (start-up time).
    @functools.cached_property
    def imports(self) -> ImportRepo:
        from app.store.imports import ImportRepo

        return ImportRepo(self.db)

    @functools.cached_property
    def import_columns(self) -> ColumnMapRepo:
        from app.store.import_columns import ColumnMapRepo

        return ColumnMapRepo(self.db)

    @functools.cached_property
    def skipped_accounts(self) -> SkippedAccountRepo:
        from app.store.skipped_accounts import SkippedAccountRepo

        return SkippedAccountRepo(self.db)

    @functools.cached_property
    def events(self) -> EventRepo:
        from app.store.events import EventRepo

        return EventRepo(self.db)

    @functools.cached_property
    def flowers(self) -> FlowerRepo:
        from app.store.flowers import FlowerRepo

        return FlowerRepo(self.db)

    @functools.cached_property
    def red_flags(self) -> RedFlagRepo:
        from app.store.flowers import RedFlagRepo

        return RedFlagRepo(self.db)

    @functools.cached_property
    def plans(self) -> PlanRepo:
        from app.store.awards import PlanRepo

        return PlanRepo(self.db)

    @functools.cached_property
    def awards(self) -> AwardRepo:
        from app.store.awards import AwardRepo

        return AwardRepo(self.db)

    @functools.cached_property
    def certificates(self) -> CertificateRepo:
        from app.store.certificates import CertificateRepo

        return CertificateRepo(self.db)

    closed = False
    locked = False  # the owner PIN is set and was not given: writes are refused (see app/security.py)

    def atomic(self, *, while_locked: bool = False) -> contextlib.AbstractContextManager[Database]:
        """Wrap one user action: all of it is written, or none of it.

        A locked shop refuses every action with PinRequired; `while_locked` is only for what must be
        recorded without the PIN (a wrong PIN try, an audit note).
        """
        if self.locked and not while_locked:
            from app.security import PinRequired

            raise PinRequired()
        return atomic(self.db, self.path)

    def wait_for_writers_with(self, waiter: WriterWait | None) -> None:
        """Let this connection's writes, and its reads kept out by another writer, wait as `waiter` says (see
        `db._begin`): SQLite's own wait is then only one step long, so the window never freezes for 5 s."""
        from app.store import db as waits  # read when called: tests shorten the busy timeout

        self.db.writer_wait = waiter
        if not self.closed:  # a window closing after its shop (a restore closes the shop first)
            self.db.execute(f"PRAGMA busy_timeout = {waits.WAIT_STEP_MS if waiter is not None else waits.BUSY_TIMEOUT_MS}")

    def waits_with(self, waiter: WriterWait | None) -> bool:
        """Whether `waiter` is the one this connection waits with now (not another's put in for a while: the TV's
        refresh, `ui.tv_mode`)."""
        return self.db.writer_wait is waiter

    @contextlib.contextmanager
    def waiting_for_writers_with(self, waiter: WriterWait | None) -> Iterator[None]:
        """`wait_for_writers_with(waiter)` for the block's reads and writes, the waiter before it again after —
        unless another was put in meanwhile (the window closing under the block: None), which stays."""
        before = self.db.writer_wait
        self.wait_for_writers_with(waiter)
        try:
            yield
        finally:
            if self.db.writer_wait is waiter:
                self.wait_for_writers_with(before)

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, or what it gave for `key` before while nothing in the file has changed since: no commit
        of another connection (`PRAGMA data_version`) and no row written by this one (`total_changes`). Never
        inside a transaction, which may still be rolled back. The board's month switch reads each metric of a month
        once (`reports.totals.summed_totals`), and last month's that the previous switch read as its own month's."""
        if self.db.conn.in_transaction:
            return compute()
        stamp = self.change_stamp()
        if stamp != self._remembered_at:
            self._remembered.clear()
            self._remembered_at = stamp
        if key in self._remembered:
            self._remembered[key] = self._remembered.pop(key)  # the most recently used last
        else:
            if len(self._remembered) >= REMEMBERED_READS:
                del self._remembered[next(iter(self._remembered))]  # the least recently used
            self._remembered[key] = compute()
        return self._remembered[key]

    def change_stamp(self) -> tuple[int, int]:
        """Moves when the file changed: another connection's commit (`PRAGMA data_version`) or a row written by this
        one (`total_changes`). The file's name is `data_version`'s to check. StoreError when it cannot be read."""
        return self._pragma_data_version(), self.db.conn.total_changes

    def data_version(self) -> int:
        """Changes when another connection commits (the GUI polls it to refresh). StoreError when the file
        cannot be read any more (its USB stick pulled, its network drive gone); FileGone when the path no longer
        leads to it (`check_file`)."""
        version = self._pragma_data_version()
        self.check_file()
        return version

    def check_file(self) -> None:
        """FileGone when the file was deleted or replaced while open (where the system allows it): SQLite goes on
        with the file it opened, which no name leads to any more, and whatever is written there is lost when the
        window closes."""
        now = _file_id(self.path)
        if None not in (now, self._file_id) and now != self._file_id:
            raise FileGone(t("数据文件 {path} 不见了（被删除、移走，或被另一个文件替换）。", path=self.path))

    def _pragma_data_version(self) -> int:
        try:
            return self.db.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as e:
            raise StoreError(t("读不到数据文件 {path}：{error}。如果它在 U 盘或网络盘上，请确认盘还连着；"
                               "刚才没有保存的操作需要重做。盘重新连上后，请关闭红花榜再打开。",
                               path=self.path, error=os_errors.sqlite_reason(e))) from None

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def is_empty(self) -> bool:
        return self.staff.count() == 0 and self.values.count() == 0

    def holds_entries(self) -> bool:
        """Whether anything was entered: staff, daily values, or any change in the log (a shop name, a department,
        a plan chosen), as the backups judge it (`maintenance.has_rows`)."""
        from app.store import maintenance

        return maintenance.has_rows(self.db.conn)

    def clear_data(self, keep: tuple[str, ...] = ("setting",)) -> None:
        """Delete every row of the shop's tables except those in `keep`; the audit log always stays.

        The caller holds the transaction (foreign keys are checked at its commit, when all is gone).
        """
        tables = [name for (name,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        self.db.execute("PRAGMA defer_foreign_keys = ON")
        for table in tables:
            if table != "audit" and table not in keep:
                self.db.execute(f'DELETE FROM "{table}"')

    def close(self) -> None:
        self.closed = True
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | Path, *, thread_shared: bool = False, create: bool = True,
               backups_of: Path | None = None) -> Store:
    """Open (and, when needed, create and migrate) a shop file.

    Nothing is written to a file that is not a Honghua shop, is corrupt or is newer than the app.
    `backups_of`: the shop file whose backups a before-migration backup joins (a restore's copy).
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise StoreError(t("{path} 是一个文件夹，请指定数据文件", path=path))
    new_file = not path.exists()
    if not new_file:
        inspect_file(path)
    elif not create:
        raise StoreError(t("数据文件 {path} 不存在", path=path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(t("无法创建文件夹 {path}：{error}", path=path.parent, error=os_errors.reason(e))) from None
    db = connect(path, thread_shared=thread_shared)
    try:
        migrate(db, path, backups_of)
    except BaseException:
        db.conn.close()
        if new_file:  # a shop that could not be made (a full disk): the next start must not find half of it
            for suffix in ("-wal", "-journal", "-shm", ""):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    return Store(db, path)


@contextlib.contextmanager
def opened(path: str | Path) -> Iterator[Store]:
    store = open_store(path)
    try:
        yield store
    finally:
        store.close()
