"""A ranked award (a ranking, 红花榜 top N) prints its place: 「红花榜」第一名, ties sharing it, or where the
citation's {名次} asks for it."""

from datetime import date

import pytest

from app.certificates.citation import check_template, place_text
from app.certificates.sources import award_requests
from app.domain import StaffDraft
from app.i18n import set_language
from app.periods import Year
from app.rules.ranking import place_of

from .conftest import page_texts, to_png

YEAR = Year(2026)


@pytest.fixture
def flower_year(shop):
    """甲 3 flowers, 乙 and 丙 2 each (tied second), 丁 1; taobao-kefu's 红花榜 pays the top 3 places."""
    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2026, 3, 1))).id for n in "甲乙丙丁"}
    bosses = [shop.staff.add(StaffDraft(name=n, role="店长", hired=date(2026, 1, 1))).id for n in "王李赵钱"]
    for boss, who in ((0, "甲"), (0, "甲"), (1, "甲"), (1, "乙"), (2, "乙"), (2, "丙"), (3, "丙"), (3, "丁")):
        shop.flowers.issue(bosses[boss], ids[who], "主动跟进差评客户", day=date(2026, 10, 8))
    shop.awards.plans.use("taobao-kefu")
    return ids


def test_place_words():
    assert [place_text(n) for n in (1, 2, 3, 10, 12, 20, 21, None)] == \
        ["第一名", "第二名", "第三名", "第十名", "第十二名", "第二十名", "第二十一名", ""]
    assert check_template("{姓名}荣获「{奖项}」{名次}") == "{姓名}荣获「{奖项}」{名次}"


def test_the_year_top_three_certificates_say_their_places(service, shop, flower_year, tmp_path):
    shop.awards.approve(YEAR, confirm=True)
    requests, approved = award_requests(shop, YEAR)
    assert approved
    assert sorted((r.recipient, r.place) for r in requests if r.award == "红花榜") == \
        [("丙", 2), ("乙", 2), ("甲", 1)]  # 丁 (4th) gets no certificate; the tie shares second place
    ranked = [r for r in requests if r.award == "红花榜"]
    out = service.print_pdf(ranked, tmp_path / "year.pdf", service.options(), shop_name="店")
    texts = [t.replace("\n", "") for t in page_texts(tmp_path / "year.pdf")]
    by_name = {c.recipient: text for c, text in zip(out.certificates, texts, strict=True)}
    assert "「红花榜」第一名" in by_name["甲"] and "「红花榜」第二名" in by_name["乙"] and "第二名" in by_name["丙"]
    to_png(tmp_path / "year.pdf", "places-classic")
    # the citation's {名次} puts it there instead (and only there)
    options = service.options(template="modern", citation="{姓名}：在{期间}荣获「{奖项}」{名次}，特发此证。")
    service.print_pdf(ranked[:1], tmp_path / "modern.pdf", options, shop_name="店")
    text = page_texts(tmp_path / "modern.pdf")[0].replace("\n", "")
    assert text.count("第一名") == 1 and "荣获「红花榜」第一名，特发此证" in text
    to_png(tmp_path / "modern.pdf", "places-modern")


def test_unranked_awards_print_no_place(service, shop, flower_year, tmp_path):
    requests, _ = award_requests(shop, YEAR, draft=True)
    assert all(r.place is None for r in requests if r.award != "红花榜")
    options = service.options(citation="{姓名}荣获「{奖项}」{名次}。")
    from app.certificates.model import CertificateRequest

    service.print_pdf([CertificateRequest("小美", "最佳服务奖", YEAR)], tmp_path / "u.pdf", options, shop_name="店")
    assert "荣获「最佳服务奖」。" in page_texts(tmp_path / "u.pdf")[0].replace("\n", "")


def test_the_place_is_read_from_a_line_computed_in_english(shop, flower_year):
    set_language("en")
    try:
        lines = shop.awards.compute(YEAR).lines
    finally:
        set_language("zh")
    assert sorted(place_of(x.rule_kind, x.explanation) or 0 for x in lines if x.award == "红花榜") == [1, 2, 2]
    assert place_of("best", "排名第 1") is None
