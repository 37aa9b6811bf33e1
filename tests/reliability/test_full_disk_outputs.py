"""An export hits a full disk. openpyxl (workbooks) and reportlab (PDFs) leave the temporary file open when a
write fails, and the failure keeps it alive while the temporary file is removed. Windows refuses to delete a file
that is open (simulated here), so the PermissionError of that removal replaced the message about the full disk:
a 「程序出错」 box in the window, 「没有权限（文件是否正被其他程序打开…）」 on the command line."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.errors import UserError
from app.exporting import save_book


def _open_here(path: Path) -> bool:
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                return True
        except OSError:
            continue
    return False


@pytest.fixture
def windows_deletes(monkeypatch):
    """Path.unlink as Windows does it: a file this process still has open cannot be deleted."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("reads /proc")
    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if _open_here(self.resolve()):
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(self))
        return real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)


def _payout_sheet(book, target: Path) -> None:
    from app.awards import payout

    payout._save(book, target)


@pytest.mark.parametrize("save", [save_book, _payout_sheet], ids=["export", "payout"])
def test_a_full_disk_during_a_workbook_export_is_said_as_such(save, tmp_path, monkeypatch, windows_deletes):
    from openpyxl.writer import excel

    def disk_full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(excel.ExcelWriter, "write_data", disk_full)
    book = Workbook()
    book.active["A1"] = "销售额"
    with pytest.raises(UserError) as caught:
        save(book, tmp_path / "10月数据.xlsx")
    assert "磁盘空间不足" in caught.value.message and "10月数据.xlsx" in caught.value.message
    assert list(tmp_path.iterdir()) == []  # no half file, no temporary left


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # reportlab's file, closed by letting go of it
def test_a_full_disk_while_a_pdf_is_saved_is_said_as_such(tmp_path, monkeypatch, windows_deletes):
    """reportlab opens the PDF itself and leaves it open when its write fails (certificates, 计算单, the board
    PDF all save this way)."""
    import io

    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen.canvas import Canvas

    from app.atomic_file import replaced_atomically

    class FullDisk(io.FileIO):
        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdfdoc, "open", lambda name, mode: FullDisk(name, "wb"), raising=False)
    with pytest.raises(UserError) as caught, replaced_atomically(tmp_path / "奖状.pdf", ".pdf") as tmp:
        canvas = Canvas(str(tmp))
        canvas.drawString(100, 700, "奖状")
        canvas.save()
    assert "磁盘空间不足" in caught.value.message and "奖状.pdf" in caught.value.message
    assert list(tmp_path.iterdir()) == []
