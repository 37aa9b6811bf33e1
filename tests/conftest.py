"""Set up the environment before anything imports Qt or the app: offscreen Qt, app paths and Qt settings
in a temporary folder, no date or database leaking in from the developer's environment."""

import os
import sys
import tempfile

_HOME = tempfile.mkdtemp(prefix="honghua-tests-")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HONGHUA_HOME"] = os.path.join(_HOME, "home")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")  # QSettings of in-process and child GUIs
os.environ.pop("HONGHUA_DB", None)
os.environ.pop("HONGHUA_TODAY", None)

from datetime import date

import pytest
from hypothesis import settings

# The same examples on every run, so a red CI is repeatable from a clean clone; HONGHUA_FUZZ_EXAMPLES
# (see tests/reliability/test_fuzz.py) explores new ones at random. No deadline: an example's time on a
# shared, busy machine says nothing about the code (speed is measured in bench/, never in a test).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("explore", database=None, print_blob=True, deadline=None)
settings.load_profile("explore" if int(os.environ.get("HONGHUA_FUZZ_EXAMPLES") or 0) > 0 else "repeatable")

from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture(autouse=True)
def no_window_left_shown():
    """After each test, hide and delete the windows it left on screen (`ui.main.run` returns with its main
    window shown, as a process about to end may; a dialog opened without qtbot stays up): one would keep the
    focus from the next test's dialog in this process, and with the tests spread over workers any test may
    come next."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    left = [window for window in widgets.QApplication.topLevelWidgets() if window.isVisible()]
    for window in left:
        window.hide()
        window.deleteLater()  # its timers (a main window's change poll) stop with it
    if left:  # deleted now, within this test, not during the next one's events
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "shop.db"


@pytest.fixture
def shop(db_path, today):
    opened = Shop.open(db_path, today)
    yield opened
    opened.close()


@pytest.fixture
def holidays_known_to_2026(monkeypatch):
    """The holiday package as installed here, which knows the years up to 2026, whatever a newer one will know."""
    import chinese_calendar

    known = chinese_calendar.is_workday

    def is_workday(day: date) -> bool:
        if day.year > 2026:
            raise NotImplementedError(f"no available data for year {day.year}")
        return known(day)

    monkeypatch.setattr(chinese_calendar, "is_workday", is_workday)
