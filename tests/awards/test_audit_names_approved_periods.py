"""The audit log (设置 → 操作日志 and its Excel export) says which approved periods a change was confirmed for: the
owner looking for what changed an approved month found a plain 「部门 售后部 改名为 客服部」 or a data entry, the
periods kept only in the row's hidden detail."""

from datetime import date

import openpyxl

from app.exporting import export_audit

from .conftest import SEP


def test_a_change_confirmed_for_an_approved_month_says_so_in_the_log(shop, team, tmp_path):
    from ui.models.audit_model import AuditTableModel

    shop.awards.approve(SEP, confirm=True)
    shop.data.set_value(date(2026, 9, 5), team["甲"], shop.metrics.get("sales"), 100, confirm_approved=True)
    shop.staff.rename_department(shop.store.departments.by_name("售后部").id, "售后二部")
    [changed, renamed] = shop.store.audit.recent(2)[::-1]
    assert changed.content().endswith("（改动了评奖已批准的 2026年9月）"), changed.content()
    assert renamed.content() == renamed.summary == "部门 售后部 改名为 售后二部"  # it changed no approved period
    model = AuditTableModel()
    model.set_entries(shop.store.audit.recent())
    assert model.index(1, 3).data() == changed.content()
    sheet = openpyxl.load_workbook(export_audit(shop.store, tmp_path / "操作日志.xlsx")).worksheets[0]
    assert sheet["D3"].value == changed.content()
