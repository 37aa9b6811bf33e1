"""Every place a pay month's money is shown agrees to the fen: the review's lines and totals (the 评奖 page's
tables), `honghua awards status --json`, the 发放表 (each cell, each 合计 row, the summary the export says), the
计算单 (its payslip and the PDF's text), the certificates' value lines and the board's person detail. Built from
the presets with random staff (some with no fixed pay typed), data, deductions beyond the awards and
adjustments, over a December that pays the month, Q4, H2 and the year, then approved again after an edit."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from app.awards.owing import BELOW, NEGATIVE, NETTED, owing_kind, owing_notice
from app.awards.paymonth import periods_ending_in
from app.awards.payout import write_payout
from app.awards.receipt import receipt_payslip, write_receipts
from app.certificates.sources import winners
from app.cli import main
from app.domain import Birthday, StaffDraft
from app.i18n import set_language
from app.money import format_yuan
from app.periods import Month, Quarter, Year
from app.reports.person import approved_awards
from app.shop import Shop

TODAY = date(2027, 1, 10)
NOV, DEC = Month(2026, 11), Month(2026, 12)
PLANS = {"客服部": "ecommerce-pay", "售后部": "after-sales", "运营部": "taobao-kefu"}  # fixed pay; commission; ranks
HIRED = (date(2025, 6, 1), date(2026, 11, 16), date(2026, 12, 3))
PAY = (None, 0, 300_000, 350_050)

person = st.fixed_dictionaries({
    "hired": st.sampled_from(HIRED), "left": st.sampled_from([None, date(2026, 12, 20)]),
    "pay": st.sampled_from(PAY), "post": st.sampled_from([None, 50_001]),
    "birthday": st.sampled_from([None, 11, 12]),
    "sales": st.lists(st.integers(0, 2_000_000), min_size=2, max_size=2),
    "praise": st.integers(0, 3), "complaints": st.integers(0, 3),
    "parts": st.lists(st.tuples(st.integers(100, 99_999), st.integers(20, 60), st.booleans()), max_size=3),
    "points": st.lists(st.integers(1, 20), max_size=4),
    "adjust": st.integers(-400_000, 60_000), "bonus": st.integers(0, 300_000),
    "ideas": st.integers(0, 2), "in_awards": st.sampled_from([True, True, True, False]),
})
shops = st.fixed_dictionaries({dept: st.lists(person, min_size=1, max_size=2) for dept in PLANS})
edits = st.tuples(st.integers(0, 5), st.integers(-80_000, 80_000).filter(bool))


def _build(shop: Shop, people: dict[str, list[dict]]) -> list[int]:
    ids = []
    for dept, group in people.items():
        for n, p in enumerate(group):
            birthday = Birthday(p["birthday"], 9) if p["birthday"] else None
            ids.append(shop.staff.add(StaffDraft(name=f"{dept[0]}{n}", dept=dept, hired=p["hired"], birthday=birthday,
                                                 base_pay_fen=p["pay"], post_pay_fen=p["post"],
                                                 in_awards=p["in_awards"])).id)
    shop.awards.plans.use("taobao-kefu")
    for dept in ("客服部", "售后部"):
        shop.awards.plans.use(PLANS[dept], dept=dept)
    for (dept, p), sid in zip(((d, p) for d, group in people.items() for p in group), ids, strict=True):
        for month, fen in zip((NOV, DEC), p["sales"], strict=True):
            with shop.store.atomic():
                shop.store.values.set_many([("sales", max(p["hired"], month.start.replace(day=18)), sid, fen)])
            if p["hired"] <= month.end:
                shop.targets.set_staff(month, sid, shop.metrics.get("sales"), 1_000_000)
        december = [date(2026, 12, d) for d in (4, 8, 12, 15, 19)]
        for day in december[:p["praise"]]:
            shop.events.add(max(day, p["hired"]), sid, "表扬")
        for day in december[:p["complaints"]]:
            shop.events.add(max(day, p["hired"]), sid, "投诉")
        for day in december[:p["ideas"]]:
            shop.events.add(max(day, p["hired"]), sid, "建议被采纳")
        if dept == "售后部":
            for fen, margin, paid in p["parts"]:
                shop.events.add(date(2026, 12, 19), sid, "备件销售", amount_fen=fen,
                                attrs={"margin": f"{margin}%", "paid": "yes" if paid else "no"})
            for points in p["points"]:
                shop.events.add(date(2026, 12, 18), sid, "服务积分", value=str(points))
            if p["bonus"] and p["in_awards"]:
                shop.awards.add_manual(Year(2026), "年终奖", staff_id=sid, amount_fen=p["bonus"], reason="全年表现")
        if p["adjust"]:
            shop.awards.adjust(DEC, sid, p["adjust"], "赔偿或补发")
        if p["left"] and p["left"] > p["hired"]:
            shop.staff.leave(sid, p["left"])
    shop.awards.add_manual(Quarter(2026, 4), "办公室评比", dept="客服部", reason="季度评比")  # a team fund
    return ids


def _approve_all(shop: Shop) -> None:
    for month in (NOV, DEC):
        for period in periods_ending_in(month):
            shop.awards.approve(period, confirm=True)


def _status_json(db: Path, period, lang: str) -> dict:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            assert main(["--db", str(db), "--today", TODAY.isoformat(), "--lang", lang, "awards", "status",
                         "--period", period.key(), "--json"]) == 0
    finally:
        set_language("zh")
    return json.loads(out.getvalue())


def _sheet(path: Path):
    rows = list(openpyxl.load_workbook(path).worksheets[0].iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "编号")
    people = [r for r in rows if r and isinstance(r[0], int)]
    total = next(r for r in rows if r and r[0] == "合计")
    notes = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注意：")]
    return header, people, total, notes, rows


def _fen(cell) -> int:
    """A money cell in fen (an empty cell is nothing); the sheet writes exact Decimals, read back as floats."""
    return 0 if cell is None else round(cell * 100)


def _said_as(text: str, name: str) -> set[str]:
    """The owing cases (`app.awards.owing`) whose sentence names this person in a note of several people."""
    said = {kind: owing_notice([(kind, ["@"])], chinese=True).removeprefix("注意：").split("@")[0]
            for kind in (NEGATIVE, NETTED, BELOW)}
    return {kind for part in text.removeprefix("注意：").split("；") for kind, what in said.items()
            if part.startswith(what) and f"{name} " in part}


def _check_pay_month(shop: Shop, db: Path, month: Month, folder: Path, lang: str = "zh") -> None:
    runs = {p: shop.awards.status(p) for p in periods_ending_in(month)}
    lines = [x for review in runs.values() for x in review.lines]
    staff_lines = [x for x in lines if x.recipient_type == "staff"]
    # the review's totals (the 评奖 page's 个人合计) and the command line's JSON: each person the sum of their lines
    for period, review in runs.items():
        said = _status_json(db, period, lang)
        assert [x["amount_fen"] for x in said["lines"]] == [x.amount_fen for x in review.lines]
        for row in said["totals"]:
            own = [x for x in said["lines"] if x["staff_id"] == row["staff_id"] and x["recipient_type"] == "staff"]
            assert row["cash_fen"] == sum(x["amount_fen"] for x in own if x["kind"] == "cash")
            assert row["deduction_fen"] == -sum(x["amount_fen"] for x in own if x["kind"] == "deduction")
            assert row["goods_fen"] == sum(x["amount_fen"] for x in own if x["kind"] == "goods")
            assert row["net_fen"] == row["cash_fen"] - row["deduction_fen"]
        fen = ("staff_id", "cash_fen", "goods_fen", "deduction_fen", "net_fen")
        assert [[x.as_dict()[k] for k in fen] for x in review.totals] == [[x[k] for k in fen] for x in said["totals"]]
    # the 发放表: every row the sum of the person's lines over the periods paid, every 合计 the sum of the rows
    summary = write_payout(shop, month, folder / f"{month.key()}.xlsx")
    header, people, total, notes, rows = _sheet(summary.path)
    col = {name: i for i, name in enumerate(header) if name}
    money = [i for i, name in enumerate(header) if name and i >= 3 and name not in ("实物与物品", "备注", "签字")]
    for i in money:
        assert sum(_fen(r[i]) for r in people) == _fen(total[i]), header[i]
    fixed_columns = [col[c] for c in ("基本工资", "岗位工资", "补贴") if c in col]
    award_columns = [i for i in money if i not in fixed_columns and header[i] not in ("扣款", "奖金实发", "应发合计", "实物价值")]
    month_review = runs[month]
    pay_totals = {p.staff_id: p for p in month_review.pay_totals}
    slips = {}
    for r in people:
        own = [x for x in staff_lines if x.staff_id == r[0]]
        cash = sum(x.amount_fen for x in own if x.kind == "cash")
        deducted = sum(x.amount_fen for x in own if x.kind == "deduction")
        fixed = sum(_fen(r[i]) for i in fixed_columns)
        assert sum(_fen(r[i]) for i in award_columns) == cash
        assert _fen(r[col["扣款"]]) == deducted
        assert _fen(r[col["奖金实发"]]) == cash + deducted
        assert _fen(r[col["实物价值"]]) == sum(x.amount_fen for x in own if x.kind == "goods")
        if fixed_columns:
            assert _fen(r[col["应发合计"]]) == fixed + cash + deducted
        if r[0] in pay_totals:  # the page's 个人合计 of the month: the same fixed pay
            assert (pay_totals[r[0]].fixed_fen or 0) == fixed
        # the 计算单's payslip and its printed page read the same row
        _sections, _draft, slip = receipt_payslip(shop, month, r[0])
        assert slip is not None
        slips[r[0]] = slip
        assert (slip.cash_fen, -slip.deduction_fen, slip.net_fen, slip.goods_fen) == (
            cash, deducted, cash + deducted, _fen(r[col["实物价值"]]))
        assert sum(fen for _, fen in slip.fixed) == fixed
        # deductions beyond the awards: the same case in the review, on the sheet and on the 计算单
        kind = owing_kind(cash + deducted, fixed)
        assert slip.owing == kind
        name = r[1]
        on_sheet = set().union(*(_said_as(n, name) for n in notes)) if notes else set()
        assert kind in on_sheet if kind else not on_sheet & {NEGATIVE, NETTED, BELOW}, (name, kind, notes)
        if kind == NEGATIVE:
            assert NETTED not in on_sheet
        if len(runs) == 1 and kind:  # the month alone: the review says the case the sheet and the 计算单 say
            assert _said_as(month_review.owing(), name) == {kind}
    assert summary.net_fen == sum(x.amount_fen for x in staff_lines if x.kind in ("cash", "deduction"))
    assert summary.fixed_fen == sum(_fen(r[i]) for r in people for i in fixed_columns)
    team = [x for x in lines if x.recipient_type == "department" and x.kind in ("cash", "deduction")]
    assert summary.team_fen == sum(x.amount_fen for x in team)
    goods = [x.amount_fen for x in lines if x.kind == "goods"]
    assert (summary.goods_fen, summary.staff_goods_fen) == (sum(goods), _fen(total[col["实物价值"]]))
    # the sheet's two lists under the people, 团队基金 (amounts in column 4) and 实物与物品 (column 5): each 合计 the
    # sum of the lines above it, and the figure the export says; a list with no line is left out
    to_hand_out = [x for x in lines if x.kind in ("goods", "item")]
    team_lines = [x for x in lines if x.recipient_type == "department" and x.kind not in ("goods", "item")]
    for title, column, said, listed_lines in (("团队基金（不发给个人）", 3, summary.team_fen, team_lines),
                                              ("实物与物品（不计入现金）", 4, summary.goods_fen, to_hand_out)):
        if not listed_lines:
            assert title not in [r[0] for r in rows] and said == 0, title
            continue
        start = next(i for i, r in enumerate(rows) if r[0] == title) + 2
        end = next(i for i in range(start, len(rows)) if rows[i][0] == "合计")
        listed = [_fen(r[column]) for r in rows[start:end] if r[0] not in ("个人合计", "部门合计")]
        assert sum(listed) == _fen(rows[end][column]) == said, title
    details = list(openpyxl.load_workbook(summary.path).worksheets[1].iter_rows(values_only=True))[2:]  # 明细
    assert sorted(_fen(r[6]) for r in details) == sorted(x.amount_fen for x in lines)
    # the printed 计算单: each page shows the person's lines and the payslip's amounts
    if people and shutil.which("pdftotext"):
        pdf = write_receipts(shop, month, [r[0] for r in people], folder / f"{month.key()}.pdf")
        pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
        for r, page in zip(people, pages, strict=False):
            slip = slips[r[0]]
            own = [x for x in staff_lines if x.staff_id == r[0]]
            cash = sum(x.amount_fen for x in own if x.kind == "cash")
            deducted = sum(x.amount_fen for x in own if x.kind == "deduction")
            fixed = [(label, _fen(r[col[label]])) for label, _ in slip.rows()[:len(slip.fixed)]]
            paid = ("应发合计", sum(f for _, f in fixed) + cash + deducted) if slip.fixed else ("奖金实发", cash + deducted)
            payslip = page.split("本月合计（税前）")[1].split("计算依据")[0]
            for label, fen in [*fixed, ("奖金（现金）", cash), ("扣款", deducted), paid]:
                assert any(label in ln and ln.rstrip().endswith(format_yuan(fen)) for ln in payslip.splitlines()), (
                    label, fen, payslip)
            for x in staff_lines:
                if x.staff_id == r[0] and x.kind not in ("item", "honour"):
                    assert format_yuan(x.amount_fen) in page
    # certificates name the cash the award paid; the board's person detail lists what each was approved
    for period, review in runs.items():
        for request in winners(shop, period).requests(all_winners=True):
            paid = [x for x in review.lines if x.award == request.award and x.staff_id == request.staff_id
                    and x.recipient_type == request.recipient_type]
            cash = sum(x.amount_fen for x in paid if x.kind == "cash")
            if cash > 0:
                assert request.value_text.split("、")[0] == format_yuan(cash)
    for p in shop.staff.list():
        shown = sorted((a.period, a.amount_fen) for a in approved_awards(shop.store, p, limit=1_000)
                       if a.period in {k.key() for k in runs})
        assert shown == sorted((k.key(), x.amount_fen) for k, review in runs.items() for x in review.lines
                               if x.recipient_type == "staff" and x.staff_id == p.id)


def _someone(**changes) -> dict:
    return {"hired": HIRED[0], "left": None, "pay": 300_000, "post": None, "birthday": None, "sales": [0, 1_200_000],
            "praise": 1, "complaints": 0, "parts": [], "points": [], "adjust": 0, "bonus": 0, "ideas": 0,
            "in_awards": True, **changes}


# the owner typed no fixed pay for 客服部's first, whose deductions exceed his awards; 售后部's commission and
# points round to the fen; 运营部's second left in December and is still paid for the year
EXAMPLE = {"客服部": [_someone(pay=None, complaints=3, adjust=-40_001), _someone(pay=350_050, post=50_001)],
           "售后部": [_someone(parts=[(12_345, 36, True), (999, 55, True)], points=[9, 11], bonus=100_001)],
           "运营部": [_someone(birthday=12, ideas=2), _someone(left=date(2026, 12, 20), adjust=-300_000)]}


@example(people=EXAMPLE, edit=(1, -70_001))
@settings(max_examples=1, deadline=None, phases=(Phase.explicit, Phase.generate),
          suppress_health_check=[HealthCheck.too_slow])
@given(people=shops, edit=edits)
def test_every_place_a_pay_month_is_shown_agrees_to_the_fen(people, edit):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = folder / "shop.db"
        shop = Shop.open(db, TODAY)
        try:
            ids = _build(shop, people)
            _approve_all(shop)
            for month in (NOV, DEC):
                _check_pay_month(shop, db, month, folder)
            # an edit after the approval, approved again: the sheet, the 计算单 and the rest pay the new figures
            before = {x.staff_id: x for x in shop.awards.status(DEC).totals}
            who, fen = ids[edit[0] % len(ids)], edit[1]
            shop.awards.adjust(DEC, who, fen, "复核后更正")
            shop.awards.approve(DEC, confirm=True)
            _check_pay_month(shop, db, DEC, folder, lang="en")
            after = {x.staff_id: x for x in shop.awards.status(DEC).totals}
            old = before[who].net_fen if who in before else 0
            assert after[who].net_fen == old + fen
            _header, _people, _total, _notes, rows = _sheet(folder / "2026-12.xlsx")
            said = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("  ")]
            name = shop.staff.get(who).name
            assert f"  {name}：奖金实发 {format_yuan(old)} → {format_yuan(old + fen)}" in [n.split("（")[0] for n in said]
            assert said[-1] == (f"  2026年12月 个人奖金实发合计 {format_yuan(sum(x.net_fen for x in before.values()))} → "
                                f"{format_yuan(sum(x.net_fen for x in after.values()))}")
        finally:
            shop.close()
