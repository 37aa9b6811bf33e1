"""What the window remembers of each shop file: the page it was left on (one page for all shops opened every
other shop on the board, or on a page of the first shop's), and the shop's name, so that two shops both named
我的淘宝店 are told apart in the title by their file."""

from __future__ import annotations

import pytest

from app import settings as declared
from tests.ui.test_shop_files import (  # noqa: F401  # the fixtures are used by name
    _answer_open,
    _no_switch_left,
    _run,
    _shop,
    app_settings,
)
from ui import shop_files
from ui.main_window import MainWindow
from ui.navigation import DEFAULT_PAGE, page_index

TARGETS, CERTIFICATES, STAFF = page_index("targets"), page_index("certificates"), page_index("staff")


def _visit(monkeypatch, seen: list, leave_on: int | None = None, then_open=None):
    """A step in a window: what shop and page it opened on, then the page it is left on and the file opened next."""
    def step(window: MainWindow) -> None:
        seen.append((window.shop.name, window.current_index(), window.windowTitle()))
        if leave_on is not None:
            window.show_page(leave_on)
        if then_open is not None:
            _answer_open(monkeypatch, then_open)
            window.open_shop_action.trigger()
    return step


@pytest.mark.usefixtures("app_settings")  # the list of shop files in this test's folder
def test_each_shop_opens_on_the_page_it_was_left_on(qapp, tmp_path, today, messages, monkeypatch):
    first = _shop(tmp_path / "一店.db", "一店", today)
    second = _shop(tmp_path / "二店.db", "二店", today)
    seen: list[tuple[str, int, str]] = []
    steps = [_visit(monkeypatch, seen, TARGETS, second), _visit(monkeypatch, seen, CERTIFICATES, first),
             _visit(monkeypatch, seen, None, second), _visit(monkeypatch, seen, None, first), _visit(monkeypatch, seen)]
    assert _run(qapp, ["--db", str(first)], steps) == 7
    assert [(name, page) for name, page, _title in seen] == [
        ("一店", 0), ("二店", 0), ("一店", TARGETS), ("二店", CERTIFICATES), ("一店", TARGETS)]
    assert messages.of("error") == []
    # the next start too, and the page follows the shop rather than the window
    assert _run(qapp, ["--db", str(second)], [_visit(monkeypatch, seen)]) == 7
    assert seen[-1][:2] == ("二店", CERTIFICATES)


def test_a_shop_not_remembered_yet_opens_where_the_earlier_version_left_it_if_it_was_that_shop(
        make_window, qsettings, shop, db_path):
    """Settings written by an earlier version: one page for the shop used last (window/db)."""
    qsettings.setValue("window/page", "staff")
    qsettings.setValue("window/db", str(db_path.with_name("别的.db")))
    assert make_window().current_index() == page_index(DEFAULT_PAGE)  # another file's page: the board
    qsettings.remove(shop_files.SHOPS_KEY)
    qsettings.setValue("window/page", "staff")
    qsettings.setValue("window/db", str(db_path))
    assert make_window().current_index() == STAFF


def test_opening_the_same_shop_on_the_same_page_again_writes_no_setting(make_window, qsettings, tmp_path):
    """Each setting written makes Qt write the settings file out again, flushed to the disk, before the first
    paint: a start with nothing new to keep writes nothing."""
    make_window().close()  # the first start: the shop listed, its page kept, the window's size saved at its close
    qsettings.sync()
    settings_file = tmp_path / "window.ini"
    written = settings_file.stat()
    settings_file.write_bytes(settings_file.read_bytes())  # a new mtime would tell a rewrite from the first write
    before = settings_file.stat().st_mtime_ns
    make_window()
    qsettings.sync()
    assert written.st_size == settings_file.stat().st_size
    assert settings_file.stat().st_mtime_ns == before


def test_twenty_shops_are_remembered_the_oldest_forgotten_and_a_damaged_entry_is_ignored(qsettings, tmp_path):
    files = [tmp_path / f"{n}.db" for n in range(25)]
    for n, path in enumerate(files):
        shop_files.remember_shop(qsettings, shop_files.shop_key(path), path, f"{n}店", "targets")
    pages = [shop_files.page_to_open(qsettings, shop_files.shop_key(path), path, "dashboard") for path in files]
    assert pages == ["dashboard"] * 5 + ["targets"] * 20
    kept = qsettings.value(shop_files.SHOPS_KEY)
    assert len(shop_files._remembered(qsettings)) == shop_files.KEPT_SHOPS == 20 and "24店" in kept
    qsettings.setValue(shop_files.SHOPS_KEY, "{not json")
    assert shop_files.page_to_open(qsettings, shop_files.shop_key(files[-1]), files[-1], "dashboard") == "dashboard"
    qsettings.setValue(shop_files.SHOPS_KEY, '{"a": 3, "b": {"page": 4}}')
    assert shop_files._remembered(qsettings) == {"b": {}}


@pytest.mark.usefixtures("app_settings")
def test_two_shops_of_one_name_are_told_apart_in_the_title_by_their_file(qapp, tmp_path, today, messages, monkeypatch):
    first = _shop(tmp_path / "一店.db", "我的淘宝店", today)
    (tmp_path / "新").mkdir()
    second = _shop(tmp_path / "新" / "二店.db", "我的淘宝店", today)
    third = _shop(tmp_path / "三店.db", "别的店", today)
    seen: list[tuple[str, int, str]] = []
    steps = [_visit(monkeypatch, seen, None, second), _visit(monkeypatch, seen, None, first),
             _visit(monkeypatch, seen, None, third), _visit(monkeypatch, seen)]
    assert _run(qapp, ["--db", str(first)], steps) == 7
    assert [title for _name, _page, title in seen] == [
        "红花榜 — 我的淘宝店",  # no other shop of that name known yet
        "红花榜 — 我的淘宝店 — 二店.db", "红花榜 — 我的淘宝店 — 一店.db", "红花榜 — 别的店"]
    assert messages.of("error") == []


def test_a_shop_renamed_to_anothers_name_is_told_apart_at_once(make_window, qsettings, shop, tmp_path, today):
    other = _shop(tmp_path / "二店.db", "我的淘宝店", today)
    shop_files.remember(qsettings, other)
    shop_files.remember_shop(qsettings, shop_files.shop_key(other), other, "我的淘宝店", "dashboard")
    shop.settings.set(declared.SHOP_NAME, "一店")
    window = make_window()
    assert window.windowTitle() == "红花榜 — 一店"
    shop.settings.set(declared.SHOP_NAME, "我的淘宝店")
    window.update_shop_labels()  # as 设置 tells the window (`shopChanged`)
    assert window.windowTitle() == "红花榜 — 我的淘宝店 — shop.db"


def test_two_shops_of_one_name_in_files_of_one_name_are_told_apart_by_their_folder(
        make_window, qsettings, shop, db_path, tmp_path, today):
    """A shop file and its copy on a USB stick: the file's name, the same in both titles, told them apart from
    nothing."""
    (tmp_path / "U盘").mkdir()
    copy = _shop(tmp_path / "U盘" / db_path.name, "我的淘宝店", today)
    shop_files.remember(qsettings, copy)
    shop_files.remember_shop(qsettings, shop_files.shop_key(copy), copy, "我的淘宝店", "dashboard")
    shop.settings.set(declared.SHOP_NAME, "我的淘宝店")
    assert make_window().windowTitle() == f"红花榜 — 我的淘宝店 — {db_path}"


def test_a_value_nested_deeper_than_the_parser_goes_is_ignored(qsettings, tmp_path):
    """A damaged or hand-edited settings file: json raises RecursionError there, not ValueError."""
    qsettings.setValue(shop_files.SHOPS_KEY, "[" * 100_000)
    path = tmp_path / "shop.db"
    assert shop_files.page_to_open(qsettings, shop_files.shop_key(path), path, "dashboard") == "dashboard"
    shop_files.remember_shop(qsettings, shop_files.shop_key(path), path, "一店", "targets")
    assert shop_files.page_to_open(qsettings, shop_files.shop_key(path), path, "dashboard") == "targets"
