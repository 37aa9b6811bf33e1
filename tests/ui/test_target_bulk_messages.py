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
    assert page.status.text().startswith("已清除售后部 2 人的销售额目标")


def test_setting_a_department_says_how_many_typed_targets_it_replaced_and_selects_them(qtbot, team, monkeypatch):
    page = _page(qtbot, team, SEP)
    _department(monkeypatch, "售后部", "12,500.50")
    assert page.set_department() == 2
    assert team.store.targets.staff_target("2026-09", team.ids["吴昊"], "sales") == 1_250_050
    assert page.status.text() == "已为售后部 2 人设置销售额目标 ¥12,500.50，替换了 2 项原有目标；已选中改动的格子，Ctrl+Z 撤销"
    assert _selected(page) == [("吴昊", "sales"), ("黄俊", "sales")]


def _raise(monkeypatch, percent):
    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText(percent)
        dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findData(0))
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))


def test_clearing_a_department_nobody_had_a_target_in_says_there_was_none(qtbot, team, monkeypatch):
    """It said 「已清除 0 人的目标」."""
    page = _page(qtbot, team, OCT)
    _department(monkeypatch, "售后部", "")
    page.set_department()
    assert page.status.text() == "没有要清除的目标：这个部门的人本月都没有这项目标"


def test_a_raise_that_changes_no_target_says_so(qtbot, team, monkeypatch):
    """At 0 % it said 「已调整 4 项目标（3 人和全店目标）」 and pointed at cells it had not changed."""
    page = _page(qtbot, team, SEP)
    _raise(monkeypatch, "0")
    page.raise_all()
    assert page.status.text() == "目标都没有变化：上调后（取整后）仍是原来的数"
    assert team.store.targets.staff_target("2026-09", team.ids["黄俊"], "sales") == 900_000


def test_raising_all_says_whose_targets_and_selects_the_cells_changed(qtbot, team, monkeypatch):
    page = _page(qtbot, team, SEP)
    _raise(monkeypatch, "5")
    assert page.raise_all() == 4
    assert page.status.text() == "已把 4 项销售额目标上调 5%（3 人和全店目标）；已选中改动的格子，Ctrl+Z 撤销"
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


def test_a_part_month_persons_rate_target_is_copied_without_a_question(qtbot, team, monkeypatch):
    """A rate's or an average's target is the same over fewer days: 马晓燕's 平均响应时间 target was asked about."""
    team.targets.set_staff(SEP, team.ids["马晓燕"], team.metrics.get("sales"), None)
    team.targets.set_staff(SEP, team.ids["马晓燕"], team.metrics.get("response_s"), 30)
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 4
    assert team.store.targets.staff_target("2026-10", team.ids["马晓燕"], "response_s") == 30
    assert "核对" not in page.status.text()
    team.targets.set_staff(OCT, team.ids["马晓燕"], team.metrics.get("response_s"), None)
    team.targets.set_staff(SEP, team.ids["马晓燕"], team.metrics.get("orders"), 120)  # a count is a month's worth
    monkeypatch.setattr(bulk, "ask_overwrite", lambda _parent, _month, _existing: False)  # 只补空缺
    assert page.copy_previous() == 2
    assert "马晓燕 上月只在职部分天数" in page.status.text()


def test_copying_over_the_same_targets_names_everyone_whose_targets_it_copied(qtbot, team, monkeypatch):
    """黄俊 already had September's target in October: 「复制 4 项目标（2 人和全店目标）」, four targets of two."""
    team.targets.set_staff(OCT, team.ids["黄俊"], team.metrics.get("sales"), 900_000)
    monkeypatch.setattr(bulk, "ask_overwrite", lambda _parent, _month, _existing: True)  # 覆盖
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 4
    assert page.status.text().startswith("已从 2026年9月 复制 4 项目标（3 人和全店目标）")
    assert ("黄俊", "sales") not in _selected(page) and len(_selected(page)) == 3  # the cells it changed


def test_a_shop_without_departments_is_told_of_no_department_s_targets(qtbot, shop):
    """With no department the dialog said 「这个部门 1 人本月已有销售额目标，确定后会被替换」 of the people without
    one (and named the part-month ones among them), though OK then refuses: 还没有部门."""
    for name, hired in (("小美", date(2025, 1, 1)), ("小新", date(2026, 10, 8))):
        person = shop.staff.add(StaffDraft(name=name, hired=hired))
        shop.targets.set_staff(OCT, person.id, shop.metrics.get("sales"), 100_000)
    dialog = bulk.DepartmentTargetDialog(shop, OCT, metric_key="sales")
    qtbot.addWidget(dialog)
    assert dialog.dept_combo.count() == 0
    assert dialog.replacing.isHidden() and dialog.part_month.isHidden()


def test_copying_says_whose_targets_it_left_behind_for_having_left_and_that_the_shop_target_is_last_months(
        qtbot, team):
    """吴昊 left in September: his target is rightly not copied, but nothing said so, and the shop target —
    set with him on the team — was copied as it was, unquestioned."""
    team.staff.leave(team.ids["吴昊"], date(2026, 9, 25))
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 3
    assert team.store.targets.staff_target("2026-10", team.ids["吴昊"], "sales") is None
    assert page.status.text() == ("已从 2026年9月 复制 3 项目标（2 人和全店目标）；马晓燕 上月只在职部分天数，"
                                  "复制来的目标请核对；吴昊 已离职，上月的目标没有复制，全店目标仍是上月的，请核对；"
                                  "已选中改动的格子，Ctrl+Z 撤销")


def test_a_leaver_left_behind_without_a_shop_target_copied_is_said_alone(qtbot, team):
    team.targets.set_shop(SEP, team.metrics.get("sales"), None)
    team.staff.leave(team.ids["吴昊"], date(2026, 9, 25))
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 2
    assert "；吴昊 已离职，上月的目标没有复制；" in page.status.text()


def test_lowering_all_says_lowered_and_by_how_much(qtbot, team, monkeypatch):
    """「已调整 4 项目标」 said neither the metric nor the percentage, nor whether they went up or down."""
    page = _page(qtbot, team, SEP)
    _raise(monkeypatch, "-5")
    assert page.raise_all() == 4
    assert page.status.text().startswith("已把 4 项销售额目标下调 5%（3 人和全店目标）")


def test_undoing_a_lowering_names_it_as_the_status_did(qtbot, team, monkeypatch):
    """「已把 4 项销售额目标下调 5%」, then Ctrl+Z said 「已撤销「全部上调」」: a raise the owner never made."""
    page = _page(qtbot, team, SEP)
    _raise(monkeypatch, "-5")
    assert page.raise_all() == 4
    assert page.undo() == 4
    assert page.status.text() == "已撤销「销售额目标下调 5%」：恢复 4 格"
    assert page.redo() == 4
    assert page.status.text() == "已重做「销售额目标下调 5%」：写回 4 格"


def test_undoing_a_lowering_in_english_says_lowered(qtbot, team, monkeypatch, qapp):
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        page = _page(qtbot, team, SEP)
        _raise(monkeypatch, "-5")
        assert page.raise_all() == 4
        assert page.status.text().startswith("Lowered 4 sales targets by 5% (3 people and the shop target)")
        assert page.undo() == 4
        assert page.status.text() == 'Undid "lower sales targets by 5%": 4 cells put back'
    finally:
        install_translators(qapp, "zh")


def test_a_lowering_that_changes_nothing_says_lowered(qtbot, team, monkeypatch):
    """-0.01 % of ¥9,000 rounded to ¥10 is ¥9,000 again: it said 「上调后（取整后）仍是原来的数」."""
    page = _page(qtbot, team, SEP)

    def ask(cls, shop, month, parent=None, **options):
        dialog = cls(shop, month, parent, **options)
        dialog.percent_edit.setText("-0.01")
        dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findData(10))
        dialog.accept()
        return dialog.count

    monkeypatch.setattr(bulk.RaiseDialog, "ask", classmethod(ask))
    assert page.raise_all() == 4
    assert team.store.targets.staff_target("2026-09", team.ids["黄俊"], "sales") == 900_000
    assert page.status.text() == "目标都没有变化：下调后（取整后）仍是原来的数"


def test_copying_names_a_leaver_apart_from_a_namesake_still_on_the_team(qtbot, team):
    """Two 吴昊, one gone: 「吴昊 已离职，上月的目标没有复制」 read as the 吴昊 the grid shows, whose target was copied."""
    other = team.staff.add(StaffDraft(name="吴昊", dept="客服部", hired=date(2025, 3, 1)))
    team.targets.set_staff(SEP, other.id, team.metrics.get("sales"), 800_000)
    team.staff.leave(team.ids["吴昊"], date(2026, 9, 25))
    page = _page(qtbot, team, OCT)
    assert page.copy_previous() == 4
    assert team.store.targets.staff_target("2026-10", other.id, "sales") == 800_000
    assert f"；吴昊（#{team.ids['吴昊']}） 已离职，上月的目标没有复制" in page.status.text()
