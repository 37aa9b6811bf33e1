"""The 计算单's heading line (the person, their department and the pay month) wraps within the page: a long name
or department no longer pushes 发放月份 off the right edge."""

from datetime import date

import pdfplumber

from app.awards.receipt import MARGIN, write_receipt
from app.domain import StaffDraft
from app.periods import Quarter

from .conftest import SEP, put

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
