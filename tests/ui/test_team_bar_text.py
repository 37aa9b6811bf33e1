"""The team bar's text beside the bar is drawn whole: in a short window the bar is slim (a laptop at 150 %), lower
than a line of text, and the text was clipped to the bar's box, cutting the descenders of 「No team target」."""

from PySide6.QtGui import QColor, QImage

from ui.widgets.progress_bar import ProgressBar
from ui.widgets.team_summary import SLIM_BAR_HEIGHT


def inked_rows_from_middle(qtbot, height: int) -> tuple[int, int]:
    """The first and last rows the text covers (the only dark thing on a bar without a fill or pace mark),
    counted from the bar's middle."""
    bar = ProgressBar()
    qtbot.addWidget(bar)
    bar.setMinimumHeight(height)  # as TeamSummary.set_slim makes it
    bar.resize(300, height)
    bar.set_progress(None, 0.0, "no_target", "No team target")
    image = QImage(bar.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    bar.render(image)
    rows = [y for y in range(height) if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(300))]
    return rows[0] - height // 2, rows[-1] - height // 2


def test_the_slim_team_bar_shows_its_text_in_the_middle_and_whole(qtbot):
    assert inked_rows_from_middle(qtbot, SLIM_BAR_HEIGHT) == inked_rows_from_middle(qtbot, SLIM_BAR_HEIGHT * 3)
