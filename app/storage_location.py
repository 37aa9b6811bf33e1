"""Is the shop file somewhere SQLite's file locking cannot be trusted?

Two kinds of place: a network drive (a Windows share `\\\\server\\share`, a drive letter mapped to one,
an SMB/CIFS or NFS mount on Linux), and a folder that a cloud-sync client copies behind the program's
back (OneDrive, 百度网盘, 坚果云, Dropbox, iCloud Drive, Google Drive). In both, two computers can write
the same file at once or the sync client can replace it mid-write; SQLite's own documentation warns
that its locks do not work reliably there. The app still opens such a file — the owner may have no
other place — but says so clearly, once per start (GUI) or on stderr (CLI).

Qt-free; the checks take the platform facts (mount table, drive type) as arguments so they can be
tested with example paths on any system.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from app.i18n import t

NETWORK = "network"
CLOUD = "cloud"

# Linux file-system types that live on another machine.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "coda", "ceph", "glusterfs", "lustre",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse",
})

# Folder names that cloud-sync clients create, lower-cased, with the service to name in the warning.
# Matched against whole folder names in the path (not the file name); a prefix entry ends with "*".
CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("onedrive - *", "OneDrive"),            # OneDrive for work or school: "OneDrive - 公司名"
    ("baidunetdisk", "百度网盘"),
    ("baidusyncdisk", "百度网盘"),            # 百度网盘「同步空间」
    ("百度网盘", "百度网盘"),
    ("百度云同步盘", "百度网盘"),
    ("nutstore", "坚果云"),
    ("nutstore files", "坚果云"),            # macOS and Linux: ~/Nutstore Files
    ("我的坚果云", "坚果云"),
    ("坚果云", "坚果云"),
    ("dropbox", "Dropbox"),
    ("dropbox (*", "Dropbox"),               # "Dropbox (Personal)", "Dropbox (公司)"
    ("iclouddrive", "iCloud Drive"),
    ("icloud drive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),    # macOS: ~/Library/Mobile Documents
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),            # Google Drive for desktop: G:\My Drive
    ("我的云端硬盘", "Google Drive"),
)

DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


@dataclass(frozen=True)
class Risk:
    kind: str    # NETWORK or CLOUD
    where: str   # the share, mount type or sync service, for the message


def _windows_drive_type(root: str) -> int | None:
    """GetDriveTypeW of "X:\\", or None where it cannot be asked (not Windows)."""
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return None


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash likewise)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_mounts(table: str | None = None) -> list[tuple[str, str]]:
    """(mount point, file-system type) from /proc/mounts (or the given text); [] when unreadable."""
    if table is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
                table = f.read()
        except OSError:
            return []
    mounts = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append((_unescape_mount(fields[1]), fields[2]))
    return mounts


def _mount_of(path: PurePosixPath, mounts: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount holding `path`: the longest mount point that is the path or one of its parents."""
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def _unc_share(text: str) -> str | None:
    """`\\\\server\\share\\…` or `//server/share/…` → `\\\\server\\share`; `\\\\?\\UNC\\server\\share` too.
    A `\\\\?\\C:\\…` long-path prefix is a local path (None)."""
    normal = text.replace("/", "\\")
    if not normal.startswith("\\\\"):
        return None
    rest = normal[2:]
    if rest[:2] in ("?\\", ".\\"):
        if not rest[2:].upper().startswith("UNC\\"):
            return None
        rest = rest[6:]
    parts = [p for p in rest.split("\\") if p]
    return "\\\\" + "\\".join(parts[:2]) if parts else None


def _cloud_service(parts: Iterable[str]) -> str | None:
    for part in parts:
        name = part.strip().lower()
        for pattern, service in CLOUD_FOLDERS:
            if (name.startswith(pattern[:-1]) if pattern.endswith("*") else name == pattern):
                return service
    return None


def classify(path: str | os.PathLike[str], *, windows: bool | None = None,
             mounts: Iterable[tuple[str, str]] | None = None,
             drive_type: Callable[[str], int | None] | None = None) -> Risk | None:
    """Where the shop file is, if that place is risky; None for an ordinary local folder.

    `windows` picks the path rules (default: this system's); `mounts` is the Linux mount table
    (default: /proc/mounts on Linux); `drive_type` answers GetDriveTypeW for "X:\\" (default: ctypes).
    """
    text = os.fspath(path)
    windows = os.name == "nt" if windows is None else windows
    share = _unc_share(text)
    if share is not None:
        return Risk(NETWORK, share)
    folders: tuple[str, ...]
    if windows:
        win = PureWindowsPath(text)
        if win.drive and len(win.drive) == 2:
            kind = (drive_type or _windows_drive_type)(win.drive + "\\")
            if kind == DRIVE_REMOTE:
                return Risk(NETWORK, t("{drive} 网络驱动器", drive=win.drive.upper()))
        folders = win.parts[:-1]
    else:
        posix = PurePosixPath(os.path.abspath(text) if os.name != "nt" else text)
        if mounts is None and sys.platform.startswith("linux"):
            mounts = linux_mounts()
        mount = _mount_of(posix, mounts or ())
        if mount is not None and mount[1].lower() in NETWORK_FILESYSTEMS:
            return Risk(NETWORK, f"{mount[0]} ({mount[1]})")
        folders = posix.parts[:-1]
    service = _cloud_service(folders)
    return Risk(CLOUD, service) if service else None


def describe(risk: Risk, path: str | PurePath) -> str:
    """The warning for the owner, in the interface language."""
    if risk.kind == NETWORK:
        return t("数据文件 {path} 在网络驱动器上（{where}）。SQLite 数据库在网络驱动器上的文件锁并不可靠："
                 "两台电脑同时打开，或者网络中途断开，都可能让数据损坏或丢失。"
                 "请把数据文件放在这台电脑的本地硬盘上；需要另存一份时，用「设置 → 备份与恢复」把备份存到别处。",
                 path=path, where=risk.where)
    return t("数据文件 {path} 在 {where} 的同步文件夹里。同步软件会在红花榜写入时复制或替换这个文件，"
             "SQLite 的文件锁在这里并不可靠：两台电脑各改一份再同步，或者同步时正好在写入，都可能让数据损坏或丢失。"
             "请把数据文件移到不同步的本地文件夹；需要云端保存时，用「设置 → 备份与恢复」把备份存进同步文件夹。",
             path=path, where=t(risk.where))  # 百度网盘 → Baidu Netdisk in English


def warning(path: str | os.PathLike[str]) -> str | None:
    """The warning for this shop file on this computer, or None when its place is fine."""
    risk = classify(path)
    return describe(risk, os.fspath(path)) if risk else None
