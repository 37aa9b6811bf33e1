"""`honghua target set`, `honghua data set`, `honghua event add`: one record per call, one transaction each."""

from __future__ import annotations

from app.cli.common import (
    confirm_approved_option,
    day_arg,
    metric_arg,
    month_arg,
    refused_unconfirmed,
    resolve_staff,
    say,
    starts_shop,
    table,
)
from app.cli.parser import placeholder
from app.event_attrs import describe_attrs
from app.i18n import joined, t
from app.money import format_yuan, parse_yuan
from app.periods import shown_date
from app.services.approved import ApprovedPeriodChange


def register(commands) -> None:
    group = commands.add_parser("target", help=t("月度目标"), description=t("月度目标"))
    sub = group.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True)
    p = sub.add_parser("set", help=t("设置一个人、一个部门或全店的月度目标"),
                       description=t("设置月度目标。金额可写 12500、12,500.50、¥12,500、￥12,500 或 1.25万"))
    p.add_argument("--month", required=True, metavar="YYYY-MM", help=t("月份"))
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    who.add_argument("--dept", metavar=placeholder("部门"), help=t("部门：该月在职的每个成员都设为同一目标"))
    who.add_argument("--shop", action="store_true", help=t("全店目标（设置后作为团队目标）"))
    p.add_argument("--metric", default="sales", metavar=placeholder("指标"), help=t("指标代码或中文名（默认 sales 销售额）"))
    value = p.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", metavar=placeholder("数值"), help=t("目标值"))
    value.add_argument("--clear", action="store_true", help=t("清除目标"))
    confirm_approved_option(p)
    starts_shop(p, set_target)
    p = sub.add_parser("list", help=t("列出一个月每人的目标、个人目标合计和全店目标"),
                       description=t("列出一个月每人的目标、个人目标合计和全店目标，与「目标」页所示相同"))
    p.add_argument("--month", required=True, metavar="YYYY-MM", help=t("月份"))
    p.add_argument("--metric", default="sales", metavar=placeholder("指标"), help=t("指标代码或中文名（默认 sales 销售额）"))
    p.set_defaults(handler=list_targets)

    group = commands.add_parser("data", help=t("每日数据"), description=t("每日数据"))
    sub = group.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True)
    p = sub.add_parser("set", help=t("录入一个人某天某项指标的数值"),
                       description=t("录入一个人某天某项指标的数值；数值为空字符串时清除"))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=t("日期"))
    p.add_argument("--staff", required=True, metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.add_argument("--metric", required=True, metavar=placeholder("指标"), help=t("指标代码或中文名，例如 orders 或 订单数"))
    p.add_argument("--value", required=True, metavar=placeholder("数值"), help=t("数值；金额可写 ¥12,500"))
    confirm_approved_option(p)
    p.set_defaults(handler=set_data)

    group = commands.add_parser("event", help=t("事件记录（表扬、投诉、考核……）"), description=t("事件记录"))
    sub = group.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True)
    p = sub.add_parser("add", help=t("记录一个事件"), description=t("记录一个事件"))
    p.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=t("日期"))
    p.add_argument("--staff", required=True, metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.add_argument("--type", required=True, metavar=placeholder("类型"), help=t("事件类型，例如 表扬、投诉、知识考核"))
    p.add_argument("--amount", metavar=placeholder("金额"), help=t("金额（元）"))
    p.add_argument("--value", metavar=placeholder("数值"), help=t("数值，例如分数或积分"))
    p.add_argument("--attr", action="append", default=[], metavar=placeholder("属性=值"),
                   help=t("属性，例如 毛利率=38%% 或 全款=是（可重复）"))
    p.add_argument("--note", default="", metavar=placeholder("备注"), help=t("备注"))
    confirm_approved_option(p)
    p.set_defaults(handler=add_event)
    p = sub.add_parser("rename-type", help=t("给事件类型换一个显示的名称（已登记的事件和方案规则不受影响）"),
                       description=t("给事件类型换一个显示的名称：已登记的事件、方案里的规则和已批准的结果记的是"
                                     "类型原来的名称，仍然指这个类型，不受影响"))
    p.add_argument("type", metavar=placeholder("类型"), help=t("现在的名称（或原来的名称）"))
    p.add_argument("name", metavar=placeholder("新名称"), help=t("新名称"))
    p.set_defaults(handler=rename_event_type)


def set_target(shop, args) -> int:
    month = month_arg(args.month)
    metric = metric_arg(shop, args.metric)
    value = None if args.clear else metric.parse(args.value)
    shown = metric.format(value, empty=t("未设"))
    confirm = args.confirm_approved
    try:
        if args.staff is not None:
            person = resolve_staff(shop, args.staff)
            shop.targets.set_staff(month, person.id, metric, value, confirm_approved=confirm)
            say(t("已设置 {month} {who}的{metric}目标：{value}", month=month.shown_label(), who=person.display(),
                  metric=metric.shown_name, value=shown))
        elif args.dept is not None:
            count = shop.targets.set_department(month, args.dept, metric, value, confirm_approved=confirm)
            say(t("已为 {dept} 在 {month} 在职的 {n} 人设置{metric}目标：{value}", dept=args.dept.strip(),
                  month=month.shown_label(), n=count, metric=metric.shown_name, value=shown))
        else:
            shop.targets.set_shop(month, metric, value, confirm_approved=confirm)
            say(t("已设置 {month} 全店{metric}目标：{value}", month=month.shown_label(), metric=metric.shown_name, value=shown))
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    return 0


def list_targets(shop, args) -> int:
    """The 目标 page's column of one metric: each person on the team in the month, then the sum and the shop's."""
    month = month_arg(args.month)
    metric = metric_arg(shop, args.metric)
    targets = shop.targets.for_month(month)
    people = shop.staff.active_during(month.start, month.end)
    values = [targets.get((p.id, metric.key)) for p in people]
    rows = [[str(p.id), p.name, p.dept or "", metric.format(v, empty=t("未设"))] for p, v in zip(people, values)]
    known = [v for v in values if v is not None]
    summed = metric.format(sum(known)) if known and metric.aggregation == "sum" else "—"
    rows.append(["", t("个人目标合计"), "", summed])
    rows.append(["", t("全店目标"), "", metric.format(shop.targets.shop_for_month(month).get(metric.key), empty=t("未设"))])
    say(t("{month} {metric}目标", month=month.shown_label(), metric=metric.shown_name))
    say(table([t("编号"), t("姓名"), t("部门"), t("目标")], rows, right={0, 3}))
    return 0


def set_data(shop, args) -> int:
    day = day_arg(args.date, "--date")
    person = resolve_staff(shop, args.staff)
    metric = metric_arg(shop, args.metric)
    value = shop.data.parse_cell(metric, args.value)
    try:
        shop.data.set_value(day, person.id, metric, value, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    if value is None:
        say(t("已清空 {day} {who}的{metric}", day=shown_date(day), who=person.display(), metric=metric.shown_name))
    else:
        say(t("已保存 {day} {who}的{metric}：{value}", day=shown_date(day), who=person.display(),
              metric=metric.shown_name, value=metric.format(value)))
    return 0


def add_event(shop, args) -> int:
    from app.services.events import parse_attrs

    day = day_arg(args.date, "--date")
    person = resolve_staff(shop, args.staff)
    amount = parse_yuan(args.amount, field=t("金额")) if args.amount is not None else None
    attrs = parse_attrs(args.attr)
    try:
        event = shop.events.add(day, person.id, args.type, amount_fen=amount, value=args.value, attrs=attrs,
                                note=args.note, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    details = []
    if event.amount_fen is not None:
        details.append(format_yuan(event.amount_fen))
    if event.value is not None:
        details.append(t("数值 {value}", value=event.value))
    if event.attrs:
        details.append(describe_attrs(event.attrs))
    extra = t("（{parts}）", parts=joined(details, separator="，")) if details else ""
    say(t("已记录事件 #{id}：{day} {who} {type}{extra}", id=event.id, day=shown_date(event.day),
          who=person.display(), type=shop.events.shown_type(event.type), extra=extra))
    return 0


def rename_event_type(shop, args) -> int:
    before = shop.events.type_named(args.type)
    renamed = shop.events.rename_type(before.name, args.name)
    if renamed.label == before.label:
        say(t("事件类型「{name}」的名称没有变", name=renamed.label))
    else:
        say(t("事件类型 {old} 改名为 {new}", old=before.label, new=renamed.label))
    return 0
