"""The application-wide event filter that notes the owner's last key or mouse input (ui/new_month.LastInput), installed
only while a page kept the month just ended: what it adds to each event the app handles, and to a real window's page
switches, beside the same without it (the floor).

    python bench/last_input_bench.py [--runs 7]

Per event: 20,000 mouse moves (an input event: the filter notes the time) and as many events of another kind (the
filter only looks at the class) sent to a widget. Page switches: a window on an empty shop shown, every page switched
to and painted in turn. Medians of the runs, the runs with and without the filter interleaved (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EVENTS = 20_000


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from app.shop import Shop
    from ui.main_window import MainWindow
    from ui.navigation import PAGES
    from ui.new_month import LastInput

    app = QApplication(sys.argv)
    target = QWidget()
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    other = QEvent(QEvent.Type.User)

    def send(event: QEvent) -> Callable[[], None]:
        return lambda: [QCoreApplication.sendEvent(target, event) for _ in range(EVENTS)]

    with tempfile.TemporaryDirectory() as folder:
        shop = Shop.open(Path(folder) / "shop.db", date(2026, 12, 31))
        settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(shop, settings=settings)  # no clock: the window installs no filter of its own
        window.stop_polling()
        window.show()

        def switch_pages() -> None:
            for index in range(len(PAGES)):
                window.show_page(index)
                window.repaint()
                app.processEvents()

        switch_pages()  # every page built before timing
        cases = {"mouse move": send(move), "other event": send(other), "page switches": switch_pages}
        floor: dict[str, list[float]] = {name: [] for name in cases}
        ours: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, work in cases.items():
                floor[name].append(timed(work))
                watcher = LastInput(None)  # type: ignore[arg-type]
                ours[name].append(timed(work))
                watcher.deleteLater()
                app.processEvents()
        window.close()
        shop.close()
    for name in ("mouse move", "other event"):
        f, o = (statistics.median(samples) / EVENTS * 1e6 for samples in (floor[name], ours[name]))
        print(f"last input filter, {name:<13}  {o:6.2f} µs an event   floor {f:6.2f} µs   added {o - f:5.2f} µs")
    f, o = (statistics.median(samples) * 1000 for samples in (floor["page switches"], ours["page switches"]))
    print(f"last input filter, page switches  {o:6.1f} ms            floor {f:6.1f} ms   added {o - f:5.1f} ms")


if __name__ == "__main__":
    main()
