"""The 计算依据 a receipt lists are what the period's rules read: their metrics, the event types they count
or filter on, and the red flowers only when a rule counts flowers — not every record of the person."""

from datetime import date

from app.domain import StaffDraft
from app.rules import parse_plan

from .conftest import OCT


def test_inputs_leave_out_events_and_flowers_no_rule_reads(shop, team):
    shop.events.add(date(2026, 10, 12), team["丙"], "表扬")
    shop.events.add(date(2026, 10, 14), team["丙"], "知识考核", value="89")
    shop.events.add(date(2026, 10, 8), team["甲"], "表扬")
    shop.events.add(date(2026, 10, 15), team["甲"], "知识考核", value="95")
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长", hired=date(2026, 1, 1)))
    shop.flowers.issue(boss.id, team["丙"], "帮忙处理退货", day=date(2026, 10, 16))
    assert shop.flowers.received(OCT).get(team["丙"]) == 1
    run = shop.awards.approve(OCT, confirm=True).run
    labels = [label for label, _value, _source in shop.store.awards.inputs(run.id, team["丙"])]
    assert labels == ["10月12日 表扬"]  # 售后方案 pays only 表扬奖: no 知识考核, no 收到小红花
    mine = [label for label, _value, _source in shop.store.awards.inputs(run.id, team["甲"])]
    assert "10月8日 表扬" in mine and not any("知识考核" in x for x in mine)
    assert not any("知识考核" in x for x, _v, _s in shop.awards.inputs_now(OCT, team["甲"]))


def test_the_event_types_and_flowers_a_plan_reads():
    from app.awards.facts import events_used, uses_flowers

    plan = parse_plan({"name": "测试", "rules": [
        {"name": "考核奖", "kind": "threshold", "period": "month", "pays": "cash", "amount": 50,
         "conditions": [{"event": "知识考核", "agg": "max_value", "op": ">=", "value": 90}]},
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20, "unless": {"event": "退款", "same_attr": "订单号"}},
        {"name": "红花奖", "kind": "flowers", "period": "quarter", "pays": "cash", "mode": "most", "amount": 50},
    ]})
    assert events_used(plan, "month") == {"知识考核", "表扬", "退款"}
    assert events_used(plan, "quarter") == set()
    assert not uses_flowers(plan, "month") and uses_flowers(plan, "quarter")


def test_a_value_both_periods_of_a_pay_month_read_is_listed_once(shop, team, tmp_path):
    from pypdf import PdfReader

    from app.awards.receipt import receipt_inputs, receipt_sections, write_receipt
    from app.periods import Quarter

    from .conftest import SEP, put

    for day in (1, 2, 3):
        put(shop, team["甲"], date(2026, 9, day), 10_000_000)  # first in the quarter too
    shop.awards.approve(SEP)
    shop.awards.approve(Quarter(2026, 3))
    sections, _draft = receipt_sections(shop, SEP, team["甲"])
    assert len(sections) == 2
    both = set(sections[0].inputs) & set(sections[1].inputs)
    assert any(label == "9月销售额" for label, _v, _s in both)  # read by the month's rules and the quarter's
    listed = receipt_inputs(sections)
    assert len(listed) == len(set(listed)) == len(set(sections[0].inputs) | set(sections[1].inputs))
    assert listed[:len(sections[0].inputs)] == sections[0].inputs  # in the order the sections give them
    path = write_receipt(shop, SEP, team["甲"], tmp_path / "r.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert text.count("9月销售额\n¥306,000.00\n") == 1


def test_a_scaled_target_names_the_target_set_and_the_days(shop, team):
    from app import settings as declared

    from .conftest import SEP

    new = shop.staff.add(StaffDraft(name="丁", dept="客服部", hired=date(2026, 9, 16))).id
    shop.targets.set_staff(SEP, new, shop.metrics.get("sales"), 1_000_000)

    def rows(staff_id):
        return {label: (value, source) for label, value, source in shop.awards.inputs_now(SEP, staff_id)}

    # the setting off: the whole month's target, and the receipt says it was not scaled to her days
    assert rows(new)["9月销售额目标"] == ("¥10,000.00", "目标设置（全月目标，在职 15/30 天，未折算）")
    shop.settings.set(declared.PRORATE_TARGETS, True)
    # hired 16 September: 15 of September's 30 days, ¥10,000.00 × 15/30 = ¥5,000.00 — the receipt says both
    assert rows(new)["9月销售额目标"] == ("¥5,000.00", "目标设置 ¥10,000.00，按在职 15/30 天折算")
    assert rows(team["甲"])["9月销售额目标"] == ("¥10,000.00", "目标设置")


def test_of_the_month_before_only_the_values_a_rule_compares_with_are_listed(shop, tmp_path):
    # the best growth in orders reads August's orders; nothing reads August's sales nor its target
    from app.periods import Month

    from .conftest import SEP, put, write_plan

    plan = {"name": "进步方案", "key": "progress-test", "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}]},
        {"name": "下单最佳进度奖", "kind": "best", "period": "month", "pays": "cash", "metric": "orders",
         "mode": "growth", "amount": 100}]}
    sid = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 3, 1))).id
    sales = shop.metrics.get("sales")
    for month in (8, 9):
        put(shop, sid, date(2026, month, 10), 1_000_000)
        put(shop, sid, date(2026, month, 10), 100 + month, metric="orders")
        shop.targets.set_staff(Month(2026, month), sid, sales, 900_000)
    shop.awards.plans.use(str(write_plan(tmp_path, plan)))
    labels = [label for label, _value, _source in shop.awards.inputs_now(SEP, sid)]
    assert labels == ["8月订单数", "9月订单数", "9月销售额", "9月销售额目标"]


def test_of_the_month_before_a_weighted_mean_lists_its_weights_too(shop, tmp_path):
    # the best growth in conversion rate reads August's rate as a mean weighted by August's inquiries: the
    # receipt lists both, as it lists September's
    from .conftest import SEP, put, write_plan

    plan = {"name": "进步方案", "key": "progress-test", "rules": [
        {"name": "转化最佳进度奖", "kind": "best", "period": "month", "pays": "cash", "metric": "conversion_rate",
         "mode": "growth", "amount": 100}]}
    sid = shop.staff.add(StaffDraft(name="甲", dept="客服部", hired=date(2026, 3, 1))).id
    for month in (8, 9):
        put(shop, sid, date(2026, month, 10), 3000 + month, metric="conversion_rate")
        put(shop, sid, date(2026, month, 10), 200, metric="inquiries")
    shop.awards.plans.use(str(write_plan(tmp_path, plan)))
    labels = [label for label, _value, _source in shop.awards.inputs_now(SEP, sid)]
    assert labels == ["8月询单转化率（报表）", "9月询单转化率（报表）", "8月询单人数", "9月询单人数"]


def test_the_flowers_each_period_counted_are_told_apart_by_their_period(shop, team, tmp_path):
    """September's receipt with a monthly and a quarterly 红花 award listed 「收到小红花 1 朵」 and 「收到小红花
    2 朵」 side by side, so the owner could not tell which count was which (December: the month and the year)."""
    from app.awards.receipt import receipt_inputs, receipt_sections
    from app.periods import Quarter

    from .conftest import SEP, write_plan

    plan = {"name": "红花方案", "key": "flowers-test", "rules": [
        {"name": "月度红花奖", "kind": "flowers", "period": "month", "pays": "cash", "mode": "most", "amount": 100},
        {"name": "季度红花奖", "kind": "flowers", "period": "quarter", "pays": "cash", "mode": "most", "amount": 300},
    ]}
    shop.awards.plans.use(str(write_plan(tmp_path, plan)), from_month="2026-07")
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长", hired=date(2026, 1, 1)))
    today = shop.today
    for day in (date(2026, 8, 20), date(2026, 9, 10)):
        shop.set_today(day)
        shop.flowers.issue(boss.id, team["甲"], "主动跟进差评客户并挽回")
    shop.set_today(today)
    shop.awards.approve(SEP, confirm=True)
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    sections, _draft = receipt_sections(shop, SEP, team["甲"])
    flowers = [(label, value) for label, value, source in receipt_inputs(sections) if source == "小红花台账"]
    assert flowers == [("9月收到小红花", "1 朵"), ("第三季度收到小红花", "2 朵")]


def test_a_value_added_up_from_two_sub_accounts_says_so(shop, tmp_path):
    """王小美 works under 旗舰店:小美 (the first file) and 专营店:美美 (the second): her days in both are one value,
    stored with the first file's row; the 来源 says which days hold both accounts, so that the sum is not looked
    for in the first file alone."""
    from app.importing import ImportOptions, ImportService

    from .conftest import write_plan

    person = shop.staff.add(StaffDraft("王小美", aliases=("旗舰店:小美", "专营店:美美"), dept="客服部",
                                       hired=date(2026, 1, 1))).id
    first = tmp_path / "旗舰店.csv"
    first.write_text("日期,旺旺,销售额\n" + "".join(f"2026-10-{d:02d},旗舰店:小美,100.00\n" for d in (1, 2, 3)),
                     encoding="utf-8")
    second = tmp_path / "专营店.csv"
    second.write_text("日期,旺旺,销售额\n2026-10-02,专营店:美美,50.00\n2026-10-03,专营店:美美,25.00\n",
                      encoding="utf-8")
    imports = ImportService(shop.store, shop.ctx, shop.metrics)
    plan = imports.preview([first, second], ImportOptions())
    assert not plan.blocking() and imports.commit(plan)
    shop.awards.plans.use(str(write_plan(tmp_path, {"name": "方案", "key": "stage-test", "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}]}]})))
    sources = {label: (value, source) for label, value, source in shop.awards.inputs_now(OCT, person)}
    assert sources["10月销售额"] == ("¥375.00", "导入「旗舰店.csv」第 2–4 行（3 天，其中 2 天为 旗舰店:小美、专营店:美美 按人合计）")


def test_a_corrected_file_of_one_account_says_where_the_kept_share_came_from(shop, tmp_path):
    """小美's two accounts were imported together, then a corrected file of 旗舰店:小美 alone, which keeps
    专营店:小美's share of the first import: the 来源 says that share came from the first import's 专营店.csv, not
    from the corrected file; after a corrected 专营店 file, the flagship's share is the corrected flagship file's.
    An import logged before its files kept the names they read is named by all its files."""
    from app.importing import ImportOptions, ImportService

    from .conftest import write_plan

    person = shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美", "专营店:小美"), dept="客服部",
                                       hired=date(2026, 1, 1))).id
    imports = ImportService(shop.store, shop.ctx, shop.metrics)

    def run(*files: tuple[str, str, dict[int, str]]) -> None:
        paths = []
        for file_name, account, sales in files:
            path = tmp_path / file_name
            path.write_text("日期,旺旺,销售额\n" + "".join(f"2026-10-{d:02d},{account},{v}\n" for d, v in sales.items()),
                            encoding="gbk")
            paths.append(path)
        plan = imports.preview(paths, ImportOptions())
        assert not plan.blocking() and imports.commit(plan)

    run(("旗舰店.csv", "旗舰店:小美", {1: "100.00", 2: "100.00", 3: "100.00"}),
        ("专营店.csv", "专营店:小美", {2: "50.00", 3: "25.00"}))
    run(("旗舰店更正.csv", "旗舰店:小美", {1: "120.00", 2: "120.00", 3: "120.00"}))
    shop.awards.plans.use(str(write_plan(tmp_path, {"name": "方案", "key": "stage-test", "rules": [
        {"name": "阶段目标奖", "kind": "stage", "period": "month", "pays": "cash", "metric": "sales",
         "stages": [{"percent": 100, "amount": 200}]}]})))

    def source() -> tuple[str, str]:
        return {label: (value, src) for label, value, src in shop.awards.inputs_now(OCT, person)}["10月销售额"]

    assert source() == ("¥435.00", ("导入「旗舰店更正.csv」第 2–4 行（3 天，其中 2 天按人合计：旗舰店:小美 来自此次导入，"
                                   "专营店:小美 来自第 1 次导入「专营店.csv」）"))
    run(("专营店更正.csv", "专营店:小美", {3: "30.00"}))
    assert source() == ("¥440.00", ("导入「旗舰店更正.csv」第 2–3 行（2 天，其中 1 天按人合计：旗舰店:小美 来自此次导入，"
                                   "专营店:小美 来自第 1 次导入「专营店.csv」）；"
                                   "导入「专营店更正.csv」第 2 行（1 天，其中 1 天按人合计：专营店:小美 来自此次导入，"
                                   "旗舰店:小美 来自第 2 次导入「旗舰店更正.csv」）"))
    with shop.store.atomic():  # as logged before each file's entry kept its names
        shop.store.db.execute("UPDATE import_log SET files = json_remove(files, '$[0].names', '$[1].names') "
                              "WHERE id = 1")
    assert "专营店:小美 来自第 1 次导入「旗舰店.csv、专营店.csv」" in source()[1]


def test_a_drafts_receipts_compute_each_period_once(shop, team, tmp_path, monkeypatch):
    """The draft's pay month was computed, then each period again for the receipts' 计算依据: 全员计算单 of a big
    shop's December (the month, Q4, H2 and the year) spent twice its time."""
    from app.awards.receipt import write_receipts
    from app.awards.service import AwardService

    from .conftest import SEP

    computed: list[str] = []
    real = AwardService.calculate
    monkeypatch.setattr(AwardService, "calculate", lambda self, period, *a, **k: computed.append(period.key())
                        or real(self, period, *a, **k))
    path = write_receipts(shop, SEP, None, tmp_path / "all.pdf", draft=True)
    assert path.exists() and computed == ["2026-09", "2026-Q3"]
