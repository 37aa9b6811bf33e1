"""The taobao-kefu preset's 季度排名奖 (sales achievement, only people with a target in all three months; ranks 1–3
¥1,500 with a certificate, 4–8 ¥1,000) over the third quarter of a small shop that prorates targets, worked out by
hand: a tie at the prize boundary, namesakes, a hire in the quarter's last month, a leaver, a rehire and a month
without data."""

from datetime import date

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month, Quarter

from .conftest import put

Q3 = ("2026-07", "2026-08", "2026-09")


def test_the_quarterly_ranking_of_the_taobao_preset_as_worked_out_by_hand(shop):
    shop.awards.plans.use("taobao-kefu")
    shop.settings.set(declared.PRORATE_TARGETS, True)
    sales = shop.metrics.get("sales")
    names = ("甲", "张伟", "张伟", "新人", "走人", "回头", "缺月")
    hired = {"新人": date(2026, 9, 15)}
    ids = [shop.staff.add(StaffDraft(name=n, dept="客服部", hired=hired.get(n, date(2025, 1, 1)))).id for n in names]
    jia, zw1, zw2, new, gone, back, gap = ids
    shop.staff.leave(gone, date(2026, 8, 14))
    shop.staff.leave(back, date(2026, 7, 10))
    shop.staff.rehire(back, date(2026, 8, 1))
    for m in (7, 8, 9):
        for sid in (jia, zw1, zw2, back, gap) + ((gone,) if m < 9 else ()) + ((new,) if m == 9 else ()):
            shop.targets.set_staff(Month(2026, m), sid, sales, 1_000_000)
        for sid, fen in ((jia, 1_200_000), (zw1, 1_100_000), (zw2, 1_100_000), (back, 900_000), (gap, 1_300_000)):
            if not (sid == gap and m == 8):
                put(shop, sid, date(2026, m, 5), fen)
    put(shop, gone, date(2026, 7, 5), 2_000_000)
    put(shop, new, date(2026, 9, 20), 700_000)

    review = shop.awards.compute(Quarter(2026, 3))
    paid = {(x.staff_id, x.amount_fen, x.certificate) for x in review.lines if x.award == "季度排名奖"}
    # 甲: ¥36,000.00 / ¥30,000.00 = 120.0% → 1st, ¥1,500
    # 回头 (left 7-10, back 8-01): July ¥10,000.00 × 10 ÷ 31 = ¥3,225.81; ¥27,000.00 / (¥3,225.81 + ¥20,000.00)
    #   = 116.2499…% → 116.2%, 2nd, ¥1,500
    # the two 张伟: ¥33,000.00 / ¥30,000.00 = 110.0% each, tied 3rd: both ¥1,500 with a certificate
    # 缺月: (¥13,000.00 + ¥13,000.00) / ¥30,000.00 = 86.7%, August without data → 5th, ¥1,000
    # 新人 (hired 9-15): 131.3% of a September target scaled to 16/30, but no July or August target → not ranked
    #   (ranked, she pushed the two 张伟 to a shared 4th place, ¥1,000 each); 走人 left 8-14 → not ranked
    assert paid == {(jia, 150_000, True), (back, 150_000, True), (zw1, 150_000, True), (zw2, 150_000, True),
                    (gap, 100_000, False)}
    assert sum(amount for _, amount, _ in paid) == 700_000  # ¥1,500 × 4 + ¥1,000 = ¥7,000.00
    said = {x.staff_id: x.explanation for x in review.lines}
    assert said[back] == ("第三季度销售额目标达成率 116.2%（销售额 ¥27,000.00 / 目标 ¥23,225.81）"
                          "（7月目标 ¥10,000.00 按在职 10/31 天折算），排名第 2，第 1–3 名 → 奖金 ¥1,500.00")
    assert said[zw1] == said[zw2] == ("第三季度销售额目标达成率 110.0%（销售额 ¥33,000.00 / 目标 ¥30,000.00），"
                                      "排名第 3，2 人并列第 3 名，各得第 1–3 名的奖金 ¥1,500.00")
    assert said[gap] == ("第三季度销售额目标达成率 86.7%（销售额 ¥26,000.00 / 目标 ¥30,000.00；8月销售额无数据），"
                         "排名第 5，第 4–8 名 → 奖金 ¥1,000.00")
    reasons = {n.staff_id: n.reason for n in review.not_awarded if n.rule == "季度排名奖"}
    assert reasons == {new: "7月、8月未设目标（7月、8月不在职，本奖要求每个月都有目标）",
                       gone: "2026年8月14日离职，期末不在职"}


def test_someone_away_a_whole_month_of_the_quarter_is_not_ranked_on_the_target_set_before_she_left(shop):
    # the quarter's targets were set in July; 乙 left on 20 July (entered later) and came back on 1 September. Her
    # August target, scaled to 0/31 days, was taken as a target held: (¥10,000.00 + ¥10,000.00) / ¥16,451.61 =
    # 121.6%, ranked first over 甲's 100.0%, though the award asks a target of every month and she had no August
    shop.awards.plans.use("taobao-kefu")
    shop.settings.set(declared.PRORATE_TARGETS, True)
    sales = shop.metrics.get("sales")
    jia, yi = (shop.staff.add(StaffDraft(name=n, dept="客服部", hired=date(2025, 1, 1))).id for n in ("甲", "乙"))
    for m in (7, 8, 9):
        for sid in (jia, yi):
            shop.targets.set_staff(Month(2026, m), sid, sales, 1_000_000)
            if sid == jia or m != 8:
                put(shop, sid, date(2026, m, 5), 1_000_000)
    shop.staff.leave(yi, date(2026, 7, 20))
    shop.staff.rehire(yi, date(2026, 9, 1))
    review = shop.awards.compute(Quarter(2026, 3))
    assert [(x.staff_id, x.amount_fen) for x in review.lines if x.award == "季度排名奖"] == [(jia, 150_000)]
    reasons = {n.staff_id: n.reason for n in review.not_awarded if n.rule == "季度排名奖"}
    assert reasons == {yi: "8月不在职，本奖要求每个月都有目标"}
