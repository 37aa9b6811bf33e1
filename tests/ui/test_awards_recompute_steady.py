"""评奖: a recompute (计算, and the refresh its own audit row sets off in the window) updates the tables in
place: the selected line and person and the scroll position stay, and the status line does not blink."""

from __future__ import annotations

from datetime import date

from awards_page_support import SCREENS, SEP, _put, _run, make_team, wait_idle
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft


def _more_winners(shop, count: int) -> None:
    """`count` more people who reach their September target, so the lines scroll."""
    sales = shop.metrics.get("sales")
    for n in range(count):
        person = shop.staff.add(StaffDraft(name=f"客服{n:02d}", dept="客服部", hired=date(2026, 3, 1)))
        shop.targets.set_staff(SEP, person.id, sales, 1_000_000)
        _put(shop, person.id, date(2026, 9, 10), 1_000_000 + n)


def test_a_recompute_keeps_the_selection_the_scroll_position_and_the_status_line(qtbot, shop, tmp_path, messages,
                                                                                  make_window):
    make_team(shop, tmp_path)
    _more_winners(shop, 30)
    window = make_window(start_page="awards")
    window.resize(1200, 760)
    window.show()
    page = window.current_page()
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    qtbot.waitUntil(lambda: window.check_for_changes() is False and not page.busy, timeout=10_000)
    lines, totals = page.table, page.tabs.totals
    assert lines.verticalScrollBar().maximum() > 0 and totals.verticalScrollBar().maximum() > 0
    lines.selectRow(20)
    lines.scrollTo(lines.model().index(20, 0))
    totals.selectRow(12)
    totals.scrollTo(totals.model().index(12, 0))
    QApplication.processEvents()
    place = (lines.currentIndex().row(), lines.verticalScrollBar().value(), totals.currentIndex().row(),
             totals.verticalScrollBar().value())
    assert place[1] > 0 and place[3] > 0
    resets, states = [], []
    for model in (page.model, page.totals_model):
        model.modelReset.connect(lambda model=model: resets.append(model))
    page.state.setText = lambda text, shown=page.state.setText: (states.append(text), shown(text))

    _run(qtbot, page, page.compute)
    qtbot.waitUntil(lambda: window.check_for_changes() is False and not page.busy, timeout=10_000)  # its refresh
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENS / "awards-recomputed.png"))
    assert resets == []
    assert not any("正在更新" in text for text in states), states
    assert (lines.currentIndex().row(), lines.verticalScrollBar().value(), totals.currentIndex().row(),
            totals.verticalScrollBar().value()) == place


def test_lines_that_came_or_went_keep_the_selected_line_where_it_moved(qtbot, qtmodeltester):
    """A recompute after an edit: a line gone before the selected one, another come after it; the selection
    follows its line, and the model stays a correct one for the views throughout."""
    from PySide6.QtWidgets import QTableView

    from app.store.awards import StoredLine
    from ui.models.award_models import AwardLineModel

    def line(staff_id: int, award: str, fen: int) -> StoredLine:
        return StoredLine("staff", staff_id, f"客服{staff_id}", "客服部", award, "stage", "cash", fen, None, "", False,
                          "客服方案")

    model = AwardLineModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_lines([line(1, "阶段目标奖", 20_000), line(2, "阶段目标奖", 20_000), line(3, "阶段目标奖", 20_000)])
    qtmodeltester.check(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    view.selectRow(2)
    model.set_lines([line(2, "阶段目标奖", 50_000), line(3, "阶段目标奖", 20_000), line(4, "表扬奖", 2_000),
                     line(3, "表扬奖", 4_000)])
    assert resets == []
    assert view.currentIndex().row() == 1 and view.currentIndex().data() == "客服3"
    assert model.index(0, model.AMOUNT).data() == "¥500.00"
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["客服2", "客服3", "客服4", "客服3"]


def test_a_recompute_keeps_the_selected_reason_and_the_scroll_position(qtbot, qtmodeltester):
    """未获奖原因 after a recompute: the rows of the same award and person are updated where they stand, so the
    row the owner was reading stays selected and in view, as the table kept it before it had a model."""
    from ui.widgets.award_tabs import AwardTabs

    tabs = AwardTabs()
    qtbot.addWidget(tabs)
    tabs.resize(800, 300)
    tabs.setCurrentWidget(tabs.why_not)
    tabs.show()
    model, view = tabs.why_not_model, tabs.why_not
    model.set_reasons([("阶段目标奖", f"客服{n:02d}", f"完成 {n}%，未达 100%") for n in range(60)])
    qtmodeltester.check(model)
    view.selectRow(40)
    view.scrollTo(model.index(40, 0))
    QApplication.processEvents()
    place = view.currentIndex().row(), view.verticalScrollBar().value()
    assert place[1] > 0

    model.set_reasons([("阶段目标奖", f"客服{n:02d}", f"完成 {n + 1}%，未达 100%") for n in range(60)])
    QApplication.processEvents()
    assert (view.currentIndex().row(), view.verticalScrollBar().value()) == place
    assert view.selectionModel().isRowSelected(40)
    assert model.index(40, model.REASON).data() == "完成 41%，未达 100%"
