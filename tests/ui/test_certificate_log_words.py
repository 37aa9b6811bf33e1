"""The 操作日志 tells a saved PDF from pages sent to a printer: both were logged 打印证书 / 打印奖状, so an owner
who only saved a PDF read that certificates had been printed. The 操作 column names them as their 内容 does, by
the page's word 证书 (a print was 打印奖状 beside 打印证书 2 张, a seal 奖状图片 beside 证书图片（印章）)."""

from __future__ import annotations

from app.certificates.glyphs import FontPlan
from app.certificates.model import CertificateRequest
from app.certificates.service import CertificateService
from app.periods import Month
from ui.models.audit_model import AuditTableModel

OCT = Month(2026, 10)
WORDS = {  # language: (the save's 操作 and 内容, the print's)
    "zh": (("保存证书 PDF", "保存证书 PDF 2 张：HH-2026-10-0001…"), ("打印证书", "打印证书 2 张：HH-2026-10-0001…")),
    "en": (("Save certificates as PDF", "Saved 2 certificates as PDF: HH-2026-10-0001…"),
           ("Print certificates", "Printed 2 certificates: HH-2026-10-0001…")),
}


def _newest_row(shop) -> tuple[str, str]:
    model = AuditTableModel()
    model.set_entries(shop.store.audit.recent(limit=1))
    return model.index(0, 2).data(), model.index(0, 3).data()


def test_a_saved_pdf_is_logged_as_saved_and_a_print_as_printed(shop, tmp_path, lang):
    service = CertificateService(shop.store, shop.ctx, shop.settings, FontPlan.sans_only(fallbacks=()))
    requests = [CertificateRequest(name, "销售冠军奖", OCT) for name in ("阿花", "小美")]
    saved = service.print_pdf(requests, tmp_path / "奖状.pdf", service.options(), shop_name="店")
    saving, printing = WORDS[lang]
    assert _newest_row(shop) == saving
    service.record_print(saved.certificates, 1, "办公室打印机", service.options())
    assert _newest_row(shop) == printing
    assert [e.action for e in shop.store.audit.recent(limit=2)] == ["certificate.print", "certificate.save_pdf"]


def test_the_certificate_actions_are_named_by_the_pages_word(shop):
    service = CertificateService(shop.store, shop.ctx, shop.settings, FontPlan.sans_only(fallbacks=()))
    service.clear_image("seal")
    operation, summary = _newest_row(shop)
    assert operation == "证书图片" and "证书图片" in summary


def test_a_certificate_given_the_persons_new_name_is_named_in_the_log(shop, tmp_path):
    from dataclasses import replace

    from app.certificates.model import STAFF
    from app.domain import StaffDraft

    service = CertificateService(shop.store, shop.ctx, shop.settings, FontPlan.sans_only(fallbacks=()))
    person = shop.staff.add(StaffDraft(name="刘佳怡"))
    request = CertificateRequest("刘佳怡", "销售冠军奖", OCT, None, STAFF, person.id)
    service.print_pdf([request], tmp_path / "a.pdf", service.options(), shop_name="店")
    service.print_pdf([replace(request, recipient="刘家怡")], tmp_path / "b.pdf", service.options(), shop_name="店")
    rename = next(e for e in shop.store.audit.recent(limit=2) if e.action == "certificate.rename")
    model = AuditTableModel()
    model.set_entries([rename])
    assert (model.index(0, 2).data(), model.index(0, 3).data()) == ("证书姓名更新",
                                                                    "证书改用现在的姓名：HH-2026-10-0001 刘佳怡 → 刘家怡")


def test_rows_logged_before_the_space_in_pdf_are_found_either_way(qtbot, shop):
    """保存证书PDF became 保存证书 PDF: a filter typed either way finds the rows written before and after."""
    from app.audit import AuditEntry
    from ui.widgets.audit_view import AuditView

    view = AuditView(shop)
    qtbot.addWidget(view)
    view.model.set_entries([AuditEntry(2, "2026-10-20T10:00:00", "owner", "certificate.save_pdf", "保存证书 PDF 2 张：新"),
                            AuditEntry(1, "2026-09-20T10:00:00", "owner", "certificate.save_pdf", "保存证书PDF 1 张：旧"),
                            AuditEntry(3, "2026-09-21T10:00:00", "owner", "staff.add", "新增员工 小美")])
    for typed in ("保存证书PDF 1", "保存证书 PDF 1", "证书pdf 2 张"):
        view.filter_edit.setText(typed)
        found = view.visible_summaries()
        assert len(found) == 1 and found[0].startswith("保存证书"), (typed, found)
    for typed in ("保存证书PDF", "保存证书 pdf"):
        view.filter_edit.setText(typed)
        assert len(view.visible_summaries()) == 2, typed
