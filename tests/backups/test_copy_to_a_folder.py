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


def test_a_second_copy_into_the_folder_the_same_day_keeps_the_first(demo_db, tmp_path, capsys):
    """Two shops both kept as honghua.db (in two folders) backed up to one USB stick on one day: the second
    copy took the first one's dated name and replaced it, the other shop's copy gone without a word."""
    from shutil import copyfile

    other = tmp_path / "二店" / demo_db.name
    other.parent.mkdir()
    copyfile(demo_db, other)
    assert main(["--db", str(other), "staff", "add", "二店的人"]) == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(demo_db), "backup", "-o", str(usb)]) == 0
    first = usb / f"shop-备份-{date.today():%Y%m%d}.db"
    kept = first.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(other), "backup", "-o", str(usb)]) == 0
    second = usb / f"shop-备份-{date.today():%Y%m%d}-2.db"
    assert first.read_bytes() == kept and second.is_file() and maintenance.check_file(second) == []
    assert str(second) in capsys.readouterr().out


def test_a_copy_written_into_the_folder_meanwhile_is_kept(demo_db, tmp_path, capsys, monkeypatch):
    """Two shops' scheduled backups to one USB stick at the same minute: both chose the day's first name, and the
    one finishing last renamed its copy over the other's."""
    from app.backups import making

    usb = tmp_path / "usb"
    usb.mkdir()
    first = usb / f"shop-备份-{date.today():%Y%m%d}.db"
    copy_to = maintenance.copy_to

    def the_other_finishing_first(source, temp, shop):
        if not first.exists():
            first.write_bytes(b"the other shop's copy")
        return copy_to(source, temp, shop)

    monkeypatch.setattr(making.maintenance, "copy_to", the_other_finishing_first)
    assert main(["--db", str(demo_db), "backup", "-o", str(usb)]) == 0
    second = usb / f"shop-备份-{date.today():%Y%m%d}-2.db"
    assert first.read_bytes() == b"the other shop's copy"
    assert second.is_file() and maintenance.check_file(second) == [] and str(second) in capsys.readouterr().out
    assert {p.name for p in usb.iterdir()} == {first.name, second.name}  # no temporary copy left
