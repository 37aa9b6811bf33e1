"""数据 and 目标 pages: a cell typed, a block pasted, an event or a target in a month whose awards are approved is
asked about first (as the import wizard asks); no leaves everything as it was."""

import os
from datetime import date

import pytest
from PySide6.QtCore import QDate

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.event_dialog import EventDialog
from ui.pages.data import DataPage

os.environ["QT_QPA_PLATFORM"] = "offscreen"

SEP = Month(2026, 9)


@pytest.fixture
def approved_shop(shop):
    """张伟 on the 淘宝客服 preset, September approved, one complaint in it."""
    staff_id = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1))).id
    shop.data.set_value(date(2026, 9, 1), staff_id, shop.metrics.get("sales"), 1_250_000)
    shop.events.add(date(2026, 9, 3), staff_id, "投诉")
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP)
    shop.staff_id = staff_id
    return shop


def _sep_page(qtbot, shop):
    page = DataPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(SEP)
    return page


def _sales(shop):
    return shop.store.values.month_grid("sales", SEP.start, SEP.end)


@pytest.mark.parametrize("answer", [False, True])
def test_typing_in_an_approved_month_asks_first(qtbot, approved_shop, messages, answer):
    page = _sep_page(qtbot, approved_shop)
    messages.answer = answer
    page.model.setData(page.model.index(0, 1), "500")
    [question] = messages.of("confirm")
    assert "2026年9月" in question and "批准" in question
    assert messages.of("error") == []
    assert ((approved_shop.staff_id, date(2026, 9, 2)) in _sales(approved_shop)) is answer
    assert page.model.index(0, 1).data() == ("¥500.00" if answer else "")
    assert approved_shop.awards.status(SEP).changed is answer


@pytest.mark.parametrize("answer", [False, True])
def test_pasting_into_an_approved_month_asks_first(qtbot, approved_shop, messages, answer):
    page = _sep_page(qtbot, approved_shop)
    page.table.setCurrentIndex(page.model.index(0, 4))
    messages.answer = answer
    page.paste_text("100\t200")
    assert len(messages.of("confirm")) == 1
    assert len(_sales(approved_shop)) == (3 if answer else 1)


def test_an_event_in_an_approved_month_asks_first(qtbot, approved_shop, messages):
    dialog = EventDialog(approved_shop, SEP, staff_id=approved_shop.staff_id, day=date(2026, 9, 8))
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 9, 8))
    dialog.type_combo.setCurrentText("表扬")
    messages.answer = False
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and len(messages.of("confirm")) == 1
    assert approved_shop.store.events.count() == 1
    messages.answer = True
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and approved_shop.store.events.count() == 2


def test_deleting_an_event_of_an_approved_month_asks_again(qtbot, approved_shop, messages):
    page = _sep_page(qtbot, approved_shop)
    page.tabs.setCurrentIndex(1)
    page.event_table.selectRow(0)
    messages.answer = True
    page.delete_event_button.click()
    assert len(messages.of("confirm")) == 2  # 删除？ then 已批准的期间
    assert "批准" in messages.of("confirm")[1]
    assert approved_shop.store.events.count() == 0


@pytest.mark.parametrize("answer", [False, True])
def test_a_target_of_an_approved_month_asks_first(qtbot, approved_shop, messages, answer):
    from ui.pages.targets import TargetsPage

    page = TargetsPage(approved_shop)
    qtbot.addWidget(page)
    page.picker.setMonth(SEP)
    messages.answer = answer
    page.model.setData(page.model.index(0, 1), "20000")
    assert len(messages.of("confirm")) == 1 and messages.of("error") == []
    stored = approved_shop.store.targets.staff_target("2026-09", approved_shop.staff_id, "sales")
    assert stored == (2_000_000 if answer else None)
    assert page.model.index(0, 1).data() == ("¥20,000.00" if answer else "")


def test_a_bulk_target_change_of_an_approved_month_asks_and_stays_open_on_no(qtbot, approved_shop, messages):
    from ui.dialogs.bulk_target_dialog import DepartmentTargetDialog

    dialog = DepartmentTargetDialog(approved_shop, SEP, metric_key="sales")
    qtbot.addWidget(dialog)
    dialog.value_edit.setText("20000")
    messages.answer = False
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and len(messages.of("confirm")) == 1
    assert approved_shop.targets.for_month(SEP) == {}
    messages.answer = True
    dialog.accept()
    assert dialog.count == 1 and approved_shop.targets.for_month(SEP)


@pytest.fixture
def typed_then_approved(qtbot, shop):
    """张伟's sales of 09-02 typed on the 数据 page and a September target on the 目标 page; then September
    approved: the pages' 撤销 would change an approved month."""
    from ui.pages.targets import TargetsPage

    staff_id = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2024, 1, 1))).id
    shop.awards.plans.use("taobao-kefu")
    data_page = _sep_page(qtbot, shop)
    data_page.model.setData(data_page.model.index(0, 1), "500")
    targets_page = TargetsPage(shop)
    qtbot.addWidget(targets_page)
    targets_page.picker.setMonth(SEP)
    targets_page.model.setData(targets_page.model.index(0, 1), "20000")
    shop.awards.approve(SEP)
    shop.staff_id = staff_id
    return shop, data_page, targets_page


def test_undoing_typing_in_a_month_approved_since_asks_and_no_keeps_the_step(typed_then_approved, messages):
    shop, page, _targets = typed_then_approved
    messages.answer = False
    assert page.undo() == 0
    [question] = messages.of("confirm")
    assert "2026年9月" in question and "批准" in question and messages.of("error") == []
    assert _sales(shop) == {(shop.staff_id, date(2026, 9, 2)): 50_000} and len(page.history.steps) == 1
    messages.answer = True
    assert page.undo() == 1
    assert len(messages.of("confirm")) == 2 and _sales(shop) == {} and page.history.steps == []
    assert shop.awards.status(SEP).changed


def test_undoing_a_target_of_a_month_approved_since_asks_and_no_keeps_the_step(typed_then_approved, messages):
    shop, _data, page = typed_then_approved
    messages.answer = False
    assert page.undo() == 0
    assert len(messages.of("confirm")) == 1 and messages.of("error") == []
    assert shop.store.targets.staff_target("2026-09", shop.staff_id, "sales") == 2_000_000
    assert len(page.history.steps) == 1
    messages.answer = True
    assert page.undo() == 1
    assert shop.store.targets.staff_target("2026-09", shop.staff_id, "sales") is None and page.history.steps == []
