"""SQLite's own error texts are English: a failure it reports is said in the user's words, by its code."""

import sqlite3

import pytest

from app.i18n import set_language
from app.os_errors import sqlite_reason


def _failure(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        action()
    return caught.value


def test_a_locked_file_is_said_as_in_use(tmp_path):
    path = tmp_path / "shop.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        assert sqlite_reason(_failure(lambda: other.execute("SELECT * FROM t"))) == "数据文件正被其他程序占用"
    finally:
        other.close()
        holder.close()


def test_a_file_that_is_not_a_database_is_said_so(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"hello, this is not sqlite" * 100)
    conn = sqlite3.connect(path)
    try:
        assert sqlite_reason(_failure(lambda: conn.execute("SELECT * FROM sqlite_master"))) == "不是数据库文件"
    finally:
        conn.close()


def test_a_code_without_words_names_the_code_not_sqlites_english(tmp_path):
    conn = sqlite3.connect(":memory:")
    reason = sqlite_reason(_failure(lambda: conn.execute("SELECT * FROM no_such_table")))
    assert reason == "数据库报告了错误（SQLITE_ERROR）" and "no such table" not in reason
    set_language("en")
    try:
        assert sqlite_reason(_failure(lambda: conn.execute("SELECT 1 FROM nowhere"))) == \
            "the database reported an error (SQLITE_ERROR)"
    finally:
        set_language("zh")
        conn.close()
