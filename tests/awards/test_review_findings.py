"""Manual award lines that no longer fit the plan in force must not stop an approved month from being shown
or paid; hand-typed values clear a provisional mark."""

from datetime import date

from app.awards.payout import write_payout
from app.domain import StaffDraft
from app.periods import Month, Quarter

from .conftest import PLAN_A, PLAN_B, write_plan

SEP = Month(2026, 9)


def test_an_approved_month_still_pays_after_a_department_move(shop, tmp_path):
    jia = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 3, 1)))
    shop.staff.add(StaffDraft(name="丙", dept="售后部", hired=date(2026, 3, 1)))
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_A)))
    shop.awards.plans.use(str(write_plan(tmp_path, PLAN_B)), dept="售后部")
    shop.awards.add_manual(SEP, "月度心愿奖", staff_id=jia.id, reason="团队投票", amount_fen=5000, item="耳机")
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    write_payout(shop, SEP, tmp_path / "before.xlsx")
    shop.staff.edit(jia.id, StaffDraft(name="甲", dept="售后部", hired=date(2026, 3, 1)),
                    confirm_approved=True)  # moved in October
    review = shop.awards.status(SEP)
    assert review.approved is not None
    assert any("月度心愿奖" in note and "未计入" in note for note in review.notes)
    write_payout(shop, SEP, tmp_path / "after.xlsx")
    assert (tmp_path / "after.xlsx").exists()


def test_typing_a_value_clears_its_not_yet_counted_mark(shop, tmp_path):
    from app.importing.service import ImportService

    person = shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=date(2025, 1, 1)))
    shop.awards.plans.use("taobao-kefu")
    report = tmp_path / "日报.csv"
    report.write_text("日期,客服,销售额\n2026-09-30,小美,延迟统计\n", encoding="utf-8")
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    service.commit(service.preview([report]))
    assert shop.awards.status(SEP).provisional_values == 1
    shop.data.set_text(date(2026, 9, 30), person.id, shop.metrics.get("sales"), "1,234.00")
    assert shop.awards.status(SEP).provisional_values == 0
