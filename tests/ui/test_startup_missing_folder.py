"""`python -m ui --db 没有的文件夹/shop.db`: a folder that does not exist is most likely a typo. The window says
so and makes nothing unless the owner asks for a new shop there, or opens another shop file instead."""

from __future__ import annotations

import pytest

from app.shop import Shop
from ui import errors
from ui import main as gui_main


@pytest.fixture
def missing(tmp_path):
    return tmp_path / "没有这个文件夹" / "shop.db"


def test_a_missing_folder_is_said_and_nothing_is_created(missing, messages):
    assert gui_main.main(["--db", str(missing), "--exit-after-startup"]) == 1
    [question] = messages.of("choose")
    assert str(missing.parent) in question and "不存在" in question
    assert not missing.parent.exists()


def test_a_missing_folder_named_by_honghua_db_is_said_too(missing, messages, monkeypatch):
    monkeypatch.setenv("HONGHUA_DB", str(missing))
    assert gui_main.main(["--exit-after-startup"]) == 1
    assert messages.of("choose") and not missing.parent.exists()


def test_the_owner_can_make_the_folder_and_a_new_shop_deliberately(missing, monkeypatch):
    monkeypatch.setattr(errors, "choose", lambda parent, text, title, options: "create")
    assert gui_main.main(["--db", str(missing), "--today", "2026-10-20", "--exit-after-startup"]) == 0
    assert missing.is_file()


def test_the_owner_can_open_another_shop_file_instead(missing, tmp_path, today, monkeypatch):
    other = tmp_path / "店铺.db"
    Shop.open(other, today).close()
    answers = iter(["open", "open"])
    offered = iter([None, other])  # the first file dialog cancelled: asked again
    monkeypatch.setattr(errors, "choose", lambda parent, text, title, options: next(answers))
    monkeypatch.setattr(gui_main, "choose_shop_file", lambda path: next(offered))
    assert gui_main.main(["--db", str(missing), "--today", "2026-10-20", "--exit-after-startup"]) == 0
    assert not missing.parent.exists()
