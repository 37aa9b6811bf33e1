import re
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from app.demo import generate_demo
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


def test_a_name_with_a_character_the_bundled_font_lacks_prints_it(shop, tmp_path):
    """𠮷 is not in Noto Sans SC: the board PDF printed a box for it (the bundled LXGW WenKai has it)."""
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="𠮷田美", dept="客服部"))
    shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
    out = write_board_pdf(shop.progress(OCT), "小橙子旗舰店", tmp_path / "board.pdf")
    page = PdfReader(out).pages[0]
    assert "𠮷田美" in page.extract_text()
    assert any("LXGWWenKai" in str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values())


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


# ---- layout: inside the margins, numbers right-aligned, readable when printed, 40+ staff over pages

MARGIN = 36
MONEY = re.compile(r"^-?¥[\d,]+\.\d\d$")
PERCENT = re.compile(r"^\d+\.\d%$")
NUMBER_COLUMNS = ("已完成", "目标", "还差", "日均需", "完成率")


@pytest.fixture
def big_shop(tmp_path):
    """45 people in four departments with a month of results (the demo shop's generator, quick and varied)."""
    shop = Shop.open(tmp_path / "big.db", date(2026, 10, 20))
    generate_demo(shop, staff=45, months=1)
    yield shop
    shop.close()


def _words(page):
    return page.extract_words(keep_blank_chars=False, x_tolerance=1.5, use_text_flow=True)


def _table_words(page):
    """(header words by title, words below the header row)."""
    words = _words(page)
    headers = {w["text"]: w for w in words if w["text"] in ("姓名", "部门", "状态", *NUMBER_COLUMNS)}
    assert {"姓名", "部门", "状态", *NUMBER_COLUMNS} <= set(headers), [w["text"] for w in words][:40]
    header_bottom = headers["姓名"]["bottom"]
    return headers, [w for w in words if w["top"] > header_bottom]


def _check_page_layout(page):
    """Everything between the margins, nothing below 8 pt, and each number column flush right under its title."""
    right_edge = page.width - MARGIN
    for char in page.chars:
        assert char["x0"] >= MARGIN - 0.5 and char["x1"] <= right_edge + 0.5, (char["text"], char["x1"])
        assert char["size"] >= 8 - 0.01, (char["text"], char["size"])
    headers, body = _table_words(page)
    numbers = [w for w in body if MONEY.match(w["text"]) or PERCENT.match(w["text"])]
    assert numbers
    for word in numbers:
        # the column whose title is nearest to the number's right edge
        column = min(NUMBER_COLUMNS, key=lambda title: abs(headers[title]["x1"] - word["x1"]))
        assert word["x1"] == pytest.approx(headers[column]["x1"], abs=0.5), (word["text"], column)
    for title in ("已完成", "目标"):  # every row has these two: one right edge each, as many numbers as rows
        in_column = [w for w in numbers if abs(w["x1"] - headers[title]["x1"]) < 0.5]
        assert len(in_column) >= len([w for w in body if w["x0"] <= headers["姓名"]["x1"]]) - 1
    return headers, body


def test_the_team_line_says_its_total_counts_people_without_a_target(shop, tmp_path):
    """As the board says it: the total holds 阿强's sales, the target (the targets added up) has none of his."""
    helper = shop.staff.add(StaffDraft(name="阿强", dept="客服部"))
    shop.data.set_value(date(2026, 10, 1), helper.id, shop.metrics.get("sales"), 100_000)
    text = PdfReader(write_board_pdf(shop.progress(OCT, board=True), "店", tmp_path / "b.pdf")).pages[0].extract_text()
    assert "团队：¥96,000.00（含未设目标 1 人） / ¥124,000.00（77.4%）" in text


def test_the_table_fits_inside_the_margins_with_numbers_flush_right(shop, tmp_path):
    out = write_board_pdf(shop.progress(OCT), "小橙子旗舰店", tmp_path / "board.pdf")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        headers, body = _check_page_layout(page)
        # the status column ends where the team bar ends, not beyond it
        bars = [r for r in page.rects if r["width"] > 200]
        bar_right = max(r["x1"] for r in bars)
        assert bar_right == pytest.approx(page.width - MARGIN, abs=0.5)
        assert max(w["x1"] for w in body) <= bar_right + 0.5
        long_name = next(w for w in body if w["text"].startswith("阿花阿花"))  # cut inside its own column
        assert long_name["text"].endswith("…") and long_name["x1"] < headers["部门"]["x0"]
        # 小美: 19 × ¥500 = ¥9,500 of ¥31,000 = 30.6%
        row = sorted((w for w in body if abs(w["top"] - next(v for v in body if v["text"] == "小美")["top"]) < 2),
                     key=lambda w: w["x0"])
        assert [w["text"] for w in row if MONEY.match(w["text"]) or PERCENT.match(w["text"])] == [
            "30.6%", "¥9,500.00", "¥31,000.00", "¥21,500.00", "¥1,791.67"]


def test_forty_five_people_continue_on_a_second_page_with_the_header_repeated(big_shop, tmp_path):
    progress = big_shop.progress(OCT)
    names = [p.staff.name for p in progress.people]
    assert len(names) >= 40
    out = write_board_pdf(progress, "小橙子旗舰店", tmp_path / "board45.pdf")
    seen: list[str] = []
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 2
        for number, page in enumerate(pdf.pages, 1):
            headers, body = _check_page_layout(page)
            seen += [w["text"] for w in body if w["x1"] <= headers["姓名"]["x0"] + 100 and w["text"] in names]
            assert f"第 {number}/2 页" in page.extract_text()
        assert "（续）" in pdf.pages[1].extract_text()
    assert sorted(seen) == sorted(names)  # everyone once, nobody dropped or repeated
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "board45.pdf").write_bytes(out.read_bytes())
    try:
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(out), str(ARTIFACTS / "board45")], check=True, timeout=60)
    except FileNotFoundError:
        pytest.skip("pdftoppm (poppler-utils) is not installed; the PDF itself was checked")



def test_the_pdf_on_new_years_day_before_its_data_says_the_month_has_begun(shop, tmp_path):
    shop.set_today(date(2027, 1, 1))
    text = PdfReader(write_board_pdf(shop.progress(Month(2027, 1), board=True), "店", tmp_path / "b.pdf")
                     ).pages[0].extract_text()
    assert "本月第 1 天，还没有数据" in text and "尚未开始" not in text


def test_a_long_name_prints_whole_where_the_bars_keep_their_room(shop, tmp_path):
    """阿卜杜热合曼·买买提 printed as 阿卜杜热合曼… on a one-page board whose bars took half the page's width."""
    sales = shop.metrics.get("sales")
    person = shop.staff.add(StaffDraft(name="阿卜杜热合曼·买买提", dept="客服部"))
    shop.targets.set_staff(OCT, person.id, sales, 3_100_000)
    text = PdfReader(write_board_pdf(shop.progress(OCT), "店", tmp_path / "b.pdf")).pages[0].extract_text()
    assert "阿卜杜热合曼·买买提" in text


def test_a_long_shop_name_is_cut_in_the_title_not_the_month(shop, tmp_path):
    """杭州…（女装·童装·家居生活馆） · 2026… : the title lost the month and what the page shows to a long name."""
    name = "杭州小橙子电子商务有限公司天猫官方旗舰店（女装·童装·家居生活馆）"
    text = PdfReader(write_board_pdf(shop.progress(OCT), name, tmp_path / "b.pdf")).pages[0].extract_text()
    title = text.splitlines()[0]
    assert title.startswith("杭州小橙子") and "…" in title and title.endswith("2026年10月 销售额目标进度"), title
