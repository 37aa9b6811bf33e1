"""An import's preview stages the file into TEMP tables in one transaction. When the temporary folder's disk fails
or fills (SQLite's temporary file: on a full C: drive, or past a file-size limit), SQLite rolls that transaction
back itself; the ROLLBACK of `staging` then failed with 「cannot rollback - no transaction is active」, which hid the
real fault: the owner read 「数据库报告了错误（SQLITE_ERROR）」 instead of the disk's error."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.shop import Shop


def test_a_fault_that_ended_the_staging_transaction_is_the_one_raised(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    try:
        with pytest.raises(sqlite3.OperationalError, match="disk I/O error"), shop.store.imports.staging():
            shop.store.db.execute("ROLLBACK")  # what SQLite does itself when a write of the transaction fails so
            raise sqlite3.OperationalError("disk I/O error")
        assert not shop.store.db.conn.in_transaction
    finally:
        shop.close()


def test_a_fault_inside_an_open_staging_transaction_rolls_it_back(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    try:
        with pytest.raises(ValueError), shop.store.imports.staging():
            raise ValueError("a bad row")
        assert not shop.store.db.conn.in_transaction
    finally:
        shop.close()
