"""评奖 page: in a month whose plan lists fixed pay, the 个人合计 tab shows each person's 固定工资 and 应发合计 as
the payout sheet adds them — everyone paid fixed pay has a row, with or without an award — and hides both
columns where no plan lists fixed pay."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from awards_page_support import PLAN, SCREENS, SEP, _run, _write, make_team, open_page, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.awards.paymonth import pay_month
from app.awards.payout import pay_rows
from app.domain import StaffDraft
from app.periods import Quarter
from ui.models.award_models import FEN_ROLE


@pytest.fixture
def page(qtbot, shop, tmp_path):
    """甲 (awards ¥540.00): base ¥3,000.00 + post ¥500.00; 乙 (−¥200.00): base ¥3,000.00 + allowance ¥200.00;
    丙, no award: base ¥2,800.00."""
    ids = make_team(shop, tmp_path)
    for name, pay in (("甲", {"base_pay_fen": 300_000, "post_pay_fen": 50_000}),
                      ("乙", {"base_pay_fen": 300_000, "allowance_fen": 20_000})):
        person = shop.staff.get(ids[name])
        draft = StaffDraft(name=person.name, dept=person.dept, role=person.role, hired=person.hired, **pay)
        shop.staff.edit(ids[name], draft)
    shop.staff.add(StaffDraft(name="丙", dept="客服部", role="客服", hired=date(2026, 3, 1), base_pay_fen=280_000))
    plan = {**PLAN, "fixed_pay": ["base_pay", "post_pay", "allowance"]}
    shop.awards.plans.use(str(_write(tmp_path, plan, "kefu-pay.json")))
    widget = open_page(qtbot, shop)
    yield widget
    wait_idle(qtbot, widget)


def _rows(model) -> dict[str, tuple]:
    return {model.index(r, model.NAME).data(): tuple(model.index(r, c).data(FEN_ROLE)
                                                      for c in (model.FIXED, model.NET, model.TOTAL))
            for r in range(model.rowCount())}


def test_the_totals_show_fixed_pay_and_total_pay_as_the_payout_sheet_does(qtbot, page, shop):
    page.resize(1024, 700)
    _run(qtbot, page, page.compute)
    model, view = page.totals_model, page.tabs.totals
    # 甲 ¥3,500.00 + ¥540.00 = ¥4,040.00; 乙 ¥3,200.00 − ¥200.00 = ¥3,000.00; 丙 ¥2,800.00 + 0
    assert _rows(model) == {"甲": (350_000, 54_000, 404_000), "乙": (320_000, -20_000, 300_000),
                            "丙": (280_000, 0, 280_000), "合计（个人）": (950_000, 34_000, 984_000)}
    assert not view.isColumnHidden(model.FIXED) and not view.isColumnHidden(model.TOTAL)
    row = next(r for r in range(model.rowCount()) if model.index(r, model.NAME).data() == "乙")
    assert model.index(row, model.FIXED).data() == "¥3,200.00" and model.index(row, model.TOTAL).data() == "¥3,000.00"
    assert model.index(row, model.FIXED).data(Qt.ItemDataRole.ToolTipRole) == "基本工资 ¥3,000.00 + 补贴 ¥200.00"
    sheet = {r.name: (sum(r.fixed.values()), r.net_fen, r.total_fen) for r in pay_rows(shop, pay_month(shop, SEP,
                                                                                                      draft=True))[0]}
    assert {name: fen for name, fen in _rows(model).items() if name in sheet} == sheet  # the sheet's, to the fen
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SCREENS / "awards_fixed_pay.png"))


def test_a_quarter_has_no_fixed_pay_columns(qtbot, page, shop):
    review = shop.awards.status(Quarter(2026, 3))
    assert all(p.fixed_fen is None for p in review.pay_totals)
    page.tabs.show_review(dataclasses.replace(review), {})
    assert page.tabs.totals.isColumnHidden(page.totals_model.FIXED)
    assert page.tabs.totals.isColumnHidden(page.totals_model.TOTAL)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_totals_fit_a_laptop_at_150_percent_in_english_too(qtbot, qapp, shop, tmp_path, make_window, lang):
    """895×432 inside the window (a 1366×768 laptop at 150 %), fixed pay of ¥12,000.00 and a gift: every column of
    个人合计 shows its whole header, and the table does not scroll sideways."""
    from ui.main import install_translators

    ids = make_team(shop, tmp_path)
    for name in ("甲", "乙"):
        person = shop.staff.get(ids[name])
        shop.staff.edit(ids[name], StaffDraft(name=person.name, dept=person.dept, role=person.role,
                                              hired=person.hired, base_pay_fen=1_200_000, post_pay_fen=50_000))
    shop.awards.plans.use(str(_write(tmp_path, {**PLAN, "fixed_pay": ["base_pay", "post_pay"]}, "kefu-pay.json")))
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=ids["甲"], item="蓝牙耳机", amount_fen=30_000, reason="服务好")
    install_translators(qapp, lang)
    try:
        window = make_window(start_page="awards")
        window.resize(895, 432)
        window.show()
        page = window.current_page()
        wait_idle(qtbot, page)
        _run(qtbot, page, page.compute)
        QApplication.processEvents()
        SCREENS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SCREENS / f"awards-totals-laptop-{lang}.png"))
        view, model = page.tabs.totals, page.totals_model
        header = view.horizontalHeader()
        cut = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
               if not view.isColumnHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)]
        assert cut == []
        assert not view.horizontalScrollBar().isVisible()
    finally:
        install_translators(qapp, "zh")
