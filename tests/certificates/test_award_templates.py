"""A template per award as well as per run: an award's own template is used unless the job forces one."""

import pytest
from pypdf import PdfReader

from app.certificates.model import CertificateRequest, Options
from app.certificates.render import PAGE_SIZES, runs_of_templates
from app.errors import UserError

from .conftest import OCT, page_texts, to_png

A4_LANDSCAPE, A4_PORTRAIT = PAGE_SIZES["a4-landscape"], PAGE_SIZES["a4-portrait"]


def req(name, award):
    return CertificateRequest(name, award, OCT)


def _sizes(path):
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


def test_award_templates_are_saved_checked_and_cleared(service, shop):
    assert service.award_templates() == {}
    service.set_award_template(" 销售冠军奖 ", "modern")
    service.set_award_template("小红花卡", "card")
    assert service.award_templates() == {"销售冠军奖": "modern", "小红花卡": "card"}
    assert dict(service.options().award_templates) == {"销售冠军奖": "modern", "小红花卡": "card"}
    service.set_award_template("销售冠军奖", None)
    assert service.award_templates() == {"小红花卡": "card"}
    with pytest.raises(UserError, match="模板"):
        service.set_award_template("销售冠军奖", "fancy")
    with pytest.raises(UserError, match="奖项名称不能为空"):
        service.set_award_template("  ", "modern")
    with pytest.raises(UserError, match="最佳服务奖"):
        service.options(award_templates=(("最佳服务奖", "fancy"),))
    assert shop.store.audit.recent(action_prefix="setting.set")[0].summary.startswith("设置「各奖项的证书模板」")


def test_template_for_uses_the_award_then_the_job():
    chosen = Options(template="classic", award_templates=(("销售冠军奖", "modern"),))
    assert chosen.template_for("销售冠军奖") == "modern" and chosen.template_for(" 销售冠军奖") == "modern"
    assert chosen.template_for("最佳服务奖") == "classic"


def test_a_batch_prints_each_award_with_its_own_template(service, shop, tmp_path):
    service.set_award_template("最佳服务奖", "modern")
    service.set_award_template("小红花之星", "card")
    requests = [req("小美", "最佳服务奖"), req("阿花", "销售冠军奖"), req("小刚", "小红花之星"), req("小丽", "小红花之星"),
                req("欧阳娜娜娜", "销售冠军奖")]
    pdf = tmp_path / "mixed.pdf"
    out = service.print_pdf(requests, pdf, service.options(), shop_name="小橙子旗舰店")
    # ordered by award (销 before 小 in GB18030, then 最), then name; the two cards share one sheet
    assert [(c.award, c.recipient) for c in out.certificates] == [
        ("销售冠军奖", "阿花"), ("销售冠军奖", "欧阳娜娜娜"), ("小红花之星", "小刚"), ("小红花之星", "小丽"),
        ("最佳服务奖", "小美")]
    texts = [text.replace(" ", "") for text in page_texts(pdf)]
    assert len(texts) == 4
    assert "奖状" in texts[0] and "阿花" in texts[0] and "欧阳娜娜娜" in texts[1]  # classic, the default
    assert "小刚" in texts[2] and "小丽" in texts[2] and "奖状" not in texts[2]  # card
    assert "荣誉证书" in texts[3] and "小美" in texts[3]  # modern
    assert _sizes(pdf) == [tuple(map(round, A4_LANDSCAPE))] * 4  # 4 cards to a sheet: A4 landscape too
    printed = {c.recipient: shop.store.certificates.prints(c.id)[0].template for c in out.certificates}
    assert printed == {"小刚": "card", "小丽": "card", "阿花": "classic", "欧阳娜娜娜": "classic", "小美": "modern"}
    to_png(pdf, "mixed-templates-card", 3)
    to_png(pdf, "mixed-templates-modern", 4)


def test_eight_cards_to_a_sheet_change_the_paper_within_one_pdf(service, tmp_path):
    service.set_award_template("小红花之星", "card")
    pdf = tmp_path / "paper.pdf"
    service.print_pdf([req("小美", "最佳服务奖"), req("小刚", "小红花之星")], pdf,
                      service.options(cards_per_sheet=8), shop_name="店")
    assert _sizes(pdf) == [tuple(map(round, A4_PORTRAIT)), tuple(map(round, A4_LANDSCAPE))]  # card, classic


def test_a_job_can_force_one_template_on_every_award(service, shop, tmp_path):
    service.set_award_template("最佳服务奖", "modern")
    pdf = tmp_path / "forced.pdf"
    out = service.print_pdf([req("小美", "最佳服务奖"), req("阿花", "销售冠军奖")], pdf,
                            service.options(template="classic", award_templates=()), shop_name="店")
    assert all("奖状" in text.replace(" ", "") for text in page_texts(pdf))
    assert {shop.store.certificates.prints(c.id)[0].template for c in out.certificates} == {"classic"}


def test_split_files_use_the_awards_template_too(service, tmp_path):
    service.set_award_template("最佳服务奖", "modern")
    out = service.print_pdf([req("小美", "最佳服务奖"), req("阿花", "销售冠军奖")], None, service.options(),
                            shop_name="店", split_dir=tmp_path / "each")
    by_name = {p.name.split("_")[0]: page_texts(p)[0].replace(" ", "") for p in out.paths}
    assert "荣誉证书" in by_name["小美"] and "奖状" in by_name["阿花"]


def test_the_preview_uses_the_awards_template(service, tmp_path):
    service.set_award_template("最佳服务奖", "modern")
    preview = service.preview(req("小美", "最佳服务奖"), tmp_path / "p.pdf", service.options(), shop_name="店")
    assert "荣誉证书" in page_texts(preview)[0].replace(" ", "")


def test_runs_of_templates_keep_the_order():
    from app.certificates.model import Sheet

    def sheet(award):
        return Sheet(recipient="x", award=award, period_label="", citation="", value_line="", shop_name="",
                     date_text="", number="", checksum="", qr_payload="")

    chosen = Options(award_templates=(("b", "modern"),))
    runs = runs_of_templates([sheet("a"), sheet("a"), sheet("b"), sheet("c")], chosen)
    assert [(name, [s.award for s in group]) for name, group in runs] == [
        ("classic", ["a", "a"]), ("modern", ["b"]), ("classic", ["c"])]


def test_the_audit_log_names_templates_and_papers_as_the_page_does(service, shop):
    """It wrote 设置「证书模板」：classic → modern and the award templates as {'销售冠军奖': 'modern'}."""
    service.save_options(Options(template="modern", page="a5-portrait"))
    service.set_award_template("销售冠军奖", "card")
    summaries = [a.summary for a in shop.store.audit.recent(action_prefix="setting.set")]
    assert "设置「证书模板」：经典奖状 → 现代荣誉证书" in summaries
    assert "设置「证书纸张」：A4 横向 → A5 纵向" in summaries
    assert "设置「各奖项的证书模板」：（空） → 销售冠军奖：小卡片" in summaries
