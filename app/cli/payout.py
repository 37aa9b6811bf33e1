"""`honghua payout` (the month's payout sheet, .xlsx) and `honghua receipt` (a person's one-page PDF)."""

from __future__ import annotations

from app.cli.common import check_output_name, month_arg, note, resolve_staff, say
from app.cli.parser import placeholder
from app.errors import UserError
from app.i18n import in_words, joined, t
from app.periods import Month


def register(commands) -> None:
    payout = commands.add_parser("payout", help=t("生成某月的奖金发放表（Excel）"), description=t("生成某月的奖金发放表（Excel）"))
    payout.add_argument("--month", required=True, metavar="YYYY-MM", help=t("发放月份"))
    payout.add_argument("-o", "--output", required=True, metavar=placeholder("文件"), help=t("保存到的 .xlsx 文件"))
    payout.add_argument("--draft", action="store_true", help=t("未批准的期间也生成（每页标明草稿）"))
    payout.set_defaults(handler=write_payout)

    receipt = commands.add_parser("receipt", help=t("生成某人某月的奖金计算单（PDF）"), description=t("生成某人某月的奖金计算单（PDF）"))
    receipt.add_argument("--month", required=True, metavar="YYYY-MM", help=t("发放月份"))
    who = receipt.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    who.add_argument("--all", action="store_true", help=t("该月有奖励的每个人，一人一页，合成一个 PDF"))
    receipt.add_argument("-o", "--output", required=True, metavar=placeholder("文件"), help=t("保存到的 .pdf 文件"))
    receipt.add_argument("--draft", action="store_true", help=t("未批准的期间也生成（标明草稿）"))
    receipt.set_defaults(handler=write_receipt)


def write_payout(shop, args) -> int:
    from app.awards.payout import write_payout as write

    month = month_arg(args.month)
    check_output_name(args.output, ".xlsx")
    try:
        summary = write(shop, month, args.output, draft=args.draft)
    except UserError as e:
        return _refused_pointing_to_last_month(shop, month, e)
    say(t("已生成发放表 {path}：{totals}", path=summary.path, totals=summary.totals_text()))
    if summary.draft:
        note(t("这是草稿：包含未批准的期间，不能作为发放依据"))
    if summary.owing:
        from app.awards.payout import owing_note

        note(owing_note(summary.owing))
    if summary.netted:
        from app.awards.payout import netted_note

        note(netted_note(summary.netted))
    if summary.changed:
        from app.awards.payout import changed_note

        note(changed_note(summary.changed))
    return 0


def write_receipt(shop, args) -> int:
    from app.awards.payout import changed_note
    from app.awards.receipt import people_paid, written_receipts

    month = month_arg(args.month)
    check_output_name(args.output, ".pdf")
    try:
        ids = people_paid(shop, month, draft=args.draft) if args.all else [resolve_staff(shop, args.staff).id]
        written = written_receipts(shop, month, ids, args.output, draft=args.draft)
    except UserError as e:
        return _refused_pointing_to_last_month(shop, month, e, people=args.all)
    if args.all:
        say(t("已生成奖金计算单 {path}（{n} 人，一人一页）", path=written.path, n=len(ids)))
    else:
        say(t("已生成奖金计算单 {path}", path=written.path))
    if written.changed:
        note(changed_note(written.changed, receipts=True))
    return 0


def _refused_pointing_to_last_month(shop, month: Month, refusal: UserError, *, people: bool = False) -> int:
    """A payout or receipt of the month under way refused (early in a month nothing of it is approved yet): the
    refusal, then on stderr the month just ended to write instead, as the 评奖 page opens on it, with the command
    approving each of its periods still waiting; exit 2 as any refusal. Another refusal is raised as it came.
    `people`: everyone's 计算单, offered only for a month that pays someone."""
    from app.awards.paymonth import NotApproved, NothingPaid, changed_since_approval, month_just_ended_to_pay

    instead = (month_just_ended_to_pay(shop, month, people=people)
               if isinstance(refusal, (NotApproved, NothingPaid)) else None)
    if instead is None:
        raise refusal
    note(t("错误：{message}", message=refusal.message))
    previous, waiting = instead
    if waiting:
        commands = joined((f"honghua awards approve --period {p.key()}" for p in waiting), separator="；")
        note(t("提示：{month} 还没有结束。要发 {previous} 的奖金，请先批准 {names}（{commands}），再写 --month {key}",
               month=month.shown_label(), previous=previous.shown_label(),
               names=joined(p.shown_label() for p in waiting), commands=commands, key=previous.key()))
    else:
        note(t("提示：{month} 还没有结束。{previous} 的评奖结果已批准，要发它的奖金请写 --month {key}",
               month=month.shown_label(), previous=previous.shown_label(), key=previous.key()))
    changed = changed_since_approval(shop, previous)
    if changed:  # said after the line above, which scripts and the owner read for the month to write
        commands = joined((f"honghua awards approve --period {p.key()}" for p in changed), separator="；")
        note(t("注意：{names} 批准后数据或方案有变化，奖金仍按批准时的结果发放；要按现在的数据发放，请先重新批准（{commands}）",
               names=in_words(p.shown_label() for p in changed), commands=commands))
    return 2
