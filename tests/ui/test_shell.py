"""The main window shell: pages, shortcuts, --page, window state, polling for other processes' changes,
error dialogs and crash logs, background work, the 文件 menu."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import QPushButton

from app import i18n, paths
from app.domain import StaffDraft
from app.errors import Cancelled, UserError
from app.periods import Month
from app.settings import SHOP_NAME
from app.shop import Shop
from ui import errors, file_menu, tasks, window_geometry
from ui.main import parse_args
from ui.navigation import PAGES
from ui.pages.placeholder import PlaceholderPage


# ---- pages and navigation
def test_navigation_lists_the_eight_pages_in_order(make_window):
    window = make_window()
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["看板", "员工", "目标", "数据", "小红花", "评奖", "证书", "设置"]


def test_every_page_opens_and_placeholders_say_what_is_coming(make_window):
    window = make_window()
    for index, spec in enumerate(PAGES):
        window.show_page(index)
        page = window.stack.currentWidget()
        assert window.current_index() == index
        assert page is window.page(index)
        if spec.module is None:
            assert isinstance(page, PlaceholderPage)
            assert "即将推出" in page.heading.text() and spec.title in page.heading.text()
            assert page.description.text() == spec.coming and len(spec.coming) > 10
        else:
            assert type(page).__name__ == spec.cls and not isinstance(page, PlaceholderPage)


def test_pages_are_built_only_when_first_shown(make_window):
    window = make_window(start_page="staff")
    assert set(window.pages) == {1}
    window.show_page(7)
    assert set(window.pages) == {1, 7}


def test_ctrl_numbers_switch_pages_in_navigation_order(make_window, qtbot):
    window = make_window(start_page="settings")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for index in range(len(PAGES)):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_index() == index, PAGES[index].title
        assert window.stack.currentWidget() is window.page(index)


def test_refresh_is_called_whenever_a_page_is_shown(make_window, monkeypatch):
    window = make_window(start_page="staff")
    calls = []
    monkeypatch.setattr(window.page(1), "refresh", lambda: calls.append("staff"))
    window.show_page(7)
    window.show_page(1)
    assert calls == ["staff"]


@pytest.mark.parametrize("word", ["staff", "员工", "STAFF"])
def test_page_option_opens_on_that_page(make_window, word):
    opts = parse_args(["--page", word])
    assert opts.page == "staff"
    window = make_window(start_page=opts.page)
    assert window.current_index() == 1
    assert type(window.stack.currentWidget()).__name__ == "StaffPage"


def test_unknown_page_option_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--page", "nowhere"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "未知页面「nowhere」" in err and "查看用法" in err and "usage:" not in err and "error:" not in err
    try:
        with pytest.raises(SystemExit):
            parse_args(["--lang", "en", "--page", "nowhere"])
        err = capsys.readouterr().err
        assert 'Unknown page "nowhere"' in err and "未知" not in err
    finally:
        i18n.set_language("zh")


def test_the_window_options_help_is_chinese_and_names_what_each_takes(capsys):
    """`honghua --help` (no command: the window's options) printed argparse's English frame (usage:, options:,
    show this help message and exit) and placeholders DB, TODAY, PAGE."""
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：honghua") and "选项：" in out and "显示本帮助并退出" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out
    assert "--db 文件" in out and "--today YYYY-MM-DD" in out and "--page 页面" in out and "staff|员工" in out
    try:
        with pytest.raises(SystemExit):
            parse_args(["--lang", "en", "--help"])
        out = capsys.readouterr().out
        assert out.startswith("usage: honghua") and "--db FILE" in out and "--page PAGE" in out
        assert "界面" not in out and "数据文件" not in out
    finally:
        i18n.set_language("zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_and_tab_fits_a_1024x700_screen(make_window, shop, qtbot, qapp, lang):
    """Many shop PCs and small laptops leave about 1024×700 for a window: no page (nor any tab of one, nor the
    board of a month that is over or has not started) may need more — in English (wider) too."""
    from app.demo import generate_demo
    from ui.main import install_translators

    generate_demo(shop)
    install_translators(qapp, lang)
    try:
        window = make_window()
        window.show()
        for index in range(len(PAGES)):
            window.show_page(index)
            page = window.current_page()
            tabs = getattr(page, "tabs", None)
            for tab in range(tabs.count() if tabs is not None else 0):
                tabs.setCurrentIndex(tab)
                qtbot.wait(1)
            for month in ((Month(2026, 9), Month(2026, 12)) if index == 0 else ()):
                page.picker.setMonth(month)
                page.refresh()
                need = window.minimumSizeHint()
                assert need.width() <= 1024 and need.height() <= 640, (PAGES[index].title, month.label(), need)
            need = window.minimumSizeHint()
            assert need.width() <= 1024 and need.height() <= 640, (PAGES[index].title, need)
    finally:
        install_translators(qapp, "zh")


@pytest.mark.parametrize(("screen", "expected"), [
    (QRect(0, 0, 1024, 700), QSize(1024 - 16, 700 - 40)),  # the whole window, frame and title bar, on screen
    (QRect(0, 0, 1366, 728), QSize(1200, 728 - 40)),
    (QRect(1920, 0, 2560, 1400), QSize(1200, 760)),  # a big second screen: the usual size, in its middle
])
def test_the_first_run_size_fits_the_screen(screen, expected):
    geometry = window_geometry.first_run_geometry(screen)
    assert geometry.size() == expected
    assert screen.marginsRemoved(window_geometry.FRAME_ALLOWANCE).contains(geometry)
    assert abs(geometry.center().x() - screen.center().x()) <= 1


def test_a_first_run_on_a_small_screen_opens_within_it(make_window, monkeypatch):
    small = QRect(0, 0, 1024, 700)
    monkeypatch.setattr(window_geometry, "available_geometry", lambda _point=None: small)
    window = make_window()
    assert window.width() <= 1024 and window.height() <= 700 - 40
    assert small.contains(window.geometry())


def test_a_remembered_size_larger_than_the_screen_is_clamped(make_window, qsettings, monkeypatch, qtbot):
    monkeypatch.setattr(window_geometry, "available_geometry", lambda _point=None: QRect(0, 0, 2560, 1400))
    big = make_window()
    big.setGeometry(QRect(300, 200, 1600, 1000))
    big.close()  # remembered on a big screen
    small = QRect(0, 0, 1024, 700)
    monkeypatch.setattr(window_geometry, "available_geometry", lambda _point=None: small)
    window = make_window()
    assert window.width() <= 1024 and window.height() <= 700 - 40
    assert small.contains(window.geometry()), window.geometry()


def test_fitting_a_geometry_moves_it_back_on_screen_and_keeps_what_fits():
    screen = QRect(0, 0, 1024, 700)
    inside = window_geometry.FRAME_ALLOWANCE
    fitted = window_geometry.fit_geometry(QRect(900, 600, 800, 500), screen)
    assert fitted.size() == QSize(800, 500) and screen.marginsRemoved(inside).contains(fitted)
    assert window_geometry.fit_geometry(QRect(100, 100, 700, 500), screen) == QRect(100, 100, 700, 500)


def test_title_and_status_bar_show_shop_file_and_month(make_window, shop):
    window = make_window()
    assert window.windowTitle() == "红花榜 — 我的淘宝店"
    assert "我的淘宝店" in window.shop_label.text()
    assert str(shop.store.path) in window.path_label.text()
    assert window.month_label.text() == "2026年10月"


def test_window_remembers_size_position_and_last_page(make_window, qtbot):
    first = make_window(start_page="staff")
    first.resize(760, 520)  # the offscreen screen is 800×600; the window is no narrower than its pages (~780)
    first.move(8, 60)  # so that it and its frame lie within that screen, and are not moved back into it
    first.show()
    qtbot.waitExposed(first)
    first.show_page(7)
    size, pos = first.size(), first.pos()
    first.close()
    second = make_window()
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (size.width(), size.height()) != (1200, 760)
    # the offscreen platform's fake window frame can shift a restored window by a few pixels
    assert abs(second.x() - pos.x()) <= 5 and abs(second.y() - pos.y()) <= 5, (second.pos(), pos)
    assert second.current_index() == 7


def test_another_shop_file_opens_on_the_board(make_window, qsettings, qtbot):
    qsettings.setValue("window/page", "settings")
    qsettings.setValue("window/db", "/somewhere/else/演示店铺.db")
    window = make_window()
    assert window.current_index() == 0


# ---- other processes
def test_polling_data_version_refreshes_after_another_connection_writes(make_window, db_path, today, qtbot):
    window = make_window(start_page="staff")
    page = window.current_page()
    assert page.visible_names() == []
    other = Shop.open(db_path, today)
    try:
        other.staff.add(StaffDraft("计划任务导入的人"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: "计划任务导入的人" in page.visible_names(), timeout=5000)
    assert window.check_for_changes() is False  # nothing new since the timer noticed


def test_a_window_left_open_overnight_moves_on_to_the_new_day(make_window, shop):
    from datetime import date

    shop.set_today(date(2026, 10, 31))
    days = iter([date(2026, 10, 31), date(2026, 11, 1)])
    window = make_window(start_page="dashboard", clock=lambda: next(days))
    window.stop_polling()
    assert window.check_for_changes() is False  # still the same day
    assert window.check_for_changes() is True  # midnight passed
    assert shop.today == date(2026, 11, 1) and window.month_label.text() == "2026年11月"


# ---- errors and crash handling
def test_user_messages_are_shown_as_they_are(messages):
    errors.show_exception(None, UserError("子账号「旗舰店:小美」已属于 张伟（#1）"))
    assert messages.of("error") == ["子账号「旗舰店:小美」已属于 张伟（#1）"]
    assert not paths.logs_dir().exists() or not list(paths.logs_dir().glob("crash-*"))


def test_uncaught_exception_writes_a_crash_log_and_says_where(messages, monkeypatch, tmp_path):
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        errors._excepthook(RuntimeError, exc, exc.__traceback__)
    [log] = list((tmp_path / "home" / "logs").glob("crash-*.log"))
    assert "boom in a slot" in log.read_text(encoding="utf-8") and "Traceback" in log.read_text(encoding="utf-8")
    [text] = messages.of("error")
    assert str(log) in text and "boom in a slot" in text


# ---- background work
def test_task_runs_off_the_ui_thread_and_delivers_progress_and_result(qtbot):
    seen = {}

    def work(progress, cancel):
        seen["thread"] = threading.current_thread()
        for i in range(1, 4):
            progress(i, 3)
        return "完成"

    task = tasks.Task(work)
    progress, results = [], []
    task.progress.connect(lambda d, t: progress.append((d, t, threading.current_thread())))
    task.succeeded.connect(lambda r: results.append((r, threading.current_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen["thread"] is not threading.main_thread()
    assert results == [("完成", threading.main_thread())]
    assert progress[-1][:2] == (3, 3) and all(p[2] is threading.main_thread() for p in progress)
    assert not task.running


def test_progress_reaches_every_listener_in_order_when_one_processes_events(qtbot, monkeypatch):
    """A modal QProgressDialog's setValue processes events, so the next progress update was delivered inside
    the first listener while later listeners still had the earlier one to get: they saw 3, 2, 1."""
    monkeypatch.setattr(tasks, "PROGRESS_INTERVAL_S", 0.0)
    all_sent = threading.Event()

    def work(progress, cancel):
        for i in range(1, 4):
            progress(i, 3)
        all_sent.set()

    task = tasks.Task(work)
    seen = []
    task.progress.connect(lambda d, t: QCoreApplication.processEvents())  # as setValue on a modal dialog does
    task.progress.connect(lambda d, t: seen.append(d))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        assert all_sent.wait(5)  # every update is queued before the first is delivered
    assert seen == sorted(seen) and seen[-1] == 3


def test_task_delivers_exceptions_and_cancellation(qtbot):
    failing = tasks.Task(lambda progress, cancel: 1 / 0)
    failures = []
    failing.failed.connect(failures.append)
    with qtbot.waitSignal(failing.finished, timeout=5000):
        failing.start()
    assert isinstance(failures[0], ZeroDivisionError)

    started = threading.Event()

    def until_cancelled(progress, cancel):
        started.set()
        while not cancel():
            started.wait(0.01)
        raise Cancelled()

    stoppable = tasks.Task(until_cancelled)
    with qtbot.waitSignal(stoppable.cancelled, timeout=5000):
        stoppable.start()
        assert started.wait(5)
        stoppable.cancel()


def test_cancel_and_wait_returns_as_soon_as_the_worker_stops(qtbot):
    """At close the UI thread blocks in cancel_and_wait: the worker's thread must end by itself."""
    started = threading.Event()

    def until_cancelled(progress, cancel):
        started.set()
        while not cancel():
            started.wait(0.01)
        raise Cancelled()

    task = tasks.Task(until_cancelled)
    with qtbot.waitSignal(task.finished, timeout=5000):  # the queued signals are delivered before the test ends
        task.start()
        assert started.wait(5)
        began = time.monotonic()
        assert task.cancel_and_wait(timeout_ms=5000)
        assert time.monotonic() - began < 2
    assert not task.running


def test_progress_dialog_shows_user_errors_from_the_worker(qtbot, messages, make_window):
    window = make_window()

    def refuse(progress, cancel):
        raise UserError("演示员工人数应在 1 到 50 之间")

    task = tasks.run_with_progress(window, refuse, title="测试", label="进行中")
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    qtbot.waitUntil(lambda: messages.of("error") != [], timeout=5000)
    assert messages.of("error") == ["演示员工人数应在 1 到 50 之间"]


# ---- 文件 menu
def test_demo_data_runs_in_the_background_with_its_own_connection(make_window, qtbot, monkeypatch, shop):
    import types

    calls = {}

    def fake_generate(worker_shop, *, force, progress, cancel):
        calls.update(thread=threading.current_thread(), same=worker_shop is shop, force=force)
        worker_shop.staff.add(StaffDraft("演示员工"))
        progress(1, 1)
        return types.SimpleNamespace(backup=None)

    monkeypatch.setitem(sys.modules, "app.demo", types.SimpleNamespace(generate_demo=fake_generate))
    window = make_window(start_page="staff")
    task = window.generate_demo_data()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert calls == {"thread": calls["thread"], "same": False, "force": False}
    assert calls["thread"] is not threading.main_thread()
    assert window.current_page().visible_names() == ["演示员工"]


def test_real_demo_data_fills_the_shop_and_the_window_follows(make_window, qtbot, shop, messages):
    window = make_window(start_page="staff")
    task = window.generate_demo_data()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert messages.of("error") == []
    names = window.current_page().visible_names()
    assert len(names) >= 5 and names == [p.name for p in shop.staff.list(include_left=False)]
    assert window.windowTitle() == f"红花榜 — {shop.name}" != "红花榜 — 我的淘宝店"


def test_cancel_in_the_progress_dialog_stops_the_demo(make_window, qtbot, monkeypatch, messages):
    import types

    started = threading.Event()

    def slow_generate(worker_shop, *, force, progress, cancel):
        started.set()
        while not cancel():
            started.wait(0.01)
        raise Cancelled()

    monkeypatch.setitem(sys.modules, "app.demo", types.SimpleNamespace(generate_demo=slow_generate))
    window = make_window(start_page="staff")
    task = window.generate_demo_data()
    assert started.wait(5)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.dialog.findChild(QPushButton).click()  # the dialog's 取消 button
    qtbot.waitUntil(lambda: messages.of("info") != [], timeout=5000)
    assert "已取消" in messages.of("info")[0]


def test_demo_data_asks_before_replacing_a_shop_with_data(make_window, monkeypatch, messages, shop):
    shop.staff.add(StaffDraft("已有员工"))
    monkeypatch.setitem(sys.modules, "app.demo", None)  # importing it would fail: it must not be reached
    messages.answer = False
    window = make_window()
    assert window.generate_demo_data() is None
    [question] = messages.of("confirm")
    assert "清空" in question
    assert [p.name for p in shop.staff.list()] == ["已有员工"]


def test_demo_data_asks_before_replacing_a_shop_that_has_only_its_name(make_window, monkeypatch, messages, shop):
    """The guide's first step done (the shop's name), nobody added yet: the demo would overwrite the name unasked."""
    shop.settings.set(SHOP_NAME, "林家小店")
    monkeypatch.setitem(sys.modules, "app.demo", None)  # importing it would fail: it must not be reached
    messages.answer = False
    window = make_window()
    assert window.generate_demo_data() is None
    [question] = messages.of("confirm")
    assert "已有录入的内容" in question and "清空" in question
    assert shop.name == "林家小店"


def test_demo_data_over_a_shop_with_data_says_where_the_old_data_was_backed_up(make_window, qtbot, messages, shop):
    shop.staff.add(StaffDraft("已有员工"))
    messages.answer = True
    window = make_window(start_page="staff")
    task = window.generate_demo_data()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert "自动备份" in messages.of("confirm")[0]
    said = window.statusBar().currentMessage()
    assert "原有的数据已先备份到" in said and "demo" in said and "已有员工" not in window.current_page().visible_names()


def test_the_status_bar_says_the_demo_shop_is_the_demo(make_window, shop):
    """Opened with the README's first command, the demo looked like any shop: its name said nothing of a demo."""
    window = make_window()
    assert window.shop_label.text() == "店铺：我的淘宝店" and window.shop_label.toolTip() == ""
    from app.demo import generate_demo

    generate_demo(shop, staff=3, months=1)
    window.refresh_current()
    assert window.shop_label.text() == f"店铺：{shop.name}（演示数据）"
    assert "「第一次使用」" in window.shop_label.toolTip()


def test_open_data_folder_opens_the_folder_of_the_file(make_window, monkeypatch, db_path):
    opened = []
    monkeypatch.setattr(file_menu, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    make_window().open_folder_action.trigger()
    assert opened == [str(db_path.parent)]


def test_the_window_carries_the_red_flower_icon(qapp):
    """The title bar and taskbar show the app's own icon, also when started from source (python.exe's otherwise);
    the .ico holds the small sizes drawn for them."""
    from ui.main import application

    icon = application().windowIcon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 256} <= sizes, sizes
    assert not icon.pixmap(32, 32).toImage().isNull()
