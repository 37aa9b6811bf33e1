"""A new shop on the preset plan whose approved month has winners but no award that gives a 奖状 (阶段目标奖
pays cash only): by default nothing is listed, as before; asked for all the winners, they get certificates
numbered and recorded like the others, and a reprint keeps each number."""

from datetime import date

import pytest

from app.awards.model import Line
from app.certificates import numbering
from app.certificates.sources import Winners, award_requests, winners
from app.domain import StaffDraft

from .conftest import SEP, page_texts, to_png


@pytest.fixture
def first_month(shop):
    """小美 and 阿强 beat September's target by more than 20% (阶段目标奖 ¥500, no 奖状); 大刘 misses it."""
    sales = shop.metrics.get("sales")
    for name, fen in (("小美", 1_513_631), ("阿强", 1_967_990), ("大刘", 900_000)):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部", hired=date(2026, 9, 1))).id
        shop.targets.set_staff(SEP, person, sales, 1_000_000)
        shop.data.set_value(date(2026, 9, 10), person, sales, fen)
    shop.awards.plans.use("taobao-kefu")
    shop.awards.approve(SEP, confirm=True)


def test_by_default_only_awards_that_give_a_certificate_are_listed(shop, first_month):
    assert award_requests(shop, SEP) == ([], True)
    assert winners(shop, SEP).without_certificate() == 2


def test_all_the_winners_get_numbered_certificates_and_a_reprint_keeps_the_numbers(service, shop, first_month,
                                                                                  tmp_path):
    requests, approved = award_requests(shop, SEP, all_winners=True)
    assert approved
    assert sorted((r.recipient, r.award, r.value_text) for r in requests) == [
        ("小美", "阶段目标奖", "¥500.00"), ("阿强", "阶段目标奖", "¥500.00")]
    first = service.print_pdf(requests, tmp_path / "九月.pdf", service.options(), shop_name="店")
    numbers = {c.recipient: c.number for c in first.certificates}
    assert sorted(numbers.values()) == ["HH-2026-09-0001", "HH-2026-09-0002"]
    texts = page_texts(tmp_path / "九月.pdf")
    assert all("阶段目标奖" in text and numbers[name] in text for text, name in zip(texts, ("阿强", "小美"),
                                                                                   strict=True))
    to_png(tmp_path / "九月.pdf", "all-winners-stage-award")

    again = service.print_pdf(award_requests(shop, SEP, all_winners=True)[0], tmp_path / "重印.pdf",
                              service.options(), shop_name="店")
    assert {c.recipient: c.number for c in again.certificates} == numbers
    assert len(service.in_period(SEP)) == 2
    cert = first.certificates[0]
    assert service.verify(numbering.qr_payload(cert.number, cert.checksum)).status == "ok"  # its award line stands
    assert [len(service.store.certificates.prints(c.id)) for c in first.certificates] == [2, 2]


def test_a_period_with_both_lists_the_others_only_when_asked(shop, team):
    """表扬奖 gives no 奖状 in the test plan: left out by default, listed with all the winners."""
    shop.awards.approve(SEP, confirm=True)
    default = {r.award for r in award_requests(shop, SEP)[0]}
    everyone = award_requests(shop, SEP, all_winners=True)[0]
    assert default == {"阶段目标奖", "优秀部门"}
    assert sorted((r.award, r.value_text) for r in everyone if r.award == "表扬奖") == [("表扬奖", "¥20.00")] * 5
    assert {r.award for r in everyone} == {"阶段目标奖", "优秀部门", "表扬奖"}


def test_a_recipients_lines_of_one_award_are_one_certificate():
    """生日福利 pays ¥100 and gives a cake, two lines: one certificate (its number is keyed by recipient and
    award), worth both; two commission lines add up."""
    lines = (Line("staff", 3, "王丽娟", "客服部", "生日福利", "benefit", "cash", 10_000, None, "", False, "方案"),
             Line("staff", 3, "王丽娟", "客服部", "生日福利", "benefit", "item", 0, "生日蛋糕", "", False, "方案"),
             Line("staff", 10, "赵鹏", "售后部", "备件提成", "commission", "cash", 1_159, None, "", False, "方案"),
             Line("staff", 10, "赵鹏", "售后部", "备件提成", "commission", "cash", 1_604, None, "", False, "方案"))
    found = Winners(SEP, lines, {}, True)
    assert found.requests() == []
    assert [(r.recipient, r.award, r.value_text) for r in found.requests(all_winners=True)] == [
        ("王丽娟", "生日福利", "¥100.00、生日蛋糕"), ("赵鹏", "备件提成", "¥27.63")]
    assert found.without_certificate() == 2


def test_the_command_line_says_how_and_prints_them_with_all_winners(shop, first_month, db_path, tmp_path, capsys):
    from app.cli import main

    head = ["--db", str(db_path), "--today", "2026-10-20", "certificates"]
    shop.close()
    out = tmp_path / "九月.pdf"
    assert main([*head, "batch", "--period", "2026-09", "-o", str(out)]) == 2
    said = capsys.readouterr().err
    assert "2 位获奖者" in said and "--all-winners" in said and not out.exists()
    for _ in range(2):
        assert main([*head, "batch", "--period", "2026-09", "--all-winners", "-o", str(out)]) == 0
        assert "已生成 2 张证书" in capsys.readouterr().err
    assert main([*head, "list", "--period", "2026-09"]) == 0
    listed = capsys.readouterr().out
    assert "HH-2026-09-0001" in listed and "HH-2026-09-0002" in listed and "HH-2026-09-0003" not in listed
