"""Each shipped preset loads and, on a small fixture shop, produces the lines worked out by hand."""

from datetime import date

import pytest

from app.domain import Birthday
from app.periods import HalfYear, Quarter, Year
from app.rules import DeptFacts, ManualEntry, evaluate, list_presets, load_preset

from .rules_helpers import OCT, OCT_KEY, SEP, ev, facts, person

D = date(2026, 10, 9)


def summary(result):
    return [(line.staff_id if line.recipient_type == "staff" else line.dept, line.award, line.kind,
             line.amount_fen) for line in result.lines]


def totals(result):
    return {t.staff_id: (t.cash_fen, t.goods_fen, t.deduction_fen, t.net_fen) for t in result.totals()}


def test_the_three_presets_are_shipped_with_their_names_the_customer_service_plan_first():
    """Offered by file name, the 方案 dialog opened on 售后服务激励制度, where a Taobao shop starts from its
    customer-service plan (README and the guide list 淘宝客服激励方案 first)."""
    assert list_presets() == [("taobao-kefu", "淘宝客服激励方案"), ("after-sales", "售后服务激励制度"),
                              ("ecommerce-pay", "电商客服薪酬激励")]
    assert load_preset("淘宝客服激励方案").key == "taobao-kefu"


@pytest.mark.parametrize(("key", "rules"), [
    ("taobao-kefu", ["阶段目标奖", "阶梯奖励", "表扬奖", "建议采纳奖", "专业知识奖", "最佳服务奖", "订单最多奖",
                     "最佳进步奖", "投诉扣款", "工龄奖", "生日福利", "月度心愿奖", "季度排名奖", "月度红花奖",
                     "红花榜"]),
    ("after-sales", ["超额积分奖", "备件提成", "未签服务记录单扣款", "投诉扣款", "降本奖", "季度排名奖",
                     "项目质量奖", "半年奖", "年终奖"]),
    ("ecommerce-pay", ["最佳服务奖", "下单最佳进度奖", "订单最多奖", "工龄奖", "生日福利", "最佳建议奖",
                       "优秀部门", "咨询服务持续成就奖", "办公室评比"]),
])
def test_preset_rules(key, rules):
    assert [r.name for r in load_preset(key).rules] == rules


def test_taobao_kefu_october():
    staff = [person(1, "张三", hired=date(2025, 10, 31), birthday=Birthday(10, 18)),
             person(2, "李四", hired=date(2026, 3, 1)),
             person(3, "王五", hired=date(2021, 1, 1), left=date(2026, 10, 20))]
    values = {
        (1, "sales", OCT_KEY): 1_250_000, (1, "sales", SEP): 1_030_000, (1, "orders", OCT_KEY): 120,
        (1, "ratings", OCT_KEY): 30, (1, "satisfied", OCT_KEY): 30,
        (2, "sales", OCT_KEY): 1_200_000, (2, "sales", SEP): 1_000_000, (2, "orders", OCT_KEY): 150,
        (2, "ratings", OCT_KEY): 40, (2, "satisfied", OCT_KEY): 39,
        (3, "sales", OCT_KEY): 900_000, (3, "orders", OCT_KEY): 300,
    }
    targets = {(1, "sales", OCT_KEY): 1_000_000, (2, "sales", OCT_KEY): 1_100_000, (3, "sales", OCT_KEY): 500_000}
    events = (ev(1, D, "表扬"), ev(1, D, "表扬"), ev(2, D, "投诉"), ev(2, D, "建议被采纳"),
              ev(1, D, "知识考核", value="90"), ev(2, D, "知识考核", value="95"), ev(3, D, "表扬"))
    wish = ManualEntry("月度心愿奖", "团队投票：蓝牙耳机", staff_id=2, amount_fen=8_000, item="蓝牙耳机")
    result = evaluate(load_preset("taobao-kefu"),
                      facts(OCT, staff, values=values, targets=targets, events=events, manual=(wish,)))
    assert summary(result) == [
        (1, "阶段目标奖", "cash", 50_000),  # 12,500 / 10,000 = 125% ≥ 120% → ¥500
        (2, "阶段目标奖", "cash", 20_000),  # 12,000 / 11,000 = 109.1% ≥ 100% → ¥200
        (1, "阶梯奖励", "cash", 10_000),  # 12,500 − 10,300 = 2,200 → 1 step × ¥100
        (2, "阶梯奖励", "cash", 10_000),  # 12,000 − 10,000 = 2,000 → 1 step × ¥100
        (1, "表扬奖", "cash", 4_000),  # 2 × ¥20
        (2, "建议采纳奖", "goods", 5_000),  # 1 × ¥50 goods
        (2, "专业知识奖", "cash", 10_000),  # 95 > 90
        (1, "最佳服务奖", "goods", 10_000),  # 30 ratings, 30/30 = 100%; #2 has 39/40
        (2, "订单最多奖", "goods", 20_000),  # 150 > 120 (#3 left on 10-20 and is not eligible)
        (1, "最佳进步奖", "goods", 10_000),  # 2,200/10,300 = 21.4% > 2,000/10,000 = 20%
        (2, "投诉扣款", "deduction", -20_000),  # 1 × ¥200
        (1, "工龄奖", "cash", 10_000),  # 2025-10-31 + 12 months = 2026-10-31
        (3, "工龄奖", "cash", 10_000),  # worked in October (benefits: employed at any time)
        (1, "生日福利", "cash", 10_000),  # born 10-18
        (1, "生日福利", "item", 0),  # + 生日蛋糕
        (2, "月度心愿奖", "goods", 8_000),  # manual, ¥80 蓝牙耳机
    ]
    assert [line.certificate for line in result.lines if line.award in ("专业知识奖", "最佳服务奖", "订单最多奖",
                                                                        "最佳进步奖")] == [True] * 4
    assert totals(result) == {
        # cash 500 + 100 + 40 + 100 + 100 = ¥840; goods 100 + 100 = ¥200
        1: (84_000, 20_000, 0, 84_000),
        # cash 200 + 100 + 100 = ¥400; goods 50 + 200 + 80 = ¥330; deductions ¥200; net 400 − 200 = ¥200
        2: (40_000, 33_000, 20_000, 20_000),
        3: (10_000, 0, 0, 10_000),
    }
    assert result.lines[14].item == "生日蛋糕" and result.lines[15].item == "蓝牙耳机"


def test_taobao_kefu_quarter_and_year():
    plan = load_preset("taobao-kefu")
    staff = [person(1), person(2)]
    months = ("2026-10", "2026-11", "2026-12")
    targets = {(sid, "sales", m): 1_000_000 for sid in (1, 2) for m in months}
    values = {(1, "sales", m): 1_000_000 for m in months} | {(2, "sales", m): 900_000 for m in months}
    result = evaluate(plan, facts(Quarter(2026, 4), staff, values=values, targets=targets))
    # 100% and 90%: ranks 1 and 2, both in 1–3 → ¥1,500 each with a certificate
    assert [(line.staff_id, line.amount_fen, line.certificate) for line in result.lines] == [
        (1, 150_000, True), (2, 150_000, True)]
    year = evaluate(plan, facts(Year(2026), staff, flowers={1: 3, 2: 7}))
    assert [(line.staff_id, line.amount_fen) for line in year.lines] == [(2, 50_000), (1, 30_000)]


def test_after_sales_october_and_half_year():
    staff = [person(11, dept="售后部", role="售后"), person(12, dept="售后部", role="售后")]
    events = (ev(11, D, "服务积分", value="20"), ev(11, D, "备件销售", amount_fen=123_456, margin="35%", paid="yes"),
              ev(11, D, "未签服务记录单"),
              ev(12, D, "服务积分", value="15"), ev(12, D, "安全事故"), ev(12, D, "投诉"),
              ev(12, D, "备件销售", amount_fen=100_000, margin="50", paid="是"))
    saving = ManualEntry("降本奖", "旧件翻新再用", staff_id=12, amount_fen=20_000)
    result = evaluate(load_preset("after-sales"), facts(OCT, staff, events=events, manual=(saving,)))
    assert summary(result) == [
        (11, "超额积分奖", "cash", 81_000),  # (20 − 17) × ¥270; #12: 15 − 2 = 13 < 17
        (11, "备件提成", "cash", 3_704),  # 123,456 × 3% = 3,703.68 → 3,704
        (12, "备件提成", "cash", 5_000),  # 100,000 × 5%
        (11, "未签服务记录单扣款", "deduction", -10_000),
        (12, "投诉扣款", "deduction", -20_000),
        (12, "降本奖", "cash", 20_000),
    ]
    # #11: cash 810 + 37.04 = ¥847.04, deductions ¥100 → net ¥747.04; #12: cash 50 + 200 = ¥250 − ¥200 = ¥50
    assert totals(result) == {11: (84_704, 0, 10_000, 74_704), 12: (25_000, 0, 20_000, 5_000)}
    h2 = (ev(11, date(2026, 8, 1), "项目完工", project="A-1"), ev(11, date(2026, 9, 1), "项目完工", project="A-2"),
          ev(12, date(2026, 12, 1), "二次服务", value="0.5", project="A-2"))
    half = evaluate(load_preset("after-sales"), facts(HalfYear(2026, 2), staff, events=h2))
    assert summary(half) == [(11, "项目质量奖", "cash", 3_000)]  # A-1 only: 1 × ¥30


def test_ecommerce_pay_october_and_quarter():
    plan = load_preset("ecommerce-pay")
    assert plan.fixed_pay == ("base_pay", "post_pay", "allowance")
    staff = [person(21, dept="一组"), person(22, dept="一组"), person(23, dept="二组")]
    values = {(21, "orders", OCT_KEY): 100, (21, "orders", SEP): 80, (21, "ratings", OCT_KEY): 35,
              (21, "satisfied", OCT_KEY): 35, (21, "sales", OCT_KEY): 600_000,
              (22, "orders", OCT_KEY): 120, (22, "orders", SEP): 110, (22, "sales", OCT_KEY): 500_000,
              (23, "orders", OCT_KEY): 30, (23, "orders", SEP): 8, (23, "sales", OCT_KEY): 400_000}
    depts = (DeptFacts("一组", (21, 22), {("sales", OCT_KEY): 1_000_000}),
             DeptFacts("二组", (23,), {("sales", OCT_KEY): 500_000}))
    result = evaluate(plan, facts(OCT, staff, values=values, departments=depts))
    assert summary(result) == [
        (21, "最佳服务奖", "goods", 10_000),  # 35 ≥ 30 ratings, 35/35
        (21, "下单最佳进度奖", "goods", 10_000),  # 20/80 = 25% > 10/110 = 9.1%; #23's base 8 < 10
        (22, "订单最多奖", "goods", 20_000),  # 120
        (21, "工龄奖", "cash", 10_000), (22, "工龄奖", "cash", 10_000), (23, "工龄奖", "cash", 10_000),
        ("一组", "优秀部门", "cash", 50_000),  # 1,100,000 / 1,000,000 = 110% > 400,000 / 500,000 = 80%
    ]
    assert [n.reason for n in result.not_awarded if n.rule == "最佳服务奖" and n.staff_id == 22] == [
        "评价数无数据，满意数无数据"]
    months = ("2026-10", "2026-11", "2026-12")
    q = {(21, "received", m): 500 for m in months} | {(21, "unreplied", m): 4 for m in months}
    fund = ManualEntry("办公室评比", "第四季度办公室评比第一", dept="二组")
    quarter = evaluate(plan, facts(Quarter(2026, 4), staff, values=q, manual=(fund,)))
    # #21: 4/500 = 0.8% < 1% each month → ¥300; #22, #23 have no data
    assert summary(quarter) == [(21, "咨询服务持续成就奖", "cash", 30_000), ("二组", "办公室评比", "cash", 30_000)]


def test_taobao_kefu_monthly_flower_prize_ties_all_win():
    staff = [person(1, "张三"), person(2, "李四"), person(3, "王五")]
    result = evaluate(load_preset("taobao-kefu"), facts(OCT, staff, flowers={1: 3, 2: 3, 3: 1}))
    prize = [(line.staff_id, line.amount_fen, line.certificate) for line in result.lines if line.award == "月度红花奖"]
    assert prize == [(1, 10_000, True), (2, 10_000, True)]  # 3 and 3 flowers tie for the most: ¥100 each
