"""A failed file operation (a read-only folder, a full disk, a path through a file) said for the user."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import t

if TYPE_CHECKING:
    import sqlite3

# A path the user chose was unusable: the CLI exits 2 (bad input), as for any other bad option.
BAD_PATH = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.EEXIST, errno.ENOTDIR, errno.EISDIR,
                      errno.ENOENT, errno.ENAMETOOLONG, errno.EINVAL})
# Failures of the machine, not of the program: said plainly even when the error names no file.
ENVIRONMENT = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG, errno.EIO, errno.EROFS})


def reason(e: OSError) -> str:
    if e.errno in (errno.EACCES, errno.EPERM):
        return t("没有权限（文件是否正被其他程序打开，或文件夹不允许写入？）")
    if e.errno == errno.EROFS:
        return t("磁盘是只读的")
    if e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return t("磁盘空间不足")
    if e.errno in (errno.EEXIST, errno.ENOTDIR):
        return t("路径中有一部分是文件而不是文件夹")
    if e.errno == errno.EISDIR:
        return t("这是一个文件夹")
    if e.errno == errno.ENOENT:
        return t("文件或文件夹不存在")
    if e.errno == errno.ENAMETOOLONG:
        return t("文件名或路径太长")
    if e.errno == errno.EINVAL:
        return t("文件名或路径无效（是否含有不允许的字符？）")
    if e.errno == errno.EIO:
        return t("读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）")
    if e.errno in (errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)):
        return t("文件正被其他程序占用")
    if e.errno == errno.ELOOP:
        return t("路径中的链接（快捷方式）指向了自己，形成了循环")
    return _unnamed(e)


def _unnamed(e: OSError) -> str:
    """Any other failure, in Chinese: the system's code (ENODEV, WinError 1234) says what it was, for support;
    the system's own text would be English (or the Windows language) inside a Chinese sentence."""
    code = errno.errorcode.get(e.errno) if isinstance(e.errno, int) else None
    winerror = getattr(e, "winerror", None)
    if winerror:
        code = f"WinError {winerror}"
    if code:
        return t("系统报告了错误（{code}）", code=code)
    return t("系统报告了错误")


def shown_path(e: OSError) -> str:
    """The file the user named: the target of a rename (a payout sheet open in Excel refuses the temporary
    file's rename onto it); else the file itself; for one of our temporary files (".payout-….xlsx" beside the
    target) the folder it was being written in."""
    if e.filename2:
        return str(e.filename2)
    if not e.filename:
        return ""
    path = Path(str(e.filename))
    return str(path.parent) if path.name.startswith(".") else str(path)


def describe(e: OSError) -> str:
    path = shown_path(e)
    if not path:
        return t("文件操作失败：{reason}", reason=reason(e))
    return t("无法读写「{path}」：{reason}", path=path, reason=reason(e))


def is_for_the_user(e: OSError) -> bool:
    """A path the user gave, or the disk: worth a plain message. Anything else is a bug."""
    return bool(e.filename or e.filename2) or e.errno in ENVIRONMENT


def is_bad_path(e: OSError) -> bool:
    return e.errno in BAD_PATH


# SQLite's primary result codes (the low byte of sqlite_errorcode) that a user can act on.
_SQLITE_REASONS = {
    3: "没有权限",  # SQLITE_PERM
    5: "数据文件正被其他程序占用",  # SQLITE_BUSY
    6: "数据文件正被其他程序占用",  # SQLITE_LOCKED
    7: "内存不足",  # SQLITE_NOMEM
    8: "数据文件或它所在的文件夹是只读的",  # SQLITE_READONLY
    10: "读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）",  # SQLITE_IOERR
    11: "数据库的内部结构有损坏",  # SQLITE_CORRUPT
    13: "磁盘已满",  # SQLITE_FULL
    14: "无法打开数据文件（没有权限，或文件正被其他程序占用）",  # SQLITE_CANTOPEN
    26: "不是数据库文件",  # SQLITE_NOTADB
}


def sqlite_reason(e: Exception) -> str:
    """A failure SQLite reported, said for the user (its own text is English): by its result code, or,
    for a code with no words here, as 数据库报告了错误（SQLITE_…）."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SQLITE_REASONS:
        return t(_SQLITE_REASONS[code & 0xFF])
    return t("数据库报告了错误（{name}）", name=getattr(e, "sqlite_errorname", None) or type(e).__name__)


_SQLITE_DAMAGE = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_damage(e: BaseException) -> bool:
    """SQLite read a damaged page or a file that is no database: not a busy file, a full disk or a bug."""
    return (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF in _SQLITE_DAMAGE


# Primary codes of a failed read, write or open: of the shop file, or of a scratch file SQLite made.
_SQLITE_FILE_FAULTS = frozenset({10, 13, 14})  # SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN


def temp_folder_fault(e: sqlite3.Error) -> str | None:
    """When a disk fault of SQLite is the temp folder's (where it writes the scratch files of a large sort or a
    VACUUM): why that folder cannot be written; None when it can, or the fault is of another kind. The folder is
    Python's temp folder, found from the same TMPDIR / TEMP / TMP settings SQLite reads."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is None or (code & 0xFF) not in _SQLITE_FILE_FAULTS:
        return None
    try:
        folder = tempfile.gettempdir()
    except OSError:  # none of the usual folders can be written
        return t("找不到可以写入的临时文件夹")
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(bytes(64 * 1024))
            probe.flush()
            os.fsync(probe.fileno())  # a full disk may take the bytes into memory and refuse them only here
    except OSError as fault:
        return t("临时文件夹「{folder}」无法写入：{reason}", folder=folder, reason=reason(fault))
    return None
