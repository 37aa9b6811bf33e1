"""A ranked award (a ranking, 红花榜 top N) prints its place: 「红花榜」第一名, ties sharing it, or where the
citation's {名次} asks for it."""

from datetime import date

import pytest

from app.certificates.citation import check_template, place_text, shown_place
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


@pytest.fixture
def podium(shop):
    """丙 3 flowers, 乙 2, 甲 1: in name order (bing, jia, yi) 甲, third, would come before 乙, second."""
    ids = {n: shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2026, 3, 1))).id for n in "甲乙丙"}
    bosses = [shop.staff.add(StaffDraft(name=n, role="店长", hired=date(2026, 1, 1))).id for n in "王李赵"]
    for boss, who in ((0, "丙"), (1, "丙"), (2, "丙"), (0, "乙"), (1, "乙"), (2, "甲")):
        shop.flowers.issue(bosses[boss], ids[who], "主动跟进差评客户", day=date(2026, 10, 8))
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(YEAR, confirm=True)
    return ids


def test_a_ranked_award_prints_first_place_first(shop, podium, db_path, tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "year.pdf"
    code = main(["--db", str(db_path), "--today", "2026-10-20", "certificates", "batch", "--period", "2026",
                 "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    pages = [text.replace("\n", "") for text in page_texts(out)]
    assert [next(n for n in "甲乙丙" if n in text) for text in pages] == ["丙", "乙", "甲"]
    assert ["第一名" in pages[0], "第二名" in pages[1], "第三名" in pages[2]] == [True] * 3
    to_png(out, "places-order", page=2)


def test_ties_share_a_place_in_name_order_and_unranked_awards_stay_by_name():
    from app.certificates.checks import order_key
    from app.certificates.model import CertificateRequest

    requests = [CertificateRequest(name, award, YEAR, place=place) for name, award, place in (
        ("乙", "红花榜", 2), ("小美", "最佳服务奖", None), ("甲", "红花榜", 1), ("阿花", "最佳服务奖", None),
        ("丙", "红花榜", 2), ("手工", "红花榜", None))]
    assert [(r.award, r.recipient) for r in sorted(requests, key=order_key)] == [
        ("红花榜", "甲"), ("红花榜", "丙"), ("红花榜", "乙"), ("红花榜", "手工"),  # a hand-made one after the places
        ("最佳服务奖", "阿花"), ("最佳服务奖", "小美")]


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


@pytest.mark.parametrize(("template", "printed"), [
    # {名次} beside the award: only the place goes
    ("{姓名}荣获「{奖项}」{名次}。", "小美荣获「最佳服务奖」。"),
    # a clause of its own, which says nothing without a place: the clause goes with its mark
    ("{姓名}在{期间}表现突出，荣获{名次}，特发此证。", "小美在2026年度表现突出，特发此证。"),
    ("{姓名}在{期间}荣获「{奖项}」。名次：{名次}。", "小美在2026年度荣获「最佳服务奖」。"),
    ("{姓名}表现突出，荣获{名次}", "小美表现突出"),
    # the place as what was won, in a clause saying who: the award is what was won
    ("{姓名}在{期间}荣获{名次}。", "小美在2026年度荣获「最佳服务奖」。"),
    ("{姓名}在{期间}{奖项}评选中荣获{名次}！", "小美在2026年度最佳服务奖评选中荣获「最佳服务奖」！"),
    # in brackets: it goes with them (the award was printed twice, 荣获「最佳服务奖」（「最佳服务奖」）)
    ("{姓名}荣获「{奖项}」（{名次}），特发此证。", "小美荣获「最佳服务奖」，特发此证。"),
    ("{姓名}在{期间}荣获佳绩（{名次}）。", "小美在2026年度荣获佳绩。"),
    # joined to the award by a dash, before it, or first in the sentence: it goes, with what joins it
    ("{姓名}荣获{奖项} — {名次}！", "小美荣获最佳服务奖！"),
    ("{姓名}荣获{名次}「{奖项}」。", "小美荣获「最佳服务奖」。"),
    ("{名次}{姓名}荣获「{奖项}」。", "小美荣获「最佳服务奖」。"),
])
def test_a_place_field_on_an_award_without_places_reads_naturally(template, printed):
    """One citation serves every award of a job, ranked or not: an award without places left 「荣获。」 or
    「名次：。」 where the place would stand."""
    from app.certificates.citation import fill

    values = {"姓名": "小美", "期间": "2026年度", "奖项": "最佳服务奖", "名次": ""}
    assert fill(template, values) == printed
    assert "第一名" in fill(template, {**values, "名次": "第一名"})  # a ranked award's place is printed as written


def test_a_place_clause_is_dropped_on_the_page_of_an_award_without_places(service, tmp_path):
    from app.certificates.model import CertificateRequest

    options = service.options(citation="{姓名}在{期间}工作中表现突出，荣获{名次}，特发此证，以资鼓励。")
    service.print_pdf([CertificateRequest("小美", "最佳服务奖", YEAR)], tmp_path / "p.pdf", options, shop_name="店")
    text = page_texts(tmp_path / "p.pdf")[0].replace("\n", "")
    assert "小美在2026年度工作中表现突出，特发此证，以资鼓励。" in text
    to_png(tmp_path / "p.pdf", "place-clause-dropped")


def test_the_place_is_read_from_a_line_computed_in_english(shop, flower_year):
    set_language("en")
    try:
        lines = shop.awards.compute(YEAR).lines
    finally:
        set_language("zh")
    assert sorted(place_of(x.rule_kind, x.explanation) or 0 for x in lines if x.award == "红花榜") == [1, 2, 2]
    assert place_of("best", "排名第 1") is None


def _cli(db_path, capsys, *args: str) -> str:
    from app.cli import main

    capsys.readouterr()
    try:
        code = main(["--db", str(db_path), "--today", "2026-10-20", *args])
    finally:
        set_language("zh")
    said = capsys.readouterr()
    assert code == 0, said.err
    return said.out


def test_verify_says_the_place_in_the_language_of_its_messages(podium, db_path, tmp_path, capsys):
    """The certificate itself is Chinese (第二名, 2026年度); `--lang en` said 「Place: 第二名」 and 「Period: 2026年度」
    among English lines."""
    import json

    _cli(db_path, capsys, "certificates", "batch", "--period", "2026", "-o", str(tmp_path / "year.pdf"))
    number = {c["recipient"]: c["number"] for c in json.loads(_cli(db_path, capsys, "certificates", "list",
                                                                       "--period", "2026", "--json"))}
    assert "名次：第一名\n" in _cli(db_path, capsys, "certificates", "verify", number["丙"])
    assert "名次：第二名\n" in _cli(db_path, capsys, "certificates", "verify", number["乙"])
    english = _cli(db_path, capsys, "--lang", "en", "certificates", "verify", number["乙"])
    assert "Place: 2nd place\n" in english and "Period: 2026\n" in english, english  # not 第二名, 2026年度
    assert not [ch for ch in english if ch not in "乙红花榜" and ord(ch) > 0x2E80], english
    data = json.loads(_cli(db_path, capsys, "--lang", "en", "certificates", "verify", number["甲"], "--json"))
    assert data["place_now"] == "第三名"  # the JSON keeps what the paper says, for scripts


def test_a_changed_place_is_said_in_the_language_of_its_messages():
    from app.certificates.printed import Change

    change = Change("place", "第一名", "第二名")
    assert change.text() == "名次：第一名 → 第二名"
    set_language("en")
    try:
        assert change.text() == "Place: 1st place → 2nd place"
        assert Change("place", "", "第十二名").text() == "Place: none → 12th place"
        assert [shown_place(place_text(n)) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)] == [
            "1st place", "2nd place", "3rd place", "4th place", "11th place", "12th place", "13th place",
            "21st place", "22nd place", "23rd place", "101st place", "111th place"]
    finally:
        set_language("zh")
    assert shown_place("第十二名") == "第十二名"
