"""The 数据 page's tests share a small team and the ways of reaching its grid."""

from datetime import date

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.data import DataPage

TODAY = date(2026, 10, 20)
OCT = Month(2026, 10)



def d(day, month=10):
    return date(2026, month, day)


def with_team(shop):
    """Four people in October (a fifth left in August) and a few sales values."""
    ids = {}
    for name, dept in (("张伟", "客服部"), ("李娜", "客服部"), ("王芳", "售后部"), ("陈静", "客服部"), ("赵敏", "客服部")):
        ids[name] = shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2024, 1, 1))).id
    shop.staff.leave(ids["赵敏"], date(2026, 8, 31))
    sales = shop.metrics.get("sales")
    shop.data.set_value(d(1), ids["张伟"], sales, 1_250_000)
    shop.data.set_value(d(2), ids["张伟"], sales, 830_050)
    shop.data.set_value(d(1), ids["李娜"], sales, 990_000)
    shop.ids = ids
    return shop


def open_page(qtbot, shop):
    page = DataPage(shop)
    qtbot.addWidget(page)
    return page


def row_of(page, name):
    return next(i for i, p in enumerate(page.model.people) if p.name == name)


def month_values(shop, metric="sales"):
    return shop.store.values.month_grid(metric, OCT.start, OCT.end)


def select_cells(page, top, left, bottom, right):
    selection = QItemSelection(page.model.index(top, left), page.model.index(bottom, right))
    page.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    page.table.selectionModel().setCurrentIndex(page.model.index(top, left),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)
