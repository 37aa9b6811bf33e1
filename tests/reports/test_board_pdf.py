import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from app.domain import StaffDraft
from app.periods import Month
from app.reports.board_pdf import write_board_pdf
from app.shop import Shop

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "pdf"
OCT = Month(2026, 10)


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    sales = shop.metrics.get("sales")
    for i, name in enumerate(["小美", "欧阳娜娜娜", "A&B <客服>", "阿花" * 10]):
        person = shop.staff.add(StaffDraft(name=name, dept="客服部"))
        shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
        for day in range(1, 20):
            shop.data.set_value(date(2026, 10, day), person.id, sales, 50_000 * (i + 1))
    yield shop
    shop.close()


def test_board_pdf_has_the_numbers_and_embeds_the_font(shop, tmp_path):
    out = write_board_pdf(shop.progress(OCT), "小橙子旗舰店", tmp_path / "board.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "小橙子旗舰店" in text and "2026年10月" in text and "欧阳娜娜娜" in text and "A&B <客服>" in text
    # 小美: 19 × ¥500 = ¥9,500 of ¥31,000 → 还差 ¥21,500.00
    assert "¥21,500.00" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # TrueType embedded
    assert all("+" in str(name) for name in fonts)  # subset fonts carry a XXXXXX+ prefix
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        for char in page.chars:  # nothing drawn outside the page
            assert 0 <= char["x0"] and char["x1"] <= page.width and 0 <= char["top"] and char["bottom"] <= page.height
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "board.pdf").write_bytes(out.read_bytes())
    try:
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(out), str(ARTIFACTS / "board")],
                       check=True, timeout=60)
    except FileNotFoundError:
        pytest.skip("pdftoppm (poppler-utils) is not installed; the PDF itself was checked")
