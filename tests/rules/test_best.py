from datetime import date

from app.rules import DeptFacts, evaluate

from .rules_helpers import OCT, OCT_KEY, SEP, ev, facts, person, plan_of, reason

MOST = {"name": "订单最多奖", "kind": "best", "period": "month", "pays": "goods", "item": "奖品",
        "certificate": True, "metric": "orders", "amount": 200}
GROWTH = {"name": "最佳进步奖", "kind": "best", "period": "month", "pays": "goods", "certificate": True,
          "metric": "sales", "mode": "growth", "min_base": 1000, "amount": 100}


def orders(**by_id):
    return {(int(k[1:]), "orders", OCT_KEY): v for k, v in by_id.items()}


def test_most_orders_ties_all_win():
    staff = [person(1), person(2), person(3)]
    result = evaluate(plan_of(MOST), facts(OCT, staff, values=orders(s1=80, s2=120, s3=120)))
    assert [(line.staff_id, line.kind, line.amount_fen, line.item) for line in result.lines] == [
        (2, "goods", 20_000, "奖品"), (3, "goods", 20_000, "奖品")]
    assert result.lines[0].explanation == "10月订单数 120，并列最高 → 奖品（价值 ¥200.00）"
    assert reason(result, 1) == "10月订单数 80，未达最高 120"


def test_split_ties_add_up_to_the_amount():
    rule = {**MOST, "ties": "split", "amount": 100}
    staff = [person(1), person(2), person(3)]
    result = evaluate(plan_of(rule), facts(OCT, staff, values=orders(s1=5, s2=5, s3=5)))
    # ¥100 = 10,000 fen / 3 → 3,333 each, 1 fen left goes to the first → 3,334 + 3,333 + 3,333 = 10,000
    assert [line.amount_fen for line in result.lines] == [3_334, 3_333, 3_333]


def test_a_split_that_does_not_divide_says_where_the_fen_went():
    # ¥100 ÷ 3 = ¥33.33 each with 1 fen over: a calculator gives ¥33.33, so the lines name who got the ¥33.34 —
    # by name, not by a staff number the owner rarely sees
    rule = {**MOST, "ties": "split", "amount": 100}
    staff = [person(1, "张伟"), person(2, "李娜"), person(3, "王芳")]
    result = evaluate(plan_of(rule), facts(OCT, staff, values=orders(s1=5, s2=5, s3=5)))
    assert [line.explanation for line in result.lines] == [
        "10月订单数 5，并列最高，¥100.00 由 3 人平分（每人 ¥33.33，余 1 分给了 张伟） → 奖品（价值 ¥33.34）",
        "10月订单数 5，并列最高，¥100.00 由 3 人平分（每人 ¥33.33，余 1 分给了 张伟） → 奖品（价值 ¥33.33）",
        "10月订单数 5，并列最高，¥100.00 由 3 人平分（每人 ¥33.33，余 1 分给了 张伟） → 奖品（价值 ¥33.33）"]
    two_over = evaluate(plan_of({**rule, "amount": "100.01"}), facts(OCT, staff, values=orders(s1=5, s2=5, s3=5)))
    assert "（每人 ¥33.33，余 2 分给了 张伟、李娜，各 1 分）" in two_over.lines[2].explanation
    assert [line.amount_fen for line in two_over.lines] == [3_334, 3_334, 3_333]
    even = evaluate(plan_of({**rule, "amount": 99}), facts(OCT, [person(1), person(2), person(3)],
                                                           values=orders(s1=5, s2=5, s3=5)))
    assert even.lines[0].explanation == "10月订单数 5，并列最高，¥99.00 由 3 人平分 → 奖品（价值 ¥33.00）"


def test_value_must_be_above_zero():
    result = evaluate(plan_of(MOST), facts(OCT, [person(1), person(2)], values=orders(s1=0, s2=0)))
    assert result.lines == []
    assert reason(result, 1) == "10月订单数 0，需大于 0"


def test_lowest_wins_leaves_out_zero_and_says_why():
    """The issue: the value must be above zero. A lowest-wins rule (lowest 退款率) takes the lowest value above
    zero, and the person at 0 is told so, not 「需大于 0」 as if 0 were a low score in a highest-wins rule."""
    rule = {**MOST, "name": "退款率最低奖", "metric": "refund_rate"}
    values = {(1, "refund_rate", OCT_KEY): 0, (2, "refund_rate", OCT_KEY): 150, (3, "refund_rate", OCT_KEY): 300}
    result = evaluate(plan_of(rule), facts(OCT, [person(1), person(2), person(3)], values=values))
    assert [line.staff_id for line in result.lines] == [2]
    assert reason(result, 1).startswith("10月退款率 0%，为 0 不参加评比（本奖取大于 0 的最低值")
    assert reason(result, 3) == "10月退款率 3%，未达最低 1.5%"


def test_growth_with_a_minimum_base_compared_as_exact_fractions():
    staff = [person(i) for i in (1, 2, 3, 4)]
    values = {
        # #1: last month ¥900 < ¥1,000 minimum base → excluded though it doubled
        (1, "sales", SEP): 90_000, (1, "sales", OCT_KEY): 180_000,
        # #2: ¥3,000 → ¥4,000: growth exactly 1/3
        (2, "sales", SEP): 300_000, (2, "sales", OCT_KEY): 400_000,
        # #3: ¥10,000 → ¥13,330: growth 0.333 < 1/3, both 33.3% to one decimal: written with two
        (3, "sales", SEP): 1_000_000, (3, "sales", OCT_KEY): 1_333_000,
        # #4: ¥6,000 → ¥8,000: growth exactly 1/3, ties with #2
        (4, "sales", SEP): 600_000, (4, "sales", OCT_KEY): 800_000,
    }
    result = evaluate(plan_of(GROWTH), facts(OCT, staff, values=values))
    assert [line.staff_id for line in result.lines] == [2, 4]
    assert result.lines[0].explanation == (
        "10月销售额 ¥4,000.00，上月 ¥3,000.00，增长 33.33%，并列最高 → 奖品（价值 ¥100.00）")
    assert reason(result, 3) == "10月销售额 ¥13,330.00，上月 ¥10,000.00，增长 33.30%，未达最高 33.33%"
    assert reason(result, 1) == "上月销售额 ¥900.00 低于最低基数 ¥1,000.00"


def test_growth_must_be_positive_and_needs_last_month():
    staff = [person(1), person(2)]
    values = {(1, "sales", SEP): 500_000, (1, "sales", OCT_KEY): 500_000, (2, "sales", OCT_KEY): 900_000}
    result = evaluate(plan_of(GROWTH), facts(OCT, staff, values=values))
    assert result.lines == []
    assert reason(result, 1) == "10月销售额 ¥5,000.00，上月 ¥5,000.00，增长 0.0%，未增长"
    assert reason(result, 2) == "9月销售额无数据"  # the month named, as other lines do: not 「上月无数据」


def test_best_knowledge_score_from_events():
    rule = {"name": "专业知识奖", "kind": "best", "period": "month", "pays": "cash", "certificate": True,
            "event": "知识考核", "agg": "max_value", "amount": 100}
    events = (ev(1, date(2026, 10, 5), "知识考核", value="88"), ev(1, date(2026, 10, 20), "知识考核", value="95"),
              ev(2, date(2026, 10, 5), "知识考核", value="92.5"))
    result = evaluate(plan_of(rule), facts(OCT, [person(1), person(2), person(3)], events=events))
    # best of #1 is max(88, 95) = 95 > 92.5 → #1
    assert [(line.staff_id, line.amount_fen) for line in result.lines] == [(1, 10_000)]
    assert result.lines[0].explanation == "10月知识考核成绩 95，最高 → 奖金 ¥100.00"
    assert reason(result, 3) == "10月无知识考核记录"


def test_best_department_by_target_completion():
    rule = {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
            "metric": "achievement", "amount": 500}
    staff = [person(1, dept="一部"), person(2, dept="一部"), person(3, dept="二部")]
    depts = (DeptFacts("一部", (1, 2), {("sales", OCT_KEY): 2_000_000}),
             DeptFacts("二部", (3,), {("sales", OCT_KEY): 1_000_000}),
             DeptFacts("三部", (), {}))
    values = {(1, "sales", OCT_KEY): 1_100_000, (2, "sales", OCT_KEY): 1_000_000, (3, "sales", OCT_KEY): 1_100_000}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values, departments=depts))
    # 一部: 2,100,000 / 2,000,000 = 105%; 二部: 1,100,000 / 1,000,000 = 110% → 二部
    assert [(line.recipient_type, line.dept, line.staff_id, line.amount_fen) for line in result.lines] == [
        ("department", "二部", None, 50_000)]
    assert result.lines[0].explanation == (
        "二部 10月销售额目标达成率 110.0%（销售额 ¥11,000.00 / 部门目标 ¥10,000.00），最高 → 团队基金 ¥500.00")
    assert {(n.dept, n.reason) for n in result.not_awarded} == {
        ("一部", "一部 10月销售额目标达成率 105.0%（销售额 ¥21,000.00 / 部门目标 ¥20,000.00），未达最高 110.0%"),
        ("三部", "未设部门目标")}
    assert result.totals() == [] and [t.cash_fen for t in result.dept_totals()] == [50_000]


def test_a_department_is_measured_on_the_members_whose_targets_make_up_its_target():
    from app.awards.facts import dept_facts

    rule = {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
            "metric": "achievement", "amount": 500}
    staff = [person(1, dept="一部"), person(2, dept="一部"), person(3, dept="二部")]
    targets = {(1, "sales", OCT_KEY): 1_000_000, (3, "sales", OCT_KEY): 1_000_000}  # #2 has no target
    depts = dept_facts(["一部", "二部"], staff, targets)
    values = {(1, "sales", OCT_KEY): 900_000, (2, "sales", OCT_KEY): 5_000_000, (3, "sales", OCT_KEY): 1_050_000}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values, departments=depts))
    # 一部: #1's ¥9,000 of ¥10,000 = 90% (#2's ¥50,000 has no target behind it); 二部: 105% → 二部
    assert [(line.dept, line.amount_fen) for line in result.lines] == [("二部", 50_000)]
    assert {(n.dept, n.reason) for n in result.not_awarded} == {
        ("一部", "一部 10月销售额目标达成率 90.0%（销售额 ¥9,000.00 / 部门目标 ¥10,000.00，未设目标的 1 人不计），"
                 "未达最高 105.0%")}


def test_a_department_target_with_a_prorated_member_says_so():
    from app.awards.facts import dept_facts

    rule = {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
            "metric": "achievement", "amount": 500}
    # 一部: #1 ¥10,000; #2 left on 10 October, ¥10,000 scaled to 10/31 = ¥3,225.81 → department ¥13,225.81
    staff = [person(1, "甲", dept="一部"), person(2, "乙", dept="一部", left=date(2026, 10, 10))]
    targets = {(1, "sales", OCT_KEY): 1_000_000, (2, "sales", OCT_KEY): 322_581}
    depts = dept_facts(["一部"], staff, targets)
    values = {(1, "sales", OCT_KEY): 1_000_000, (2, "sales", OCT_KEY): 322_581}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values, departments=depts,
                                           prorated={(2, OCT_KEY): (10, 31)}))
    assert [line.explanation for line in result.lines] == [
        ("一部 10月销售额目标达成率 100.0%（销售额 ¥13,225.81 / 部门目标 ¥13,225.81，乙 10月按在职 10/31 天折算），"
         "最高 → 团队基金 ¥500.00")]


def test_a_split_between_departments_speaks_of_departments():
    """Three departments tied split ¥100: the odd fen goes to the first by name (一部), and the line says
    so in departments' words — not 「由 3 人平分 … 编号在前的 1 人」, which are no people and have no number."""
    rule = {"name": "优秀部门", "kind": "best", "period": "month", "pays": "cash", "recipient": "department",
            "metric": "sales", "ties": "split", "amount": 100}
    staff = [person(1, dept="一部"), person(2, dept="二部"), person(3, dept="三部")]
    depts = tuple(DeptFacts(name, (sid,), {}) for sid, name in ((1, "一部"), (2, "二部"), (3, "三部")))
    values = {(sid, "sales", OCT_KEY): 1_000_000 for sid in (1, 2, 3)}
    result = evaluate(plan_of(rule), facts(OCT, staff, values=values, departments=depts))
    assert sorted((line.dept, line.amount_fen) for line in result.lines) == [
        ("一部", 3_334), ("三部", 3_333), ("二部", 3_333)]
    text = next(line.explanation for line in result.lines if line.dept == "一部")
    assert "由 3 个部门平分（每个部门 ¥33.33，余 1 分给了 一部）" in text and "人" not in text


def test_a_split_between_namesakes_says_which_one_got_the_odd_fen():
    split = plan_of({"name": "订单最多奖", "kind": "best", "period": "month", "pays": "cash", "metric": "orders",
                     "amount": "100.01", "ties": "split"})
    orders = {(1, "orders", OCT_KEY): 50, (2, "orders", OCT_KEY): 50}
    lines = evaluate(split, facts(OCT, [person(1, "张伟"), person(2, "张伟")], values=orders)).lines
    assert [x.amount_fen for x in lines] == [5001, 5000]
    assert all("余 1 分给了 张伟（#1）" in x.explanation for x in lines)


def test_a_rate_shown_alike_is_written_apart_from_the_best():
    # 99.96% and 99.99% are both 100.0% to one decimal: 「100.0%，未达最高 100.0%」 told nobody why
    service = plan_of({"name": "最佳服务奖", "kind": "best", "period": "month", "pays": "goods", "metric": "satisfaction",
                       "amount": 100})
    values = {(1, "satisfied", OCT_KEY): 9996, (1, "ratings", OCT_KEY): 10_000,
              (2, "satisfied", OCT_KEY): 9999, (2, "ratings", OCT_KEY): 10_000}
    result = evaluate(service, facts(OCT, [person(1), person(2)], values=values))
    assert result.lines[0].explanation.startswith("10月满意率 99.99%（满意数 9999 / 评价数 10,000），最高")
    assert reason(result, 1) == "10月满意率 99.96%（满意数 9996 / 评价数 10,000），未达最高 99.99%"


def test_an_average_order_value_is_written_in_yuan_apart_from_the_best():
    # ¥1,000.00 / 3 and ¥999.99 / 3 are both ¥333.33 to the fen: the third decimal tells them apart
    rule = {"name": "客单价之星", "kind": "best", "period": "month", "pays": "goods", "metric": "avg_order", "amount": 100}
    values = {(1, "sales", OCT_KEY): 99_999, (1, "paying", OCT_KEY): 3,
              (2, "sales", OCT_KEY): 100_000, (2, "paying", OCT_KEY): 3}
    result = evaluate(plan_of(rule), facts(OCT, [person(1), person(2)], values=values))
    assert [(x.staff_id, x.explanation) for x in result.lines] == [
        (2, "10月客单价 ¥333.333（销售额 ¥1,000.00 / 付款人数 3），最高 → 奖品（价值 ¥100.00）")]
    assert reason(result, 1) == "10月客单价 ¥333.330（销售额 ¥999.99 / 付款人数 3），未达最高 ¥333.333"
