"""The whole command line: global options, then one sub-parser per command group."""

from __future__ import annotations

from app.cli import awards, backup, certificates, demo, flowers, payout, plan, poster, progress, records, staff
from app.cli.parser import Parser, placeholder
from app.importing import commands as importing
from app.i18n import LANGUAGES, t

PROG = "honghua"


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description=t("红花榜：淘宝店铺客服目标、数据与奖励管理（命令行）。全局选项写在命令之前。"),
        epilog=t("例如：{prog} --db shop.db --today 2026-10-20 progress --month 2026-10 --json", prog=PROG),
    )
    parser.add_argument("--db", metavar=placeholder("文件"),
                        help=t("数据文件路径（默认：用户数据文件夹中的 honghua.db；也可用环境变量 HONGHUA_DB 指定）"))
    parser.add_argument("--lang", choices=LANGUAGES, default="zh", help=t("提示信息的语言（默认 zh）"))
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help=t("把这一天当作今天（也可用环境变量 HONGHUA_TODAY 指定）"))
    parser.add_argument("--pin", metavar=placeholder("密码"),
                        help=t("店主密码（设置了店主密码时，修改数据需要它；也可用环境变量 HONGHUA_PIN）"))
    parser.add_argument("--page", metavar=placeholder("页面"),
                        help=t("仅图形界面使用：打开时显示的页面，如 staff 或 员工（全部页面见 honghua --help）"))
    parser.add_argument("--exit-after-startup", action="store_true", help=t("仅图形界面使用：测量启动时间"))
    commands = parser.add_subparsers(dest="command", metavar=placeholder("命令"), title=t("命令"), parser_class=Parser)
    demo.register(commands)
    staff.register(commands)
    records.register(commands)
    progress.register(commands)
    poster.register(commands)
    flowers.register(commands)
    plan.register(commands)
    awards.register(commands)
    payout.register(commands)
    certificates.register(commands)
    importing.register(commands)
    backup.register(commands)
    return parser
