"""The 计算单's heading line (the person, their department and the pay month) wraps within the page: a long name
or department no longer pushes 发放月份 off the right edge."""

from datetime import date

import pdfplumber

from app.awards.receipt import MARGIN, write_receipt
from app.domain import StaffDraft
from app.periods import Quarter

from .conftest import SEP, draft_of, put

LONG_DEPT = "华东大区天猫旗舰店售前客户服务与会员运营管理中心第二分部"


def test_a_long_department_and_name_keep_the_heading_on_the_page(shop, team, tmp_path):
    sid = shop.staff.add(StaffDraft(name="欧阳𠮷祥·阿卜杜热合曼·买买提明", dept=LONG_DEPT,
                                    hired=date(2026, 3, 1))).id
    put(shop, sid, date(2026, 9, 3), 100_000)
    shop.events.add(date(2026, 9, 8), sid, "表扬")
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3))
    path = write_receipt(shop, SEP, sid, tmp_path / "long-heading.pdf")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = page.extract_text().replace("\n", "")
        outside = [c["text"] for c in page.chars if c["x1"] > page.width - MARGIN + 0.5]
    assert "发放月份：2026年9月" in text
    assert outside == []


def _heading_lines(path):
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[0].extract_text().split("\n")
    return lines[1:lines.index(next(x for x in lines if x.startswith("2026年9月（")))]


def test_the_heading_breaks_between_the_name_the_department_and_the_pay_month(shop, team, tmp_path):
    """Never 「…（客服部） 发放月」 above 「份：2026年9月」, nor 「…（客」 above 「服部）…」: each part stays whole."""
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    seen = []
    for n in (31, 38):  # the name leaves room for part of 「发放月份：…」, then for part of 「（客服部）」
        person = shop.staff.get(team["甲"])
        shop.staff.edit(person.id, draft_of(person, name="欧阳" + "𠮷" * n), confirm_approved=True)
        seen.append(_heading_lines(write_receipt(shop, SEP, team["甲"], tmp_path / f"{n}.pdf")))
    assert seen == [["欧阳" + "𠮷" * 31 + "（客服部）", "发放月份：2026年9月"],
                    ["欧阳" + "𠮷" * 38, "（客服部） 发放月份：2026年9月"]]
