"""The last cramped corners on a 1366×768 laptop at 150 % (911×472 beside the taskbar), in Chinese and English:
what each shows is read from sizes, visible rows and models. Screens: tests/artifacts/screens/corner_*.png."""

from __future__ import annotations

import json

import import_wizard_support as support
import laptop_support as laptop
import pytest
from import_wizard_support import DAILY_XLSX, GBK_CSV, MONTHLY_XLSX, SCREENS, preview
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QTableView

from app.periods import Month
from ui.dialogs import common
from ui.dialogs.person_detail import PersonDetailDialog
from ui.importing import wizard as steps
from ui.main import install_translators
from ui.plans.plan_dialog import PlanDialog

make_wizard = support.make_wizard  # the fixture
small_screen, demo_shop = laptop.small_screen, laptop.demo_shop  # the fixtures
LAPTOP_AT_150, ROOM = laptop.LAPTOP_AT_150, laptop.ROOM

OCT = Month(2026, 10)
EVENT_ROWS = 4


def shoot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / f"corner_{name}.png"))


def rows_shown(table: QTableView) -> int:
    """Rows whose whole height shows in the table's viewport."""
    bottom = table.viewport().height()
    return sum(1 for r in range(table.model().rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r) <= bottom)


def busy_person(shop):
    """The person with most events this month."""
    counts = {}
    for event in shop.events.between(OCT.start, OCT.end):
        counts[event.staff_id] = counts.get(event.staff_id, 0) + 1
    return shop.staff.get(max(counts, key=counts.get))


def test_the_person_detail_shows_rows_of_events_on_a_laptop_at_150_percent(qtbot, demo_shop, small_screen, lang):
    """Its events table showed a row and a half: the dialog now scrolls, and the table keeps its rows."""
    person = busy_person(demo_shop)
    dialog = PersonDetailDialog(demo_shop, person, OCT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    events = dialog.events
    assert events.rowCount() >= EVENT_ROWS
    assert rows_shown(events) >= EVENT_ROWS, (events.height(), events.rowCount())
    assert rows_shown(dialog.awards) >= min(dialog.awards.rowCount(), 3)
    shoot(dialog, f"person_detail_{lang}")


def test_the_person_detail_header_uses_the_language_s_separator(qtbot, demo_shop, lang):
    person = demo_shop.staff.list()[0]
    dialog = PersonDetailDialog(demo_shop, person, OCT)
    qtbot.addWidget(dialog)
    text = dialog.facts.text()
    assert person.dept in text and person.role in text
    if lang == "en":
        assert "\u3000" not in text and " · " in text, text
    else:
        assert "\u3000" in text, text


def test_the_plans_dialog_says_where_each_plan_came_from_in_the_owner_s_words(qtbot, shop, qapp, tmp_path, lang):
    """Its 来源 column showed what was stored: 「预设 after-sales」 (a preset's id), in the language of the day the
    plan was stored. Each source is now said in the window's language, however it was stored."""
    plans = shop.awards.plans
    install_translators(qapp, "en")  # stored as an English window writes it: "preset taobao-kefu"
    plans.use("taobao-kefu")
    install_translators(qapp, "zh")
    plans.copy_preset("after-sales", "售后部方案")
    data = plans.editable(plans.stored()[-1].id)
    data["name"] = "改过的方案"
    plans.save_edited(data)
    path = tmp_path / "外部方案.json"
    path.write_text(json.dumps({**data, "name": "文件里的方案"}, ensure_ascii=False, default=str), encoding="utf-8")
    plans.import_file(path)
    install_translators(qapp, lang)
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    shown = {dialog.plans.item(r, 0).text(): dialog.plans.item(r, 1).text() for r in range(dialog.plans.rowCount())}
    expected = {
        "zh": {"淘宝客服激励方案": "预设「淘宝客服激励方案」", "售后部方案": "复制自预设「售后服务激励制度」",
               "改过的方案": "在方案编辑器中编写", "文件里的方案": "导入自文件「外部方案.json」",
               "淘宝客服激励方案（预设）": "预设"},  # a preset and a plan taken from it say it in one word
        "en": {"淘宝客服激励方案": 'preset "淘宝客服激励方案"', "售后部方案": 'copy of preset "售后服务激励制度"',
               "改过的方案": "plan editor", "文件里的方案": 'file "外部方案.json"',
               "淘宝客服激励方案 (preset)": "preset"},
    }[lang]
    assert {label: shown[label] for label in expected} == expected, shown
    dialog.resize(895, 432)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.plans.horizontalScrollBar().maximum() == 0  # the longer words leave the columns on screen
    shoot(dialog, f"plans_{lang}")


@pytest.mark.parametrize("saved", ["zh", "en"])
def test_the_language_setting_says_which_language_shows_when_started_in_another(make_window, shop, qapp, saved):
    """Started with --lang en, 设置 → 界面语言 showed the saved 中文 beside a window in English, as if the window
    were in Chinese: it now says which language shows, and that the saved one applies at the next start."""
    from app import settings as declared

    shop.settings.set(declared.LANGUAGE, saved)
    install_translators(qapp, "en")  # as `honghua --lang en` starts
    try:
        window = make_window(start_page="settings")
        window.resize(895, 432)
        window.show()
        page = window.current_page()
        assert page.language_combo.currentData() == saved  # the box is the saved choice: picking it saves it
        if saved == "zh":
            assert page.language_note.text() == "Showing English now; 中文（简体）, chosen here, applies the next " \
                                                "time Honghua starts"
        else:
            assert page.language_note.text() == "A change applies the next time Honghua starts"
        note = page.language_note
        assert note.isVisible() and note.height() >= note.heightForWidth(note.width())  # whole, not cut
        shoot(window, f"settings_language_saved_{saved}")
    finally:
        install_translators(qapp, "zh")


@pytest.mark.parametrize("screen", [LAPTOP_AT_150, QRect(0, 0, 1920, 1040)], ids=["laptop_150", "1920x1080"])
def test_the_flower_ranking_shows_its_columns_without_scrolling_sideways(make_window, demo_shop, monkeypatch, lang,
                                                                        qtbot, screen):
    """In English the 小红花 page's side panel was narrower than its 红花榜 (Received in 2026, Valid now), on a
    laptop at 150 % and at 1920×1080 alike: the table scrolled sideways, 当前有效 cut off."""
    monkeypatch.setattr(common, "available_geometry", lambda _window: screen)
    size = screen.size() - QSize(16, 40)  # inside the window's frame
    window = make_window(start_page="flowers")
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    board = window.current_page().board
    assert board.isVisible() and board.rowCount() > 0
    assert board.horizontalScrollBar().maximum() == 0, (board.width(), board.horizontalHeader().length())
    need = window.minimumSizeHint()
    assert need.width() <= ROOM.width() and need.height() <= ROOM.height(), need
    assert window.width() == size.width()
    shoot(window, f"flowers_{size.width()}_{lang}")


def test_the_import_wizard_s_unknowns_show_rows_on_a_laptop_at_150_percent(qtbot, shop, small_screen, make_wizard,
                                                                           lang):
    """处理未识别 showed its table of names with one row, squeezed under the month and the hints, in a wizard the
    preview's reasons had made taller than the screen (its buttons under the taskbar). The step now scrolls and its
    tables keep their rows; the preview's reasons scroll past two lines, as its summary does past four."""
    odd = support.write_csv(shop.store.path.parent / "汇总.csv", [  # no month anywhere, two columns unknown
        ["客服", "销售额", "咨询转化指数", "服务星级"], ["甲", "100", "1", "5"], ["乙", "200", "2", "4"]])
    wizard = make_wizard([DAILY_XLSX, GBK_CSV, MONTHLY_XLSX, odd])  # a new shop: every name in the files is unknown
    preview(qtbot, wizard)
    wizard.resize(ROOM)
    qtbot.wait(20)
    assert wizard.height() <= ROOM.height() and wizard.rect().contains(wizard.resolve_button.geometry())
    shoot(wizard, f"import_preview_unknowns_{lang}")
    wizard.go_resolve()
    assert wizard.step() == steps.RESOLVE
    wizard.resize(ROOM)
    qtbot.wait(20)
    step = wizard.resolve_step
    assert step.month_box.isVisible() and step.names.rowCount() == 4 and step.columns_table.rowCount() == 2
    assert rows_shown(step.names_table) == 4, step.names_table.height()
    assert rows_shown(step.columns_table) == 2, step.columns_table.height()
    assert wizard.height() <= ROOM.height() and wizard.rect().contains(wizard.next_button.geometry())
    shoot(wizard, f"import_resolve_{lang}")


def _backup_tab(make_window, qtbot):
    """The window at a laptop's size on 设置 → 备份与恢复: the window, the tab's scroll area and the panel."""
    window = make_window(start_page="settings")
    window.resize(ROOM)
    window.show()
    qtbot.waitExposed(window)
    page = window.current_page()
    page.tabs.setCurrentWidget(next(page.tabs.widget(i) for i in range(page.tabs.count())
                                    if page.tabs.widget(i).isAncestorOf(page.backup_panel)))
    qtbot.wait(20)
    return window, page.tabs.currentWidget(), page.backup_panel


def test_the_backup_tab_shows_its_restore_buttons_without_scrolling_on_a_laptop_at_150_percent(make_window, demo_shop,
                                                                                                small_screen, qtbot,
                                                                                                lang):
    """设置 → 备份与恢复 asked for ten rows of its list: on a laptop 恢复所选备份…, 从文件恢复… and the kept counts
    were reached only by scrolling the tab. Its three rows are counted in the tab's height: the tab scrolls rather
    than draw the buttons over the list (a shop with a backup: an empty list gives its place to a line saying so)."""
    from app import backups

    backups.backup_path(demo_shop.store.path, "daily")
    window, area, panel = _backup_tab(make_window, qtbot)
    assert area.verticalScrollBar().maximum() == 0
    for shown in (panel.restore_button, panel.restore_file_button, panel.save_keep_button):
        bottom = shown.mapTo(area.viewport(), shown.rect().bottomLeft()).y()
        assert shown.isVisible() and bottom <= area.viewport().height(), shown.text()
    # in English the longer note above took the room: the buttons were drawn over the list's last 8 pixels
    assert panel.table.geometry().bottom() < panel.restore_button.geometry().top()
    rows = panel.table.viewport().height() // panel.table.verticalHeader().defaultSectionSize()
    assert rows >= 3
    window.resize(1600, 900)  # a bigger window gives the list the room
    qtbot.wait(20)
    assert panel.table.viewport().height() // panel.table.verticalHeader().defaultSectionSize() > rows + 5


def test_a_new_shops_backup_tab_says_it_has_none_yet_without_scrolling_on_a_laptop(make_window, shop, small_screen,
                                                                                     qtbot, lang):
    _window, area, panel = _backup_tab(make_window, qtbot)
    assert panel.none_yet.isVisible() and area.verticalScrollBar().maximum() == 0
    bottom = panel.save_keep_button.mapTo(area.viewport(), panel.save_keep_button.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height()
