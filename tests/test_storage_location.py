"""A shop file on a network drive or inside a cloud-sync folder gets a warning: SQLite's locking is not
reliable there. Example paths for Windows and Linux, checked on any system (the platform facts are
passed in), plus the CLI's warning on stderr."""

from __future__ import annotations

import pytest

from app import i18n
from app.storage_location import CLOUD, NETWORK, Risk, classify, describe, linux_mounts, warning

NO_MOUNTS: list[tuple[str, str]] = [("/", "ext4")]


def local_drives(root: str) -> int:
    return 3  # DRIVE_FIXED


def drive_z_is_remote(root: str) -> int:
    return 4 if root.upper() == "Z:\\" else 3


@pytest.mark.parametrize("path, share", [
    (r"\\fileserver\shop\红花榜\honghua.db", r"\\fileserver\shop"),
    ("//nas/共享/honghua.db", r"\\nas\共享"),
    (r"\\?\UNC\fileserver\shop\honghua.db", r"\\fileserver\shop"),
])
def test_windows_shares_are_network_drives(path, share):
    for windows in (True, False):  # a UNC path is a share whatever the system
        assert classify(path, windows=windows, drive_type=local_drives, mounts=NO_MOUNTS) == Risk(NETWORK, share)


def test_a_mapped_network_drive_letter_is_asked_of_windows():
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return drive_z_is_remote(root)

    risk = classify(r"Z:\店铺\honghua.db", windows=True, drive_type=drive_type)
    assert risk is not None and risk.kind == NETWORK and "Z:" in risk.where
    assert asked == ["Z:\\"]
    assert classify(r"D:\店铺\honghua.db", windows=True, drive_type=drive_z_is_remote) is None


@pytest.mark.parametrize("path", [
    r"C:\Users\王芳\AppData\Local\Honghua\honghua.db",
    r"\\?\C:\Users\王芳\Documents\honghua.db",   # a long-path prefix, still the local disk
    r"D:\淘宝店\数据\honghua.db",
    r"C:\Users\王芳\Documents\OneDrive.db",       # only folders count, not the file's own name
    r"C:\Users\王芳\BaiduNetdiskDownload\honghua.db",  # the download folder is not synced
])
def test_ordinary_windows_folders_are_fine(path):
    assert classify(path, windows=True, drive_type=local_drives) is None


@pytest.mark.parametrize("path, service", [
    (r"C:\Users\王芳\OneDrive\文档\honghua.db", "OneDrive"),
    (r"C:\Users\王芳\OneDrive - 杭州红花电子商务有限公司\honghua.db", "OneDrive"),
    (r"D:\BaiduSyncdisk\店铺\honghua.db", "百度网盘"),
    (r"D:\BaiduNetdisk\honghua.db", "百度网盘"),
    (r"C:\Users\王芳\百度网盘\honghua.db", "百度网盘"),
    (r"C:\Users\王芳\Nutstore\honghua.db", "坚果云"),
    (r"C:\Users\王芳\我的坚果云\红花榜\honghua.db", "坚果云"),
    (r"C:\Users\王芳\Dropbox\honghua.db", "Dropbox"),
    (r"C:\Users\王芳\Dropbox (Personal)\honghua.db", "Dropbox"),
    (r"C:\Users\王芳\iCloudDrive\honghua.db", "iCloud Drive"),
    (r"G:\My Drive\honghua.db", "Google Drive"),
    (r"C:\Users\王芳\Google Drive\honghua.db", "Google Drive"),
    (r"c:\users\wf\onedrive\honghua.db", "OneDrive"),  # Windows paths are case-insensitive
])
def test_cloud_sync_folders_on_windows(path, service):
    assert classify(path, windows=True, drive_type=local_drives) == Risk(CLOUD, service)


def test_a_network_drive_inside_a_sync_folder_is_reported_as_the_network():
    risk = classify(r"Z:\OneDrive\honghua.db", windows=True, drive_type=drive_z_is_remote)
    assert risk is not None and risk.kind == NETWORK


MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//nas/shop /mnt/shop cifs rw,vers=3.0,username=wf 0 0
//nas/team\\040files /mnt/team\\040files smb3 rw 0 0
nas:/export/home /home/remote nfs4 rw,relatime 0 0
C:\\134 /mnt/c 9p rw,dirsync,aname=drvfs 0 0
/dev/sdb1 /mnt/usb vfat rw 0 0
"""


@pytest.mark.parametrize("path, where", [
    ("/mnt/shop/honghua.db", "/mnt/shop (cifs)"),
    ("/mnt/shop/红花榜/2026/honghua.db", "/mnt/shop (cifs)"),
    ("/mnt/team files/honghua.db", "/mnt/team files (smb3)"),
    ("/home/remote/wf/honghua.db", "/home/remote (nfs4)"),
])
def test_linux_network_mounts(path, where):
    assert classify(path, windows=False, mounts=linux_mounts(MOUNTS)) == Risk(NETWORK, where)


@pytest.mark.parametrize("path", [
    "/home/wf/.local/share/honghua/honghua.db",
    "/mnt/c/Users/wf/honghua.db",       # WSL's view of the local Windows disk
    "/mnt/usb/honghua.db",
    "/mnt/shopping/honghua.db",         # not inside /mnt/shop: a mount point is matched by whole folders
])
def test_linux_local_folders_are_fine(path):
    assert classify(path, windows=False, mounts=linux_mounts(MOUNTS)) is None


def test_linux_sync_folders():
    mounts = linux_mounts(MOUNTS)
    assert classify("/home/wf/Dropbox/honghua.db", windows=False, mounts=mounts) == Risk(CLOUD, "Dropbox")
    assert classify("/home/wf/Nutstore Files/honghua.db", windows=False, mounts=mounts) == Risk(CLOUD, "坚果云")
    assert classify("/home/wf/Dropbox-notes/honghua.db", windows=False, mounts=mounts) is None


def test_mount_table_escapes_are_decoded():
    assert ("/mnt/team files", "smb3") in linux_mounts(MOUNTS)
    assert linux_mounts("") == []


def test_the_warning_says_what_and_why_in_chinese_and_in_english():
    path = r"C:\Users\王芳\百度网盘\honghua.db"
    risk = classify(path, windows=True, drive_type=local_drives)
    assert risk is not None
    text = describe(risk, path)
    assert path in text and "百度网盘" in text and "SQLite" in text and "文件锁" in text and "备份" in text
    network = describe(Risk(NETWORK, r"\\nas\shop"), r"\\nas\shop\honghua.db")
    assert "网络驱动器" in network and r"\\nas\shop" in network
    i18n.set_language("en")
    try:
        english = describe(risk, path)
        assert "Baidu Netdisk" in english and "locking is not reliable" in english
        assert describe(Risk(NETWORK, r"\\nas\shop"), "x.db").startswith("The data file x.db is on a network drive")
    finally:
        i18n.set_language("zh")


def test_an_ordinary_file_has_no_warning(tmp_path):
    assert warning(tmp_path / "honghua.db") is None


def test_the_command_line_warns_on_stderr_and_still_works(tmp_path, capsys):
    from app.cli import main as cli_main

    synced = tmp_path / "OneDrive" / "店铺"
    synced.mkdir(parents=True)
    db = synced / "honghua.db"
    assert cli_main(["--db", str(db), "--today", "2026-10-20", "staff", "add", "张伟"]) == 0
    out, err = capsys.readouterr()
    assert "警告：" in err and "OneDrive" in err and "同步文件夹" in err and str(db) in err
    assert out.strip() == "1"  # the new person's id: the command did its work
    assert cli_main(["--db", str(tmp_path / "local.db"), "--today", "2026-10-20", "staff", "add", "李娜"]) == 0
    assert "警告" not in capsys.readouterr().err


# ---- the window: the warning is shown once, after the first paint
def test_the_window_warns_about_a_sync_folder_once(qapp, tmp_path, monkeypatch):
    from ui import errors
    from ui import main as gui_main

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "handler", lambda kind, title, text: shown.append((kind, title, text)) or True)
    db = tmp_path / "Dropbox (Personal)" / "店铺" / "shop.db"
    db.parent.mkdir(parents=True)  # a folder --db names is not made unasked
    assert gui_main.main(["--db", str(db), "--today", "2026-10-20", "--exit-after-startup"]) == 0
    infos = [(title, text) for kind, title, text in shown if kind == "info"]
    assert len(infos) == 1, shown
    title, text = infos[0]
    assert title == "数据文件的位置有风险"
    assert str(db) in text and "Dropbox" in text and "同步文件夹" in text
    shown.clear()
    assert gui_main.main(["--db", str(tmp_path / "local.db"), "--today", "2026-10-20", "--exit-after-startup"]) == 0
    assert [kind for kind, _title, _text in shown if kind == "info"] == []


def test_after_first_paint_waits_for_the_paint_and_runs_once(qtbot):
    from PySide6.QtWidgets import QApplication, QLabel

    from ui.main import AfterFirstPaint

    calls = []
    label = QLabel("红花榜")
    qtbot.addWidget(label)
    AfterFirstPaint(label, lambda: calls.append(label.isVisible()))
    QApplication.processEvents()
    assert calls == []  # not shown, not painted: nothing yet
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.repaint()
    label.update()
    QApplication.processEvents()
    QApplication.processEvents()
    assert calls == [True]
