"""The demo shop: a realistic Taobao customer-service team with daily results, targets and events.

Deterministic: the same seed and the same `today` give the same rows (one random.Random(seed), no clock).
Everything is computed first and then written in ONE transaction with one audit row; cancelling or a
failure writes nothing (with force, the old data is still there).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app import settings as declared
from app.backups import before_action
from app.domain import Birthday, Staff
from app.errors import Cancelled, UserError
from app.flowers import FlowerTransfer
from app.i18n import t
from app.periods import Month, add_months

if TYPE_CHECKING:
    from app.shop import Shop
    from app.store import Store

SHOP_NAME = "小橙子旗舰店"
SISTER_SHOP = "小橙子母婴专营店"
CS_DEPT, AFTER_DEPT = "客服部", "售后部"
DEPARTMENTS = (CS_DEPT, AFTER_DEPT, "美工部", "仓库")
MAX_STAFF, MAX_MONTHS = 200, 24

CS_NAMES = ("林晓雯", "陈思琪", "王丽娟", "赵雨萱", "刘佳怡", "黄梦婷", "周欣然", "吴静怡", "孙悦", "郑可欣",
            "何婉清", "徐诗涵", "马晓燕", "胡月", "朱丹丹", "高雅婷", "罗琳", "梁心怡", "宋佳", "唐雪")
AFTER_NAMES = ("张伟", "李强", "王磊", "刘洋", "陈杰", "杨帆", "赵鹏", "黄俊", "周涛", "吴昊")
SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = ("婷", "敏", "静", "丽", "芳", "娜", "秀英", "晓红", "雪梅", "海燕", "桂芳", "玉兰", "佳琪", "子涵",
         "欣怡", "浩然", "宇轩", "俊杰", "志强", "建华", "文博", "思远", "嘉怡", "若曦")
NICKNAMES = ("小美", "小雨", "小暖", "小橙", "小柚", "小桃", "小鹿", "小七", "小满", "小糖", "小甜", "小米",
             "小溪", "小诺", "小云", "阿杰", "阿强", "阿磊", "阿洋", "阿帆")
PRAISE = ("顾客留言表扬：耐心解答尺码问题", "买家旺旺点名表扬服务热情", "处理差评后顾客追加好评",
          "主管表扬：大促期间主动加班")
COMPLAINTS = ("回复超时，顾客投诉", "发错颜色未及时跟进", "态度生硬被投诉")
SUGGESTIONS = ("建议增加尺码对照表快捷短语", "建议大促前预设常见问题自动回复", "建议退换货流程做成图文卡片")
PAY = {"主管": 550000, "组长": 420000, "客服": 320000, "售后": 380000}  # 基本工资, fen


@dataclass(frozen=True)
class DemoSummary:
    shop_name: str
    staff: int
    departments: int
    months: tuple[str, ...]
    first_day: date | None
    last_day: date | None
    values: int
    targets: int
    events: int
    seed: int
    replaced: bool
    backup: Path | None = None  # the shop's data as it was before `force` replaced it


@dataclass
class _Person:
    name: str
    dept: str
    role: str
    hired: date
    left: date | None
    birthday: Birthday
    aliases: tuple[str, ...]
    skill: float

    @property
    def aftersales(self) -> bool:
        return self.dept == AFTER_DEPT

    def employed_on(self, day: date) -> bool:
        return self.hired <= day and (self.left is None or day <= self.left)


def generate_demo(shop: Shop, *, staff: int = 10, months: int = 4, seed: int = 1, force: bool = False,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None) -> DemoSummary:
    """Fill the shop with the demo data; refuses a non-empty shop unless `force` (which replaces it)."""
    if not 1 <= staff <= MAX_STAFF:
        raise UserError(t("演示员工人数应在 1 到 {max} 之间", max=MAX_STAFF))
    if not 1 <= months <= MAX_MONTHS:
        raise UserError(t("演示数据月数应在 1 到 {max} 之间", max=MAX_MONTHS))
    store = shop.store
    if not force and store.holds_entries():
        staff_count = store.staff.count()
        if staff_count:
            raise UserError(t("数据文件中已有数据（{n} 名员工），不能生成演示数据。"
                              "如确定要清空现有数据并生成演示数据，请使用 --force。", n=staff_count))
        raise UserError(t("数据文件中已有录入的内容（店铺名称、部门、方案等，见操作日志），不能生成演示数据。"
                          "如确定要清空现有数据并生成演示数据，请使用 --force。"))
    rng = random.Random(seed)
    today = shop.today
    last = today - timedelta(days=1)
    month_list = [Month.of(today).shift(k - months + 1) for k in range(months)]
    first = month_list[0].start
    people = _people(rng, staff, today, first, last)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    total = len(days) + 2
    values: list[tuple[str, date, int, int]] = []
    for done, day in enumerate(days, start=1):
        _check(cancel)
        factor = _day_factor(day)
        for index, person in enumerate(people):
            if person.employed_on(day):
                values.extend(_day_values(rng, index, person, day, factor, may_rest=day != last))
        _report(progress, done, total)
    targets, shop_targets = _targets(rng, people, month_list)
    events = _events(rng, people, month_list, first, last)
    _check(cancel)
    _report(progress, len(days) + 1, total)
    with store.atomic():
        backup = before_action(store, "demo") if force else None  # None too for a shop with nothing entered
        if force:
            store.clear_data()
            for setting in declared.NAME_PEOPLE:  # the old people's numbers go to demo people
                store.settings.delete(setting.key)
        ids = _write_people(store, people)
        store.values.set_many((m, d, ids[i], v) for m, d, i, v in values)
        _check(cancel)
        for month, index, fen in targets:
            store.targets.set_staff_target(month, ids[index], "sales", fen)
        for month, fen in shop_targets:
            store.targets.set_shop_target(month, "sales", fen)
        for day, index, kind, amount, value, attrs, note in events:
            store.events.add(day, ids[index], kind, amount, value, attrs, note)
        _check(cancel)
        _plans(shop, people, ids, month_list)
        _flowers(store, rng, people, ids, month_list, first, last)
        store.audit.add(shop.ctx.user, "demo.generate", t("生成演示数据"),
                        {"staff": staff, "months": months, "seed": seed, "force": force,
                         "today": today.isoformat()}, pin_used=shop.ctx.pin_used)
    _report(progress, total, total)
    shop.reload_metrics()
    return DemoSummary(SHOP_NAME, len(people), len(DEPARTMENTS), tuple(m.key() for m in month_list),
                       first if days else None, last if days else None, len(values),
                       len(targets) + len(shop_targets), len(events), seed, force,
                       backup.info.path if backup else None)


def _plans(shop: Shop, people: list[_Person], ids: list[int], month_list: list[Month]) -> None:
    """The plans in force (客服 on taobao-kefu, 售后部 on after-sales) and a manual line under review,
    written with the demo's own transaction and audit row."""
    from app.awards.plans import content_hash

    store = shop.store
    for key, dept in (("taobao-kefu", None), ("after-sales", AFTER_DEPT)):
        plan, text, source = shop.awards.plans.find(key)
        stored = store.plans.add(plan.name, plan.key, source, text, content_hash(text))
        department = store.departments.by_name(dept) if dept else None
        if dept is None or department is not None:
            store.plans.assign(department.id if department else None, None, stored.id)
    if len(month_list) < 2:
        return
    month = month_list[-2]
    winner = next((ids[i] for i, p in enumerate(people) if not p.aftersales and p.employed_on(month.end)), None)
    if winner is not None:
        store.awards.manual_add(month.key(), "月度心愿奖", winner, None, 15000, None,
                                t("团队投票选出的本月心愿：下午茶"), shop.ctx.user)


FLOWER_REASONS = (
    "主动跟进差评客户并挽回，顾客追加好评", "大促期间主动加班，接待量全组第一", "帮新同事梳理售后话术",
    "发现库存标注错误并及时上报，避免超卖", "耐心处理老顾客的复杂退换货", "提出的快捷短语改进被采纳",
    "协助仓库核对大促发货单", "顾客来电专门表扬服务热情",
)
FLOWER_CATEGORIES = {  # each reason's category (客户服务, 创新改进, … as the issue dialog offers them)
    "主动跟进差评客户并挽回，顾客追加好评": "客户服务", "大促期间主动加班，接待量全组第一": "客户服务",
    "帮新同事梳理售后话术": "帮助同事", "发现库存标注错误并及时上报，避免超卖": "爱护公司财物",
    "耐心处理老顾客的复杂退换货": "客户服务", "提出的快捷短语改进被采纳": "创新改进",
    "协助仓库核对大促发货单": "跨部门协作", "顾客来电专门表扬服务热情": "客户服务",
}


def _flowers(store: Store, rng: random.Random, people: list[_Person], ids: list[int], month_list: list[Month],
             first: date, last: date) -> None:
    """Little red flowers: the 主管 gives 2 a month, the 组长 a few from the managers' pool, one is
    transferred, and 客服部 gets a red flag — so the 小红花 page and the 红花榜 have something to show."""
    leaders = [i for i, p in enumerate(people) if p.role == "主管"]
    managers = [i for i, p in enumerate(people) if p.role == "组长"]
    drawn: list[tuple[date, int, int, str, str, Month]] = []  # day, issuer, recipient, reason, quota, month
    for month in month_list:
        start, end = max(month.start, first), min(month.end, last)
        if end < start:
            continue
        for issuer, quota, count in [(i, "leader", 2) for i in leaders] + [(i, "pool", 3) for i in managers]:
            for _ in range(count):
                day = _random_day(rng, start, end)
                candidates = [i for i, p in enumerate(people) if i != issuer and p.employed_on(day)]
                if not people[issuer].employed_on(day) or not candidates:
                    continue
                to = rng.choice(candidates)
                drawn.append((day, issuer, to, rng.choice(FLOWER_REASONS), quota, month))
    first_id = None  # the first flower drawn is the one passed on
    # numbered in the order they were given, as the app numbers them
    for n in sorted(range(len(drawn)), key=lambda n: drawn[n][0]):
        day, issuer, to, reason, quota, month = drawn[n]
        owner = ids[issuer] if quota == "leader" else 0
        used = store.flowers.used_slots(quota, owner, month.key())
        free = next(slot for slot in range(1, len(used) + 2) if slot not in used)
        flower_id = store.flowers.insert(store.flowers.next_number(f"HF-{day.year}-"), ids[issuer], ids[to], day,
                                         add_months(day, 3), reason, FLOWER_CATEGORIES[reason], quota, owner,
                                         month.key(), free)
        if n == 0:
            first_id = flower_id
    flower = next((f for f in store.flowers.all() if f.id == first_id), None)
    if flower is not None:
        holder = people[ids.index(flower.recipient_id)]
        day = min(flower.issued + timedelta(days=3), last)
        others = [i for i, p in enumerate(people) if ids[i] != flower.recipient_id and p.employed_on(day)]
        if others and holder.employed_on(day):
            to = rng.choice(others)
            store.flowers.add_transfer(flower.id, FlowerTransfer(flower.recipient_id, ids[to], day, holder.name,
                                                                 "感谢帮忙顶班"))
    dept = store.departments.by_name(DEPARTMENTS[0])
    if leaders and dept is not None and month_list and last >= month_list[-1].start:
        store.red_flags.insert(f"HQ-{last.year}-0001", ids[leaders[0]], dept.id, last, "本月咨询零投诉",
                               month_list[-1].key(), 1)


def _check(cancel: Callable[[], bool] | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


# ---- the team


def _people(rng: random.Random, n: int, today: date, first: date, last: date) -> list[_Person]:
    n_after = 0 if n < 3 else max(1, round(n * 0.3))
    n_cs = n - n_after
    names = _names(rng, CS_NAMES, n_cs, set()) + _names(rng, AFTER_NAMES, n_after, set())
    if n >= 12:  # one deliberate pair of namesakes, told apart by department and id
        names[2] = names[n_cs]
    nicknames = _nicknames(rng, n)
    recent = n_cs - 1 if n_cs >= 3 else None
    leaver = n_cs - 2 if n_cs >= 5 else None
    lunar = min(3, n - 1)
    bday_start = rng.randint(1, 12)
    people = []
    for i in range(n):
        aftersales = i >= n_cs
        k = i - n_cs if aftersales else i
        if aftersales:
            role = "组长" if k == 0 and n_after >= 4 else "售后"
        else:
            role = {0: "主管", 1: "组长"}.get(k, "客服")
        left = None
        if i == recent:
            hired, skill = today - timedelta(days=rng.randint(7, 20)), 0.6
        elif i == leaver:
            previous = Month.of(today).previous()
            hired = today - timedelta(days=rng.randint(400, 700))
            left = previous.start + timedelta(days=rng.randint(4, previous.days - 4))
            skill = rng.uniform(0.7, 1.0)
        elif role in ("主管", "组长") or k % 3 == 2:
            hired, skill = today - timedelta(days=rng.randint(500, 1600)), rng.uniform(1.0, 1.4)
        elif k % 3 == 0:  # passes 12 full months during the demo period
            anniversary = first + timedelta(days=rng.randint(0, max((last - first).days, 0)))
            hired, skill = add_months(anniversary, -12), rng.uniform(0.8, 1.3)
        else:
            hired, skill = today - timedelta(days=rng.randint(90, 330)), rng.uniform(0.7, 1.2)
        month = (bday_start + 7 * i) % 12 + 1
        birthday = Birthday(month, rng.randint(1, 29 if i == lunar else 28), lunar=i == lunar)
        aliases = [f"{SHOP_NAME}:{nicknames[i]}"]
        if role in ("主管", "组长") and not aftersales:
            aliases.append(f"{SISTER_SHOP}:{nicknames[i]}")
        people.append(_Person(names[i], AFTER_DEPT if aftersales else CS_DEPT, role, hired, left, birthday,
                              tuple(aliases), skill))
    return people


def _names(rng: random.Random, pool: tuple[str, ...], k: int, used: set[str]) -> list[str]:
    names = rng.sample(pool, min(k, len(pool)))
    taken = set(names) | set(CS_NAMES) | set(AFTER_NAMES) | used
    while len(names) < k:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in taken:
            names.append(name)
            taken.add(name)
    return names


def _nicknames(rng: random.Random, n: int) -> list[str]:
    picked = rng.sample(NICKNAMES, min(n, len(NICKNAMES)))
    return picked + [f"客服{i:03d}" for i in range(len(picked) + 1, n + 1)]


def _write_people(store: Store, people: list[_Person]) -> list[int]:
    store.settings.set(declared.SHOP_NAME.key, SHOP_NAME)
    depts = {name: (store.departments.by_name(name) or store.departments.add(name)) for name in DEPARTMENTS}
    ids = []
    for p in people:
        dept = depts[p.dept]
        pay = PAY.get(p.role, PAY["客服"])
        ids.append(store.staff.insert(Staff(
            id=0, name=p.name, aliases=p.aliases, dept_id=dept.id, dept=dept.name, role=p.role, hired=p.hired,
            left=p.left, birthday=p.birthday, base_pay_fen=pay, post_pay_fen=50000 if p.role != "客服" else 30000,
            allowance_fen=30000)))
    return ids


# ---- daily results


def _day_factor(day: date) -> float:
    """Traffic against an ordinary weekday: weekends, 618, 双11 and 双12."""
    factor = 1.25 if day.weekday() >= 5 else 1.0
    if day.month == 11 and day.day <= 12:
        factor *= {1: 1.8, 10: 2.2, 11: 5.0, 12: 1.5}.get(day.day, 1.15)
    elif day.month == 6 and day.day <= 18:
        factor *= {1: 1.6, 18: 3.0}.get(day.day, 1.1)
    elif (day.month, day.day) == (12, 12):
        factor *= 1.8
    return factor


def _conversion(person: _Person) -> float:
    return 0.10 + 0.06 * person.skill if person.aftersales else 0.20 + 0.18 * person.skill


def _order_value_fen(person: _Person) -> float:
    return 6800.0 if person.aftersales else 11800 * (0.85 + 0.2 * person.skill)


def _inquiries(person: _Person) -> int:
    return 24 if person.aftersales else 60


def _day_values(rng: random.Random, index: int, person: _Person, day: date, factor: float,
                may_rest: bool) -> list[tuple[str, date, int, int]]:
    """One person's results for one day; some days off, but everyone works the big sale days and yesterday."""
    if may_rest and factor < 2 and rng.random() < 0.14:
        return []
    inquiries = max(1, round(_inquiries(person) * factor * rng.uniform(0.8, 1.2)))
    paying = min(inquiries, round(inquiries * _conversion(person) * rng.uniform(0.9, 1.1)))
    orders = paying + (rng.randint(0, paying // 5) if paying >= 5 else 0)
    sales = round(paying * _order_value_fen(person) * rng.uniform(0.9, 1.1))
    ratings = round(orders * rng.uniform(0.25, 0.5))
    unhappy = min(max(0.12 - 0.06 * person.skill, 0.01), 0.2)
    satisfied = ratings - min(ratings, round(ratings * unhappy * rng.uniform(0.5, 1.5)))
    response = 26 / person.skill * rng.uniform(0.85, 1.15) * (1.6 if factor >= 2 else 1.0)
    refunds = 0 if rng.random() < 0.45 else round(sales * rng.uniform(0.01, 0.07))
    row = {"sales": sales, "orders": orders, "inquiries": inquiries, "paying": paying, "ratings": ratings,
           "satisfied": satisfied, "response_s": round(response * 100), "refunds": refunds}
    return [(metric, day, index, value) for metric, value in row.items()]


# ---- targets and events


def _targets(rng: random.Random, people: list[_Person],
             month_list: list[Month]) -> tuple[list[tuple[str, int, int]], list[tuple[str, int]]]:
    """Monthly sales targets: each person's expected sales with a stretch, rounded to ¥500; the shop's too."""
    staff_rows, shop_rows = [], []
    for month in month_list:
        total = 0
        for index, p in enumerate(people):
            per_day = _inquiries(p) * _conversion(p) * _order_value_fen(p) * 0.86
            expected = sum(per_day * _day_factor(d) for d in month.day_list() if p.employed_on(d))
            if expected <= 0:
                continue
            fen = max(50000, round(expected * rng.uniform(0.88, 1.15) / 50000) * 50000)
            staff_rows.append((month.key(), index, fen))
            total += fen
        if total:
            shop_rows.append((month.key(), -(-round(total * 1.03) // 1000000) * 1000000))  # up to ¥10,000
    return staff_rows, shop_rows


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _pick(rng: random.Random, people: list[_Person], candidates: list[int], weight: Callable[[_Person], float],
          start: date, end: date) -> tuple[int | None, date]:
    """A random day and, weighted, one of the candidates on the team that day (None when nobody is)."""
    day = _random_day(rng, start, end)
    here = [i for i in candidates if people[i].employed_on(day)]
    if not here:
        return None, day
    return rng.choices(here, weights=[weight(people[i]) for i in here])[0], day


def _events(rng: random.Random, people: list[_Person], month_list: list[Month], first: date, last: date) -> list:
    """A few events a month: praise, complaints, adopted suggestions, exams; after-sales points and parts sales."""
    rows: list[tuple] = []
    cs = [i for i, p in enumerate(people) if not p.aftersales]
    after = [i for i, p in enumerate(people) if p.aftersales]
    for month in month_list:
        start, end = max(month.start, first), min(month.end, last)
        if end < start:
            continue
        for _ in range(rng.randint(2, 4)):
            who, day = _pick(rng, people, cs, lambda p: p.skill ** 2, start, end)
            if who is not None:
                rows.append((day, who, "表扬", None, None, {}, rng.choice(PRAISE)))
        for _ in range(rng.randint(0, 2)):
            who, day = _pick(rng, people, cs, lambda p: 2 - p.skill, start, end)
            if who is not None:
                rows.append((day, who, "投诉", None, None, {}, rng.choice(COMPLAINTS)))
        if rng.random() < 0.6:
            who, day = _pick(rng, people, cs + after, lambda p: p.skill, start, end)
            if who is not None:
                rows.append((day, who, "建议被采纳", None, None, {}, rng.choice(SUGGESTIONS)))
        exam = date(month.year, month.month, 25)
        if start <= exam <= end:
            for i in cs + after:
                if people[i].employed_on(exam):
                    score = min(100, round(55 + 30 * people[i].skill * rng.uniform(0.85, 1.1)))
                    rows.append((exam, i, "知识考核", None, Decimal(score), {}, "月度知识考核"))
        for i in after:
            for _ in range(rng.randint(2, 4)):
                day = _random_day(rng, start, end)
                if people[i].employed_on(day):
                    # 2–8 points a visit, 4–32 a month: around the 17 a month the after-sales plan pays above
                    # (the draw kept as it was, so the rest of the demo stays the same)
                    points = Decimal(rng.randint(5, 20)) * 2 / 5
                    rows.append((day, i, "服务积分", None, points, {}, ""))
            for _ in range(rng.randint(1, 3)):
                day = _random_day(rng, start, end)
                if people[i].employed_on(day):
                    attrs = {"margin": f"{rng.randint(18, 45)}%", "paid": "yes" if rng.random() < 0.8 else "no"}
                    fen = rng.randint(80, 900) * 100 + rng.randint(0, 99)
                    rows.append((day, i, "备件销售", fen, None, attrs, ""))
            if rng.random() < 0.3:
                day = _random_day(rng, start, end)
                if people[i].employed_on(day):
                    rows.append((day, i, "二次服务", None, Decimal("0.5"), {}, "同一故障二次上门"))
    if after and last >= first:  # one safety incident in the whole period
        who = after[rng.randrange(len(after))]
        day = _random_day(rng, first, last)
        if people[who].employed_on(day):
            rows.append((day, who, "安全事故", None, None, {}, "上门安装未佩戴安全帽"))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))
