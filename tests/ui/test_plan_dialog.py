"""The 方案 dialog: the presets and the shop's plans listed, a plan put in force (where and from when, said in
English too), export → import, editing through the editor's ask; the 评奖 page's 方案… button."""

from __future__ import annotations

import json
from datetime import date

import plan_editor_support as plans
from plan_editor_support import SEP, _dump, _shot
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from app.rules import dump_plan, load_preset
from ui.pages.awards import AwardsPage
from ui.plans.editor import PlanEditorDialog
from ui.plans.plan_dialog import PlanDialog
from ui.plans.use_dialog import UsePlanDialog

manager, copied = plans.manager, plans.copied  # the fixtures


def test_use_dialog_gives_department_and_month(qtbot, shop):
    shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 1, 1)))
    dialog = UsePlanDialog(shop, "淘宝客服激励方案")
    qtbot.addWidget(dialog)
    assert dialog.choice() == (None, None)  # the shop's first plan: every period not yet approved
    dialog.from_month.setChecked(True)
    assert dialog.choice() == (None, "2026-10")
    dialog.dept.setCurrentIndex(dialog.dept.findData("客服部"))
    dialog.month.setMonth(SEP)
    assert dialog.choice() == ("客服部", "2026-09")
    dialog.always.setChecked(True)
    assert dialog.choice() == ("客服部", None) and not dialog.month.isEnabled()
    assert "尚未批准的期间" in dialog.note.text()
    dialog.show()
    _shot(dialog, "plan_editor_use")


def test_a_later_plan_is_offered_from_the_month_on_the_awards_page(qtbot, shop):
    shop.awards.plans.use("taobao-kefu", from_month="2026-01")
    dialog = UsePlanDialog(shop, "售后服务激励制度", start=SEP)
    qtbot.addWidget(dialog)
    assert dialog.choice() == (None, "2026-09")  # not today's month: the page showed September


def test_use_asks_through_the_use_dialog(qtbot, shop, manager, copied, monkeypatch):
    asked = []
    monkeypatch.setattr(UsePlanDialog, "ask", classmethod(lambda cls, parent, s, label, **_kw: asked.append(label)))
    assert manager.use_selected() is None and asked == ["淘宝客服激励方案"]
    assert shop.awards.plans.assignments() == []


def test_export_then_import_round_trips(qtbot, shop, manager, copied, tmp_path, messages):
    assert manager.select_plan(copied.id)
    path = manager.export_file(tmp_path / "plan.json")
    assert path is not None and path.read_text(encoding="utf-8") == copied.content
    assert "已导出到" in messages.of("info")[-1]
    before = _dump(shop)
    same = manager.import_file(path)
    assert same is not None and not same.created and same.stored.id == copied.id and _dump(shop) == before
    data = json.loads(path.read_text(encoding="utf-8"))
    data["name"] = "导入的方案"
    data["rules"][2]["amount"] = 25
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = manager.import_file(path)
    assert imported is not None and imported.created and imported.stored.name == "导入的方案"
    assert json.loads(imported.stored.content) == data
    assert manager.selected() == ("plan", imported.stored.id)
    assert manager.select_preset("ecommerce-pay")
    preset_path = manager.export_file(tmp_path / "preset.json")
    assert preset_path is not None and preset_path.read_text(encoding="utf-8") == dump_plan(load_preset("ecommerce-pay"))
    (tmp_path / "bad.json").write_text('{"name": "坏方案", "rules": [{"name": "x", "kind": "nope"}]}', encoding="utf-8")
    before = _dump(shop)
    assert manager.import_file(tmp_path / "bad.json") is None
    assert "kind" in messages.of("error")[-1] and _dump(shop) == before


def test_edit_from_the_dialog_uses_the_editor_ask(qtbot, shop, manager, copied, monkeypatch, messages):
    seen = []

    def fake_ask(cls, parent, s, data):
        seen.append(data["name"])
        data["rules"][2]["amount"] = 30
        return s.awards.plans.save_edited(data)

    monkeypatch.setattr(PlanEditorDialog, "ask", classmethod(fake_ask))
    result = manager.edit()
    assert seen == ["淘宝客服激励方案"] and result is not None and result.stored.version == 2
    assert manager.changed and manager.selected() == ("plan", result.stored.id)
    assert "设为生效" in messages.of("info")[-1]


def test_awards_page_opens_the_plan_dialog_and_refreshes(qtbot, shop, monkeypatch):
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert "方案…" in page.state.text() and not page.compute_button.isEnabled()

    offered = []

    def fake_ask(cls, parent, s, *, start=None):
        offered.append(start)
        s.awards.plans.use("taobao-kefu")
        return True

    monkeypatch.setattr(PlanDialog, "ask", classmethod(fake_ask))
    page.plans_button.click()
    assert page.compute_button.isEnabled()
    assert offered == [page.period]  # the dialog offers the month on the page

def test_presets_are_listed_by_name_and_say_what_they_hold(shop, manager):
    """The owner chooses among presets by their names and descriptions; the file keys are the command line's."""
    texts = [manager.plans.item(r, 0).text() for r in range(manager.plans.rowCount())]
    assert "淘宝客服激励方案（预设）" in texts
    assert not any(key in text for text in texts for key in ("taobao-kefu", "after-sales", "ecommerce-pay"))
    assert manager.select_preset("taobao-kefu")
    assert manager.about.text() == load_preset("taobao-kefu").description
    assert manager.use_button.isEnabled()


def test_a_preset_is_put_in_force_in_one_step(shop, manager, messages):
    """设为生效 on a preset copies it as the shop's plan and puts that copy in force."""
    assert manager.select_preset("taobao-kefu")
    used = manager.use_selected(choice=(None, None))
    assert used is not None and used.stored.name == "淘宝客服激励方案"
    assert used.stored.source == "预设「淘宝客服激励方案」的副本"
    assert [(a.plan_id, a.dept, a.from_month) for a in shop.awards.plans.assignments()] == [(used.stored.id, None, None)]
    assert manager.selected() == ("plan", used.stored.id)
    assert "已用于全部部门，所有期间。" in messages.of("info")[-1]  # a sentence, ended as one


def test_a_plan_files_description_is_shown_as_written(shop, manager, tmp_path):
    """A description with markup in an imported plan file is shown as typed, not as rich text."""
    data = json.loads(dump_plan(load_preset("taobao-kefu")))
    data.update(name="带标记的方案", description="<b>粗体</b> & <i>斜体</i>")
    data.pop("key", None)
    path = tmp_path / "marked.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = manager.import_file(path)
    assert imported is not None and manager.select_plan(imported.stored.id)
    assert manager.about.text() == "<b>粗体</b> & <i>斜体</i>"
    assert manager.about.textFormat() == Qt.TextFormat.PlainText

def test_the_english_message_of_a_plan_put_in_force_lists_with_commas(qtbot, qapp, shop, manager, messages, tmp_path):
    """Putting a plan in force said the metrics it brought and the departments keeping their own plan joined with
    「、」 in the English window."""
    from ui.main import install_translators

    for dept in ("客服部", "售后部"):
        shop.staff.add(StaffDraft(name=f"{dept}甲", dept=dept))
        shop.awards.plans.use("taobao-kefu", dept)
    data = json.loads(dump_plan(load_preset("after-sales")))
    data["name"] = "售后考核方案"
    data["metrics"].append({"key": "returns_handled", "name": "退货处理数", "unit": "count", "decimals": 0,
                            "higher_is_better": True, "aggregation": "sum"})
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    install_translators(qapp, "en")
    try:
        imported = manager.import_file(path)
        assert imported is not None and manager.select_plan(imported.stored.id)
        assert manager.use_selected(choice=(None, None)) is not None
    finally:
        install_translators(qapp, "zh")
    said = messages.of("info")[-1]
    assert "考核得分, 退货处理数" in said and "售后部, 客服部" in said and "、" not in said, said


def test_where_a_plan_is_in_force_reads_as_english(qtbot, qapp, shop, manager, copied):
    """The plans' 生效情况 column read "All departments all periods" and joined two places with 「；」 in English."""
    from ui.main import install_translators

    for dept in ("客服部", "售后部"):
        shop.staff.add(StaffDraft(name=f"{dept}甲", dept=dept))
        shop.awards.plans.use_stored(copied.id, dept, "2026-10" if dept == "售后部" else None)
    install_translators(qapp, "en")
    try:
        manager.refresh()
        row = next(r for r in range(manager.plans.rowCount()) if manager.plans.item(r, 0).text() == copied.label)
        shown = manager.plans.item(row, 3).text()
    finally:
        install_translators(qapp, "zh")
    assert shown in ("客服部, all periods; 售后部, from 2026-10", "售后部, from 2026-10; 客服部, all periods"), shown


def test_a_plan_put_in_force_everywhere_reads_as_english(qtbot, qapp, shop, manager, copied, messages):
    """English said "is now used for All departments" (a capital mid-sentence), and the 生效自 cell of a plan
    in force in every period read "all periods" where a cell starts with a capital."""
    from ui.main import install_translators

    install_translators(qapp, "en")
    try:
        assert manager.select_plan(copied.id) and manager.use_selected(choice=(None, None)) is not None
        cells = [manager.in_force.item(0, c).text() for c in range(2)]
    finally:
        install_translators(qapp, "zh")
    assert messages.of("info")[-1].startswith(f'Plan "{copied.label}" is now used for all departments, all periods.')
    assert cells == ["All departments", "All periods"]


def test_a_preset_refused_when_put_in_force_leaves_no_copy(shop, manager, messages):
    """设为生效 on a preset copies it and puts the copy in force as one action: refused (its own 考核得分 beside
    the shop's), the shop is left without a copy nobody chose, and the list shows no new row."""
    shop.metric_service.add_custom("考核得分", key="kaohe")
    shop.reload_metrics()
    rows = manager.plans.rowCount()
    assert manager.select_preset("after-sales")
    assert manager.use_selected(choice=(None, None)) is None
    assert "考核得分" in messages.of("error")[-1]
    assert shop.awards.plans.stored() == [] and shop.awards.plans.assignments() == []
    assert manager.plans.rowCount() == rows and not manager.changed
