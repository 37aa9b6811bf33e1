"""A 1366×768 laptop at 150 % display scaling leaves 911×472 beside the taskbar, 895×432 inside a window's
frame: every dialog opens within that room and can be made that small, so its buttons stay on the screen
(the fields scroll instead). Screens: tests/artifacts/screens/small_laptop_*.png."""

from __future__ import annotations

import import_wizard_support as support
import laptop_support as laptop
import pytest
from import_wizard_support import DAILY_XLSX, GBK_CSV, MONTHLY_XLSX, SCREENS, preview
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea

from app.certificates.service import CertificateService
from app.periods import Month
from ui.dialogs import common
from ui.dialogs.award_dialogs import ReceiptDialog
from ui.dialogs.certificate_images import CertificateImagesDialog
from ui.dialogs.person_detail import PersonDetailDialog
from ui.dialogs.simulate_dialog import SimulateDialog
from ui.dialogs.staff_dialog import StaffDialog
from ui.importing.history_dialog import ImportHistoryDialog
from ui.main import install_translators
from ui.models.board_model import BoardModel
from ui.navigation import PAGES
from ui.plans.editor import PlanEditorDialog
from ui.plans.plan_dialog import PlanDialog
from ui.widgets.eliding_combo import ElidingComboBox

make_wizard = support.make_wizard  # the fixture
small_screen, demo_shop = laptop.small_screen, laptop.demo_shop  # the fixtures
LAPTOP_AT_150, ROOM = laptop.LAPTOP_AT_150, laptop.ROOM



def first_person(shop):
    return shop.staff.list()[0]


DIALOGS = {
    "person_detail": lambda shop: PersonDetailDialog(shop, first_person(shop), Month(2026, 10)),
    "staff": lambda shop: StaffDialog(shop, first_person(shop)),
    "receipt": lambda shop: ReceiptDialog(shop, Month(2026, 9), first_person(shop).id),
    "simulate": SimulateDialog,
    "plans": PlanDialog,
    "plan_editor": lambda shop: PlanEditorDialog(shop, shop.awards.plans.editable(shop.awards.plans.stored()[0].id)),
    "import_history": ImportHistoryDialog,
    "certificate_images": lambda shop: CertificateImagesDialog(CertificateService(shop.store, shop.ctx, shop.settings)),
}


def assert_fits(dialog: QDialog, name: str) -> None:
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), (name, need)
    assert dialog.width() <= ROOM.width() and dialog.height() <= ROOM.height(), (name, dialog.size())
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENS / f"small_laptop_{name}.png"))


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_a_laptop_at_150_percent(qtbot, demo_shop, small_screen, lang, name):
    dialog = DIALOGS[name](demo_shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(dialog, f"{name}_{lang}")


def test_a_tall_dialog_scrolls_its_fields_and_keeps_its_buttons(qtbot, demo_shop, small_screen):
    dialog = PersonDetailDialog(demo_shop, first_person(demo_shop), Month(2026, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() > 0  # the six months, events and awards do not fit: they scroll
    assert dialog.rect().contains(dialog.findChild(QDialogButtonBox).geometry())


def test_a_dialog_of_fields_shows_them_whole_on_a_big_screen_even_with_a_message(qtbot, demo_shop):
    """The staff dialog opened cut short with a scroll bar at 1920×1080 (a scroll area asks for 24 lines at most),
    and a refusal's message under the form shrank the fields further instead of growing the dialog."""
    dialog = StaffDialog(demo_shop, demo_shop.staff.list()[1])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(QScrollArea)
    assert area.verticalScrollBar().maximum() == 0
    birthday = dialog.birthday_edit
    birthday.check.setChecked(True)
    birthday.calendar.setCurrentIndex(0)
    birthday.month.setValue(2)
    birthday.day.setValue(30)
    dialog.accept()  # refused: 02-30 is no date
    assert dialog.error_label.isVisible() and area.verticalScrollBar().maximum() == 0


def test_a_dialog_keeps_its_size_on_a_big_screen(qtbot, demo_shop, monkeypatch):
    monkeypatch.setattr(common, "available_geometry", lambda _window: QRect(0, 0, 1920, 1040))
    dialog = SimulateDialog(demo_shop)
    qtbot.addWidget(dialog)
    assert dialog.size() == QSize(900, 560)


def test_the_import_wizard_keeps_its_buttons_on_a_laptop_at_150_percent(qtbot, shop, small_screen, make_wizard):
    wizard = make_wizard([DAILY_XLSX, GBK_CSV, MONTHLY_XLSX])
    assert_fits(wizard, "import_files")
    preview(qtbot, wizard)  # five lines of summary above the files
    assert_fits(wizard, "import_preview")
    assert wizard.rect().contains(wizard.next_button.geometry())


def test_the_boards_tiles_show_their_wrapped_change_line_whole(make_window, demo_shop, qapp, qtbot):
    """In English 「↑ 2.1% vs last month (better)」 wraps in a narrow window; a window at its smallest squeezed
    the second line to half its height."""
    install_translators(qapp, "en")
    try:
        window = make_window(start_page="dashboard")
        window.show()
        window.resize(window.minimumSizeHint())
        qtbot.wait(10)
        tiles = window.current_page().summary.tiles
        wrapped = [tile.change for tile in tiles if tile.change.heightForWidth(tile.change.width())
                   > tile.change.fontMetrics().lineSpacing() * 1.5]
        assert wrapped, [tile.change.width() for tile in tiles]  # the window is narrow enough to wrap them
        for label in wrapped:
            assert label.height() >= label.heightForWidth(label.width()), (label.text(), label.size())
        SCREENS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENS / "small_laptop_board_tiles_en.png"))
    finally:
        install_translators(qapp, "zh")


def test_every_page_fits_a_laptop_at_150_percent(make_window, demo_shop, small_screen, lang, qtbot):
    """The window's smallest size fits the screen, so no page has its bottom or right edge off it. In English
    the board's and the 证书 page's top rows and the 评奖 page's buttons made it wider than the screen (更多,
    印章与签名…, 打开文件夹 were off it); the board's four KPI tiles and the 证书 preview made it taller (the
    status bar and 评奖's buttons under the taskbar)."""
    window = make_window()
    window.show()
    for index in range(len(PAGES)):
        window.show_page(index)
        qtbot.wait(20)  # the page's layout settles (a page shown for the first time is laid out after it)
        need = window.minimumSizeHint()
        assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), (PAGES[index].key, need)


def test_the_board_on_a_short_screen_shows_its_tiles_in_a_tab_and_more_people(make_window, demo_shop, small_screen,
                                                                              qtbot):
    window = make_window(start_page="dashboard")
    window.resize(ROOM)
    window.show()
    qtbot.wait(20)
    page = window.current_page()
    assert page.compact and page.tabs.tabText(1) == "各项指标"
    page.tabs.setCurrentIndex(1)
    assert all(tile.isVisible() and tile.value.text() for tile in page.summary.tiles)
    assert page.summary.height() < 150  # the team's bar and figures only
    page.tabs.setCurrentIndex(0)
    qtbot.wait(10)
    table = page.table
    bottom_row = table.rowAt(table.viewport().height() - 1)  # -1: below the last row, every row is shown
    rows_seen = table.model().rowCount() if bottom_row == -1 else bottom_row + 1
    assert table.viewport().height() > 0 and rows_seen >= 4  # a table squeezed to nothing shows no row at all
    assert table.viewport().height() >= 4 * table.verticalHeader().defaultSectionSize(), table.viewport().height()
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / "small_laptop_board.png"))


def test_the_boards_table_shows_every_column_without_scrolling_sideways(make_window, demo_shop, small_screen, lang,
                                                                      qtbot):
    """At 150 % the chart pane beside the table took a third of the width: the table scrolled sideways and cut
    还差 and 日均需. On a narrow screen the table is the first tab, with the whole width."""
    window = make_window(start_page="dashboard")
    window.resize(ROOM)
    window.show()
    qtbot.wait(20)
    page = window.current_page()
    assert page.narrow and page.tabs.currentWidget() is page.table
    table, header = page.table, page.table.horizontalHeader()
    for column in (BoardModel.REMAINING, BoardModel.PER_DAY):
        assert 0 <= header.sectionViewportPosition(column), column
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= table.viewport().width(), \
            (column, [header.sectionSize(i) for i in range(header.count())], table.viewport().width())
    assert not table.horizontalScrollBar().isVisible()
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"small_laptop_board_columns_{lang}.png"))


def test_the_board_on_a_big_screen_keeps_its_tiles_under_the_team_bar(make_window, demo_shop, qtbot):
    window = make_window(start_page="dashboard")
    window.resize(1200, 760)
    window.show()
    qtbot.wait(10)
    page = window.current_page()
    assert not page.compact and not page.narrow and "各项指标" not in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert all(tile.parentWidget() is page.summary.tiles_box for tile in page.summary.tiles)
    assert page.summary.tiles_box.parentWidget() is page.summary


def test_a_choice_box_short_of_room_ends_its_text_in_an_ellipsis(qtbot):
    box = ElidingComboBox()
    box.addItems(["Average response time", "Sales"])
    qtbot.addWidget(box)
    box.show()
    assert box.minimumSizeHint().width() < box.sizeHint().width()
    box.resize(box.sizeHint())
    assert box.shown_text() == "Average response time"
    box.resize(box.minimumSizeHint())
    assert box.shown_text().endswith("…") and box.shown_text().startswith("Average")


def test_the_boards_chart_on_a_laptop_at_150_percent_has_room_to_read(make_window, demo_shop, small_screen, lang,
                                                                      qtbot):
    """The chart's tab was ~150 px tall at 150 %: its choice of chart now sits beside the tabs (shown with the chart
    only) and the team's bar is thinner, so the chart has over 200 px."""
    window = make_window(start_page="dashboard")
    window.resize(ROOM)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: page.chart.canvas is not None and page.chart.canvas.isVisible(), timeout=5000)
    qtbot.wait(20)
    assert page.chart.canvas.height() >= 200, page.chart.canvas.height()
    choice = page.chart.mode
    assert choice.isVisible() and page.tabs.tabBar().geometry().top() <= choice.mapTo(page.tabs, choice.rect().topLeft()).y()
    assert choice.mapTo(window, choice.rect().bottomRight()).x() <= window.width()  # whole, beside the tabs
    subject = page.chart.subject  # whose chart: set when drawn, after the row was placed beside the tabs
    assert subject.text() and subject.width() >= subject.sizeHint().width(), (subject.text(), subject.width())
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENS / f"small_laptop_board_chart_{lang}.png"))
    page.tabs.setCurrentWidget(page.table)
    assert not choice.isVisible()
    need = window.minimumSizeHint()
    assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), need


def test_the_data_pages_typing_hint_is_one_line_on_a_laptop_at_150_percent(make_window, demo_shop, small_screen, lang,
                                                                         qtbot):
    """The hint under the 数据 grid took two lines (three in English) of a short window: with the notes above the
    grid, the grid showed one person. In a short window it is one line, whole in its tooltip."""
    window = make_window(start_page="data")
    window.resize(ROOM)
    window.show()
    qtbot.wait(20)
    page = window.current_page()
    grid_bottom = page.table.geometry().bottom()
    under = [w for w in page.table.parentWidget().findChildren(QLabel) if w.isVisible() and w.y() > grid_bottom]
    assert under and all(w.height() < 2 * w.fontMetrics().lineSpacing() for w in under), [w.text() for w in under]
    assert page.hint.text() in [w.toolTip() for w in under]
    page.fit_room(QSize(1600, 900))  # dragged to a big screen: the whole hint, wrapped
    assert page.hint.isVisible()


def test_the_board_settings_boxes_hold_a_typed_span_on_a_laptop_at_150_percent(make_window, demo_shop, small_screen,
                                                                               lang, qtbot):
    """The labels' column of the 看板 form was as wide as its longest label, the check box's about prorating
    (the whole width of the form in English): the boxes for 大促日 and the days off beside it were left 135 px, too
    narrow for the one span their own label gives as the example. The check box says its words itself."""
    from app import settings as declared

    window = make_window()
    window.resize(ROOM)
    window.show()
    window.show_page(next(i for i, page in enumerate(PAGES) if page.key == "settings"))
    page = window.current_page()
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.board_form.parentWidget().parentWidget().parentWidget()))
    qtbot.wait(20)
    form = page.board_form
    box = form.editors[declared.OWN_DAYS_OFF.key]
    example = "2027-02-08~2027-02-12，2027-10-01~2027-10-07"  # two spans, as a shop's own holidays are typed
    assert box.isVisible() and box.width() >= box.fontMetrics().horizontalAdvance(example), box.width()
    prorate = form.editors[declared.PRORATE_TARGETS.key]
    assert prorate.text() == form.tr(declared.PRORATE_TARGETS.label)  # its name, for a screen reader too
