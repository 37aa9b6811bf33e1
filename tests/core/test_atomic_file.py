"""Output files are written whole or not at all, and a refusal by the disk is a message naming the file."""

import errno
import os
import tempfile
import time

import pytest

from app.atomic_file import replaced_atomically
from app.errors import UserError


def test_the_file_appears_only_when_the_work_succeeded(tmp_path):
    target = tmp_path / "发放表.xlsx"
    target.write_text("old")
    with pytest.raises(RuntimeError), replaced_atomically(target, ".xlsx") as tmp:
        tmp.write_text("half")
        raise RuntimeError("the drawing failed")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["发放表.xlsx"]
    with replaced_atomically(target, ".xlsx") as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == ["发放表.xlsx"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_output_file_gets_the_permissions_of_any_new_file_of_the_user(tmp_path):
    """mkstemp makes its file readable by its owner only and the rename kept that: a payout sheet or a
    certificate PDF another account of a Linux PC (or a shared folder) could not open."""
    from app.certificates.render import replace_into, temp_beside

    old = os.umask(0o022)
    try:
        with replaced_atomically(tmp_path / "发放表.xlsx", ".xlsx") as tmp:
            tmp.write_text("sheet")
        with temp_beside(tmp_path / "证书.pdf") as tmp:
            tmp.write_text("pdf")
            replace_into(tmp, tmp_path / "证书.pdf")
    finally:
        os.umask(old)
    assert {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()} == {"发放表.xlsx": 0o644, "证书.pdf": 0o644}


def test_a_folder_that_cannot_be_written_is_a_message_not_a_crash(tmp_path, monkeypatch):
    def refuse(*args, dir=None, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, ".x-123.pdf"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="没有权限") as caught, replaced_atomically(tmp_path / "证书.pdf", ".pdf"):
        pass
    assert str(tmp_path) in caught.value.message


def test_a_target_held_open_by_another_program_is_named(tmp_path, monkeypatch):
    target = tmp_path / "10月发放表.xlsx"

    def held(src, dst):
        raise PermissionError(errno.EACCES, "Access is denied", str(src), None, str(dst))

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(UserError) as caught, replaced_atomically(target, ".xlsx") as tmp:
        tmp.write_text("new")
    assert f"「{target}」" in caught.value.message and "没有权限" in caught.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # the temporary file is gone too


def test_a_full_disk_while_writing_is_a_message_but_another_files_error_is_a_bug(tmp_path):
    with pytest.raises(UserError, match="磁盘空间不足"), replaced_atomically(tmp_path / "p.png", ".png"):
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(FileNotFoundError), replaced_atomically(tmp_path / "p.png", ".png"):
        open(tmp_path / "missing-font.ttf", "rb")  # noqa: SIM115  # a bug of ours, not the user's disk


@pytest.mark.parametrize("error", [ValueError("a bad image in the template"), KeyboardInterrupt(),
                                   OSError(errno.ENOSPC, "No space left on device")])
def test_a_writer_stopped_by_any_error_lets_go_of_the_file(tmp_path, error):
    """A writer stopped mid-file keeps it open in its finished frames, which the error's traceback holds: on
    Windows the temporary file could not be removed, and that refusal was raised in place of the error."""
    import weakref

    class Writer:
        def __init__(self, path):
            self.file = open(path, "wb")  # noqa: SIM115  # open until the writer goes, as reportlab's is

        def __del__(self):
            self.file.close()

    opened: list[weakref.ref] = []

    def write(path):
        writer = Writer(path)  # held in this frame
        opened.append(weakref.ref(writer))
        writer.file.write(b"half")
        raise error

    with pytest.raises((type(error), UserError)) as caught, replaced_atomically(tmp_path / "表.xlsx", ".xlsx") as tmp:
        write(tmp)
    assert caught.value is not None  # the error and its traceback are still held here …
    assert opened[0]() is None  # … but not the writer with its open file
    assert list(tmp_path.iterdir()) == []


def _record_syncs(monkeypatch) -> list[tuple[str, object]]:
    """What reaches the disk, in order: ("file", inode) and ("folder", inode) for each fsync, ("replace",
    target name) for each rename."""
    import stat

    events: list[tuple[str, object]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        info = os.fstat(fd)
        events.append(("folder" if stat.S_ISDIR(info.st_mode) else "file", info.st_ino))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("replace", os.path.basename(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_the_new_file_reaches_the_disk_before_it_replaces_the_old_one(tmp_path, monkeypatch):
    """A power cut right after the rename must not leave an empty or half-written file under the target's name
    (ext4 and NTFS may write the rename before the data): the data is synced first, the folder after."""
    target = tmp_path / "发放表.xlsx"
    target.write_text("old")
    events = _record_syncs(monkeypatch)
    with replaced_atomically(target, ".xlsx") as tmp:
        tmp.write_text("new")
    assert events == [("file", target.stat().st_ino), ("replace", "发放表.xlsx"), ("folder", tmp_path.stat().st_ino)]


@pytest.mark.skipif(os.name != "posix", reason="folders are synced on POSIX only")
def test_a_folder_that_cannot_be_synced_does_not_turn_a_saved_file_into_an_error(tmp_path, monkeypatch):
    """Some network and FUSE filesystems refuse fsync on a folder (EINVAL). The file is in place by then:
    reporting a failure would tell the user the export failed when it did not (SQLite ignores it too)."""
    import stat

    real_fsync = os.fsync

    def fsync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "发放表.xlsx"
    with replaced_atomically(target, ".xlsx") as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"


def test_on_windows_the_rename_is_written_through_to_the_disk(tmp_path, monkeypatch):
    """Windows' os.replace does not wait for the rename to reach the disk: MoveFileExW is asked to (simulated)."""
    import ctypes

    from app import atomic_file

    calls = []

    class Kernel32:
        def __init__(self, fails_with=0):
            self.fails_with = fails_with

        def MoveFileExW(self, source, target, flags):
            calls.append((source, target, flags))
            if self.fails_with:
                return 0
            os.rename(source, target)
            return 1

    kernel32 = Kernel32()
    monkeypatch.setattr(atomic_file, "ON_WINDOWS", True)
    monkeypatch.setattr(ctypes, "WinDLL", lambda name, use_last_error=False: kernel32, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: 5, raising=False)  # ERROR_ACCESS_DENIED
    monkeypatch.setattr(ctypes, "FormatError", lambda code: "拒绝访问。", raising=False)
    target = tmp_path / "奖状.pdf"
    with replaced_atomically(target, ".pdf") as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new"
    assert calls == [(str(tmp), str(target), 0x1 | 0x8)]  # MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH
    kernel32.fails_with = 5  # the PDF is open in a viewer
    with pytest.raises(UserError, match="奖状.pdf"), replaced_atomically(target, ".pdf") as tmp:
        tmp.write_text("newer")
    assert target.read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == ["奖状.pdf"]


def _left_by_a_killed_run(path, minutes_ago):
    path.write_bytes(b"half")
    then = time.time() - minutes_ago * 60
    os.utime(path, (then, then))
    return path


def test_our_temporary_files_left_by_a_killed_run_go_at_the_next_write_into_their_folder(tmp_path):
    ours = [_left_by_a_killed_run(tmp_path / name, 31) for name in (
        ".发放表-k2j3h4l5.xlsx.honghua.tmp", ".certificates-abc_1234.pdf.honghua.tmp",
        ".备份.db.4242.honghua.tmp", ".备份.db.4242.honghua.tmp-journal", ".shop.db.restore-7.honghua.tmp-wal")]
    running = _left_by_a_killed_run(tmp_path / ".海报-zzzz9999.png.honghua.tmp", 5)  # another export at work now
    not_ours = [_left_by_a_killed_run(tmp_path / name, 600) for name in (
        "honghua.tmp", "发放表.honghua.tmp", ".~lock.发放表.xlsx#", ".发放表-k2j3h4l5.xlsx.tmp", "x.pdf.tmp",
        ".honghua.tmp.bak", "奖状.pdf")]
    (tmp_path / ".a-folder.honghua.tmp").mkdir()
    with replaced_atomically(tmp_path / "发放表.xlsx", ".xlsx") as tmp:
        tmp.write_text("new")
    assert not any(p.exists() for p in ours)
    assert running.exists() and all(p.exists() for p in not_ours) and (tmp_path / ".a-folder.honghua.tmp").is_dir()
    assert len(list(tmp_path.iterdir())) == 1 + 1 + len(not_ours) + 1


def test_a_temporary_file_that_cannot_be_removed_is_left_for_later(tmp_path, monkeypatch):
    from app import atomic_file

    left = _left_by_a_killed_run(tmp_path / ".奖状-abcd1234.pdf.honghua.tmp", 60)
    real_unlink = os.unlink

    def held_open(path, *args, **kwargs):  # Windows: a viewer still has it
        if os.fspath(path) == str(left):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", held_open)
    assert atomic_file.remove_stale_temps(tmp_path) == []
    with replaced_atomically(tmp_path / "奖状.pdf", ".pdf") as tmp:
        tmp.write_text("new")
    assert left.exists() and (tmp_path / "奖状.pdf").read_text() == "new"


@pytest.mark.parametrize("hard_links", [True, False])
def test_move_new_never_replaces_a_file(tmp_path, monkeypatch, hard_links):
    """A name taken since it was chosen stays the other file's, with or without hard links (a FAT USB stick)."""
    from app.atomic_file import move_new

    if not hard_links:
        def no_links(*_args):
            raise OSError(errno.EPERM, "no hard links")
        monkeypatch.setattr(os, "link", no_links)
    source, target = tmp_path / "new", tmp_path / "taken"
    source.write_bytes(b"mine")
    target.write_bytes(b"theirs")
    with pytest.raises(FileExistsError):
        move_new(source, target)
    assert (source.read_bytes(), target.read_bytes()) == (b"mine", b"theirs")
    free = tmp_path / "free"
    move_new(source, free)
    assert free.read_bytes() == b"mine" and not source.exists()
