"""`honghua plan list|use|export`: the shop's incentive plans and which one is in force for whom."""

from __future__ import annotations

from app.cli.common import emit_json, month_arg, note, offered_command, say, starts_shop, table
from app.cli.parser import placeholder
from app.clock import stamp_text
from app.i18n import in_words, joined, t


def register(commands) -> None:
    p = commands.add_parser("plan", help=t("激励方案：查看、选用、导出"), description=t("激励方案：查看、选用、导出"))
    actions = p.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True,
                               parser_class=type(p))
    listing = actions.add_parser("list", help=t("预设方案、店铺的方案，以及各部门生效的方案"))
    listing.add_argument("--json", action="store_true", help=t("输出 JSON"))
    listing.set_defaults(handler=list_plans)

    use = actions.add_parser("use", help=t("选用方案（预设、方案文件或店铺已有的方案）"))
    use.add_argument("plan", metavar=placeholder("方案"), help=t("预设名称（如 taobao-kefu）、方案文件路径，或店铺方案名称或编号（plan list 列出）"))
    use.add_argument("--dept", metavar=placeholder("部门"), help=t("只用于这个部门（默认：全部部门）"))
    use.add_argument("--from", dest="from_month", metavar="YYYY-MM", help=t("从这个月起生效（默认：所有期间）"))
    starts_shop(use, use_plan)

    export = actions.add_parser("export", help=t("把方案导出为 JSON 文件，便于修改后再导入"))
    export.add_argument("plan", metavar=placeholder("方案"), help=t("店铺方案名称或编号（plan list 列出），或预设名称"))
    export.add_argument("-o", "--output", required=True, metavar=placeholder("文件"), help=t("保存到的文件"))
    export.set_defaults(handler=export_plan)


def list_plans(shop, args) -> int:
    from app.awards.plans import shown_source

    service = shop.awards.plans
    stored = {p.id: p for p in service.stored()}
    assignments = service.assignments()
    if args.json:
        emit_json({
            "presets": [{"key": k, "name": n} for k, n in service.presets()],
            "plans": [{"id": p.id, "name": p.name, "version": p.version, "label": p.label, "key": p.key,
                       "source": p.source, "source_text": shown_source(p.source), "created_at": p.created_at}
                      for p in stored.values()],
            "in_force": [{"dept": a.dept, "from": a.from_month, "plan_id": a.plan_id,
                          "plan": stored[a.plan_id].label} for a in assignments],
        })
        return 0
    say(t("预设方案："))
    say(table([t("代码"), t("名称")], [[k, n] for k, n in service.presets()]))
    say()
    if stored:
        say(t("店铺的方案："))
        say(table([t("编号"), t("名称"), t("来源"), t("保存时间")],
                  [[str(p.id), p.label, shown_source(p.source), stamp_text(p.created_at)] for p in stored.values()], right={0}))
    else:
        say(t("店铺还没有方案。选用一个预设：{command}", command=offered_command(shop, "plan use taobao-kefu")))
    say()
    if assignments:
        say(t("生效情况："))
        say(table([t("部门"), t("生效自"), t("方案")],
                  [[a.dept or t("全部部门"), a.from_month or t("所有期间"), stored[a.plan_id].label]
                   for a in assignments]))
    return 0


def use_plan(shop, args) -> int:
    from_month = month_arg(args.from_month, "--from").key() if args.from_month else None
    result = shop.awards.plans.use(args.plan, args.dept, from_month)
    who = result.dept or t("全部部门")
    since = t("自 {m} 起", m=result.from_month) if result.from_month else t("所有期间")
    say(t("方案「{plan}」已用于{who}，{since}。", plan=result.stored.label, who=who, since=since))
    if result.created and result.stored.version > 1:
        note(t("方案内容与已保存的版本不同，已另存为第 {n} 版；此前的期间仍按原版本计算", n=result.stored.version))
    if result.replaced is not None:
        note(t("取代了原来的「{plan}」", plan=result.replaced.label))
    if result.added_metrics:
        note(t("已加入方案自带的指标：{names}", names=joined(result.added_metrics)))
    if result.overridden:
        note(t("注意：{depts}有自己的方案，仍按各自的方案计算", depts=in_words(result.overridden)))
    for found in result.fraction_rates:  # kept as written: a file may mean it
        note(t("注意：{said}（字段「{field}」）。方案里的百分数按 100 = 100% 填写：若是想填 {meant}，请改为 {number} 后重新选用",
               said=found.text(), field=found.file_field, meant=found.meant, number=found.meant_value))
    if result.approved:
        note(t("注意：已批准的 {periods} 保留批准时的结果，重新批准前显示为批准后方案有变化（honghua awards status）",
               periods=joined(p.shown_label() for p in result.approved)))
    return 0


def export_plan(shop, args) -> int:
    path = shop.awards.plans.export(args.plan, args.output)
    say(t("已导出到 {path}", path=path))
    return 0
