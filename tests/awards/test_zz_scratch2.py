from datetime import date
from app.domain import StaffDraft, Birthday
from app.periods import Quarter, Month
from app import settings as declared
from .conftest import put

def test_show(shop):
    shop.awards.plans.use("taobao-kefu")
    shop.settings.set(declared.PRORATE_TARGETS, True)
    sales = shop.metrics.get("sales")
    ids = {}
    for name, hired in (("甲", date(2025,1,1)), ("张伟", date(2025,1,1)), ("张伟", date(2025,1,1)), ("新人", date(2026,9,15)),
                        ("走人", date(2025,1,1)), ("回头", date(2025,1,1)), ("缺月", date(2025,1,1))):
        ids.setdefault(name, []).append(shop.staff.add(StaffDraft(name=name, dept="客服部", hired=hired)).id)
    one = {k: v[0] for k, v in ids.items()}
    zw1, zw2 = ids["张伟"]
    shop.staff.leave(one["走人"], date(2026, 8, 14))
    shop.staff.leave(one["回头"], date(2026, 7, 10))
    shop.staff.rehire(one["回头"], date(2026, 8, 1))
    for m in (7, 8, 9):
        mo = Month(2026, m)
        for sid in [one["甲"], zw1, zw2, one["走人"], one["回头"], one["缺月"], one["新人"]]:
            try:
                shop.targets.set_staff(mo, sid, sales, 1_000_000)
            except Exception as e:
                print("target refused", sid, m, e)
    def sale(sid, d, fen):
        put(shop, sid, d, fen)
    for m in (7, 8, 9):
        sale(one["甲"], date(2026, m, 5), 1_200_000)
        sale(zw1, date(2026, m, 5), 1_100_000)
        sale(zw2, date(2026, m, 5), 1_100_000)
        sale(one["回头"], date(2026, m, 5), 900_000)
        if m != 8: sale(one["缺月"], date(2026, m, 5), 1_300_000)
    sale(one["走人"], date(2026, 7, 5), 2_000_000)
    sale(one["新人"], date(2026, 9, 20), 700_000)
    r = shop.awards.compute(Quarter(2026, 3))
    for l in r.lines: print("LINE", l.staff_id, l.staff_name, l.award, l.amount_fen, l.explanation)
    for n in r.not_awarded: print("NO", n)
    r = shop.awards.compute(Month(2026, 9))
    for l in r.lines: print("SEP", l.staff_id, l.staff_name, l.award, l.amount_fen, l.explanation)
    for n in r.not_awarded:
        if n.rule in ("阶段目标奖", "阶梯奖励"): print("SEPNO", n)
    assert 0
