"""`honghua staff list | add | edit | leave | rehire | remove | departments | rename-dept`."""

from __future__ import annotations

from app.cli.common import (
    EMPTY,
    birthday_text,
    confirm_approved_option,
    day_arg,
    emit_json,
    note,
    offered_command,
    person_json,
    refused_unconfirmed,
    say,
    starts_shop,
    table,
)
from app.cli.parser import placeholder
from app.domain import (
    Birthday,
    Staff,
    normalize_alias,
    spaces_between_wide,
    without_spaces_beside_wide,
)
from app.errors import UserError
from app.i18n import joined, t
from app.money import format_yuan, parse_yuan
from app.periods import shown_date
from app.services.approved import ApprovedPeriodChange
from app.staff_draft import StaffDraft


def register(commands) -> None:
    group = commands.add_parser("staff", help=t("员工：列表、新增、修改、离职、重新入职"),
                                description=t("员工管理"))
    sub = group.add_subparsers(dest="action", metavar=placeholder("操作"), title=t("操作"), required=True)

    p = sub.add_parser("list", help=t("列出员工"), description=t("列出员工（含已离职的人）"))
    p.add_argument("--json", action="store_true", help=t("输出 JSON"))
    p.add_argument("--active", action="store_true", help=t("只列出在职员工"))
    p.set_defaults(handler=list_staff)

    p = sub.add_parser("add", help=t("新增员工（输出新员工的编号）"),
                       description=t("新增员工；标准输出只打印新员工的编号，便于脚本读取"))
    p.add_argument("name", metavar=placeholder("姓名"), help=t("员工姓名（可以与别人同名）"))
    _person_options(p)
    p.add_argument("--json", action="store_true", help=t("以 JSON 输出新员工"))
    confirm_approved_option(p)
    starts_shop(p, add_staff)

    p = sub.add_parser("edit", help=t("修改员工资料"), description=t("修改员工资料：只改给出的项"))
    p.add_argument("staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.add_argument("--name", metavar=placeholder("姓名"), help=t("新姓名"))
    _person_options(p)
    p.add_argument("--remove-alias", action="append", default=[], metavar=placeholder("子账号名"), help=t("移除子账号（可重复）"))
    p.add_argument("--no-dept", action="store_true", help=t("清除部门"))
    p.add_argument("--clear-birthday", action="store_true", help=t("清除生日"))
    confirm_approved_option(p)
    p.set_defaults(handler=edit_staff)

    p = sub.add_parser("leave", help=t("员工离职（保留历史记录）"), description=t("登记离职：历史数据与奖励都保留"))
    p.add_argument("staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=t("离职日期（默认今天）"))
    confirm_approved_option(p)
    p.set_defaults(handler=leave_staff)

    p = sub.add_parser("rehire", help=t("重新入职（保留以往的在职时间）"),
                       description=t("重新入职：从这一天起再次在职；以往的入职、离职日期都保留"))
    p.add_argument("staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=t("重新入职日期（默认今天）"))
    confirm_approved_option(p)
    p.set_defaults(handler=rehire_staff)

    p = sub.add_parser("remove", help=t("删除误加的员工（只限没有任何记录的员工）"),
                       description=t("删除误加、没有任何记录的员工；有数据、目标、奖励等记录的员工不能删除，请办理离职"))
    p.add_argument("staff", metavar=placeholder("员工"), help=t("编号、姓名或子账号"))
    p.set_defaults(handler=remove_staff)

    p = sub.add_parser("departments", help=t("列出部门（含改名前的名称）"),
                       description=t("列出部门：在职人数，以及改名前用过的名称（方案里写的原名仍指这个部门）"))
    p.add_argument("--json", action="store_true", help=t("输出 JSON"))
    p.set_defaults(handler=list_departments)

    p = sub.add_parser("rename-dept", help=t("部门改名（方案里写的原名仍指这个部门）"),
                       description=t("部门改名：员工、目标和奖项都跟着部门走；方案里按原名写的「适用部门」仍指这个部门"))
    p.add_argument("dept", metavar=placeholder("部门"), help=t("现在的名称"))
    p.add_argument("name", metavar=placeholder("新名称"), help=t("改成的名称（不能与别的部门重名）"))
    confirm_approved_option(p)
    p.set_defaults(handler=rename_department)


def _person_options(p) -> None:
    p.add_argument("--alias", action="append", default=[], metavar=placeholder("子账号名"),
                   help=t("旺旺子账号，例如 小橙子旗舰店:小美（可重复）"))
    p.add_argument("--dept", metavar=placeholder("部门"), help=t("部门（不存在时自动新建）"))
    p.add_argument("--role", metavar=placeholder("岗位"), help=t("岗位：客服、售后、组长、主管、店长……"))
    p.add_argument("--hired", metavar="YYYY-MM-DD", help=t("入职日期"))
    birthday = p.add_mutually_exclusive_group()
    birthday.add_argument("--birthday", metavar="MM-DD", help=t("公历生日"))
    birthday.add_argument("--lunar-birthday", metavar="MM-DD", help=t("农历生日"))
    p.add_argument("--base-pay", metavar=placeholder("金额"), help=t("基本工资（元）"))
    p.add_argument("--post-pay", metavar=placeholder("金额"), help=t("岗位工资（元）"))
    p.add_argument("--allowance", metavar=placeholder("金额"), help=t("津贴/补贴（元）"))
    awards = p.add_mutually_exclusive_group()
    awards.add_argument("--no-awards", dest="in_awards", action="store_false", default=None,
                        help=t("不参与评奖：任何奖项都不发给此人（如店长本人）；看板照常显示"))
    awards.add_argument("--awards", dest="in_awards", action="store_true", default=None,
                        help=t("参与评奖（新员工默认参与）"))


def list_staff(shop, args) -> int:
    today = shop.today
    people = [p for p in shop.staff.list() if p.is_current(today) or not args.active]
    if args.json:
        emit_json([person_json(p, today) for p in people])
        return 0
    if not people:
        say(t("还没有员工。用「{add}」新增，或用「{demo}」生成演示数据。",
          add=offered_command(shop, f"staff add {placeholder('姓名')}"), demo=offered_command(shop, "demo")))
        return 0
    headers = [t("编号"), t("姓名"), t("部门"), t("岗位"), t("入职日期"), t("离职日期"), t("以往在职"), t("生日"),
               t("状态"), t("子账号")]
    rows = [[str(p.id), p.name, p.dept or EMPTY, p.role, _day(p.hired), _day(p.left), _earlier(p), birthday_text(p),
             _status(p, today), joined(p.aliases, separator="，") or EMPTY] for p in people]
    say(table(headers, rows, right={0}))
    active = sum(1 for p in people if p.is_current(today))
    say(t("共 {n} 人，在职 {active} 人", n=len(people), active=active))
    return 0


def add_staff(shop, args) -> int:
    draft = StaffDraft(
        name=args.name, aliases=tuple(args.alias), dept=args.dept, role=args.role or "客服",
        hired=day_arg(args.hired, "--hired"), birthday=_birthday(args),
        base_pay_fen=_yuan(args.base_pay, t("基本工资")), post_pay_fen=_yuan(args.post_pay, t("岗位工资")),
        allowance_fen=_yuan(args.allowance, t("津贴/补贴")), in_awards=args.in_awards,
    )
    taking = shop.staff.rules_taken_by_new(draft.dept) if draft.dept else ""
    try:
        person = shop.staff.add(draft, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        hint = None if draft.hired else t("新员工请用 --hired 填入入职日期（入职前的期间不受影响）")
        return refused_unconfirmed(e, hint)
    if args.json:
        emit_json(person_json(person, shop.today))
    else:
        say(str(person.id))
    note(t("已新增员工 {who}", who=_who(person)))
    _say_spaces(person.name)
    if taking:
        note(taking)
    return 0


def edit_staff(shop, args) -> int:
    old = shop.staff.resolve(args.staff)
    removed = {normalize_alias(a) for a in args.remove_alias}  # as typed: 「旗舰店：小美」 is 旗舰店:小美
    aliases = [a for a in old.aliases if normalize_alias(a) not in removed]
    unknown = [a for a in args.remove_alias if normalize_alias(a) not in {normalize_alias(b) for b in old.aliases}]
    if unknown:
        raise UserError(t("{who} 没有子账号「{alias}」", who=old.display(), alias=unknown[0]))
    aliases += [a for a in args.alias if normalize_alias(a) not in {normalize_alias(b) for b in aliases}]
    birthday = None if args.clear_birthday else (_birthday(args) or old.birthday)
    draft = StaffDraft(
        name=args.name if args.name is not None else old.name,
        aliases=tuple(aliases),
        dept=None if args.no_dept else (args.dept if args.dept is not None else old.dept),
        role=args.role if args.role is not None else old.role,
        hired=day_arg(args.hired, "--hired") if args.hired is not None else old.hired,
        birthday=birthday,
        base_pay_fen=_yuan(args.base_pay, t("基本工资"), old.base_pay_fen),
        post_pay_fen=_yuan(args.post_pay, t("岗位工资"), old.post_pay_fen),
        allowance_fen=_yuan(args.allowance, t("津贴/补贴"), old.allowance_fen), in_awards=args.in_awards,
    )
    taking = shop.staff.rules_taken_by_new(draft.dept) if draft.dept else ""
    try:
        person = shop.staff.edit(old.id, draft, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    say(t("已修改员工 {who}", who=_who(person)))
    if args.name is not None and person.name != old.name:
        _say_spaces(person.name)
    if taking:
        note(taking)
    return 0


def _say_spaces(name: str) -> None:
    """A name with a space beside a Chinese character (「张 伟」) is kept as typed; that it is read as 张伟 is said."""
    if spaces_between_wide(name):
        note(t("姓名「{name}」的字中间有空格：导入报表、粘贴表格和命令行查找员工时不看这个空格，「{name}」就是「{joined}」",
               name=name, joined=without_spaces_beside_wide(name)))


def leave_staff(shop, args) -> int:
    person = shop.staff.resolve(args.staff)
    day = day_arg(args.date, "--date") or shop.today
    unchanged = person.left == day
    try:
        person = shop.staff.leave(person.id, day, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    say(t("{who} 已登记离职，离职日期 {day}", who=person.display(), day=shown_date(day)))
    # the window asks first about records after the date; a scheduled command cannot ask, so it says them
    kept = "" if unchanged else shop.staff.kept_after_leaving(person.id, day)
    if kept:
        note(t("提示：{note}", note=kept))
    return 0


def remove_staff(shop, args) -> int:
    person = shop.staff.remove(shop.staff.resolve(args.staff).id)
    say(t("已删除误加的员工 {who}", who=person.display()))
    return 0


def rehire_staff(shop, args) -> int:
    person = shop.staff.resolve(args.staff)
    day = day_arg(args.date, "--date") or shop.today
    try:
        person = shop.staff.rehire(person.id, day, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    if person.hired == day:
        say(t("{who} 已重新入职，入职日期 {day}", who=person.display(), day=shown_date(day)))
    else:  # back by the day after leaving: no time away
        say(t("{who} 已撤销离职，仍在职", who=person.display()))
    return 0


def _birthday(args) -> Birthday | None:
    if args.lunar_birthday:
        return Birthday.parse(args.lunar_birthday, lunar=True)
    if args.birthday:
        return Birthday.parse(args.birthday)
    return None


def _yuan(text: str | None, field: str, default: int | None = None) -> int | None:
    if text is None:
        return default
    if not text.strip():
        return None
    return parse_yuan(text, field=field)


def _day(day) -> str:
    return day.isoformat() if day else EMPTY


def _earlier(person: Staff) -> str:
    """The stints before a rehire, oldest first: 2024-03-01～2025-03-31 (the current one has its own columns)."""
    spans = [t("{hired}～{left}", hired=_day(s.hired), left=_day(s.left)) for s in person.earlier]
    return joined(spans, separator="，") or EMPTY


def _status(person: Staff, today) -> str:
    status = t("在职") if person.is_current(today) else t("离职")
    return status if person.in_awards else t("{status}，不参与评奖", status=status)


def _who(person: Staff) -> str:
    parts = [person.display()]
    if person.dept:
        parts.append(person.dept)
    parts.append(person.role)
    if person.base_pay_fen is not None:
        parts.append(t("基本工资 {pay}", pay=format_yuan(person.base_pay_fen)))
    if not person.in_awards:
        parts.append(t("不参与评奖"))
    return joined(parts, separator="，")


def list_departments(shop, args) -> int:
    today = shop.today
    former = shop.staff.former_names()
    current = [p for p in shop.staff.list() if p.is_current(today)]
    rows = [(d, sum(1 for p in current if p.dept_id == d.id), former.get(d.id, [])) for d in shop.staff.departments()]
    if args.json:
        emit_json([{"id": d.id, "name": d.name, "active_staff": n, "former_names": names} for d, n, names in rows])
        return 0
    if not rows:
        say(t("还没有部门。新增员工时用 --dept 指定部门即可新建。"))
        return 0
    say(table([t("编号"), t("部门"), t("在职人数"), t("原名")],
              [[str(d.id), d.name, str(n), joined(names) or EMPTY] for d, n, names in rows], right={0, 2}))
    return 0


def rename_department(shop, args) -> int:
    dept = shop.staff.find_department(args.dept)
    try:
        said = shop.staff.rename_department(dept.id, args.name, confirm_approved=args.confirm_approved)
    except ApprovedPeriodChange as e:
        return refused_unconfirmed(e)
    renamed = next(d for d in shop.staff.departments() if d.id == dept.id)
    say(t("部门 {old} 已改名为 {new}", old=dept.name, new=renamed.name))
    if said:
        note(said)
    return 0
