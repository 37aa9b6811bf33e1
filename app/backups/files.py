"""Backup files beside the shop file: their names, the list, and which ones rotation keeps.

A backup of `honghua.db` made on 20 Oct 2026 at 08:30:05 before an import is
`backups/honghua-20261020-083005-import.db`. The name carries the shop file's name, the time and the
reason, so several shop files can share one folder and the list needs no database of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from app import paths
from app.i18n import t

# reason → label shown in the list
KINDS = {
    "daily": "每日自动",
    "manual": "手动",
    "migrate": "升级前",
    "import": "导入前",
    "approve": "批准前",
    "restore": "恢复前",
    "demo": "生成演示数据前",
    "rescue": "数据文件不见时保存",
    "damaged": "损坏的原文件",
    "unusable": "新版本或其他程序的原文件",
}
MOVED_ASIDE = frozenset({"damaged", "unusable"})  # shop files set aside whole: no backups to restore, never rotated away
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)(?:-(?P<n>\d+))?\.db$")
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    kind: str
    size: int
    seq: int = 1  # the second backup made in the same second is -2
    written_ns: int = 0  # orders two backups of different kinds made in the same second

    @property
    def label(self) -> str:
        return t(KINDS.get(self.kind, self.kind))

    def as_json(self) -> dict[str, object]:
        return {"file": str(self.path), "created": self.created.isoformat(timespec="seconds"), "kind": self.kind,
                "size": self.size}


@dataclass(frozen=True)
class Keep:
    """How many backups rotation keeps: the newest `last`, and the newest of each of the last
    `daily` days, `weekly` ISO weeks and `monthly` months that have a backup."""

    last: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def folder_for(db_path: Path) -> Path:
    return paths.backups_dir(Path(db_path))


def new_path(db_path: Path, kind: str, now: datetime) -> Path:
    """A free name for a backup made now (a second backup in the same second gets -2, -3 …)."""
    folder = folder_for(db_path)
    base = f"{Path(db_path).stem}-{now.strftime(STAMP)}-{kind}"
    candidate = folder / f"{base}.db"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}.db"
        n += 1
    return candidate


def stamp_for(db_path: Path, now: datetime) -> datetime:
    """The time a backup made `now` is named by: `now`, unless the computer's clock is behind this shop's newest
    backup (a PC switched off at the wall may start with its clock reset to a year long gone), when it is a second
    after that backup: the newest backup must be named the newest, or the rotation deletes it at once and a damaged
    shop file is offered an older one."""
    now = now.replace(microsecond=0)
    newest = max((b.created for b in list_backups(db_path) if b.kind not in MOVED_ASIDE), default=None)
    return now if newest is None or now >= newest else newest + timedelta(seconds=1)


def parse(path: Path, stem: str | None = None) -> BackupInfo | None:
    """The backup a file name describes; None for any other file (or another shop's backup)."""
    match = _NAME.match(path.name)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP)
        stat = path.stat()
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, match["kind"], stat.st_size, int(match["n"] or 1), stat.st_mtime_ns)


def parse_name(name: str) -> datetime | None:
    """When the backup named `name` was made; None for a name no backup has."""
    match = _NAME.match(name)
    try:
        return datetime.strptime(match["stamp"], STAMP) if match else None
    except ValueError:
        return None


def copy_name(db_path: Path, day: date) -> str:
    """The name of a copy kept elsewhere (a USB stick): dated, so this week's copy does not replace last week's."""
    return f"{Path(db_path).stem}-备份-{day:%Y%m%d}.db"


def free_copy_path(folder: Path, db_path: Path, day: date) -> Path:
    """Where a dated copy goes in `folder` without replacing one there: a second copy of the day (another shop
    kept under the same file name, or this one again) is numbered, 店-备份-20261020-2.db."""
    first = folder / copy_name(db_path, day)
    n = 1
    target = first
    while target.exists():
        n += 1
        target = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return target


def shop_of_backup(path: Path) -> Path | None:
    """The shop file whose backup `path` is (named as backups are, in that shop's backups folder); None for any
    other file. A backup opened as a shop would be written to, and what was written rotated away with it."""
    path = Path(path)
    match = _NAME.match(path.name)
    if match is None:
        return None
    shop = path.parent.parent / f"{match['stem']}.db"
    return shop if folder_for(shop) == path.parent else None


def opened_as_shop(path: Path) -> str | None:
    """Why a backup in its shop's backups folder is not opened as a shop (None for any other file): opening writes to
    it (an older one is migrated, WAL turned on), and what is typed into it goes when the rotation deletes it."""
    shop = shop_of_backup(Path(path).expanduser().absolute())
    if shop is None:
        return None
    return t("{path} 是店铺 {shop} 的一份备份，不能当作店铺打开：在里面做的修改，会在备份轮换时随它删掉。"
             "要用它恢复店铺，请在红花榜中打开 {shop}，在「设置 → 备份与恢复」里选中这份备份，点「恢复所选备份…」；"
             "或运行 honghua --db \"{shop}\" restore \"{path}\"。这份备份没有被修改。", path=path, shop=shop)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This shop file's backups in its backups folder, newest first."""
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = [info for p in folder.iterdir() if p.is_file() and (info := parse(p, stem)) is not None]
    return sorted(found, key=lambda b: (b.created, b.seq, b.written_ns), reverse=True)


def made_on(db_path: Path, day: datetime) -> bool:
    """True when this shop already has a backup (of any kind; a file moved aside is none) made on that calendar day."""
    return any(b.created.date() == day.date() and b.kind not in MOVED_ASIDE for b in list_backups(db_path))


def _newest_per(backups: list[BackupInfo], count: int, key: Callable[[datetime], Hashable]) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for b in backups:  # newest first
        k = key(b.created)
        if k in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(k)
        kept.add(b.path)
    return kept


def to_delete(backups: list[BackupInfo], keep: Keep) -> list[BackupInfo]:
    """The backups rotation removes (the list is newest first; damaged originals are never removed)."""
    rotating = [b for b in backups if b.kind not in MOVED_ASIDE]
    kept = {b.path for b in rotating[:max(keep.last, 1)]}  # the newest always stays
    kept |= _newest_per(rotating, keep.daily, lambda d: d.date())
    kept |= _newest_per(rotating, keep.weekly, lambda d: d.isocalendar()[:2])
    kept |= _newest_per(rotating, keep.monthly, lambda d: (d.year, d.month))
    return [b for b in rotating if b.path not in kept]


def dropped_by(db_path: Path, stored: Keep, new: Keep, at: datetime | None = None) -> list[BackupInfo]:
    """What lowering the counts costs, said before it is saved: the backups of this shop the next backup (made `at`,
    default now) deletes by `new` counts (newest first), or none when `stored` counts would delete as many. That
    backup takes a place among the newest itself: counted without it, one fewer was named than were deleted."""
    found = list_backups(db_path)
    with_next = [BackupInfo(folder_for(db_path) / "next", stamp_for(db_path, at or datetime.now()), "manual", 0), *found]
    deleted = to_delete(with_next, new)
    kept_by_stored = {b.path for b in with_next} - {b.path for b in to_delete(with_next, stored)}
    return deleted if any(b.path in kept_by_stored for b in deleted) else []
