"""Every 「保存/导出…」 file dialog suggests a name in the exports folder, never the working folder: started from a
shortcut, that is the program's own folder (Program Files), where the owner cannot write or would never look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import paths
from app.domain import StaffDraft
from app.periods import Month
from app.settings import SHOP_NAME
from ui.dialogs.award_dialogs import ReceiptDialog
from ui.importing.export_dialog import ExportDialog
from ui.pages.awards import AwardsPage
from ui.pages.certificates import CertificatesPage
from ui.plans.plan_dialog import PlanDialog


@pytest.fixture
def suggested(monkeypatch, qsettings) -> list[Path]:
    """The file each save dialog suggests; the dialog is then cancelled. No certificates were saved before (the 证书
    page's save starts where the last one went, kept in the window's settings: another test's save is not this one's)."""
    from ui.pages import certificate_output

    monkeypatch.setattr(certificate_output, "window_settings", lambda: qsettings)
    seen: list[Path] = []

    def cancel(_parent, _title, suggestion="", _filter="", *_args, **_kwargs):
        seen.append(Path(suggestion))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancel))
    return seen


def _in_exports(path: Path, name: str) -> None:
    assert path == paths.exports_dir() / name
    assert path.parent.is_dir()  # a dialog opened on a missing folder would fall back to the working folder


def test_payout_and_everyones_receipts_are_suggested_in_the_exports_folder(qtbot, shop, suggested):
    person = shop.staff.add(StaffDraft(name="王小美", role="客服")).id
    shop.awards.plans.use("taobao-kefu")
    page = AwardsPage(shop)
    qtbot.addWidget(page)
    # something to pay: a month paying nothing says so and asks for no file
    shop.awards.add_manual(page.pay_month(), "月度心愿奖", staff_id=person, item="蓝牙耳机", amount_fen=30_000,
                           reason="服务好")
    assert page.export_payout() is not None  # who is paid is found by a worker, then the file is asked for
    qtbot.waitUntil(lambda: bool(suggested) and not page.exporting)
    _in_exports(suggested[-1], f"奖金发放表_我的淘宝店_{page.pay_month().key()}.xlsx")


def test_a_persons_receipt_is_suggested_in_the_exports_folder(qtbot, shop, suggested):
    person = shop.staff.add(StaffDraft(name="王小美", role="客服")).id
    shop.awards.plans.use("taobao-kefu")
    dialog = ReceiptDialog(shop, Month(2026, 9), person)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None
    _in_exports(suggested[-1], "奖金计算单_王小美_我的淘宝店_2026-09.pdf")  # beside the month's payout sheet


def test_certificates_are_suggested_in_the_exports_folder(qtbot, shop, suggested):
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.period.setCurrentText("2026-09")
    assert page.ask_save_path() is None
    _in_exports(suggested[-1], "证书_我的淘宝店_2026-09.pdf")
    page.period.setCurrentText("9/2026")  # typed, not a period the page reads: the name keeps it, Windows-safe
    assert page.ask_save_path() is None
    _in_exports(suggested[-1], "证书_我的淘宝店_9_2026.pdf")  # not a folder 证书_我的淘宝店_9 that is not there


def test_a_plan_file_is_suggested_in_the_exports_folder(qtbot, shop, suggested):
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.select_preset("taobao-kefu")
    assert dialog.export_file() is None
    _in_exports(suggested[-1], f"淘宝客服激励方案_我的淘宝店_{shop.today.isoformat()}.json")


def test_a_plan_named_with_a_slash_is_suggested_as_one_file_not_a_folder(qtbot, shop, suggested):
    """A plan named 客服/售后 offered 客服/售后.json: a file in a folder 客服 that is not there."""
    stored = shop.awards.plans.copy_preset("taobao-kefu", name="客服/售后").stored
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.select_plan(stored.id)
    assert dialog.export_file() is None
    _in_exports(suggested[-1], f"客服_售后_我的淘宝店_{shop.today.isoformat()}.json")


def test_the_audit_log_is_suggested_with_the_shops_name_and_the_day(qtbot, shop, suggested):
    """Every shop's 操作日志 was offered as 操作日志.xlsx in the one folder: the second shop's overwrote the first's."""
    from ui.widgets.audit_view import AuditView

    view = AuditView(shop)
    qtbot.addWidget(view)
    assert view.export() is None
    _in_exports(suggested[-1], f"操作日志_我的淘宝店_{shop.today.isoformat()}.xlsx")


def test_exports_every_shop_saves_to_the_one_folder_carry_the_shops_name(qtbot, shop, suggested):
    """Two shops on one PC suggested the same 2026-09 证书.pdf, 奖金发放表 and 红花榜数据 in the one exports folder:
    each name carries its shop's, cut as the posters' are (`shop_stem`), so an owner does not mix them."""
    long_name = "小橙子旗舰店" * 10 + ":二号"  # past the 40 characters a name part keeps, with a character Windows refuses
    shop.settings.set(SHOP_NAME, long_name)
    kept = "小橙子旗舰店" * 6 + "小橙子旗"  # its first 40 characters
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.period.setCurrentText("2026-09")
    assert page.ask_save_path() is None
    _in_exports(suggested[-1], f"证书_{kept}_2026-09.pdf")
    dialog = ExportDialog(shop, Month(2026, 9))
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()) == paths.exports_dir() / f"红花榜数据_{kept}_2026年09月.xlsx"
    shop.settings.set(SHOP_NAME, "分店")
    person = shop.staff.add(StaffDraft(name="王小美", role="客服")).id
    shop.awards.plans.use("taobao-kefu")
    awards = AwardsPage(shop)
    qtbot.addWidget(awards)
    shop.awards.add_manual(awards.pay_month(), "月度心愿奖", staff_id=person, item="蓝牙耳机", amount_fen=30_000,
                           reason="服务好")
    assert awards.export_all_receipts() is not None
    qtbot.waitUntil(lambda: bool(suggested) and suggested[-1].suffix == ".pdf" and not awards.exporting)
    _in_exports(suggested[-1], f"奖金计算单（全员）_分店_{awards.pay_month().key()}.pdf")


def test_flower_cards_carry_the_shops_name_too(qtbot, shop, suggested):
    """Two shops printing their cards on one day were both offered 小红花卡_2026-10-19.pdf in the one folder."""
    from flowers_support import make_team

    from ui.pages.flowers import FlowersPage

    _, ids = make_team(shop)
    shop.flowers.issue(ids["王店长"], ids["小美"], "主动跟进差评客户", day=shop.today)
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.print_cards() is None
    _in_exports(suggested[-1], f"小红花卡_我的淘宝店_{shop.today.isoformat()}.pdf")


def test_a_long_plan_name_in_a_long_named_shop_is_suggested_a_name_that_can_be_written(qtbot, shop, suggested):
    """40 characters of a plan's name beside 40 of the shop's made 257 bytes, past the 255 a file name may take on
    Linux and macOS: the plan's name is cut further, so the file, and a second one of the day, are written."""
    shop.settings.set(SHOP_NAME, "小橙子旗舰店" * 10)
    stored = shop.awards.plans.copy_preset("taobao-kefu", name="客服部全年激励方案" * 6).stored
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.select_plan(stored.id)
    assert dialog.export_file() is None
    offered = suggested[-1]
    assert offered.name.startswith("客服部全年激励方案客服部") and "_小橙子旗舰店" in offered.name
    assert len(paths.unused_path(offered).name.encode()) <= 255
    assert dialog.export_file(offered) == offered and offered.exists()
    second = paths.unused_path(offered)
    assert dialog.export_file(second) == second and second.exists()
