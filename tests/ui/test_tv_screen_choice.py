"""显示在: the TV opens full screen on the screen the owner chose, with a laptop and the office TV connected
(the offscreen platform given two screens, in a process of its own); a screen no longer connected, or none
chosen, is the main window's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from board_support import make_board_shop

from app import settings as declared

ROOT = Path(__file__).resolve().parents[2]
SCREENS = {"screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1}]}
OPEN_THE_TV = """
import json, sys
from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from app.shop import Shop
from ui.tv_mode import TvWindow

app = QApplication([])
shop = Shop.open(sys.argv[1], date(2026, 10, 20))
main = QWidget()  # the main window, on the laptop's screen
main.setGeometry(100, 100, 800, 500)
main.show()
tv = TvWindow(shop, parent=main)
tv.setWindowFlag(Qt.WindowType.Window)
tv.show_full_screen()
app.processEvents()
rect = tv.geometry()
print(json.dumps([main.screen().name(), tv.screen().name(), tv.isFullScreen(),
                  [rect.x(), rect.y(), rect.width(), rect.height()]]))
tv.close()
shop.close()
"""


def tv_opened(tmp_path, db_path) -> tuple[str, str, bool, list[int]]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", OPEN_THE_TV, str(db_path)], env=env, capture_output=True, check=False,
                          text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    main_screen, tv_screen, full, rect = json.loads(done.stdout.strip().splitlines()[-1])
    return main_screen, tv_screen, full, rect


def test_the_tv_opens_on_the_screen_chosen(tmp_path, shop, db_path):
    make_board_shop(shop)
    shop.settings.set(declared.TV_SCREEN, "HDMI-1")
    assert tv_opened(tmp_path, db_path) == ("Laptop", "HDMI-1", True, [1366, 0, 1920, 1080])


@pytest.mark.parametrize("chosen", ["", "HDMI-2"], ids=["current screen", "unplugged"])
def test_with_no_screen_chosen_or_the_chosen_one_unplugged_the_tv_opens_on_the_main_windows(tmp_path, shop, db_path,
                                                                                          chosen):
    make_board_shop(shop)
    shop.settings.set(declared.TV_SCREEN, chosen)
    assert tv_opened(tmp_path, db_path) == ("Laptop", "Laptop", True, [0, 0, 1366, 768])


UNPLUG_AND_PLUG_BACK = """
import json, sys
from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from app.shop import Shop
from ui.tv_mode import TvWindow

app = QApplication([])
shop = Shop.open(sys.argv[1], date(2026, 10, 20))
main = QWidget()
main.setGeometry(100, 100, 800, 500)
main.show()
tv = TvWindow(shop, parent=main)
tv.setWindowFlag(Qt.WindowType.Window)
tv.show_full_screen()
app.processEvents()
laptop, hdmi = sorted(QGuiApplication.screens(), key=lambda screen: screen.name() != "Laptop")
seen = []
def where():
    app.processEvents()
    rect = tv.geometry()
    seen.append([tv.screen().name(), tv.isFullScreen(), [rect.x(), rect.y(), rect.width(), rect.height()]])
connected = QGuiApplication.screens
QGuiApplication.screens = staticmethod(lambda: [laptop])  # the TV switched off: its screen goes
app.screenRemoved.emit(hdmi)
where()
QGuiApplication.screens = connected  # and on again
app.screenAdded.emit(hdmi)
where()
print(json.dumps(seen))
tv.close()
shop.close()
"""


def test_the_tv_unplugged_while_it_shows_fills_the_main_windows_screen_and_goes_back_when_plugged_in(tmp_path, shop,
                                                                                                    db_path):
    """A TV switched off at night took its screen away: the board stayed as Qt left it and, switched on in the
    morning, the TV showed the desktop while the board sat on the laptop."""
    make_board_shop(shop)
    shop.settings.set(declared.TV_SCREEN, "HDMI-1")
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", UNPLUG_AND_PLUG_BACK, str(db_path)], env=env, capture_output=True,
                          check=False, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [["Laptop", True, [0, 0, 1366, 768]],
                                                               ["HDMI-1", True, [1366, 0, 1920, 1080]]]
