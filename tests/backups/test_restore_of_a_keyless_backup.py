"""A backup made by a version before the certificate key (schema v5 and older) has none: migrating its copy on
restore makes one. That key is no sign of another shop: the restore notes that it made it, and a later undo, or a
later backup of the same shop restored over it, is known by the shared history and not warned about. The key is
not taken from the shop replaced: the restored data start their certificate numbers again, and under one key a
number would then stand for two certificates."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app import backups
from app import settings as declared
from app.backups import preview
from app.shop import Shop
from app.store.certificates import CertificateRepo

from .conftest import TODAY, restore_notes

pytestmark = pytest.mark.usefixtures("qapp")
FIXTURES = Path(__file__).parents[1] / "fixtures" / "schema"
WARNING = "注意：这份备份是店铺"


def _keyless_backup(folder: Path) -> Path:
    """The shop's backup made by the old version, before it was named (a version 5 file, with no key)."""
    saved = folder / "old-backup.db"
    shutil.copyfile(FIXTURES / "v5.sqlite", saved)
    with sqlite3.connect(saved) as conn:
        conn.execute("DELETE FROM setting WHERE key = ?", [declared.SHOP_NAME.key])
    conn.close()
    return saved


def _go_on(path: Path, name: str) -> None:
    """The shop's log goes on: it is (re)named."""
    shop = Shop.open(path, TODAY)
    try:
        shop.settings.set(declared.SHOP_NAME, name)
    finally:
        shop.close()


def _key(path: Path) -> bytes | None:
    shop = Shop.open(path, TODAY)
    try:
        return CertificateRepo(shop.store.db).stored_secret()
    finally:
        shop.close()


@pytest.fixture
def shop_and_old_backup(tmp_path):
    """The shop, upgraded from the old version (its key made then) and named since; its keyless old backup."""
    saved = _keyless_backup(tmp_path)
    path = tmp_path / "shop.db"
    shutil.copyfile(saved, path)
    _go_on(path, "小橙子旗舰店")
    return path, saved


def test_undoing_the_restore_of_a_keyless_backup_is_the_same_shop(shop_and_old_backup):
    path, saved = shop_and_old_backup
    before_restore = backups.restore(path, saved).backup.info.path
    said = restore_notes(before_restore, path)
    assert not any(note.startswith(WARNING) for note in said), said
    assert f"备份时店铺还叫「小橙子旗舰店」（现在叫「{declared.SHOP_NAME.default}」）：恢复后店铺名称会变回「小橙子旗舰店」。" in said
    assert preview.shops(before_restore, path).same


def test_a_later_backup_restored_over_it_on_a_new_computer_is_the_same_shop(shop_and_old_backup, tmp_path):
    """The keyless backup restored into a new computer's empty shop; then the owner finds a later backup of the
    shop, made by the new version on the old computer, and restores it over that."""
    path, saved = shop_and_old_backup
    later = backups.backup_path(path, "manual").info.path
    new = tmp_path / "新电脑" / "shop.db"
    new.parent.mkdir()
    Shop.open(new, TODAY).close()
    backups.restore(new, saved)
    assert not any(note.startswith(WARNING) for note in restore_notes(later, new))
    assert preview.shops(later, new).same


def test_the_restored_shop_keeps_the_key_the_restore_made_and_says_so(shop_and_old_backup):
    path, saved = shop_and_old_backup
    replaced_key = _key(path)
    backups.restore(path, saved)
    restored_key = _key(path)
    assert restored_key is not None and restored_key != replaced_key
    shop = Shop.open(path, TODAY)
    try:
        assert shop.store.audit.detail_of(preview.RESTORE_NOTE, "key_made", True) is not None
    finally:
        shop.close()


def test_a_keyed_backup_makes_no_key_and_notes_none(demo_db):
    saved = backups.backup_path(demo_db, "manual").info.path
    key = _key(demo_db)
    backups.restore(demo_db, saved)
    assert _key(demo_db) == key
    shop = Shop.open(demo_db, TODAY)
    try:
        assert shop.store.audit.detail_of(preview.RESTORE_NOTE, "key_made", True) is None
    finally:
        shop.close()


def test_undoing_a_keyless_backup_of_another_shop_is_still_another_shop(tmp_path):
    """Another shop's old data restored over this one (a warned choice): this shop's own backup from before is
    another shop's data now, however the key came to be."""
    saved = _keyless_backup(tmp_path)
    path = tmp_path / "二店" / "shop.db"
    path.parent.mkdir()
    _go_on(path, "小橙子二店")
    own_before = backups.restore(path, saved).backup.info.path
    said = restore_notes(own_before, path)
    assert f"注意：这份备份是店铺「小橙子二店」的数据，当前店铺是「{declared.SHOP_NAME.default}」。" in said, said
    assert not preview.shops(own_before, path).same
