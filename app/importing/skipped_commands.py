"""`honghua imports skipped` and `honghua imports restore NAME`: the accounts set not to be imported (the wizard's
以后导入也跳过这个账号), listed and brought back as 设置 → 导入 does — one audited transaction per account."""

from __future__ import annotations

from app.cli.common import emit_json, say, table
from app.cli.parser import placeholder
from app.clock import stamp_text
from app.i18n import t
from app.services.skipped_accounts import SkippedAccounts


def register(sub, adapt) -> None:
    p = sub.add_parser("skipped", help=t("列出设置为不导入的账号（导入时跳过其行）"),
                       description=t("列出设置为不导入的账号：导入向导里选择跳过并勾选「以后导入也跳过这个账号」的名称，"
                                     "以后导入时跳过它们的行"))
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出"))
    p.set_defaults(handler=adapt(cmd_skipped))
    p = sub.add_parser("restore", help=t("恢复导入一个设置为不导入的账号"),
                       description=t("恢复导入一个设置为不导入的账号：下次导入时重新读取它的行。已导入的数据不变"))
    p.add_argument("name", metavar=placeholder("名称"), help=t("账号名称（见 honghua imports skipped）"))
    p.set_defaults(handler=adapt(cmd_restore))


def cmd_skipped(args, shop) -> int:
    accounts = SkippedAccounts(shop.store, shop.ctx).listed()
    if args.json:
        emit_json([{"name": a.name, "since": a.since, "import_id": a.import_id} for a in accounts])
        return 0
    if not accounts:
        say(t("没有设置为不导入的账号。"))
        return 0
    say(table([t("账号"), t("设置时间"), t("导入")],
              [[a.name, stamp_text(a.since)[:16], str(a.import_id) if a.import_id else "—"] for a in accounts]))
    say(t("导入时跳过这些账号的行。恢复导入：honghua imports restore 名称"))
    return 0


def cmd_restore(args, shop) -> int:
    name = SkippedAccounts(shop.store, shop.ctx).restore(args.name)
    say(t("已恢复导入「{name}」：下次导入时重新读取它的行。已导入的数据不变。", name=name))
    return 0
