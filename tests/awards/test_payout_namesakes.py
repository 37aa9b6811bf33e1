"""Two people of one name on the payout sheet: its main table has the 编号 column, but the 明细 sheet, the list of
goods and the note on negative nets named both 「张伟」, so payroll could not tell whose line each was."""

import json
from datetime import date

import openpyxl
import pytest

from app.awards.payout import write_payout
from app.domain import StaffDraft
from app.periods import Month, Quarter

OCT = Month(2026, 10)
PLAN = {
    "name": "客服方案", "key": "namesakes-pay",
    "rules": [
        {"name": "投诉扣款", "kind": "per_event", "period": "month", "pays": "deduction", "event": "投诉",
         "per": "count", "amount": 200},
        {"name": "月度心愿奖", "kind": "manual", "period": "month", "pays": "goods", "item": "心愿礼物"},
    ],
}


@pytest.fixture
def today() -> date:
    return date(2026, 11, 2)


def _use_plan(shop, tmp_path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps(PLAN, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))


def _receipts_of_wishes_approved(shop, tmp_path, staff_ids: list[int]) -> list[str]:
    """October approved with a 月度心愿奖 for each of them under the plan; the text of each one's 奖金计算单 page."""
    from pypdf import PdfReader

    from app.awards.receipt import write_receipts

    _use_plan(shop, tmp_path)
    for staff_id in staff_ids:
        shop.awards.add_manual(OCT, "月度心愿奖", staff_id=staff_id, amount_fen=15_000, reason="团队投票")
    shop.awards.approve(OCT, confirm=True)
    return [page.extract_text() for page in PdfReader(write_receipts(shop, OCT, staff_ids,
                                                                     tmp_path / "receipts.pdf")).pages]


def test_namesakes_carry_their_number_where_the_sheet_has_no_number_column(shop, tmp_path):
    first = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2025, 1, 6))).id
    second = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2026, 10, 15))).id
    other = shop.staff.add(StaffDraft(name="李娜", dept="客服部", hired=date(2024, 5, 1))).id
    _use_plan(shop, tmp_path)
    shop.events.add(date(2026, 10, 18), second, "投诉")
    for staff_id in (first, other):
        shop.awards.add_manual(OCT, "月度心愿奖", staff_id=staff_id, amount_fen=15_000, reason="团队投票")
    shop.awards.approve(OCT, confirm=True)
    write_payout(shop, OCT, tmp_path / "pay.xlsx")
    book = openpyxl.load_workbook(tmp_path / "pay.xlsx")
    main = [row for row in book["发放表"].iter_rows(values_only=True)]
    assert {(r[0], r[1]) for r in main if isinstance(r[0], int)} == {(first, "张伟"), (second, "张伟"), (other, "李娜")}
    goods_header = next(i for i, r in enumerate(main) if r[0] == "实物与物品（不计入现金）")
    goods = [r[0] for r in main[goods_header + 2:goods_header + 4]]
    assert sorted(goods) == [f"张伟（#{first}）", "李娜"]
    assert any(isinstance(r[0], str) and f"张伟（#{second}） -¥200.00" in r[0] for r in main)  # the negative net's note
    details = {r[1] for r in book["明细"].iter_rows(min_row=3, values_only=True)}
    assert details == {f"张伟（#{first}）", f"张伟（#{second}）", "李娜"}


def test_the_review_names_the_namesake_whose_deductions_exceed_the_awards(shop, tmp_path):
    """Said before approval on the 评奖 page: 「奖金实发为负数：张伟 -¥200.00」 did not say which 张伟."""
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2025, 1, 6)))
    second = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2026, 10, 15))).id
    _use_plan(shop, tmp_path)
    shop.events.add(date(2026, 10, 18), second, "投诉")
    review = shop.awards.compute(OCT)
    assert f"张伟（#{second}） -¥200.00" in review.owing(computed=True)


def test_each_namesakes_receipt_prints_the_number(shop, tmp_path):
    """The 奖金计算单 of one 张伟 printed only 「张伟」: handed out, it could be either's."""
    first = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2025, 1, 6))).id
    second = shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2026, 10, 15))).id
    texts = _receipts_of_wishes_approved(shop, tmp_path, [first, second])
    assert [f"张伟（#{first}，客服部）" in texts[0], f"张伟（#{second}，客服部）" in texts[1]] == [True, True]


def test_a_namesakes_receipt_header_has_one_pair_of_brackets(shop, tmp_path):
    """The header printed 「张伟（#2）（客服部）」, two brackets side by side; the window writes 张伟（#2，客服部）."""
    shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2025, 1, 6)))
    second = shop.staff.add(StaffDraft(name="张伟", dept=None, hired=date(2026, 10, 15))).id
    other = shop.staff.add(StaffDraft(name="李娜", dept="客服部", hired=date(2024, 5, 1))).id
    texts = _receipts_of_wishes_approved(shop, tmp_path, [second, other])
    assert f"张伟（#{second}，未分部门）　发放月份" in texts[0] and "）（" not in texts[0]
    assert "李娜（客服部）　发放月份" in texts[1]


def test_namesakes_tied_in_a_ranking_are_told_apart_in_the_reviews_note(shop, tmp_path):
    ranking = {"name": "季度排名奖", "kind": "ranking", "period": "quarter", "pays": "cash", "metric": "sales",
               "bands": [{"from": 1, "to": 1, "amount": 1500}]}
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({**PLAN, "rules": [ranking]}, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(plan))
    ids = [shop.staff.add(StaffDraft(name="张伟", dept="客服部", hired=date(2026, 1, 1))).id for _ in range(2)]
    with shop.store.atomic():
        shop.store.values.set_many([("sales", date(2026, 8, 3), sid, 500_000) for sid in ids])
    notes = shop.awards.compute(Quarter(2026, 3)).notes
    assert f"季度排名奖：张伟（#{ids[0]}）、张伟（#{ids[1]}）并列第 1 名，各得第 1 名的全额 ¥1,500.00，共 ¥3,000.00" in notes
