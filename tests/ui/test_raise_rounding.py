"""全部上调 on the 目标 page offers rounding the raised money targets (不取整/取整到十元/百元/千元), remembers the
choice, and says it in the result and in its 撤销."""

from datetime import date
from pathlib import Path

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs import bulk_target_dialog as bulk
from ui.pages.targets import TargetsPage

OCT = Month(2026, 10)
SCREENS = Path(__file__).resolve().parent.parent / "artifacts" / "screens"


@pytest.fixture
def two(shop):
    sales = shop.metrics.get("sales")
    ids = [shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2025, 1, 1))).id for name in ("张伟", "李娜")]
    shop.targets.set_staff(OCT, ids[0], sales, 1_200_000)
    shop.targets.set_staff(OCT, ids[1], sales, 1_234_500)
    shop.targets.set_staff(OCT, ids[1], shop.metrics.get("orders"), 10)
    shop.ids = ids
    return shop


def _sales(shop):
    return [shop.store.targets.staff_target("2026-10", staff_id, "sales") for staff_id in shop.ids]


def test_the_rounding_is_offered_for_money_targets_only_and_defaults_to_ten_yuan(qtbot, two):
    dialog = bulk.RaiseDialog(two, OCT, metric_key="sales")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.rounding_combo.isVisibleTo(dialog) and dialog.rounding_combo.currentText() == "取整到十元"
    assert [dialog.rounding_combo.itemText(i) for i in range(dialog.rounding_combo.count())] == [
        "不取整", "取整到十元", "取整到百元", "取整到千元"]
    SCREENS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENS / "raise_rounding.png"))
    dialog.metric_combo.setCurrentIndex(dialog.metric_combo.findData("orders"))
    assert not dialog.rounding_combo.isVisibleTo(dialog)


def test_raising_rounds_remembers_the_choice_and_says_it_in_the_status_and_undo(qtbot, two, monkeypatch):
    page = TargetsPage(two)
    qtbot.addWidget(page)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText("7")
        dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findText(choice))
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(page, "_current_metric_key", lambda: "sales")
    choice = "取整到百元"
    assert page.raise_all() == 2
    assert _sales(two) == [1_280_000, 1_320_000]  # ¥12,840 → ¥12,800; ¥13,209.15 → ¥13,200
    assert page.status.text() == "已把 2 项销售额目标上调 7%（2 人），取整到百元；已选中改动的格子，Ctrl+Z 撤销"
    assert two.settings.get(declared.RAISE_ROUNDING) == "100"
    reopened = bulk.RaiseDialog(two, OCT, metric_key="sales")
    qtbot.addWidget(reopened)
    assert reopened.rounding_combo.currentText() == "取整到百元"
    assert page.undo() == 2 and _sales(two) == [1_200_000, 1_234_500]
    assert page.status.text() == "已撤销「销售额目标上调 7%（取整到百元）」：恢复 2 格"
    choice = "不取整"
    assert page.raise_all() == 2
    assert _sales(two) == [1_284_000, 1_320_915]
    assert page.status.text() == "已把 2 项销售额目标上调 7%（2 人）；已选中改动的格子，Ctrl+Z 撤销"  # ¥13,209.15 kept to the fen: no rounding said
    assert two.settings.get(declared.RAISE_ROUNDING) == "0"


@pytest.mark.parametrize("kept", ["5", "十元", 100])
def test_a_rounding_kept_that_is_no_choice_opens_on_the_default(qtbot, two, kept):
    """A file edited by hand ("5", "十元") opened the question with no choice and failed on OK; 100 as a number
    is the choice of 百元."""
    two.store.settings.set(declared.RAISE_ROUNDING.key, kept)
    dialog = bulk.RaiseDialog(two, OCT, metric_key="sales")
    qtbot.addWidget(dialog)
    assert dialog.rounding_combo.currentText() == ("取整到百元" if kept == 100 else "取整到十元")
    dialog.percent_edit.setText("7")
    dialog.accept()
    assert dialog.count == 2 and _sales(two) == ([1_280_000, 1_320_000] if kept == 100 else [1_284_000, 1_321_000])
