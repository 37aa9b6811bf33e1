"""`honghua flowers issue|transfer|revoke|list|board|revoke-flag`: the little red flowers (and revoking a
department's red flag) from the command line."""

from __future__ import annotations

from app.cli.common import (
    column_heading,
    confirm_approved_option,
    day_arg,
    emit_json,
    iso,
    month_arg,
    note,
    period_arg,
    refused_unconfirmed,
    resolve_staff,
    say,
    table,
)
from app.cli.parser import placeholder, year
from app.domain import namesakes
from app.i18n import language, t
from app.periods import Year, shown_date
from app.recognition.scheme import CATEGORIES
from app.recognition.standings import nobody_received
from app.services.approved import ApprovedPeriodChange

STATUS_TEXT = {"valid": "有效", "expired": "已过期", "revoked": "已撤销"}


def register(commands) -> None:
    p = commands.add_parser("flowers", help=t("小红花：发放、转让、撤销、查询、红花榜"),
                            description=t("小红花：发放、转让、撤销、查询、红花榜；部门的小红旗"))
    actions = p.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True,
                               parser_class=type(p))
    issue = actions.add_parser("issue", help=t("发放一朵小红花"))
    issue.add_argument("--from", dest="issuer", required=True, metavar=placeholder("发放人"), help=t("发放人（编号、姓名或子账号）"))
    issue.add_argument("--to", dest="recipients", required=True, action="append", metavar=placeholder("获得人"),
                       help=t("获得人（编号、姓名或子账号）；同一件事发给几个人时写几次 --to，每人一朵，名额不够时一朵也不发"))
    issue.add_argument("--reason", required=True, metavar=placeholder("事实"), help=t("奖励的具体事实"))
    issue.add_argument("--category", default=CATEGORIES[0], choices=CATEGORIES, help=t("类别"))
    issue.add_argument("--date", metavar="YYYY-MM-DD", help=t("发放日期（默认今天）"))
    issue.add_argument("--json", action="store_true", help=t("输出 JSON"))
    confirm_approved_option(issue)
    issue.set_defaults(handler=issue_flower)

    transfer = actions.add_parser("transfer", help=t("把一朵有效的小红花转让给同事"))
    transfer.add_argument("number", metavar=placeholder("编号"), help=t("小红花编号，如 HF-2026-0001"))
    transfer.add_argument("--to", dest="recipient", required=True, metavar=placeholder("接收人"),
                          help=t("接收人（编号、姓名或子账号）"))
    transfer.add_argument("--signed", required=True, metavar=placeholder("姓名"), help=t("持有人签名：输入持有人的姓名"))
    transfer.add_argument("--reason", default="", metavar=placeholder("理由"), help=t("转让的理由"))
    transfer.set_defaults(handler=transfer_flower)

    revoke = actions.add_parser("revoke", help=t("撤销误发的小红花（保留记录）"))
    revoke.add_argument("number", metavar=placeholder("编号"), help=t("小红花编号，如 HF-2026-0001"))
    revoke.add_argument("--reason", required=True, metavar=placeholder("原因"), help=t("撤销的原因（必填，保留在记录中）"))
    confirm_approved_option(revoke)
    revoke.set_defaults(handler=revoke_flower)

    flag = actions.add_parser("flag", help=t("给一个部门发一面小红旗"))
    flag.add_argument("--from", dest="issuer", required=True, metavar=placeholder("发放人"),
                      help=t("发放人（编号、姓名或子账号；须是设置中指定的小红旗发放人）"))
    flag.add_argument("--dept", required=True, metavar=placeholder("部门"), help=t("获得小红旗的部门"))
    flag.add_argument("--reason", required=True, metavar=placeholder("理由"), help=t("发小红旗的理由"))
    flag.add_argument("--date", metavar="YYYY-MM-DD", help=t("发放日期（默认今天）"))
    flag.add_argument("--json", action="store_true", help=t("输出 JSON"))
    flag.set_defaults(handler=issue_red_flag)

    flags = actions.add_parser("flags", help=t("小红旗记录，及各部门本月得到的面数"))
    flags.add_argument("--month", metavar="YYYY-MM", help=t("哪个月（默认本月）"))
    flags.add_argument("--json", action="store_true", help=t("输出 JSON"))
    flags.set_defaults(handler=list_red_flags)

    revoke_flag = actions.add_parser("revoke-flag", help=t("撤销误发的小红旗（保留记录）"))
    revoke_flag.add_argument("number", metavar=placeholder("编号"), help=t("小红旗编号，如 HQ-2026-0001"))
    revoke_flag.add_argument("--reason", required=True, metavar=placeholder("原因"), help=t("撤销的原因（必填，保留在记录中）"))
    revoke_flag.set_defaults(handler=revoke_red_flag)

    listing = actions.add_parser("list", help=t("小红花台账"))
    listing.add_argument("--person", metavar=placeholder("员工"), help=t("只看与此人有关的小红花"))
    listing.add_argument("--month", metavar="YYYY-MM", help=t("只看这个月发放的"))
    listing.add_argument("--json", action="store_true", help=t("输出 JSON"))
    listing.set_defaults(handler=list_flowers)

    board = actions.add_parser("board", help=t("红花榜（按获得数排名；默认今年，今年还没有人获得小红花时为去年；也可以是一个季度或一个月）"))
    span = board.add_mutually_exclusive_group()
    span.add_argument("--year", type=year, metavar="YYYY", help=t("年份（默认今年；今年还没有人获得小红花时为去年）"))
    span.add_argument("--period", metavar=placeholder("期间"), help=t("2026-10、2026-Q4、2026-H2 或 2026"))
    board.add_argument("--json", action="store_true", help=t("输出 JSON"))
    board.set_defaults(handler=show_board)


def issue_flower(shop, args) -> int:
    issuer = resolve_staff(shop, args.issuer, "--from")
    recipients = [resolve_staff(shop, name, "--to") for name in args.recipients]
    try:
        flowers = shop.flowers.issue_to_several(issuer.id, [r.id for r in recipients], args.reason, args.category,
                                                day_arg(args.date, "--date"), confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    names = {r.id: r.name for r in recipients}
    records = [{"number": f.number, "issuer": issuer.name, "recipient": names[f.recipient_id],
                "issued": iso(f.issued), "valid_through": iso(f.valid_through)} for f in flowers]
    if args.json:  # one --to: the flower's object, as before; several: a list of them
        emit_json(records[0] if len(args.recipients) == 1 else records)
    elif len(args.recipients) == 1:  # the number alone, as the contract says
        say(flowers[0].number)
    else:  # a scheduled task's log tells which number went to whom, namesakes by their number
        shown = _told_apart(shop.staff.list())
        for flower in flowers:
            say(t("{number} 发给 {recipient}", number=flower.number, recipient=shown[flower.recipient_id]))
    return 0


def transfer_flower(shop, args) -> int:
    to = resolve_staff(shop, args.recipient, "--to")
    flower = shop.flowers.transfer(args.number, to.id, args.signed, args.reason)
    say(t("小红花 {number} 已转让给 {name}，有效期至 {d}", number=flower.number, name=to.name,
          d=shown_date(flower.valid_through)))
    return 0


def revoke_flower(shop, args) -> int:
    try:
        flower = shop.flowers.revoke(args.number, args.reason, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    names = {p.id: p.name for p in shop.staff.list()}
    say(t("小红花 {number}（{issuer} 发给 {recipient}）已撤销", number=flower.number, issuer=names[flower.issuer_id],
          recipient=names[flower.recipient_id]))
    return 0


def issue_red_flag(shop, args) -> int:
    issuer = resolve_staff(shop, args.issuer, "--from")
    flag = shop.flowers.issue_red_flag(issuer.id, args.dept, args.reason, day_arg(args.date, "--date"))
    if args.json:
        emit_json(_flag_records(shop, [flag])[0])
    else:
        say(flag.number)
    return 0


def list_red_flags(shop, args) -> int:
    month = month_arg(args.month) if args.month else shop.current_month()
    records = _flag_records(shop, shop.flowers.red_flags(month))
    if args.json:
        emit_json(records)
        return 0
    headers = [t("编号"), t("发放日期"), t("部门"), t("发放人"), t("理由"), t("状态")]
    say(table(headers, [[r["number"], r["issued"], r["dept"], r["issuer"], r["reason"],
                         _status_word("revoked" if r["revoked"] else "valid")] for r in records]))
    counts = shop.flowers.red_flags_by_department(month)
    say(t("{month}各部门小红旗：{counts}", month=month.shown_label(),
          counts="、".join(t("{dept} {n} 面", dept=d, n=n) for d, n in counts) or t("（无）")))
    return 0


def _flag_records(shop, flags) -> list[dict]:
    names = {p.id: p.name for p in shop.staff.list()}
    depts = {d.id: d.name for d in shop.staff.departments()}
    return [{"number": flag.number, "issuer": names.get(flag.issuer_id), "dept": depts.get(flag.dept_id),
             "issued": iso(flag.issued), "reason": flag.reason, "revoked": bool(flag.revoked_at),
             "revoke_reason": flag.revoke_reason} for flag in flags]


def revoke_red_flag(shop, args) -> int:
    flag = shop.flowers.revoke_red_flag(args.number, args.reason)
    say(t("小红旗 {number} 已撤销", number=flag.number))
    return 0


def list_flowers(shop, args) -> int:
    from app.recognition.expiring import expiring_soon  # its dataclass is no cost to the other commands

    person = resolve_staff(shop, args.person, "--person") if args.person else None
    month = month_arg(args.month) if args.month else None
    flowers = shop.flowers.ledger(person.id if person else None, month)
    people = shop.staff.list()
    names = {p.id: p.name for p in people}
    records = [{"number": f.number, "issuer": names[f.issuer_id], "recipient": names[f.recipient_id],
                "holder": names[f.holder_id], "issued": iso(f.issued), "valid_through": iso(f.valid_through),
                "status": f.status(shop.today), "reason": f.reason, "category": f.category,
                "expiring_soon": expiring_soon(f, shop.today),
                "revoke_reason": f.revoke_reason if f.revoked_at else None,
                "issuer_id": f.issuer_id, "recipient_id": f.recipient_id, "holder_id": f.holder_id,
                "transfers": [{"from": names[tr.from_id], "to": names[tr.to_id], "day": iso(tr.day), "signed": tr.signed,
                               "reason": tr.reason} for tr in f.transfers]} for f in flowers]
    if args.json:
        emit_json(records)
        return 0
    if not records:
        say(_no_flowers(month, person))
        return 0
    shown = _told_apart(people)
    headers = [t("编号"), t("发放人"), t("获得人"), t("持有人"), t("发放日期"), t("有效期至"), t("状态"), t("事实")]
    rows = [[r["number"], shown[r["issuer_id"]], shown[r["recipient_id"]], shown[r["holder_id"]], r["issued"],
             r["valid_through"], _status_word(r["status"]), r["reason"]] for r in records]
    if any(r["revoke_reason"] for r in records):  # why each was revoked, as the 小红花 page shows it
        headers.append(t("撤销原因"))
        for row, record in zip(rows, records, strict=True):
            row.append(record["revoke_reason"] or "")
    say(table(headers, rows))
    return 0


def _no_flowers(month, person) -> str:
    """Said instead of an empty table: 「2026年6月没有与 小美 有关的小红花」."""
    if month and person:
        return t("{month}没有与 {name} 有关的小红花", month=month.shown_label(), name=person.display())
    if month:
        return t("{month}没有小红花", month=month.shown_label())
    if person:
        return t("没有与 {name} 有关的小红花", name=person.display())
    return t("还没有小红花")


def _told_apart(people) -> dict[int, str]:
    """Each person's name as a table shows it: with the number where two people share the name (张伟（#3）)."""
    twins = namesakes((p.id, p.name) for p in people)
    return {p.id: p.display() if p.id in twins else p.name for p in people}


def _status_word(status: str) -> str:
    """有效 / 已过期 / 已撤销; in English the JSON's word as the window writes it (Valid, Expired, Revoked) — the
    catalogue's 「已撤销」 is an import's "undone", and 「有效」 "valid" inside sentences."""
    return t(STATUS_TEXT[status]) if language() == "zh" else column_heading(status)


def _expiring_keys(soon) -> dict:
    """A board row's flowers about to lapse (`recognition.expiring`): how many, and the first one's last valid day."""
    return {"expiring": soon.count if soon else 0, "expiring_first": iso(soon.first) if soon else None}


def _opening_year(shop) -> int:
    """The year the 小红花 page opens its 红花榜 on; said on stderr when it is not this year (early January)."""
    year = shop.flowers.opening_year()
    if year != shop.today.year:
        note(t("{this} 年还没有人获得小红花，显示的是 {year} 年的红花榜；要 {this} 年的请写 --year {this}",
               this=shop.today.year, year=year))
    return year


def show_board(shop, args) -> int:
    period = period_arg(args.period) if args.period else Year(args.year or _opening_year(shop))
    board = shop.flowers.board(period)
    if args.json:
        soon = shop.flowers.about_to_expire()
        emit_json([{"id": e.staff.id, "name": e.staff.name, "received": e.received, "valid": e.valid,
                    "rank": e.rank, "dept": e.staff.dept, **_expiring_keys(soon.get(e.staff.id))} for e in board])
        return 0
    say(t("{year}年红花榜", year=period.year) if isinstance(period, Year) else
        t("{period}红花榜", period=period.shown_label()))
    shown = _told_apart([e.staff for e in board])  # two 张伟 of one department: only the number tells them apart
    say(table([t("名次"), t("姓名"), t("获得"), t("当前有效"), t("部门")],
              [[str(e.rank) if e.received else "—", shown[e.staff.id], str(e.received), str(e.valid),
                e.staff.dept or "-"] for e in board],
              right={0, 2, 3}))  # as on the 小红花 page: nobody is placed with no flower
    if not any(e.received for e in board):  # every row 「—  0」: said, not left to be read from the zeros
        say(nobody_received(period, shop.today))
    return 0
