"""A 1920×1080 window: the board's 排行榜 and the 证书 page's list use the room they have, while a laptop at 150 %
(895×432 inside the frame) keeps the layout it had."""

from __future__ import annotations

import laptop_support as laptop
import pytest

from ui.navigation import page_index

demo_shop = laptop.demo_shop  # the fixture


def shown_at(make_window, qtbot, width, height):
    window = make_window(start_page="dashboard")
    window.resize(width, height)
    window.show()
    qtbot.wait(10)
    return window


def test_the_ranking_spans_its_pane_on_a_wide_window(make_window, demo_shop, qtbot):
    """Its three columns fitted to their contents sat in a strip at the pane's left, the rest of it empty."""
    window = shown_at(make_window, qtbot, 1920, 1080)
    page = window.current_page()
    page.tabs.setCurrentWidget(page.leaderboard)
    qtbot.wait(10)
    table = page.leaderboard.table
    assert table.rowCount() > 1
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert columns == table.viewport().width()


@pytest.mark.parametrize(("width", "height", "least", "most"), [(1920, 1080, 500, 1000), (895, 432, 400, 400)])
def test_the_certificate_list_widens_with_the_window_only_beyond_a_laptops(make_window, demo_shop, qtbot, width,
                                                                           height, least, most):
    """The list stayed 400 px on a 1920-wide window while its rows wrapped and the preview had room to spare."""
    window = shown_at(make_window, qtbot, width, height)
    window.show_page(page_index("certificates"))
    qtbot.wait(10)
    assert least <= window.current_page().list.parentWidget().width() <= most
