"""The board arranges itself for the window it is in, whenever that changes: a window dragged from a laptop at 150 %
to an office monitor (or made large) leaves the compact layout, one dragged back (or made small) takes it again —
without losing the chosen person or tab, or drawing the chart anew. It chose once, at start-up, and kept it until
the app was restarted. Screens: tests/artifacts/screens/board_follows_*.png."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from import_wizard_support import SCREENS
from PySide6.QtCore import QRect, QSize

from app.demo import generate_demo
from ui import window_geometry
from ui.dialogs import common

LAPTOP_AT_150 = QRect(0, 0, 911, 472)  # 1366×768 at 150 %, beside the taskbar
ROOM = QSize(895, 432)
OFFICE = QRect(0, 0, 1920, 1040)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def screen(monkeypatch):
    """Sets the screen the window is on (as ui.dialogs.common sees it)."""
    def put(geometry: QRect) -> None:
        monkeypatch.setattr(common, "available_geometry", lambda _window: geometry)
    return put


@pytest.fixture
def board(make_window, shop, screen, qtbot):
    generate_demo(shop)
    screen(LAPTOP_AT_150)
    window = make_window(start_page="dashboard")
    window.resize(ROOM)
    window.show()
    qtbot.waitExposed(window)
    return window, window.current_page()


def tab_texts(page) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def shoot(window, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"board_follows_{name}.png"))


def test_a_board_made_large_leaves_the_compact_layout_and_keeps_the_person_and_the_tab(board, screen, qtbot):
    window, page = board
    assert page.compact and page.narrow and tab_texts(page) == ["每人进度", "各项指标", "图表", "排行榜"]
    page.table.selectRow(2)
    person = page.selected_row().staff
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: page.chart.subject.text() == person.name, timeout=5000)
    canvas = page.chart.canvas
    page.tabs.setCurrentWidget(page.leaderboard)
    screen(OFFICE)  # dragged to the office monitor and made large
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: not page.narrow)
    assert not page.compact and tab_texts(page) == ["图表", "排行榜"]
    assert page.summary.tiles_box.parentWidget() is page.summary and page.summary.tiles_box.isVisible()
    qtbot.wait(1)  # one turn of the event loop, as before the next paint: the tiles taken back are whole
    for tile in page.summary.tiles:
        assert tile.height() >= tile.minimumSizeHint().height(), (tile.height(), tile.minimumSizeHint())
    assert page.table.parentWidget() is page.splitter and page.table.isVisible()
    assert page.tabs.currentWidget() is page.leaderboard  # the tab the owner chose
    assert page.selected_row().staff == person and page.chart.canvas is canvas  # the same chart, not a new one
    shoot(window, "office")
    screen(LAPTOP_AT_150)  # and back: the window fitted to the laptop's room
    window.resize(ROOM)
    qtbot.waitUntil(lambda: page.narrow)
    assert page.compact and tab_texts(page) == ["每人进度", "各项指标", "图表", "排行榜"]
    assert page.tabs.currentWidget() is page.table and page.selected_row().staff == person
    assert all(tile.parentWidget() is page.summary.tiles_box for tile in page.summary.tiles)
    page.tabs.setCurrentIndex(1)
    assert all(tile.isVisible() and tile.value.text() for tile in page.summary.tiles)
    assert page.summary.height() < 100  # the team's bar and figures only, slim
    shoot(window, "laptop")
    screen(OFFICE)
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: not page.narrow)
    assert page.tabs.currentWidget() is page.leaderboard  # the pane's tab from before, though 各项指标 was shown


def test_a_board_on_a_big_screen_made_small_takes_the_compact_layout(make_window, shop, qtbot):
    generate_demo(shop)
    window = make_window(start_page="dashboard")
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    assert not page.compact and not page.narrow
    window.resize(1000, 760)
    qtbot.waitUntil(lambda: page.narrow)
    assert not page.compact and tab_texts(page) == ["每人进度", "图表", "排行榜"]
    window.resize(1200, 560)
    qtbot.waitUntil(lambda: page.compact)
    assert not page.narrow and tab_texts(page) == ["各项指标", "图表", "排行榜"]


def test_a_window_dragged_to_a_smaller_screen_follows_it_without_a_resize(board, screen, qtbot):
    """A window larger than the screen it was dragged to shows no more than that screen: QWindow.screenChanged."""
    window, page = board
    screen(OFFICE)
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: not page.compact)
    screen(LAPTOP_AT_150)
    window.windowHandle().screenChanged.emit(window.screen())
    assert page.compact and page.narrow


def test_the_board_is_built_for_the_window_it_opens_in(make_window, shop, monkeypatch, qtbot):
    """No layout built and then taken apart at the first show: the window's size is known before the page."""
    generate_demo(shop)
    monkeypatch.setattr(window_geometry, "available_geometry", lambda _point=None: OFFICE)
    window = make_window(start_page="dashboard")
    page = window.current_page()
    assert window.size() == window_geometry.DEFAULT_SIZE and not page.compact and not page.narrow
    arranged = []
    page.room_watch.changed = lambda room: arranged.append((room, page.arrange(room)))
    window.show()
    qtbot.waitExposed(window)
    assert arranged and not page.compact and not page.narrow


SCRIPT = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QRect, QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from app.demo import generate_demo
    from app.shop import Shop
    from ui.main_window import MainWindow
    folder = Path(sys.argv[1])
    shop = Shop.open(folder / "shop.db", date(2026, 10, 20))
    generate_demo(shop)
    window = MainWindow(shop, start_page="dashboard",
                        settings=QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat))
    window.show()
    app.processEvents()
    page = window.current_page()
    seen = [(window.screen().name(), page.compact, page.narrow)]
    laptop, office = QGuiApplication.screens()
    window.setGeometry(QRect(office.geometry().x() + 100, 100, 1200, 760))  # dragged there and made larger
    app.processEvents()
    seen.append((window.screen().name(), page.compact, page.narrow))
    for screen in (laptop, office):  # dragged back and forth, keeping its size
        window.move(screen.geometry().topLeft())
        app.processEvents()
        seen.append((window.screen().name(), page.compact, page.narrow))
    print(seen)
    shop.close()
""")


def test_a_window_dragged_between_real_screens_follows_them(tmp_path):
    """Two offscreen screens, a laptop at 150 % and an office monitor: a window moved from one to the other gets
    QWindow.screenChanged, as on Windows. A 1200×760 window dragged onto the laptop shows no more than its room."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 911, "height": 472, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1.5},
        {"name": "office", "x": 911, "y": 0, "width": 1920, "height": 1040, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HONGHUA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], check=False, env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == str(
        [("laptop", True, True), ("office", False, False), ("laptop", True, True), ("office", False, False)])
