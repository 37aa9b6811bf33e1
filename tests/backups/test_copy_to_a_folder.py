"""`honghua backup -o` given a folder (a USB stick's root, a folder typed with its trailing separator): a dated copy
inside it, as the window suggests; a folder typed that was not there yet became a file of that name."""

from __future__ import annotations

import os
from datetime import date

import pytest

from app.cli import main
from app.store import maintenance


@pytest.mark.parametrize("there", [False, True])
def test_a_folder_given_to_o_gets_a_dated_copy_inside(demo_db, tmp_path, capsys, there):
    usb = tmp_path / "usb"
    if there:
        usb.mkdir()
    assert main(["--db", str(demo_db), "backup", "-o", str(usb) + ("" if there else os.sep)]) == 0
    copy = usb / f"shop-备份-{date.today():%Y%m%d}.db"
    assert usb.is_dir() and copy.is_file() and maintenance.check_file(copy) == []
    assert str(copy) in capsys.readouterr().out
