"""The table models of the 目标 and 数据 pages, checked without the pages."""

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain import Staff
from app.errors import UserError
from app.events import Event, EventType
from app.metrics import MetricRegistry
from app.periods import Month
from ui.models.event_model import EventModel
from ui.models.month_grid_model import MonthGridModel, parse_block
from ui.models.target_model import TargetModel
from ui.widgets.table_keys import block_text

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before pytest-qt creates the QApplication

TODAY = date(2026, 10, 20)
OCT = Month(2026, 10)
REG = MetricRegistry()
SALES = REG.get("sales")
PEOPLE = [Staff(1, "张伟", dept="客服部"), Staff(2, "李娜", dept="售后部"), Staff(3, "张伟")]


# ---- clipboard blocks
@pytest.mark.parametrize("text, rows", [
    ("1\t2\n3\t4\n", [["1", "2"], ["3", "4"]]),
    ("1\t2\r\n3\t4\r\n", [["1", "2"], ["3", "4"]]),
    ("1\t2\r\n3\t4", [["1", "2"], ["3", "4"]]),
    ("5", [["5"]]),
    ("5\n", [["5"]]),
    ("a\t\tc\n", [["a", "", "c"]]),
    ("\n", [[""]]),
    ("\t\n\t\n", [["", ""], ["", ""]]),  # a block of empty cells clears them all
    ("1\t2\t\n3\t\t\n\n", [["1", "2"], ["3", ""]]),  # not the empty column and line after it
    ("\t1\n\t\n", [["", "1"]]),
    ("", []),
])
def test_parse_block(text, rows):
    assert parse_block(text) == rows


def test_block_text_round_trips():
    rows = [["12500.00", ""], ["1", "2"]]
    assert block_text(rows) == "12500.00\t\n1\t2\n"
    assert parse_block(block_text(rows)) == rows


# ---- targets
def _target_model(commit=None):
    model = TargetModel()
    model.commit = commit
    model.set_content(PEOPLE, [SALES, REG.get("orders"), REG.get("response_s")],
                      {(1, "sales"): 1_250_000, (2, "sales"): 800_000, (1, "response_s"): 3000},
                      {"sales": 3_000_000})
    return model


def test_target_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(_target_model())
    qtmodeltester.check(TargetModel())


def test_target_model_shows_money_the_chinese_way_and_sums_people():
    model = _target_model()
    assert model.rowCount() == 5 and model.columnCount() == 4
    assert model.index(0, 1).data() == "¥12,500.00"
    assert model.index(0, 1).data(Qt.ItemDataRole.EditRole) == "12500.00"
    assert model.index(model.sum_row, 1).data() == "¥20,500.00"
    assert model.index(model.shop_row, 1).data() == "¥30,000.00"
    assert model.index(model.sum_row, 3).data() == "—"  # a mean metric's targets do not add up
    assert model.headerData(model.shop_row, Qt.Orientation.Vertical) == "全店目标"
    assert model.headerData(0, Qt.Orientation.Vertical) == "张伟（#1）"  # two people called 张伟
    assert model.headerData(1, Qt.Orientation.Vertical) == "李娜"
    assert not model.flags(model.index(model.sum_row, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(model.shop_row, 1)) & Qt.ItemFlag.ItemIsEditable


def test_target_model_edit_goes_through_commit_and_updates_the_sum():
    calls = []

    def commit(staff_id, metric, text):
        calls.append((staff_id, metric.key, text))
        return 100_000

    model = _target_model(commit)
    assert model.setData(model.index(1, 1), "1000")
    assert calls == [(2, "sales", "1000")]
    assert model.index(1, 1).data() == "¥1,000.00"
    assert model.index(model.sum_row, 1).data() == "¥13,500.00"


def test_target_model_refusal_is_signalled_and_keeps_the_value(qtbot):
    def commit(staff_id, metric, text):
        raise UserError("不行")

    model = _target_model(commit)
    with qtbot.waitSignal(model.refused) as blocker:
        assert not model.setData(model.index(0, 1), "abc")
    assert blocker.args == ["不行"]
    assert model.index(0, 1).data() == "¥12,500.00"


# ---- month grid
def _grid_model(metric=SALES, values=None, weights=None, commit=None):
    model = MonthGridModel()
    model.commit = commit
    model.set_content(metric, OCT, PEOPLE[:2], values or {(1, date(2026, 10, 1)): 100_00, (1, date(2026, 10, 2)): 250_50},
                      TODAY, weights)
    return model


def test_month_grid_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(_grid_model())
    qtmodeltester.check(MonthGridModel())


def test_month_grid_has_a_column_per_day_and_a_total():
    model = _grid_model()
    assert model.columnCount() == 32 and model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "1\n四"  # 2026-10-01 is a Thursday
    assert model.headerData(31, Qt.Orientation.Horizontal) == "合计"
    assert model.index(0, 31).data() == "¥350.50"
    assert model.index(1, 31).data() == ""
    assert not model.flags(model.index(0, 31)) & Qt.ItemFlag.ItemIsEditable


def test_month_grid_future_days_are_grey_and_locked():
    model = _grid_model()
    assert model.flags(model.index(0, 19)) & Qt.ItemFlag.ItemIsEditable  # the 20th is today
    assert not model.flags(model.index(0, 20)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, 20).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.setData(model.index(0, 20), "5")


def test_month_grid_weighted_total_uses_the_weight():
    metric = REG.get("response_s")
    d1, d2 = date(2026, 10, 1), date(2026, 10, 2)
    model = _grid_model(metric, {(1, d1): 1000, (1, d2): 2000}, {(1, d1): 100, (1, d2): 300})
    assert model.headerData(31, Qt.Orientation.Horizontal) == "加权平均"
    assert model.index(0, 31).data() == "17.5秒"  # (10×100 + 20×300) / 400


def test_month_grid_refused_cells_are_marked_until_reload():
    model = _grid_model()
    model.mark_refused({(2, date(2026, 10, 3)): "「abc」不是有效的金额"})
    index = model.index(1, 2)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "「abc」不是有效的金额"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffd6d6"
    model.update_values({})
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None or \
        index.data(Qt.ItemDataRole.BackgroundRole).color().name() != "#ffd6d6"


def test_month_grid_edit_updates_the_total():
    model = _grid_model(commit=lambda sid, day, metric, text: metric.parse(text) if text else None)
    assert model.setData(model.index(0, 2), "¥1,000")
    assert model.index(0, 31).data() == "¥1,350.50"
    assert model.setData(model.index(0, 0), "")
    assert model.index(0, 31).data() == "¥1,250.50"


# ---- events
def test_event_model_lists_events(qtmodeltester):
    model = EventModel()
    events = [Event(1, date(2026, 10, 8), 2, "备件销售", 128_000, Decimal("1.50"), {"paid": "yes", "margin": "38%"},
                    "客户很满意"), Event(2, date(2026, 10, 9), 9, "投诉")]
    model.set_content(events, PEOPLE, [EventType("备件销售", "positive"), EventType("投诉", "negative")])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(7)] == \
        ["10月8日", "李娜", "备件销售", "¥1,280.00", "1.5", "毛利率 38%，全款 是", "客户很满意"]
    assert model.index(1, 1).data() == "#9"  # someone not in the list is shown by id
    assert model.index(1, 3).data() == "" and model.index(1, 4).data() == ""
    assert model.headerData(6, Qt.Orientation.Horizontal) == "备注"


def test_an_attribute_without_a_chinese_name_keeps_its_key():
    from app.event_attrs import describe_attrs

    assert describe_attrs({"批次": "A3", "paid": "NO"}) == "全款 否，批次=A3"
