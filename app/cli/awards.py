"""`honghua awards compute|status|approve|manual|adjust|remove|history|simulate`: the award run from the command
line."""

from __future__ import annotations

from app.awards.caveats import data_notes, data_short_text, no_data_note
from app.awards.left_before_end import reasons_by_person
from app.awards.model import KIND_LABELS
from app.cli.common import emit_json, note, period_arg, period_option, resolve_staff, say, table
from app.cli.parser import placeholder
from app.clock import shown_stamp, stamp_text
from app.errors import UserError
from app.i18n import bracketed, joined, t
from app.money import format_yuan, parse_yuan
from app.periods import shown_date
from app.rules.manual import AmountNeeded


def register(commands) -> None:
    # the payout sheet and the 计算单 are commands of their own: said here, where an owner looks after approving
    p = commands.add_parser("awards", help=t("评奖：计算、手动奖项、调整、批准"), description=t("评奖：计算、手动奖项、调整、批准"),
                            epilog=t("批准后生成发放表：{prog} payout --month 2026-10 -o 发放表.xlsx；"
                                     "全员计算单：{prog} receipt --month 2026-10 --all -o 计算单.pdf", prog="honghua"))
    actions = p.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True,
                               parser_class=type(p))
    for name, helptext, handler in (("compute", t("计算一个期间的奖项（已批准的期间显示批准结果及数据是否有变化）"),
                                     compute),
                                    ("status", t("查看期间是否已批准、批准后数据是否有变化"), status)):
        sub = actions.add_parser(name, help=helptext)
        period_option(sub)
        sub.add_argument("--json", action="store_true", help=t("输出 JSON"))
        sub.set_defaults(handler=handler)

    approve = actions.add_parser("approve", help=t("批准并锁定一个期间的结果"))
    period_option(approve)
    approve.add_argument("--confirm", action="store_true",
                         help=t("期间未结束或仍有暂定数据时，确认仍要批准"))
    approve.set_defaults(handler=approve_period)

    manual = actions.add_parser("manual", help=t("添加方案中的手动奖项（必须写理由）"))
    period_option(manual)
    manual.add_argument("--rule", required=True, metavar=placeholder("奖项"), help=t("方案中手动奖项的名称"))
    who = manual.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", metavar=placeholder("员工"), help=t("获奖员工（编号、姓名或子账号）"))
    who.add_argument("--dept", metavar=placeholder("部门"), help=t("获奖部门（团队基金）"))
    manual.add_argument("--amount", metavar=placeholder("金额"), help=t("金额（元）；不填则用方案中的默认金额"))
    manual.add_argument("--item", metavar=placeholder("物品"), help=t("发放的物品"))
    manual.add_argument("--reason", required=True, metavar=placeholder("理由"), help=t("发这项奖励的理由（必填）"))
    manual.set_defaults(handler=add_manual)

    adjust = actions.add_parser("adjust", help=t("调整某人本期的金额（正数加发，负数扣减；必须写理由）"))
    period_option(adjust)
    adjust.add_argument("--staff", required=True, metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    adjust.add_argument("--amount", required=True, metavar=placeholder("金额"), help=t("金额（元），例如 50 或 -30"))
    adjust.add_argument("--reason", required=True, metavar=placeholder("理由"), help=t("调整的理由（必填）"))
    adjust.set_defaults(handler=add_adjustment)

    manual_list = actions.add_parser("manual-list", help=t("列出一个期间的手动奖项和调整"))
    period_option(manual_list)
    manual_list.add_argument("--json", action="store_true", help=t("输出 JSON"))
    manual_list.set_defaults(handler=list_manual)

    remove = actions.add_parser("remove", help=t("删除一条手动奖项或调整"))
    remove.add_argument("id", type=int, metavar=placeholder("编号"), help=t("手动奖项或调整的编号（见 awards manual-list）"))
    remove.set_defaults(handler=remove_manual)

    history = actions.add_parser("history", help=t("一个期间的批准记录（含被取代的旧批准）"))
    period_option(history)
    history.add_argument("--json", action="store_true", help=t("输出 JSON"))
    history.set_defaults(handler=show_history)

    simulate = actions.add_parser("simulate", help=t("方案模拟：用草案方案重算最近已批准的期间并与批准结果对比（不写入数据）"))
    simulate.add_argument("--plan", required=True, metavar=placeholder("方案"), help=t("方案文件路径、店铺方案名称或预设名称"))
    simulate.add_argument("--periods", type=int, default=6, metavar=placeholder("期数"),
                          help=t("对比最近几个已批准的期间（默认 6）"))
    depts = simulate.add_mutually_exclusive_group()
    depts.add_argument("--dept", metavar=placeholder("部门"),
                       help=t("只让这个部门用草案方案（默认：店里同名方案现用于的部门，其他部门保留自己的方案）"))
    depts.add_argument("--all-depts", action="store_true", help=t("让全部部门都用草案方案，包括用其他方案的部门"))
    simulate.add_argument("--json", action="store_true", help=t("输出 JSON"))
    simulate.set_defaults(handler=simulate_plan)


def _amount(line) -> str:
    if line.kind in ("item", "honour"):
        return line.item or t(KIND_LABELS[line.kind])
    return format_yuan(line.amount_fen)


def compute(shop, args) -> int:
    review = shop.awards.compute(period_arg(args.period))
    code = _show(shop, review, args.json)
    if not args.json and review.not_awarded:
        _why_not(review, {p.id: _who(review, p.id, p.name) for p in shop.store.staff.list()})
    return code


def _who(review, staff_id: int | None, name: str) -> str:
    """A person as the 评奖 page's tables name them: a name another of the shop has with the number, 黄俊（#3）."""
    return bracketed(name, f"#{staff_id}") if staff_id in review.namesakes else name


def _why_not(review, names: dict[int, str]) -> None:
    """未获奖原因, as the 评奖 page's tab of that name: each rule and person that got nothing, and why."""
    say()
    say(t("未获奖原因："))
    rows = [[n.rule, names.get(n.staff_id, "") if n.staff_id is not None else t("{dept}（团队）", dept=n.dept or ""),
             n.reason] for n in reasons_by_person(review.not_awarded)]
    say(table([t("奖项"), t("员工"), t("原因")], rows))


def status(shop, args) -> int:
    review = shop.awards.status(period_arg(args.period))
    if args.json:
        return _show(shop, review, True)
    _state(shop, review)
    _differences(review)
    return 0


def _state(shop, review) -> None:
    label = review.period.shown_label()
    if review.approved is None:
        say(t("{period}：尚未批准", period=label))
    elif review.changed and review.plan_changed:
        say(t("{period}：已于 {at} 批准，但批准后方案有变化（{change}）{data}", period=label,
              at=shown_stamp(review.approved.approved_at), change=review.plan_change,
              data=t("，数据也有变化") if review.data_changed else ""))
    elif review.changed and not review.differences:  # as the 评奖 page says it: nobody's pay moved
        say(t("{period}：已于 {at} 批准，批准后数据有变化，但按现在的数据重新计算，结果与批准时相同", period=label,
              at=shown_stamp(review.approved.approved_at)))
    elif review.changed:
        say(t("{period}：已于 {at} 批准，但批准后数据有变化", period=label,
              at=shown_stamp(review.approved.approved_at)))
    else:
        say(t("{period}：已于 {at} 批准，数据未变化", period=label, at=shown_stamp(review.approved.approved_at)))
    if review.period.start > shop.today:  # as `awards approve` refuses it
        note(t("提示：{period} 还没有开始（{start} 开始），结果只是按现有数据的预览", period=label,
               start=shown_date(review.period.start)))
    elif not review.ended:
        note(t("提示：期间尚未结束，结果是暂时的"))
    if review.provisional_values:
        note(t("提示：还有 {n} 个暂定或尚未统计的数值", n=review.provisional_values))
    for said in data_notes(shop, review):  # as `awards approve` says them
        note(t("提示：{note}", note=said))
    for text in review.notes:
        note(text)


def _differences(review) -> None:
    if review.differences:
        say(t("与批准结果的差异（按人）："))
        for diff in review.differences:
            say(diff.text(review.namesakes))
        say(review.net_change())


def _plans(plans: list[dict]) -> str:
    return joined((t("{plan}（{depts}）", plan=p["plan"], depts=joined(p["departments"])) for p in plans), separator="；")


def _show(shop, review, as_json: bool) -> int:
    if as_json:  # a scheduled task reads the data's notes from the JSON, beside the review's own `notes`
        emit_json({**review.as_json(), "data_notes": data_notes(shop, review)})
        return 0
    _state(shop, review)
    say(t("方案：{plans}", plans=_plans(review.approved_plans or review.plans)))
    if review.plan_changed:
        say(t("现在生效：{plans}", plans=_plans(review.plans)))
    say()
    rows = [[_who(review, x.staff_id, x.staff_name) if x.staff_name else t("{dept}（团队）", dept=x.dept), x.dept or "", x.award, t(KIND_LABELS[x.kind]), _amount(x),
             x.explanation] for x in review.lines]
    if rows:
        say(table([t("获奖人"), t("部门"), t("奖项"), t("类型"), t("金额"), t("说明")], rows, right={4}))
    else:
        say(t("本期没有奖项"))
    totals = review.totals
    if totals:
        say()
        say(t("个人合计："))
        say(table([t("姓名"), t("现金"), t("实物价值"), t("扣款"), t("实发现金"), t("物品")],
                  [[_who(review, x.staff_id, x.staff), format_yuan(x.cash_fen), format_yuan(x.goods_fen), format_yuan(-x.deduction_fen),
                    format_yuan(x.net_fen), joined(x.items)] for x in totals], right={1, 2, 3, 4}))
    teams = review.team_totals
    if teams:
        say()
        say(t("团队基金："))
        say(table([t("部门"), t("金额"), t("物品")],
                  [[d.dept, format_yuan(d.net_fen), joined(d.items)] for d in teams], right={1}))
    _differences(review)
    return 0


def approve_period(shop, args) -> int:
    approval = shop.awards.approve(period_arg(args.period), confirm=args.confirm)
    label = approval.review.period.shown_label()
    if approval.unchanged:
        say(t("{period} 已于 {at} 批准，数据没有变化，无需重新批准", period=label,
              at=shown_stamp(approval.run.approved_at)))
        return 0
    net = sum(x.net_fen for x in approval.review.totals)
    if approval.replaced is None:
        say(t("已批准 {period}：{n} 行，个人实发现金合计 {net}", period=label, n=len(approval.review.lines),
              net=format_yuan(net)))
    else:  # said as the window's question says it: what the earlier approval paid, and where it is kept
        say(t("已重新批准 {period}（取代 {at} 的批准，原批准保留在批准记录中）：{n} 行，个人实发现金合计 {old} → {net}",
              period=label, at=shown_stamp(approval.replaced.approved_at), n=len(approval.review.lines),
              old=format_yuan(shop.awards.approved_net(approval.replaced)), net=format_yuan(net)))
    if short := data_short_text(approval.review):
        note(t("提示：{note}", note=short))
    if no_data := no_data_note(shop, approval.review.period):
        note(t("提示：{note}", note=no_data))
    if owing := approval.review.owing():
        note(owing)
    return 0


def add_manual(shop, args) -> int:
    period = period_arg(args.period)
    staff_id = resolve_staff(shop, args.staff).id if args.staff else None
    amount = parse_yuan(args.amount, field=t("金额")) if args.amount is not None else None
    try:
        manual_id = shop.awards.add_manual(period, args.rule, staff_id=staff_id, dept=args.dept, amount_fen=amount,
                                           item=args.item, reason=args.reason)
    except AmountNeeded as e:
        if e.bounds:
            raise UserError(t("「{award}」没有默认金额，请用 --amount 填写金额（元，{bounds}）", award=e.award,
                              bounds=e.bounds)) from None
        raise UserError(t("「{award}」没有默认金额，请用 --amount 填写金额（元），例如 --amount 300", award=e.award)) from None
    say(t("已添加手动奖项 #{id}", id=manual_id))
    _changed_hint(shop, period)
    return 0


def add_adjustment(shop, args) -> int:
    from app.awards.manual_lines import adjustment_note

    period = period_arg(args.period)
    person = resolve_staff(shop, args.staff)
    manual_id = shop.awards.adjust(period, person.id, parse_yuan(args.amount, field=t("金额")), args.reason)
    say(t("已添加调整 #{id}", id=manual_id))
    if remark := adjustment_note(person):
        note(remark)
    _changed_hint(shop, period)
    return 0


def _changed_hint(shop, period) -> None:
    if said := shop.awards.approval_note(period):
        note(said)


def list_manual(shop, args) -> int:
    rows = shop.awards.manual_lines(period_arg(args.period))
    names = {p.id: p.name for p in shop.staff.list()}
    if args.json:
        emit_json([{"id": r.id, "rule": r.rule, "staff_id": r.staff_id, "staff": names.get(r.staff_id),
                    "dept": r.dept, "amount_fen": r.amount_fen, "item": r.item, "reason": r.reason, "at": r.at,
                    "user": r.user} for r in rows])
        return 0
    say(table([t("编号"), t("奖项"), t("获奖人"), t("金额"), t("理由")],
              [[str(r.id), r.rule or t("调整"), names.get(r.staff_id, "") if r.staff_id else str(r.dept),
                format_yuan(r.amount_fen) if r.amount_fen is not None else t("默认"), r.reason] for r in rows],
              right={0}))
    return 0


def remove_manual(shop, args) -> int:
    row = shop.awards.remove_manual(args.id)
    say(t("已删除 #{id}（{award}）", id=row.id, award=row.rule or t("调整")))
    _changed_hint(shop, period_arg(row.period))  # paid on the payout sheet until the period is approved again
    return 0


def show_history(shop, args) -> int:
    """Each approval of the period with the people's net it paid (个人实发合计), as the 评奖 page's 批准记录 tab:
    a payout sheet printed from an earlier approval is told apart by its total."""
    runs = [(r, shop.awards.approved_net(r)) for r in shop.awards.history(period_arg(args.period))]
    if args.json:
        emit_json([{"id": r.id, "status": r.status, "approved_at": r.approved_at, "user": r.user,
                    "superseded_at": r.superseded_at, "confirmed": r.confirmed, "staff_net_fen": net} for r, net in runs])
        return 0
    if not runs:
        say(t("{period} 还没有批准记录", period=period_arg(args.period).shown_label()))
        return 0
    say(table([t("编号"), t("状态"), t("批准时间"), t("批准人"), t("被取代时间"), t("个人实发合计"), t("确认事项")],
              [[str(r.id), t("当前") if r.status == "approved" else t("已被取代"), stamp_text(r.approved_at), r.user,
                stamp_text(r.superseded_at or ""), format_yuan(net), r.confirmed] for r, net in runs], right={0, 5}))
    return 0


def simulate_plan(shop, args) -> int:
    from app.awards.simulate import simulate

    sim = simulate(shop, args.plan, periods=args.periods, dept=args.dept, all_depts=args.all_depts)
    if args.json:
        emit_json(sim.as_json())
        return 0
    say(t("方案模拟：{plan}（与最近 {n} 个已批准的期间对比，不写入任何数据）", plan=sim.plan, n=len(sim.periods)))
    say(t("期间：{periods}", periods=joined(c.period.shown_label() for c in sim.periods)))
    for line in sim.scope_lines():
        say(line)
    say()
    say(t("按发放月份的成本："))
    rows = []
    for month, before, after in sim.months:
        rows.append([month.shown_label(), t("批准"), *_cost_cells(before)])
        rows.append(["", t("模拟"), *_cost_cells(after)])
        rows.append(["", t("差额"), *(_signed(a - b) for a, b in zip(_cost_values(after), _cost_values(before), strict=True))])
    say(table([t("月份"), "", t("现金"), t("实物价值"), t("扣款"), t("团队基金"), t("实发现金")], rows,
              right={2, 3, 4, 5, 6}))
    say()
    say(t("按人（所有对比期间合计的实发现金）："))
    say(table([t("姓名"), t("批准"), t("模拟"), t("差额")],
              [[p.staff, format_yuan(p.before_net_fen), format_yuan(p.after_net_fen), _signed(p.diff_fen)]
               for p in sim.people], right={1, 2, 3}))
    moves = [(c, r) for c in sim.periods for r in c.ranking]
    if moves:
        say()
        say(t("名次变化（按实发现金）："))
        for comp, move in moves:
            say(t("  {period}：{who} 第 {old} 名 → 第 {new} 名（{diff}）", period=comp.period.shown_label(),
                  who=move.staff, old=move.before, new=move.after, diff=_signed(move.diff_fen)))
    for comp in sim.periods:
        for text in comp.notes:
            note(text)
    return 0


def _cost_values(cost) -> list[int]:
    return [cost.cash_fen, cost.goods_fen, -cost.deduction_fen, cost.team_fen, cost.net_fen]


def _cost_cells(cost) -> list[str]:
    return [format_yuan(v) for v in _cost_values(cost)]


def _signed(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_yuan(fen)
