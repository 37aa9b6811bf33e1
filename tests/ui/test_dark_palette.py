"""Windows in dark mode: the app asks for the light scheme, and where a platform hands it a dark palette
anyway, the text drawn by hand stays readable (it follows the palette, or carries its own colour where it
stands on a light background of its own)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QWidget

from ui.main import prefer_light_scheme
from ui.pages.dashboard import BANNER_BACKGROUND, BANNER_TEXT
from ui.widgets.plain_looks import BoxLabel
from ui.widgets.progress_bar import ProgressBar, ProgressDelegate

ROLE = Qt.ItemDataRole.UserRole + 7


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#2b2b2b"), (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#2d2d2d"), (QPalette.ColorRole.ButtonText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def lightness_range(image: QImage, x0: int, x1: int) -> tuple[int, int]:
    """The darkest and the lightest pixel in columns x0..x1 (where only the percentage is drawn)."""
    values = [image.pixelColor(x, y).lightness() for x in range(x0, x1) for y in range(image.height())]
    return min(values), max(values)


def test_the_app_asks_for_the_light_scheme():
    asked = []

    class Hints:
        def setColorScheme(self, scheme):
            asked.append(scheme)

    prefer_light_scheme(Hints())
    assert asked == [Qt.ColorScheme.Light]


def test_the_team_bar_percentage_is_readable_on_a_dark_window(qtbot):
    bar = ProgressBar()
    qtbot.addWidget(bar)
    bar.setAutoFillBackground(True)
    bar.setPalette(dark_palette())
    bar.resize(400, 30)
    bar.set_progress(0.5, 0.5, "on_track", "50.0%")
    image = bar.grab().toImage()
    darkest, lightest = lightness_range(image, 340, 398)
    assert darkest < 60 and lightest > 200  # white digits on the dark window, not dark grey on dark grey


def test_the_rows_percentage_is_readable_on_a_dark_table(qtbot):
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData((0.5, 0.5, "on_track", "50.0%"), ROLE)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.setModel(model)
    view.setItemDelegateForColumn(0, ProgressDelegate(ROLE, view))
    view.horizontalHeader().hide()
    view.verticalHeader().hide()
    view.setColumnWidth(0, 400)
    view.setRowHeight(0, 34)
    view.resize(420, 60)
    view.clearSelection()
    image = view.viewport().grab().toImage()
    darkest, lightest = lightness_range(image.copy(0, 0, 400, 34), 340, 394)
    assert darkest < 60 and lightest > 200


def test_the_boards_banner_keeps_dark_text_on_its_cream_background(qtbot):
    window = QWidget()  # the dark palette comes from around the banner, as a dark Windows theme hands it out
    qtbot.addWidget(window)
    window.setPalette(dark_palette())
    label = BoxLabel(BANNER_BACKGROUND, BANNER_TEXT, padding=6, parent=window)
    label.setText("数据截至 10月19日：有 2 人未设目标")
    label.resize(label.sizeHint())
    image = label.grab().toImage()
    darkest, lightest = lightness_range(image, 0, image.width())
    assert lightest > 230 and darkest < 90  # dark characters on the cream, whatever the palette's text colour
