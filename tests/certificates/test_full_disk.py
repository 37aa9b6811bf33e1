"""A certificate batch onto a full disk (a USB stick, a full C: drive): reportlab's write of the temporary PDF fails
with an OSError that names no file, and the command line said 「文件操作失败：磁盘空间不足」 without saying which
file. It is said of the file asked for, nothing is numbered and no file is left."""

from __future__ import annotations

import pytest

from app.certificates.sources import award_requests
from app.errors import UserError

from .conftest import SEP


@pytest.fixture
def full_disk(windows_files):
    """reportlab's writes fail; the temporary file it opened is not removed while still open, as on Windows."""
    windows_files.disk_full = True


@pytest.mark.filterwarnings("ignore::ResourceWarning")  # reportlab's file, closed by letting go of it
@pytest.mark.parametrize("split", [False, True], ids=["one-pdf", "split"])
def test_a_full_disk_is_said_of_the_certificate_file(service, shop, team, tmp_path, full_disk, split):
    shop.awards.approve(SEP, confirm=True)
    requests, _ = award_requests(shop, SEP)
    out = tmp_path / "U盘"
    out.mkdir()
    target, folder = (None, out / "每人") if split else (out / "九月奖状.pdf", None)
    with pytest.raises(UserError) as caught:
        service.print_pdf(requests, target, service.options(), shop_name="店", split_dir=folder)
    assert "磁盘空间不足" in caught.value.message
    assert (str(folder) if split else "九月奖状.pdf") in caught.value.message, caught.value.message
    assert shop.store.db.execute("SELECT count(*) FROM certificate").fetchone()[0] == 0  # nothing numbered
    assert [p.name for p in out.rglob("*") if p.is_file()] == []  # no half PDF, no temporary file
