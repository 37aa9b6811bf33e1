"""目标 page: each bulk action says what it did and to whom, and selects the cells it changed."""

from datetime import date

import pytest

from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs import bulk_target_dialog as bulk
from ui.pages.targets import TargetsPage

SEP, OCT = Month(2026, 9), Month(2026, 10)  # a month and the next, as the tests run on 2026-10-20


@pytest.fixture
def team(shop):
    """售后部 of two with September targets, 客服部 of one hired on 19 September with a target for those days."""
    ids = {name: shop.staff.add(StaffDraft(name=name, dept=dept, hired=hired)).id
           for name, dept, hired in (("黄俊", "售后部", date(2025, 8, 29)), ("吴昊", "售后部", date(2026, 1, 6)),
                                     ("马晓燕", "客服部", date(2026, 9, 19)))}
    sales = shop.metrics.get("sales")
    shop.targets.set_staff(SEP, ids["黄俊"], sales, 900_000)
    shop.targets.set_staff(SEP, ids["吴昊"], sales, 900_000)
    shop.targets.set_staff(SEP, ids["马晓燕"], sales, 2_400_000)  # 12 of 30 days
    shop.targets.set_shop(SEP, sales, 5_000_000)
    shop.ids = ids
    return shop


def _page(qtbot, shop, month):
    page = TargetsPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(month)
    return page


def _selected(page):
    return sorted((page.model.headerData(i.row(), 2), page.model.metric_at(i.column()).key)
                  for i in page.table.selectedIndexes())


def _department(monkeypatch, dept, value):
    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.dept_combo.setCurrentText(dept)
        dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("sales"))
        dialog.value_edit.setText(value)
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.DepartmentTargetDialog, "ask", classmethod(ask))


def test_clearing_a_departments_targets_says_cleared_not_set(qtbot, team, monkeypatch):
    """An empty value clears the department's targets, and the page said 「已为 2 人设置目标」."""
    page = _page(qtbot, team, SEP)
    _department(monkeypatch, "售后部", "")
    assert page.set_department() == 2
    assert team.store.targets.staff_target("2026-09", team.ids["黄俊"], "sales") is None
    assert page.status.text().startswith("已清除 2 人的目标")


def test_setting_a_department_says_how_many_typed_targets_it_replaced_and_selects_them(qtbot, team, monkeypatch):
    page = _page(qtbot, team, SEP)
    _department(monkeypatch, "售后部", "12,500.50")
    assert page.set_department() == 2
    assert team.store.targets.staff_target("2026-09", team.ids["吴昊"], "sales") == 1_250_050
    assert page.status.text() == "已为 2 人设置目标，替换了 2 项原有目标；已选中改动的格子，Ctrl+Z 撤销"
    assert _selected(page) == [("吴昊", "sales"), ("黄俊", "sales")]


def test_raising_all_says_whose_targets_and_selects_the_cells_changed(qtbot, team, monkeypatch):
    page = _page(qtbot, team, SEP)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText("5")
        dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findData(0))
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))
    assert page.raise_all() == 4
    assert page.status.text() == "已调整 4 项目标（3 人和全店目标）；已选中改动的格子，Ctrl+Z 撤销"
    assert team.store.targets.staff_target("2026-09", team.ids["黄俊"], "sales") == 945_000
    assert _selected(page) == [("全店目标", "sales"), ("吴昊", "sales"), ("马晓燕", "sales"), ("黄俊", "sales")]


def test_copying_a_part_months_target_into_a_whole_month_asks_to_check_it(qtbot, team):
    """马晓燕's September target was typed for her 12 days; copied into October as it was, said nowhere."""
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 4
    assert team.store.targets.staff_target("2026-10", team.ids["马晓燕"], "sales") == 2_400_000
    assert page.status.text() == ("已从 2026年9月 复制 4 项目标（3 人和全店目标）；马晓燕 上月只在职部分天数，"
                                  "复制来的目标请核对；已选中改动的格子，Ctrl+Z 撤销")
    assert len(page.table.selectedIndexes()) == 4


def test_a_part_month_target_is_not_questioned_where_targets_are_scaled_by_the_days(qtbot, team):
    from app import settings as declared

    team.settings.set(declared.PRORATE_TARGETS, True)
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 4
    assert "核对" not in page.status.text()


def test_the_department_dialog_says_whose_typed_targets_it_will_replace_before_ok(qtbot, team):
    """OK overwrote the department's typed targets with nothing said before it (only Ctrl+Z after)."""
    dialog = bulk.DepartmentTargetDialog(team, SEP)
    qtbot.addWidget(dialog)
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("sales"))
    dialog.dept_combo.setCurrentText("售后部")
    assert dialog.replacing.text() == "这个部门 2 人本月已有销售额目标，确定后会被替换（可按 Ctrl+Z 撤销）"
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))  # nobody has one: nothing said
    assert dialog.replacing.text() == "" and dialog.replacing.isHidden()


def test_the_raise_dialog_says_how_many_targets_of_the_metric_it_changes(qtbot, team):
    """It said only 「每个人的目标和全店目标都按这个比例调整」, whoever had a target of the metric chosen."""
    team.targets.set_staff(SEP, team.ids["黄俊"], team.metrics.get("orders"), 300)
    dialog = bulk.RaiseDialog(team, SEP, metric_key="sales")
    qtbot.addWidget(dialog)
    assert dialog.scope.text() == "本月 3 人的销售额目标和全店目标都按这个比例调整。"
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))
    assert dialog.scope.text() == "本月 1 人的订单数目标按这个比例调整（没有设全店目标）。"
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("refunds"))
    assert dialog.scope.text() == "本月还没有退款金额目标，没有可调整的。"
