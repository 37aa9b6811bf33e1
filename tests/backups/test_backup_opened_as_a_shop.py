"""An automatic backup opened as the shop (`--db backups/shop-…-daily.db`: a desktop shortcut, a scheduled task
or a double-click on the file) was written to — even a look migrates an older one and turns on WAL — and what
was typed into it went with it when the rotation deleted it. The window's 文件 → 打开店铺文件… refused it; the
command line and the window's start did not. Now every way refuses it, leaves it untouched and says how to restore
from it."""

from __future__ import annotations

import pytest

from app import backups
from app.cli import main
from app.errors import UserError
from app.shop import Shop

from .conftest import TODAY, digest


@pytest.fixture
def backup(demo_db):
    return backups.backup_path(demo_db, "daily").info.path


def _untouched(path, before) -> None:
    assert digest(path) == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(path.name)] == [path.name]  # no -wal, no lock


def test_the_command_line_refuses_to_write_into_a_backup(backup, demo_db, capsys):
    before = digest(backup)
    code = main(["--db", str(backup), "--today", "2026-10-20", "staff", "add", "写进备份的人"])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{backup} 是店铺 {demo_db} 的一份备份" in err and f'restore "{backup}"' in err, err
    _untouched(backup, before)


def test_opening_a_backup_as_a_shop_is_refused(backup):
    with pytest.raises(UserError):
        Shop.open(backup, TODAY)


def test_the_window_refuses_to_start_on_a_backup(backup, demo_db, monkeypatch, qapp):
    from tests.ui.conftest import Messages
    from ui import errors
    from ui.main import open_shop

    messages = Messages()
    monkeypatch.setattr(errors, "handler", messages)
    before = digest(backup)
    assert open_shop(backup, TODAY) is None
    assert any("设置 → 备份与恢复" in text for text in messages.of("error")), messages.shown
    _untouched(backup, before)


def test_a_copy_of_a_backup_put_elsewhere_opens_as_a_shop(backup, tmp_path):
    elsewhere = tmp_path / "u盘" / backup.name
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(backup.read_bytes())
    Shop.open(elsewhere, TODAY).close()


def test_the_open_shops_own_backup_chosen_in_the_file_menu_is_refused_without_asking_to_open_that_shop(
        backup, demo_db, tmp_path):
    from ui import shop_files

    own = shop_files.refusal(backup, demo_db, new=False)
    assert own is not None and own.startswith(f"{backup} 是当前店铺 {demo_db} 的一份备份") and f"打开 {demo_db}" not in own
    assert "设置 → 备份与恢复" in own
    other_shop = tmp_path / "二店.db"
    elsewhere = shop_files.refusal(backup, other_shop, new=False)
    assert elsewhere is not None and f"请打开 {demo_db}" in elsewhere  # another shop on show: that one is named
