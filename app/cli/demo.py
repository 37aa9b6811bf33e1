"""`honghua demo [--staff N] [--months M] [--seed S] [--force]`: fill the file with the demo shop."""

from __future__ import annotations

from app.cli.common import say, starts_shop
from app.cli.parser import any_int, placeholder, positive_int
from app.i18n import t


def register(commands) -> None:
    p = commands.add_parser(
        "demo", help=t("生成演示店铺（只用于空数据文件）"),
        description=t("生成一个演示淘宝店铺：员工、部门、每日数据（截至昨天）、月度目标和事件。"
                      "同一个 --seed 和同一个 --today 生成的数据完全相同。"))
    p.add_argument("--staff", type=positive_int, default=10, metavar=placeholder("人数"), help=t("员工人数（默认 10）"))
    p.add_argument("--months", type=positive_int, default=4, metavar=placeholder("月数"), help=t("几个月的数据（含本月，默认 4）"))
    p.add_argument("--seed", type=any_int, default=1, metavar=placeholder("种子"), help=t("随机种子（默认 1）"))
    p.add_argument("--force", action="store_true", help=t("清空数据文件中已有的数据后再生成（审计日志保留）"))
    starts_shop(p, run_demo)


def run_demo(shop, args) -> int:
    from app.demo import generate_demo

    summary = generate_demo(shop, staff=args.staff, months=args.months, seed=args.seed, force=args.force)
    say(t("已生成演示店铺「{shop}」：{staff} 名员工，{depts} 个部门", shop=summary.shop_name, staff=summary.staff,
          depts=summary.departments))
    if summary.first_day and summary.last_day:
        say(t("每日数据 {first} 至 {last}，共 {values} 条；目标 {targets} 条；事件 {events} 条",
              first=summary.first_day.isoformat(), last=summary.last_day.isoformat(), values=summary.values,
              targets=summary.targets, events=summary.events))
    else:
        say(t("还没有每日数据（数据截至昨天）；目标 {targets} 条", targets=summary.targets))
    if summary.backup:
        say(t("原有的数据已先备份到 {path}（可用 honghua restore 恢复）", path=summary.backup))
    return 0
