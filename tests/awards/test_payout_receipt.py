"""The payout sheet (.xlsx) and the receipt (PDF) of a pay month."""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.awards.paymonth import pay_month, periods_ending_in
from app.awards.payout import netted_note, pay_rows, write_payout
from app.awards.receipt import people_paid, receipt_sections, write_receipt
from app.domain import StaffDraft
from app.errors import Cancelled, UserError
from app.periods import Month, Quarter

from .conftest import OCT, SEP, put

Q3 = Quarter(2026, 3)

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "pdf"


def _rows(ws):
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def _find(rows, first):
    return next(r for r in rows if r and r[0] == first)


@pytest.fixture
def approved(shop, team):
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=team["甲"], amount_fen=8000, reason="团队投票：咖啡机")
    shop.awards.adjust(SEP, team["乙"], 1234, "=HYPERLINK(\"http://x\")补发")
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)  # September ends the third quarter: plan A ranks Q3 sales
    return team


def test_periods_ending_in_december_and_june():
    assert [str(p) for p in periods_ending_in(Month(2026, 12))] == ["2026-12", "2026-Q4", "2026-H2", "2026"]
    assert [str(p) for p in periods_ending_in(Month(2026, 6))] == ["2026-06", "2026-Q2", "2026-H1"]
    assert [str(p) for p in periods_ending_in(Month(2026, 10))] == ["2026-10"]


def test_payout_sheet(shop, approved, tmp_path):
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "pay.xlsx")
    assert wb.sheetnames == ["发放表", "明细"]
    ws = wb["发放表"]
    rows = _rows(ws)
    header = _find(rows, "编号")
    assert header[:3] == ["编号", "姓名", "部门"]
    assert "基本工资" in header and "应发合计" in header  # plan B lists base pay (丙 ¥3,000.00)
    col = {name: i for i, name in enumerate(header) if name}
    by_name = {r[1]: r for r in rows if isinstance(r[0], int)}
    assert set(by_name) == {"甲", "乙", "丙"}
    甲, 乙, 丙 = by_name["甲"], by_name["乙"], by_name["丙"]
    # 甲: ¥500 + ¥100 + 2 × ¥20 = ¥640, plus Q3 rank 1 (¥22,000 vs 乙 ¥21,999.99) ¥1,500 = ¥2,140;
    # goods ¥80 listed apart and not in the cash
    assert (甲[col["阶段目标奖"]], 甲[col["阶梯奖励"]], 甲[col["表扬奖"]], 甲[col["季度排名奖"]],
            甲[col["奖金实发"]]) == (500, 100, 40, 1500, 2140)
    assert 甲[col["实物价值"]] == 80 and "心愿礼物" in 甲[col["实物与物品"]]
    # 乙: adjustment +¥12.34 (cash) − ¥200 complaint = −¥187.66
    assert (乙[col["扣款"]], 乙[col["奖金实发"]], 乙[col["阶段目标奖"]]) == (-200, -187.66, None)  # 0 left blank
    # 丙: base ¥3,000 + praise ¥30 = ¥3,030
    assert (丙[col["基本工资"]], 丙[col["奖金实发"]], 丙[col["应发合计"]]) == (3000, 30, 3030)
    total = _find(rows, "合计")
    assert total[col["奖金实发"]] == pytest.approx(2140 - 187.66 + 30, abs=0.001)  # 1,982.34
    assert summary.net_fen == 214000 - 18766 + 3000 == 198234
    assert summary.fixed_fen == 300000 and summary.team_fen == 50000 and summary.goods_fen == 8000
    money = ws.cell(row=rows.index(header) + 2, column=col["奖金实发"] + 1)
    assert money.number_format == "¥#,##0.00" and money.data_type == "n"
    assert ws.freeze_panes == f"C{rows.index(header) + 2}"
    team_row = next(r for r in rows if r[0] == "客服部" and r[1] == "优秀部门")
    assert team_row[3] == 500
    assert any(isinstance(r[0], str) and "个人所得税" in r[0] for r in rows)
    # 乙 owes: said on the sheet and in the summary, not only netted into the total
    assert summary.owing == [("乙", -18766)]
    assert ("注意：扣款超过奖励，奖金实发为负数：乙 -¥187.66（发放时从工资中扣除或按店铺规定处理）；"
            "奖金实发合计已减去这些金额（合计 -¥187.66）。") in [r[0] for r in rows]
    details = _rows(wb["明细"])
    adjustment = next(r for r in details if r[3] == "调整")
    assert adjustment[8].startswith("手动调整：=HYPERLINK")
    assert {r[4] for r in details[2:]} <= {"阶段目标", "阶梯", "按次", "排名", "单项冠军", "手动", "调整", "福利"}, "rules in Chinese"
    # September: 甲 3 + 心愿 = 4, 乙 complaint + adjustment = 2, 丙 1, team 1 → 8; Q3: 甲's ranking → 1; = 9
    assert len(details) - 2 == 9


def test_deductions_taken_from_the_fixed_pay_are_not_said_as_still_to_deduct(shop, team, tmp_path):
    # 丙 (售后方案, base pay ¥3,000.00): praise ¥30.00, adjustment −¥3,100.00 → awards net −¥3,070.00, already taken
    # off the 应发合计 ¥3,000.00 − ¥3,070.00 = −¥70.00. The sheet must not also say to deduct it from the pay
    # (that would take it twice), and says the 应发合计 is below zero.
    shop.awards.adjust(SEP, team["丙"], -310_000, "损坏设备赔偿")
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx")
    rows = _rows(openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"])
    header = _find(rows, "编号")
    丙 = next(r for r in rows if r[1] == "丙")
    assert (丙[header.index("奖金实发")], 丙[header.index("应发合计")]) == (-3070, -70)
    assert ("丙", -307_000) not in summary.owing
    assert summary.netted == [("丙", -307_000, -7_000)]
    notes = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注意：")]
    assert not any("丙" in n and "发放时从工资中扣除" in n for n in notes)
    assert netted_note(summary.netted) in notes
    assert netted_note(summary.netted) == (
        "注意：扣款超过奖励，差额从固定工资中扣除（见应发合计）：丙 -¥3,070.00（发放时不要再扣）；"
        "扣款超过了工资和奖励，应发合计为负数：丙 -¥70.00（请按店铺规定处理）。")


def test_an_approved_month_keeps_the_fixed_pay_and_department_it_was_approved_with(shop, approved, tmp_path):
    from dataclasses import replace

    丙 = shop.staff.get(approved["丙"])
    draft = StaffDraft(**{f: getattr(丙, f) for f in StaffDraft.__dataclass_fields__ if hasattr(丙, f)})
    shop.staff.edit(丙.id, replace(draft, base_pay_fen=500000))  # a raise from October
    assert not shop.awards.status(SEP).changed  # not a change to September

    def 丙_row():
        write_payout(shop, SEP, tmp_path / "pay.xlsx")
        rows = _rows(openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"])
        col = {name: i for i, name in enumerate(_find(rows, "编号")) if name}
        row = next(r for r in rows if r[1] == "丙")
        return row[col["部门"]], row[col["基本工资"]], row[col["应发合计"]]

    assert 丙_row() == ("售后部", 3000, 3030)
    shop.events.add(date(2026, 9, 20), approved["丙"], "表扬", confirm_approved=True)  # a real change: approved again
    shop.awards.approve(SEP)
    assert 丙_row() == ("售后部", 3000, 3060)  # the month keeps the pay it was approved with
    shop.staff.edit(丙.id, replace(draft, base_pay_fen=500000, dept="客服部"), confirm_approved=True)  # moved, later
    assert shop.awards.status(SEP).changed  # which plan judges 丙 is an input: flagged…
    assert 丙_row() == ("售后部", 3000, 3060)  # …and the approved sheet stays as approved


def test_departments_are_in_pinyin_order_as_on_the_awards_page(shop, team, tmp_path):
    """客服部 (kè) before 售后部 (shòu) in every section: Unicode order put 售 (U+552E) before 客 (U+5BA2)."""
    from .conftest import PLAN_A, write_plan

    shop_wide = dict(PLAN_A, name="全店方案", key="shop-wide",
                     rules=[*PLAN_A["rules"], {"name": "团队奖", "kind": "manual", "period": "month", "pays": "cash",
                                               "recipient": "department"}])
    plan = str(write_plan(tmp_path, shop_wide))
    shop.awards.plans.use(plan)
    shop.awards.plans.use(plan, dept="售后部")  # one plan: its manual lines come in Unicode order of department
    for dept in ("售后部", "客服部"):
        shop.awards.add_manual(SEP, "团队奖", dept=dept, amount_fen=30000, reason="零差评")
    丁 = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 3, 1))).id  # after 丙 by number
    for sid in (team["丙"], team["甲"], 丁):
        shop.awards.add_manual(SEP, "月度心愿奖", staff_id=sid, amount_fen=5000, reason="投票")
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    rows = _rows(openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"])
    assert [(r[2], r[1]) for r in rows if isinstance(r[0], int)] == [("客服部", "甲"), ("客服部", "乙"), ("客服部", "丁"),
                                                                    ("售后部", "丙")]
    team_header = rows.index(next(r for r in rows if r[0] == "团队基金（不发给个人）")) + 1
    assert [r[:2] for r in rows[team_header + 1:team_header + 4]] == [
        ["客服部", "优秀部门"], ["客服部", "团队奖"], ["售后部", "团队奖"]]
    goods_header = rows.index(next(r for r in rows if r[0] == "实物与物品（不计入现金）")) + 1
    assert [r[:2] for r in rows[goods_header + 1:goods_header + 4]] == [["甲", "客服部"], ["丁", "客服部"], ["丙", "售后部"]]


def test_user_text_starting_with_a_formula_sign_stays_text(shop, team, tmp_path):
    odd = shop.staff.add(StaffDraft(name="=1+2", dept="客服部", hired=date(2026, 3, 1))).id
    shop.events.add(date(2026, 9, 20), odd, "表扬")
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "=1+2")
    assert cell.data_type == "s" and cell.quotePrefix


def test_unapproved_month_is_refused_and_the_draft_is_marked(shop, team, tmp_path):
    out = tmp_path / "out"
    with pytest.raises(UserError, match="2026年9月、2026年第三季度 尚未批准，不能生成正式发放表"):
        write_payout(shop, SEP, out / "pay.xlsx")
    assert not (out / "pay.xlsx").exists()
    with pytest.raises(UserError, match="尚未批准，不能生成正式计算单"):  # the refusal names what was asked for
        write_receipt(shop, SEP, team["甲"], out / "receipt.pdf")
    write_payout(shop, SEP, out / "pay.xlsx", draft=True)
    wb = openpyxl.load_workbook(out / "pay.xlsx")
    assert all("草稿" in name for name in wb.sheetnames)
    for ws in wb:
        assert "草稿" in ws["A1"].value and ws.oddHeader.center.text == "草稿"
    included = next(cell for row in _rows(wb["发放表（草稿）"]) for cell in row if str(cell).startswith("包含："))
    assert "2026年9月（未批准，草稿）" in included  # not 「（未批准（草稿））」, brackets in brackets
    sections, _draft = receipt_sections(shop, SEP, team["甲"], draft=True)
    assert sections[0].document_title == "2026年9月（未批准，草稿）"
    assert list(out.iterdir()) == [out / "pay.xlsx"]  # no temp file left behind


def test_a_draft_asked_for_a_month_already_approved_is_not_marked_as_one(shop, approved, tmp_path):
    summary = write_payout(shop, SEP, tmp_path / "pay.xlsx", draft=True)
    assert not summary.draft
    wb = openpyxl.load_workbook(tmp_path / "pay.xlsx")
    assert wb.sheetnames == ["发放表", "明细"] and "草稿" not in wb["发放表"]["A1"].value
    assert not receipt_sections(shop, SEP, approved["甲"], draft=True)[1]


def test_december_pays_the_month_and_the_quarter(shop, team, tmp_path):
    shop.set_today(date(2027, 1, 5))
    put(shop, team["甲"], date(2026, 12, 1), 100)
    put(shop, team["乙"], date(2026, 12, 1), 50)
    with pytest.raises(UserError, match="2026年12月、2026年第四季度 尚未批准"):  # no half-year or year rules
        write_payout(shop, Month(2026, 12), tmp_path / "dec.xlsx")
    shop.awards.approve(Month(2026, 12))
    shop.awards.approve(next(p for p in periods_ending_in(Month(2026, 12)) if p.kind == "quarter"))
    summary = write_payout(shop, Month(2026, 12), tmp_path / "dec.xlsx")
    assert summary.periods == ["2026-12", "2026-Q4"]
    # Q4 ranking: 甲 ¥1.00 vs 乙 ¥0.50 → 甲 first → ¥1,500; 丙 base pay ¥3,000 in December
    assert summary.net_fen == 150000 and summary.fixed_fen == 300000


def test_receipt_pdf(shop, approved, tmp_path):
    with shop.store.atomic():
        shop.store.db.execute("INSERT INTO import_log (id, at, os_user, file_name, content_hash) "
                              "VALUES (7, '2026-10-01', 'x', '9月销售.xlsx', 'h')")
        shop.store.db.execute("UPDATE daily_value SET import_id = 7, source_row = 5 WHERE day = '2026-09-03'")
    shop.awards.add_manual(SEP, "降本奖", staff_id=approved["甲"], amount_fen=20000, reason="换包装")
    shop.awards.approve(SEP)  # again, so that the approval keeps the import as the source
    path = write_receipt(shop, SEP, approved["甲"], tmp_path / "r.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") <= 1
    assert b"FontFile2" in data and b"Helvetica" not in data
    rows = shop.store.awards.inputs(shop.store.awards.current_run(SEP.key()).id, approved["甲"])
    sources = {label: source for label, _v, source in rows}
    assert sources["9月销售额"] == "手工录入（1 天）；导入「9月销售.xlsx」第 5 行（1 天）"
    assert sources["8月销售额"] == "手工录入（1 天）"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        for word in ("奖金计算单", "阶段目标奖", "降本奖", "9月销售.xlsx", "个人所得税"):
            assert word in text
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(path), str(ARTIFACTS / "receipt")],
                       check=True)
        assert (ARTIFACTS / "receipt.png").stat().st_size > 10_000


def test_a_long_receipt_still_fits_one_page(shop, team, tmp_path):
    for day in range(1, 29):
        shop.events.add(date(2026, 9, day), team["甲"], "表扬", note="顾客留言表扬" * 3)
        put(shop, team["甲"], date(2026, 9, day), 10_000)
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    path = write_receipt(shop, SEP, team["甲"], tmp_path / "long.pdf")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Pages:\s+1$", info, re.MULTILINE), info
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", str(path), str(ARTIFACTS / "receipt-long")],
                       check=True)


def test_everyones_receipts_in_one_pdf_one_page_each(shop, approved, tmp_path):
    from pypdf import PdfReader

    from app.awards.receipt import people_paid, write_receipts

    ids = people_paid(shop, SEP)
    assert ids == sorted(approved[name] for name in ("甲", "乙", "丙"))
    path = write_receipts(shop, SEP, ids, tmp_path / "全员.pdf")
    pages = PdfReader(path).pages
    assert len(pages) == 3
    assert ["甲" in pages[0].extract_text(), "乙" in pages[1].extract_text(), "丙" in pages[2].extract_text()] == \
        [True, True, True]
    assert people_paid(shop, Month(2026, 7), draft=True) == [approved["丙"]]  # no award, his base pay
    with pytest.raises(UserError, match="没有发给个人的奖励"):
        people_paid(shop, Month(2026, 2), draft=True)  # before anyone was hired


def test_receipt_lines_never_break_inside_an_amount():
    from reportlab.lib.pagesizes import A4

    from app.awards.receipt import _Page
    from app.pdf_text import register_fonts

    register_fonts()
    page = _Page(None, A4, 9.0)
    text = "9月销售额 ¥12,000.00，上月 ¥10,000.00，超出 ¥2,000.00，每 ¥2,000.00 一档，满 1 档 × ¥100 = ¥100.00"
    for width in range(60, 400, 7):
        lines = page._wrap(text, width, 9.0)
        assert "".join(lines) == text
        assert not any(re.search(r"[\d.,]$", a) and re.match(r"[\d.,]", b) for a, b in zip(lines, lines[1:])), lines
        assert not any(line.startswith(("，", "）")) for line in lines), lines
    assert "".join(page._wrap("导入「" + "很长的文件名" * 20 + ".xlsx」", 80, 9.0)).endswith(".xlsx」")


def test_receipt_lines_never_end_on_an_opening_bracket():
    """A leaver's note ends 「…季度排名奖（手动奖项照发）」: its 「（」 stood alone at a line's end."""
    from reportlab.lib.pagesizes import A4

    from app.awards.receipt import _Page
    from app.pdf_text import register_fonts

    register_fonts()
    page = _Page(None, A4, 9.0)
    text = "9月20日离职，期末不在职，不参加要求期末在职的奖项：2026年9月的阶段目标奖、表扬奖；2026年第三季度的季度排名奖（手动奖项照发）"
    for width in range(60, 400, 3):
        lines = page._wrap(text, width, 9.0)
        assert "".join(lines) == text
        assert not any(line.endswith(("（", "「")) for line in lines[:-1]), lines


def test_a_month_approved_before_the_pay_was_kept_compares_with_its_old_stamp(shop, approved):
    from dataclasses import replace

    run = shop.store.awards.current_run(SEP.key())
    legacy = shop.awards.calculate(SEP).fingerprint_as(with_pay=True, later_leaves=True, empty_departments=None)
    assert legacy != run.fingerprint  # 丙's plan lists base pay: the old stamp included it
    with shop.store.atomic():  # as the app stamped approvals before schema v7
        shop.store.db.execute("UPDATE award_run SET fingerprint = ?, fixed_pay = NULL WHERE id = ?", [legacy, run.id])
    assert not shop.awards.status(SEP).changed
    丙 = shop.staff.get(approved["丙"])
    draft = StaffDraft(**{f: getattr(丙, f) for f in StaffDraft.__dataclass_fields__ if hasattr(丙, f)})
    shop.staff.edit(丙.id, replace(draft, base_pay_fen=500000))
    assert shop.awards.status(SEP).changed  # for such a month the pay is still an input: its sheet reads the profile


def test_someone_hired_or_leaving_mid_month_gets_a_note_on_their_row(shop, team, tmp_path):
    """The sheet keeps the full fixed pay (the owner's policy) but says who joined or left during the month,
    so it is seen before paying."""
    hired = shop.staff.add(StaffDraft(name="新", dept="售后部", hired=date(2026, 9, 16), base_pay_fen=300000)).id
    gone = shop.staff.add(StaffDraft(name="走", dept="售后部", hired=date(2026, 3, 1), base_pay_fen=300000)).id
    shop.staff.leave(gone, date(2026, 9, 20))
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Q3, confirm=True)
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"]
    rows = _rows(ws)
    header = _find(rows, "编号")
    col = {name: i for i, name in enumerate(header) if name}
    assert "备注" in col
    by_id = {r[0]: r for r in rows if isinstance(r[0], int)}
    assert by_id[hired][col["基本工资"]] == 3000 and by_id[gone][col["基本工资"]] == 3000  # amounts unchanged
    assert by_id[hired][col["备注"]] == "9月16日入职"
    assert by_id[gone][col["备注"]] == "9月20日离职"
    assert by_id[team["丙"]][col["备注"]] is None  # on the team the whole month: no note


def test_someone_leaving_on_the_last_day_of_the_month_is_marked_too():
    from app.awards.payout import tenure_note

    # left on 30 September: paid the whole month, but this is the last pay — the row says so
    assert tenure_note(date(2026, 3, 1), date(2026, 9, 30), SEP) == "9月30日离职"
    assert tenure_note(date(2026, 9, 1), None, SEP) == ""  # hired on the 1st: the whole month, no note
    assert tenure_note(date(2026, 3, 1), date(2026, 10, 1), SEP) == ""


@pytest.mark.parametrize("draft", [False, True])
def test_everyones_receipts_work_the_pay_month_out_once_not_once_a_person(shop, team, monkeypatch, tmp_path, draft):
    from app.awards.receipt import people_paid, write_receipts

    if not draft:
        shop.awards.approve(SEP)
        shop.awards.approve(Q3)
    ids = people_paid(shop, SEP, draft=draft)
    assert len(ids) > 1
    calls = []
    real = shop.awards.calculate
    monkeypatch.setattr(shop.awards, "calculate", lambda *a, **k: calls.append(a[0].key()) or real(*a, **k))
    write_receipts(shop, SEP, ids[:1], tmp_path / "one.pdf", draft=draft)
    for_one = len(calls)
    calls.clear()
    write_receipts(shop, SEP, ids, tmp_path / "all.pdf", draft=draft)
    assert len(calls) == for_one  # before: the month and the quarter computed again for each person


@pytest.mark.parametrize("what", ["payout", "receipts"])
def test_an_export_says_its_progress_and_a_cancel_up_to_the_end_leaves_the_old_file(shop, approved, tmp_path, what):
    from pypdf import PdfReader

    from app.awards.receipt import write_receipts

    def write(path, progress, cancel):
        if what == "payout":
            return write_payout(shop, SEP, path, progress=progress, cancel=cancel)
        return write_receipts(shop, SEP, None, path, progress=progress, cancel=cancel)  # None: everyone paid

    name = "发放表.xlsx" if what == "payout" else "全员.pdf"
    seen: list[tuple[int, int]] = []
    write(tmp_path / name, lambda done, total: seen.append((done, total)), lambda: False)
    # the payout: September and Q3, then the sheet; the receipts: 甲, 乙 and 丙, a page each
    assert seen == [(1, 3), (2, 3), (3, 3)]
    if what == "receipts":
        assert len(PdfReader(tmp_path / name).pages) == 3
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"old")
    for stop in range(len(seen) + 1):  # cancelled once `stop` steps were said: before any, ..., after the last
        said: list[int] = []
        with pytest.raises(Cancelled):
            write(target, lambda done, _total, said=said: said.append(done),
                  lambda said=said, stop=stop: len(said) >= stop)
        assert target.read_bytes() == b"old" and list(out.iterdir()) == [target], stop


def test_everyones_draft_receipts_cancelled_at_once_compute_nothing(shop, team, monkeypatch, tmp_path):
    """A cancel is heard while the pay month is worked out (a draft computes each period), not only between
    pages: the longest part of 全员计算单 is not waited out."""
    from app.awards.receipt import write_receipts

    calls = []
    monkeypatch.setattr(shop.awards, "calculate", lambda *a, **k: calls.append(a[0].key()))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_receipts(shop, SEP, None, out / "全员.pdf", draft=True, cancel=lambda: True)
    assert calls == [] and list(out.iterdir()) == []


def test_payout_sheets_print_on_a4_landscape_one_page_wide(shop, approved, tmp_path):
    """The 发放表 is printed for signing: fourteen columns on A4 landscape, one page wide (as many pages down as
    it takes), its header row on every page, page numbers in the footer, the draft mark kept in the header."""
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "pay.xlsx")
    for ws in wb.worksheets:
        header_row = next(row[0].row for row in ws.iter_rows() if row[0].value in ("编号", "期间"))
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == f"${header_row}:${header_row}"
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    draft = write_payout(shop, OCT, tmp_path / "draft.xlsx", draft=True)
    ws = openpyxl.load_workbook(draft.path).worksheets[0]
    assert ws.oddHeader.center.text == "草稿" and ws.page_setup.orientation == "landscape"


def test_the_payout_sheet_is_narrow_enough_to_print_legibly(shop, approved, tmp_path):
    """Seventeen columns fitted one page wide printed at about half size: award names widened every amount column
    and the goods list took 42. Headings now take two lines, the goods list wraps at 24, the margins are narrow."""
    from app.awards.payout import TAIL_WRAP_AT

    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0]
    header = next(row for row in ws.iter_rows() if row[0].value == "编号")
    assert all(c.alignment.wrap_text for c in header if c.value)
    goods = next(c.column_letter for c in header if c.value == "实物与物品")
    assert ws.column_dimensions[goods].width <= TAIL_WRAP_AT + 2
    assert ws.page_margins.left == ws.page_margins.right == 0.25


def test_the_payout_sheet_has_a_column_to_sign_in_and_prints_its_grid(shop, approved, tmp_path):
    """Printed for the staff to sign for what they received: a 签字 column, and the cells' lines on paper."""
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "pay.xlsx").worksheets[0]
    header = next(row for row in ws.iter_rows() if row[0].value == "编号")
    last = [c for c in header if c.value][-1]
    assert last.value == "签字" and ws.column_dimensions[last.column_letter].width >= 12
    assert all(ws.cell(row=r, column=last.column).value is None for r in range(last.row + 1, ws.max_row + 1))
    assert ws.print_options.gridLines


def test_everyones_receipts_come_in_the_order_of_the_payout_sheet(shop, team, tmp_path):
    """The sheet lists people by department (pinyin: 财务部 before 客服部 before 售后部), then number; the 全员计算单
    came by number alone, so the pages did not follow the rows they are filed with."""
    from app.awards.receipt import people_paid

    later = shop.staff.add(StaffDraft("丁", dept="财务部", hired=date(2026, 3, 1))).id
    shop.events.add(date(2026, 9, 10), later, "表扬")
    shop.awards.approve(SEP)
    shop.awards.approve(Q3)
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    rows = _rows(openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"])
    sheet_order = [r[0] for r in rows[rows.index(_find(rows, "编号")) + 1:] if isinstance(r[0], int)]
    assert sheet_order == [later, team["甲"], team["乙"], team["丙"]]
    assert people_paid(shop, SEP) == sheet_order


def test_long_texts_wrap_in_a_narrower_column_so_the_printout_stays_legible(shop, approved, tmp_path):
    """Fitted one page wide, a 60-wide 说明 column shrank every other column with it: long texts (explanations,
    the goods list) wrap in a column at most 40 wide instead."""
    write_payout(shop, SEP, tmp_path / "pay.xlsx")
    details = openpyxl.load_workbook(tmp_path / "pay.xlsx")["明细"]
    header = next(row for row in details.iter_rows() if row[0].value == "期间")
    column = next(c.column_letter for c in header if c.value == "说明")
    assert details.column_dimensions[column].width <= 42
    long = [c for c in details[column][header[0].row:] if c.value and len(str(c.value)) > 40]
    assert long and all(c.alignment.wrap_text for c in long)
    short = [c for c in details["B"][header[0].row:] if c.value]
    assert short and not any(c.alignment.wrap_text for c in short)


def test_the_pages_totals_list_people_in_the_payout_sheets_order(shop, team):
    # 丁 (客服部, #4) was listed after 丙 (售后部, #3) by employee number on the 评奖 page's 个人合计, while the
    # payout sheet and the 全员计算单 go by department (客服部 before 售后部), then by number
    ding = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 3, 1))).id
    shop.events.add(date(2026, 9, 10), ding, "表扬")
    review = shop.awards.compute(SEP)
    sheet = [r.staff_id for r in pay_rows(shop, pay_month(shop, SEP, draft=True))[0]]
    assert [p.staff_id for p in review.pay_totals] == sheet == [team["甲"], team["乙"], ding, team["丙"]]
    assert people_paid(shop, SEP, draft=True) == sheet
