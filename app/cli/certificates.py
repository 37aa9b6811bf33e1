"""`honghua certificates make|batch|verify|list|image|award-template`: award certificates as print-ready PDFs.

`verify` exits 0 only for a certificate that stands: issued by this shop, unchanged, and (for one printed from
an award run) still carried by the period's current approval. Unknown, altered and void certificates (a
re-approval dropped the award: 已作废) exit 2, the void ones with their details and the approval that
dropped the award, so a check at the counter never reads "valid" for an award that no longer exists.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from app.certificates import citation, printed
from app.certificates.images import KIND_LABELS
from app.certificates.model import CARDS_PER_SHEET, IMAGE_KINDS, PAGES, TEMPLATES
from app.certificates.service import CertificateService
from app.certificates.sources import period_just_ended_to_print, winners
from app.cli.common import (
    check_output_name,
    day_arg,
    emit_json,
    iso,
    note,
    period_arg,
    period_option,
    resolve_staff,
    say,
    starts_shop,
    table,
)
from app.cli.parser import placeholder
from app.clock import shown_stamp
from app.domain import namesakes
from app.errors import UserError
from app.i18n import bracketed, joined, t
from app.periods import parse_period, shown_date

VERIFY_FAILED = {"unknown": "编号 {number} 不是本店发出的证书", "tampered": "证书 {number} 的校验码不符：证书内容可能被改动过",
                 "malformed": "「{number}」不是证书编号（应为 HH-2026-10-0007 这样的编号，或证书二维码中的文字）",
                 "void": "证书 {number} 已作废（不再有效）：本店发出过这张证书，但这一期间重新批准的评奖结果中已没有这个奖项",
                 "flower_revoked": "证书 {number} 已作废（不再有效）：这张小红花卡的小红花已被撤销",
                 "no_key": "证书 {number} 是本店发出的，但这个数据文件缺少校验用的密钥，无法核对证书内容"
                           "（数据文件可能被清空或替换过；请从备份恢复后再核对）"}


def service_of(shop) -> CertificateService:
    """The shop's certificate service (one per command run)."""
    found = getattr(shop, "certificates", None)
    return found if isinstance(found, CertificateService) else CertificateService(shop.store, shop.ctx,
                                                                                  shop.settings)


def _look(p) -> None:
    p.add_argument("-o", "--output", metavar=placeholder("文件"), help=t("PDF 文件"))
    p.add_argument("--template", choices=TEMPLATES,
                   help=t("所有证书都用这个模板：classic 经典奖状、modern 现代荣誉证书、card 小卡片（不写时按各奖项设置的模板，"
                          "没有设置的用默认模板）"))
    p.add_argument("--page", choices=PAGES, help=t("纸张（默认 a4-landscape）"))
    p.add_argument("--cards", type=int, choices=CARDS_PER_SHEET, help=t("card 模板每张纸印几张（不写时用证书页记住的选择）"))
    p.add_argument("--citation", metavar=placeholder("模板"), help=t("评语模板，可用 {姓名} {期间} {奖项} {奖励} {店铺} {名次}"))
    p.add_argument("--chinese-date", action="store_true", default=None, help=t("日期写成二〇二六年十一月一日"))
    p.add_argument("--show-value", action="store_true", default=None, help=t("在证书上写出奖金或奖品"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=t("颁发日期（默认今天；重印时保持第一次的日期）"))
    p.add_argument("--copies", type=int, default=1, metavar=placeholder("份数"), help=t("份数（记录在打印记录中）"))


def register(commands) -> None:
    p = commands.add_parser("certificates", help=t("证书（奖状）：生成 PDF、批量打印、核验编号"), description=t("证书（奖状）：生成 PDF、批量打印、核验编号"))
    actions = p.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True,
                               parser_class=type(p))
    make = actions.add_parser("make", help=t("手工制作一张证书"))
    make.add_argument("--name", required=True, metavar=placeholder("姓名"), help=t("获奖人或部门"))
    make.add_argument("--award", required=True, metavar=placeholder("奖项"), help=t("奖项名称"))
    period_option(make)
    make.add_argument("--value", metavar=placeholder("奖励"), help=t("奖金或奖品（写在证书上）"))
    _look(make)
    starts_shop(make, make_certificate)

    batch = actions.add_parser("batch", help=t("为一个期间已批准的获奖名单批量生成证书"))
    period_option(batch)
    batch.add_argument("--split", metavar=placeholder("文件夹"), help=t("每人一个 PDF，保存到这个文件夹"))
    batch.add_argument("--only", metavar=placeholder("员工"), help=t("只打印这位员工的证书"))
    batch.add_argument("--draft", action="store_true", help=t("未批准也先打印草稿（每页印有“草稿”，不编号）"))
    batch.add_argument("--all-winners", action="store_true",
                       help=t("方案里没有勾选「获奖者得奖状」的奖项也发证书（扣款除外）"))
    _look(batch)
    batch.set_defaults(handler=batch_certificates)

    verify = actions.add_parser("verify", help=t("核验证书编号或二维码文字"))
    verify.add_argument("text", metavar=placeholder("编号或二维码文字"),
                        help=t("证书编号（如 HH-2026-10-0007），或扫描证书二维码得到的文字"))
    verify.add_argument("--json", action="store_true", help=t("输出 JSON"))
    verify.set_defaults(handler=verify_certificate)

    listing = actions.add_parser("list", help=t("列出一个期间已发出的证书"))
    period_option(listing)
    listing.add_argument("--json", action="store_true", help=t("输出 JSON"))
    listing.set_defaults(handler=list_certificates)

    image = actions.add_parser("image", help=t("设置证书上的印章、签名或标志图片（PNG）"))
    image.add_argument("kind", choices=IMAGE_KINDS, help=t("seal 印章、signature 签名、logo 店铺标志"))
    image.add_argument("file", nargs="?", metavar=placeholder("文件"), help=t("PNG 图片（印章请用透明背景）"))
    image.add_argument("--clear", action="store_true", help=t("删除这张图片"))
    starts_shop(image, set_image)

    per_award = actions.add_parser("award-template", help=t("设置某个奖项的证书模板（不带参数时列出已设置的）"))
    per_award.add_argument("award", nargs="?", metavar=placeholder("奖项"), help=t("奖项名称，与评奖方案中的名称一致"))
    per_award.add_argument("template", nargs="?", choices=TEMPLATES, help=t("classic、modern 或 card"))
    per_award.add_argument("--clear", action="store_true", help=t("这个奖项改回使用默认模板"))
    starts_shop(per_award, award_template)


def _options(service: CertificateService, args, draft: bool = False):
    """The saved options with the command's; --template forces one template on every certificate."""
    forced = () if args.template else None
    return service.options(template=args.template, page=args.page, cards_per_sheet=args.cards,
                           citation=args.citation, chinese_date=args.chinese_date, show_value=args.show_value,
                           draft=draft, copies=args.copies, award_templates=forced)


def _report(outcome) -> None:
    for warning in outcome.warnings:
        note(t("警告：{message}", message=warning))
    for path in outcome.paths:
        say(str(path))


def make_certificate(shop, args) -> int:
    if not args.output:
        raise UserError(t("请用 -o 指定 PDF 文件"))
    check_output_name(args.output, ".pdf")
    service = service_of(shop)
    chosen = _options(service, args)
    if args.value and args.show_value is None:
        from dataclasses import replace

        chosen = replace(chosen, show_value=True)
    outcome = service.make(args.name, args.award, period_arg(args.period), args.output, chosen,
                           shop_name=shop.name, value=args.value, issue_date=day_arg(args.date, "--date"))
    _report(outcome)
    cert = outcome.certificates[0]
    note(t("证书编号 {number}，校验码 {check}", number=cert.number, check=cert.checksum))
    return 0


def batch_certificates(shop, args) -> int:
    if args.split is not None and not args.split.strip():  # "" is the current folder: never meant
        raise UserError(t("--split 要写一个文件夹（不能为空）"))
    if not args.output and not args.split:
        raise UserError(t("请用 -o 指定 PDF 文件，或用 --split 指定文件夹"))
    check_output_name(args.output, ".pdf")
    service = service_of(shop)
    period = period_arg(args.period)
    only = resolve_staff(shop, args.only, "--only").id if args.only else None
    try:
        found = winners(shop, period, draft=args.draft, only_staff=only)
    except UserError as e:  # not approved
        hint = None if args.draft else _period_just_ended_hint(shop, period, only, args.all_winners)
        if hint is None:
            raise
        note(t("错误：{message}", message=e.message))
        note(hint)
        return 2
    requests = found.requests(args.all_winners)
    if not requests and found.lines:
        raise UserError(t("{period} 没有需要打印证书的获奖记录：{n} 位获奖者的奖项没有勾选「获奖者得奖状」，"
                          "加 --all-winners 可为他们生成证书", period=period.shown_label(), n=found.without_certificate()))
    if not requests:
        raise UserError(t("{period} 没有需要打印证书的获奖记录", period=period.shown_label()))
    chosen = _options(service, args, draft=args.draft)  # an approved period too: a draft is never numbered
    there_before = _pdfs_in(args.split)
    outcome = service.print_pdf(requests, args.output, chosen, shop_name=shop.name, split_dir=args.split,
                                issue_date=day_arg(args.date, "--date"))
    _report(outcome)
    replaced = [path for path in outcome.paths if Path(path).resolve() in there_before]
    if replaced:  # a reprint into last month's folder, say: the files of the same names are the new ones now
        note(t("替换了 {folder} 中原有的 {n} 个同名文件", folder=Path(args.split).expanduser(), n=len(replaced)))
    if chosen.draft:
        note(t("已生成 {n} 张草稿证书（未编号，未记录）", n=len(requests)))
    else:
        note(t("已生成 {n} 张证书", n=len(outcome.certificates)))
    return 0


def _pdfs_in(folder: str | None) -> set[Path]:
    """The PDF files a `--split` folder holds before the batch writes into it."""
    path = Path(folder).expanduser() if folder else None
    return {p.resolve() for p in path.glob("*.pdf")} if path is not None and path.is_dir() else set()


def _period_just_ended_hint(shop, period, only: int | None, all_winners: bool) -> str | None:
    """Certificates asked for the month or year under way: those of the one just ended, when it has some to print
    (`period_just_ended_to_print`)."""
    instead = period_just_ended_to_print(shop, period, only_staff=only, all_winners=all_winners)
    if instead is None:
        return None
    previous, waiting = instead
    if waiting:
        return t("提示：{month} 还没有结束。要打印 {previous} 的证书，请先批准它（honghua awards approve --period {key}），"
                 "再写 --period {key}", month=period.shown_label(), previous=previous.shown_label(), key=previous.key())
    return t("提示：{month} 还没有结束。{previous} 的评奖结果已批准，要打印它的证书请写 --period {key}",
             month=period.shown_label(), previous=previous.shown_label(), key=previous.key())


def _details(result) -> dict[str, object]:
    """`value`: the certificate's recorded value, as before prints kept their content (the value it was issued
    with, since v16 the one it was last printed with); `value_now` and `place_now`: what a reprint would say (a
    re-approval may have changed them since a print); each print says what its paper said (null where a print
    was recorded before that was kept). `printed_as`: the name the paper checked carries, when it is an earlier
    print under the name the person had before they were renamed (null otherwise)."""
    cert, now = result.certificate, result.now
    return {"number": cert.number, "recipient": cert.recipient, "recipient_type": cert.recipient_type,
            "award": cert.award, "period": parse_period(cert.period_key).label(), "issued": iso(cert.issued),
            "value": cert.value_text, "value_now": now.value, "place_now": now.place or None,
            "checksum_checked": result.checksum_checked, "printed_as": result.printed_as,
            "reprint_needed": bool(result.changed),
            "prints": [{"at": p.at, "user": p.os_user, "copies": p.copies, "output": p.output, **_said(p)}
                       for p in result.prints]}


def _said(print_) -> dict[str, object]:
    content = print_.content
    if content is None:  # the name only where the certificate's first rename wrote it
        return {"recipient": print_.recipient, "award": None, "period": None, "place": None, "value": None}
    return {"recipient": content.recipient, "award": content.award, "period": content.period,
            "place": content.place or None, "value": content.printed_value}


def _say_content(result) -> None:
    """The value and place as the records have them now, what each print said when a paper says otherwise, and
    whether the last print needs reprinting."""
    now, prints = result.now, result.prints
    if now.value or any(p.content is not None and p.content.printed_value for p in prints):
        say(t("奖励：{value}", value=printed.value_history(prints, now)))
    if now.place:
        say(t("名次：{place}", place=citation.shown_place(now.place)))
    if result.changed:
        say(t("最后一次打印（{day}）之后内容已变更（{changes}）：需要重印", day=printed.printed_day(prints[-1]),
              changes=joined((c.text() for c in result.changed), separator="；")))
    if any(printed.said_otherwise(p, now) for p in prints):
        say(t("同一编号打印过不同的内容：写着早先内容的那份是早先打印的（编号和校验码相同），不是伪造")
            if printed.prints_differ(prints)
            else t("打印后记录已变更：写着早先内容的那份是当时打印的（编号和校验码相同），不是伪造"))


def _shown_period(result) -> str:
    """The period in the messages' language (2026年度, 2026 in English); the JSON keeps it as printed."""
    return parse_period(result.certificate.period_key).shown_label()


def _superseded(result) -> dict[str, object] | None:
    run = result.void.superseded_by if result.void else None
    return {"approved_at": run.approved_at, "user": run.user} if run else None


def verify_certificate(shop, args) -> int:
    result = service_of(shop).verify(args.text)
    if result.status == "void":
        return _void(result, args)
    if not result.ok:
        if args.json:
            emit_json({"status": result.status, "number": result.number})
        message = t(VERIFY_FAILED[result.status], number=result.number or args.text)
        # a file without its key cannot judge the certificate: not said as a failed check
        note(t("无法核验：{message}", message=message) if result.status == "no_key"
             else t("核验失败：{message}", message=message))
        return 2
    data = _details(result)
    if args.json:
        emit_json({"status": "ok", **data})
        return 0
    say(t("核验通过：{number} 是本店发出的证书", number=data["number"]))
    say(t("获奖：{recipient}", recipient=data["recipient"]))
    if result.printed_as:
        say(t("这份是早先打印的，当时以「{printed}」的姓名发出，此后姓名已改为「{now}」（编号相同，不是伪造）",
              printed=result.printed_as, now=data["recipient"]))
    say(t("奖项：{award}", award=data["award"]))
    say(t("期间：{period}", period=_shown_period(result)))
    _say_content(result)
    say(t("颁发日期：{issued}", issued=shown_date(result.certificate.issued)))
    say(t("打印次数：{n}", n=len(result.prints)))
    if not result.checksum_checked:
        say(t("（只核对了编号；输入二维码文字或校验码可同时核对证书内容）"))
    return 0


def _void(result, args) -> int:
    """A certificate the shop issued whose award a re-approval dropped: its details, and exit 2."""
    data = _details(result)
    superseded = _superseded(result)
    if args.json:
        emit_json({"status": "void", **data, "superseded_by": superseded,
                   "revoked_flower": result.void.revoked_flower})
    else:
        say(t("获奖：{recipient}", recipient=data["recipient"]))
        say(t("奖项：{award}", award=data["award"]))
        say(t("期间：{period}", period=_shown_period(result)))
        say(t("颁发日期：{issued}", issued=shown_date(result.certificate.issued)))
        if result.void.revoked_flower:
            say(t("作废原因：小红花 {number} 已撤销", number=result.void.revoked_flower))
        elif superseded:
            say(t("作废原因：{period}的评奖结果于 {at} 由 {user} 重新批准，新的结果中没有这个奖项",
                  period=_shown_period(result), at=shown_stamp(str(superseded["approved_at"])),
                  user=superseded["user"]))
        else:
            say(t("作废原因：{period}已没有批准的评奖结果", period=_shown_period(result)))
    reason = "flower_revoked" if result.void.revoked_flower else "void"
    note(t("核验失败：{message}", message=t(VERIFY_FAILED[reason], number=result.number)))
    return 2


def list_certificates(shop, args) -> int:
    service = service_of(shop)
    certs = service.in_period(period_arg(args.period))
    void = service.voided(certs)
    if args.json:
        emit_json([{"number": c.number, "recipient": c.recipient, "award": c.award, "issued": iso(c.issued),
                    "checksum": c.checksum, "status": "void" if c.id in void else "ok"} for c in certs])
        return 0
    if not certs:  # numbered when printed or saved as a PDF: none yet is said, not shown as an empty table
        say(t("{period}还没有发出证书（证书在打印或保存 PDF 时编号）", period=period_arg(args.period).shown_label()))
        return 0
    twins = namesakes((p.id, p.name) for p in shop.store.staff.list())  # told apart as the 证书 page lists them
    say(table([t("编号"), t("获奖"), t("奖项"), t("颁发日期"), t("状态")],
              [[c.number, bracketed(c.recipient, f"#{c.staff_id}") if c.staff_id in twins else c.recipient, c.award,
                shown_date(c.issued) if c.issued else "", t("已作废") if c.id in void else t("有效")] for c in certs]))
    return 0


def set_image(shop, args) -> int:
    service = service_of(shop)
    if args.clear:
        service.clear_image(args.kind)
        say(t("已删除证书图片 {kind}", kind=t(KIND_LABELS[args.kind])))
        return 0
    if not args.file:
        raise UserError(t("请指定 PNG 文件，或用 --clear 删除"))
    for warning in service.set_image(args.kind, args.file):
        note(t("警告：{message}", message=warning))
    say(t("已保存证书图片 {kind}", kind=t(KIND_LABELS[args.kind])))
    return 0


def award_template(shop, args) -> int:
    """List the per-award templates, or set (or clear) one award's."""
    service = service_of(shop)
    if args.award is None:
        chosen = service.award_templates()
        default = service.options().template
        say(t("默认模板：{choice}", choice=default))
        if chosen:
            say(table([t("奖项"), t("模板")], [[award, template] for award, template in chosen.items()]))
        return 0
    if args.clear == (args.template is not None):
        raise UserError(t("请给出模板（classic、modern 或 card），或用 --clear 改回默认模板"))
    if not args.clear:
        unknown = _unknown_award_note(shop, args.award.strip())
        if unknown:
            note(t("警告：{message}", message=unknown))
    service.set_award_template(args.award, None if args.clear else args.template)
    if args.clear:
        say(t("「{award}」改回使用默认模板", award=args.award.strip()))
    else:
        say(t("「{award}」的证书使用模板 {choice}", award=args.award.strip(), choice=args.template))
    return 0



def _unknown_award_note(shop, award: str) -> str | None:
    """A title no plan of the shop names and no certificate or approved line carries is likely mistyped: the
    template is still saved (a plan may come later), with the closest known titles said."""
    known = shop.store.certificates.award_titles()
    plans = shop.awards.plans
    for stored in plans.stored():
        known.update(rule.name for rule in plans.parsed(stored).rules)
    if award in known:
        return None
    close = difflib.get_close_matches(award, sorted(known), n=3, cutoff=0.5)
    if close:
        return t("本店的方案和证书中没有「{award}」这个奖项，是不是：{close}？", award=award,
                 close="、".join(f"「{title}」" for title in close))
    return t("本店的方案和证书中没有「{award}」这个奖项；奖项名称要与评奖方案中的一致，模板才会用上", award=award)
