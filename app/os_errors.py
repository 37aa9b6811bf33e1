"""A failed file operation (a read-only folder, a full disk, a path through a file) said for the user."""

from __future__ import annotations

import errno
from pathlib import Path

from app.i18n import t

# A path the user chose was unusable: the CLI exits 2 (bad input), as for any other bad option.
BAD_PATH = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.EEXIST, errno.ENOTDIR, errno.EISDIR,
                      errno.ENOENT, errno.ENAMETOOLONG, errno.EINVAL})


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
    return str(e.strerror or e)


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
    """For an error on a named path; one without a path is a bug, reported as such by the caller."""
    return t("无法读写「{path}」：{reason}", path=shown_path(e), reason=reason(e))


def names_a_path(e: OSError) -> bool:
    return bool(e.filename or e.filename2)


def is_bad_path(e: OSError) -> bool:
    return e.errno in BAD_PATH
