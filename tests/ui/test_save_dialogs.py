"""Every 「保存/导出…」 file dialog suggests a name in the exports folder, never the working folder: started from a
shortcut, that is the program's own folder (Program Files), where the owner cannot write or would never look."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app import paths
from app.domain import StaffDraft
from app.periods import Month
from ui.dialogs.award_dialogs import ReceiptDialog
from ui.pages.awards import AwardsPage
from ui.pages.certificates import CertificatesPage
from ui.plans.plan_dialog import PlanDialog


@pytest.fixture
def suggested(monkeypatch) -> list[Path]:
    """The file each save dialog suggests; the dialog is then cancelled."""
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
    _in_exports(suggested[-1], f"{page.pay_month().key()} 奖金发放表.xlsx")


def test_a_persons_receipt_is_suggested_in_the_exports_folder(qtbot, shop, suggested):
    person = shop.staff.add(StaffDraft(name="王小美", role="客服")).id
    shop.awards.plans.use("taobao-kefu")
    dialog = ReceiptDialog(shop, Month(2026, 9), person)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None
    _in_exports(suggested[-1], "王小美 2026-09 奖金计算单.pdf")


def test_certificates_are_suggested_in_the_exports_folder(qtbot, shop, suggested):
    page = CertificatesPage(shop)
    qtbot.addWidget(page)
    page.period.setCurrentText("2026-09")
    assert page.ask_save_path() is None
    _in_exports(suggested[-1], "2026-09 证书.pdf")


def test_a_plan_file_is_suggested_in_the_exports_folder(qtbot, shop, suggested):
    dialog = PlanDialog(shop)
    qtbot.addWidget(dialog)
    assert dialog.select_preset("taobao-kefu")
    assert dialog.export_file() is None
    _in_exports(suggested[-1], "淘宝客服激励方案.json")
