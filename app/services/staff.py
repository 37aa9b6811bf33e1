"""Staff and departments: validation, history-preserving changes, and finding people by id/name/alias."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from app import settings as declared
from app.clock import stamp_on
from app.domain import (
    ROLES,
    Department,
    Staff,
    names_meaning,
    normalize_alias,
    normalize_dept_name,
    without_invisible,
)
from app.errors import UserError
from app.i18n import cut_list, in_words, joined, t, within_sentence
from app.periods import Period, shown_date
from app.services.approved import (
    added_rules_note,
    approved_counting,
    check_confirmed,
    department_renamed,
    details_changed,
    employment_changed,
    plans_in_use,
    renamed_rules_note,
    with_approval_day,
)
from app.services.context import Context
from app.services.skipped_accounts import release_owned
from app.services.staff_changes import staff_changes
from app.staff_draft import StaffDraft
from app.store import Store

MAX_NAME = 40


def rehire_cancels_leaving(person: Staff, day: date) -> bool:
    """A rehire by the day after leaving is no time away: it cancels the leaving rather than starting a stint."""
    return person.left is not None and day <= person.left + timedelta(days=1)


class StaffService:
    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx

    # ---- reading
    def list(self, *, include_left: bool = True) -> list[Staff]:
        people = self.store.staff.list()
        if include_left:
            return people
        return [p for p in people if p.is_current(self.ctx.today)]

    def get(self, staff_id: int) -> Staff:
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        return person

    def active_during(self, start: date, end: date) -> list[Staff]:
        return [p for p in self.store.staff.list() if p.employed_during(start, end)]

    def resolve(self, word: str) -> Staff:
        """An id, a name or an alias → one person; ambiguous or unknown → UserError listing the choices."""
        text = str(word).strip()
        if not text:
            raise UserError(t("请指定员工（编号、姓名或旺旺子账号）"))
        people = self.store.staff.list()
        if text.lstrip("#").isdigit():
            wanted = int(text.lstrip("#"))
            for p in people:
                if p.id == wanted:
                    return p
        alias = normalize_alias(text)
        owner = self.store.staff.alias_owner(alias)
        by_name = [p for p in people if normalize_alias(p.name) == alias]
        if owner is not None:
            holder = self.get(owner)
            others = [p for p in by_name if p.id != owner]
            # a namesake whose sub-account is his own name is the one meant (how namesakes are told apart); an alias
            # that is only someone else's name was saved before that was refused: never guess which is meant
            if others and normalize_alias(holder.name) != alias:
                raise UserError(t("「{name}」既是 {holder} 的子账号，又是员工 {others} 的姓名，请用编号指定；"
                                  "并请在 {holder} 的资料里删掉这个子账号", name=text, holder=holder.display(),
                                  others=joined(p.display() for p in others)))
            return holder
        if len(by_name) == 1:
            return by_name[0]
        if len(by_name) > 1:
            choices = joined((t("#{id} {name}（{dept}，{role}）", id=p.id, name=p.name, dept=p.dept or t("无部门"),
                                  role=p.role) for p in by_name), separator="；")
            raise UserError(t("有 {n} 位员工叫「{name}」，请用编号指定：{choices}", n=len(by_name), name=text,
                              choices=choices))
        raise UserError(t("找不到员工「{name}」（编号、姓名或子账号都不匹配）", name=text))

    # ---- departments
    def departments(self) -> list[Department]:
        return self.store.departments.list()

    def find_department(self, name: str) -> Department:
        found = self.store.departments.by_name(str(name).strip())
        if found is None:
            raise no_department(self.store, name)
        return found

    def former_names(self) -> dict[int, list[str]]:
        """Each renamed department's earlier names, by id, oldest first (a name taken again since is listed once)."""
        names: dict[int, list[str]] = {}
        for dept_id, name in self.store.departments.former_names():
            if name not in names.setdefault(dept_id, []):
                names[dept_id].append(name)
        return names

    def renamed_departments(self) -> dict[str, str]:
        """A name no department has now → today's name of the one that last had it: what a plan's 适用部门
        written with that name means (`domain.names_meaning`)."""
        meaning = names_meaning(self.departments(), self.store.departments.former_names())
        return {name: dept.name for name, dept in meaning.items()}

    def ensure_department(self, name: str, *, confirm_approved: bool = False) -> Department:
        """The department with this name, created when it does not exist yet (call inside a transaction). A new
        department named as another one was called before takes the rules written for that name: when that
        changes approved periods, created only with `confirm_approved` (else `ApprovedPeriodChange`)."""
        clean = _clean_name(normalize_dept_name(name), t("部门名称"))
        existing = self.store.departments.by_name(str(name).strip())  # an older file's 「客服 部」 stays itself
        if existing:
            return existing
        before = self.store.departments.former_holder(clean)
        approved: list[str] = []
        said = ""
        if before is not None:
            periods, consequence = department_renamed(self.store, None, clean)
            approved = check_confirmed(self.store, (), confirm_approved, t("新部门「{name}」", name=clean),
                                       also=periods, consequence=consequence)
            said = self.rules_taken_by_new(clean)
        dept = self.store.departments.add(clean)
        self.store.audit.add(self.ctx.user, "department.add", t("新建部门 {name}", name=clean),
                             {"id": dept.id, **({"rules": said} if said else {}),
                              **({"approved_periods": approved} if approved else {})}, pin_used=self.ctx.pin_used)
        return dept

    def approved_counting(self, person: Staff) -> list[tuple[Period, bool, date]]:
        """The approved award periods the person is among the people of, each with the day it was approved (the
        third item; the second is always False): their name, department, role, hire date, birthday and whether
        they take part were approved with those periods, so the staff form says so before an edit."""
        return with_approval_day(self.store, ((p, False) for p in approved_counting(self.store, person)))

    def rules_taken_by_new(self, name: str) -> str:
        """What adding a department named `name` does to the rules of the plans in use, said for the owner: ""
        unless no department has that name now, another one had it before a rename and a rule names it — that
        rule then applies to the new department (the window says so after adding it)."""
        clean = normalize_dept_name(name)
        if not clean or self.store.departments.by_name(clean) or self.store.departments.by_name(str(name).strip()):
            return ""
        before = self.store.departments.former_holder(clean)
        if before is None:
            return ""
        rules = self._rules_naming(clean)
        return added_rules_note(clean, rules, before.name) if rules else ""

    def _rules_naming(self, name: str) -> list[str]:
        """「plan」的「rule」 of the plans in use whose 适用部门 gives `name`."""
        return list({t("「{plan}」的「{rule}」", plan=p.name, rule=r.name): None
                     for p in plans_in_use(self.store) for r in p.rules if name in r.departments})

    def add_department(self, name: str, *, confirm_approved: bool = False) -> Department:
        clean = _clean_name(normalize_dept_name(name), t("部门名称"))
        existing = self.store.departments.by_name(clean)
        if existing:
            raise UserError(t("部门「{name}」已存在：请换一个名称", name=existing.name))
        with self.store.atomic():
            return self.ensure_department(clean, confirm_approved=confirm_approved)

    def rename_department(self, dept_id: int, name: str, *, confirm_approved: bool = False) -> str:
        """The department keeps its rules: a name it had still means it in the plans' 适用部门 (unless another
        department has that name now), so no plan is rewritten and approved periods keep their fingerprint.
        Only rules written for departments named as the new name change hands (`approved.department_renamed`):
        when they change an approved period, renamed only with `confirm_approved` (else `ApprovedPeriodChange`,
        nothing written). The manual team lines addressed to it by name follow it. Returns what the rename does
        to the rules of the plans in use, for the owner ("": none names either name); the audit row keeps it."""
        clean = _clean_name(normalize_dept_name(name), t("部门名称"))
        other = self.store.departments.by_name(clean)
        if other and other.id != dept_id:
            raise UserError(t("部门「{name}」已存在：请换一个名称；要把两个部门合成一个，请在员工资料里把人改到「{name}」",
                              name=other.name))
        old = next((d for d in self.departments() if d.id == dept_id), None)
        if old is None:
            raise UserError(t("没有编号为 {id} 的部门", id=dept_id))
        if clean == old.name:  # the name it has, typed again: nothing to write, nor to log
            return ""
        with self.store.atomic():
            periods, consequence = department_renamed(self.store, dept_id, clean)
            approved = check_confirmed(self.store, (), confirm_approved, t("部门「{name}」的名称", name=old.name),
                                       also=periods, consequence=consequence)
            said = self._rules_after_rename(dept_id, old.name, clean)
            self.store.departments.rename(dept_id, clean, stamp_on(self.ctx.today))
            carried = self.store.awards.rename_manual_dept(old.name, clean)
            detail = {"id": dept_id, **({"approved_periods": approved} if approved else {}),
                      **({"manual_lines": carried} if carried else {}), **({"rules": said} if said else {})}
            self.store.audit.add(self.ctx.user, "department.rename", t("部门 {old} 改名为 {new}", old=old.name,
                                 new=clean), detail, pin_used=self.ctx.pin_used)
        return said

    def department_uses(self, dept_id: int) -> list[str]:
        """What keeps the department from being deleted, in words (empty: nothing, it may be deleted): its people
        (in post or left, by name), anyone the 操作日志 shows in it before (said when nobody is in it now: the log
        shows its people in it too, who are not "曾在" it), a target set for it, the plans put in force for it or
        whose rules name it (by a name it has or had), its red flags, awards and certificates."""
        said = []
        kinds = self.store.departments.uses(dept_id)
        for kind in kinds:
            if kind == "members":
                people = [p.display() for p in self.store.staff.list() if p.dept_id == dept_id]
                said.append(t("员工 {people}", people=cut_list(people, 5)))
            elif kind != "past_members" or "members" not in kinds:
                said.append(_DEPARTMENT_USE_WORDS[kind]())
        names = [d.name for d in self.departments() if d.id == dept_id]
        names += [name for name, dept in names_meaning(self.departments(), self.store.departments.former_names()
                                                       ).items() if dept.id == dept_id]
        rules = list({rule: None for name in names for rule in self._rules_naming(name)})
        if rules:
            said.append(t("适用于它的奖项（{rules}）", rules=joined(rules)))
        return said

    def remove_department(self, dept_id: int) -> Department:
        """Delete a department made by mistake or never used: only one nothing uses (`department_uses`), else a
        UserError naming what uses it, nothing written. The names it had go with it."""
        dept = next((d for d in self.departments() if d.id == dept_id), None)
        if dept is None:
            raise UserError(t("没有编号为 {id} 的部门", id=dept_id))
        with self.store.atomic():
            held = self.department_uses(dept_id)
            if held:
                raise UserError(t("部门「{name}」已有{what}，不能删除（删除只用于误加、从没用过的部门）",
                                  name=dept.name, what=in_words(held, separator="；")))
            former = self.former_names().get(dept_id, [])
            self.store.departments.remove(dept_id)
            self.store.audit.add(self.ctx.user, "department.remove", t("删除部门 {name}", name=dept.name),
                                 {"id": dept_id, "name": dept.name, **({"former_names": former} if former else {})},
                                 pin_used=self.ctx.pin_used)
        return dept

    def _rules_after_rename(self, dept_id: int, old: str, new: str) -> str:
        """Before the rename: what it does to the rules of the plans in use that name either name."""
        keeping, taking = self._rules_naming(old), self._rules_naming(new)
        said = []
        if keeping:
            said.append(t("方案里写明适用于「{old}」的奖项（{rules}）仍适用于这个部门（方案里的「{old}」按原名指它）；"
                          "以后若有部门改用或新建「{old}」这个名称，这些奖项就改为适用于那个部门。", old=old,
                          rules=joined(keeping)))
        if taking:
            before = self.store.departments.former_holder(new)
            losing = before.name if before is not None and before.id != dept_id else None
            if before is None or losing:
                said.append(renamed_rules_note(new, taking, losing))
        return "".join(said)

    # ---- changes
    def add(self, draft: StaffDraft, *, confirm_approved: bool = False) -> Staff:
        """Someone who would count in a period whose awards are approved — hired on a day within it, or with no
        hire date (on the team in every period) — is added only with `confirm_approved`, as a changed hire
        date is (else `ApprovedPeriodChange`, nothing written)."""
        person = self._validated(draft, staff_id=None)
        with self.store.atomic():
            dept = self.ensure_department(draft.dept, confirm_approved=confirm_approved) if draft.dept else None
            person = replace(person, dept_id=dept.id if dept else None, dept=dept.name if dept else None)
            new_id = self.store.staff.insert(person)
            added = self.get(new_id)
            what = t("新增的{name}（{day} 入职）", name=added.name, day=shown_date(added.hired)) if added.hired else \
                t("新增的{name}（未填入职日期，算作一直在职）", name=added.name)
            periods = check_confirmed(self.store, (), confirm_approved, what,
                                      also=details_changed(self.store, None, added))
            approved = {"approved_periods": periods} if periods else {}
            self.store.audit.add(self.ctx.user, "staff.add", t("新增员工 {who}", who=replace(person, id=new_id).display()),
                                 {**_describe(person), **approved}, pin_used=self.ctx.pin_used)
            release_owned(self.store, self.ctx, added)
        return self.get(new_id)

    def edit(self, staff_id: int, draft: StaffDraft, *, confirm_approved: bool = False) -> Staff:
        """A hire date that changes who counts in a period whose awards are approved, or a name, department,
        role or birthday its awards were approved with, is changed only with `confirm_approved` (else
        `ApprovedPeriodChange`, nothing written), as its data."""
        old = self.get(staff_id)
        person = self._validated(draft, staff_id=staff_id)
        if old.earlier and (draft.hired is None or draft.hired <= old.earlier[-1].left):
            raise UserError(t("{who} 曾于 {left} 离职，这次的入职日期应晚于它", who=old.display(),
                              left=shown_date(old.earlier[-1].left)))
        with self.store.atomic():
            dept = self.ensure_department(draft.dept, confirm_approved=confirm_approved) if draft.dept else None
            person = replace(person, id=staff_id, left=old.left, dept_id=dept.id if dept else None,
                             dept=dept.name if dept else None)
            if _describe(person) == _describe(old):  # saved as it was: nothing for the 操作日志
                return old
            self.store.staff.update(person)
            approved = self._employment_confirmed(old, confirm_approved, details=True)
            if person.in_awards != old.in_awards:
                approved = self._taking_part_confirmed(old, self.get(staff_id), confirm_approved, approved)
            self.store.audit.add(self.ctx.user, "staff.edit", t("修改员工 {who}：{changes}", who=person.display(),
                                                                 changes=staff_changes(old, person)),
                                 {"before": _describe(old), "after": _describe(person), **approved},
                                 pin_used=self.ctx.pin_used)
            release_owned(self.store, self.ctx, person)
        return self.get(staff_id)

    def leave(self, staff_id: int, day: date, *, confirm_approved: bool = False) -> Staff:
        """Deactivate: record the leave date. History and past awards stay. A date that changes who counts in
        a period whose awards are approved needs `confirm_approved` (else `ApprovedPeriodChange`)."""
        person = self.get(staff_id)
        if person.hired and day < person.hired:
            raise UserError(t("离职日期 {day} 早于入职日期 {hired}：请改正离职日期，或先改正入职日期", day=shown_date(day),
                                hired=shown_date(person.hired)))
        if person.left == day:  # 更改离职日期 saved as it was: nothing for the 操作日志
            return person
        with self.store.atomic():
            self.store.staff.set_left(staff_id, day)
            approved = self._employment_confirmed(person, confirm_approved)
            said = (t("{who}离职，离职日期 {day}", who=person.display(), day=shown_date(day)) if person.left is None
                    else t("{who}的离职日期由 {was} 改为 {day}", who=person.display(), was=shown_date(person.left),
                             day=shown_date(day)))
            self.store.audit.add(self.ctx.user, "staff.leave", said, {"id": staff_id, "left": day, **approved},
                                 pin_used=self.ctx.pin_used)
        return self.get(staff_id)

    def kept_after_leaving(self, staff_id: int, day: date) -> str:
        """What the person holds after a leaving date of `day` — daily values, imported totals, events — said for
        the owner before it is saved (a date picked a month early, or data of an account another person took
        over): those records stay and still count. "" when there are none."""
        person = self.get(staff_id)
        days = self.store.values.days_held_after(staff_id, day)
        events = self.store.events.between(day + timedelta(days=1), date.max, staff_id)
        held = [t("{day}的数据", day=shown_date(days[0])) if len(days) == 1 else
                t("{n} 天的数据（{first} 至 {last}）", n=len(days), first=shown_date(days[0]), last=shown_date(days[-1]))
                ] if days else []
        held += [t("{n} 条事件", n=len(events))] if events else []
        if not held:
            return ""
        return t("{who} 在离职日期 {day} 之后还有 {what}：离职后这些记录仍然保留，仍算在此人名下（看板照样计入）。", who=person.display(),
                 day=shown_date(day), what=in_words(held))

    def history(self, staff_id: int) -> list[str]:
        """What keeps the person from being removed, in words (empty: nothing, they may be removed): every kind of
        row that names them (`store.staff_history`), the approved award periods they are among the people of, and
        the settings that name them by number."""
        said = [_HISTORY_WORDS[kind]() for kind in self.store.staff.history(staff_id)]
        periods = approved_counting(self.store, self.get(staff_id))  # their approval was computed with them
        if periods:
            said.append(t("已批准评奖的{periods}的名单", periods=joined(p.shown_label() for p in periods)))
        return said + [t("设置「{label}」", label=setting.label) for setting in declared.NAME_PEOPLE
                       if staff_id in _numbers(self.store.settings.get(setting.key))]

    def remove(self, staff_id: int) -> Staff:
        """Delete someone added by mistake (a typo'd 新增, an import's 全部新建为员工): only a person without any
        history (`history`), else a UserError naming it, nothing written. Their sub-accounts are freed; their
        number is never given to anyone else."""
        person = self.get(staff_id)
        with self.store.atomic():
            held = self.history(staff_id)
            if held:
                raise UserError(t("{who} 已有{what}，不能删除（删除只用于误加、没有任何记录的员工）；"
                                  "不再在职请办理离职", who=person.display(), what=in_words(held)))
            self.store.staff.remove(staff_id, person.name, stamp_on(self.ctx.today))
            self.store.audit.add(self.ctx.user, "staff.remove", t("删除误加的员工 {who}", who=person.display()),
                                 {"id": staff_id, **_describe(person)}, pin_used=self.ctx.pin_used)
        return person

    def rehire(self, staff_id: int, day: date | None = None, *, confirm_approved: bool = False) -> Staff:
        """Back on the team from `day` (default today): a new stint, so the time before and the time away stay
        known. Back by the day after leaving is no time away: the leave date is simply cleared. A day that
        changes who counts in a period whose awards are approved needs `confirm_approved`, as `leave`."""
        person = self.get(staff_id)
        day = day or self.ctx.today
        if person.left is None:
            raise UserError(t("{who} 仍在职，不需要重新入职", who=person.display()))
        if person.hired and day < person.hired:
            raise UserError(t("重新入职日期 {day} 早于入职日期 {hired}：请填 {hired} 或之后的日期", day=shown_date(day),
                                hired=shown_date(person.hired)))
        if day > self.ctx.today:
            raise UserError(t("重新入职日期 {day} 在今天（{today}）之后：请填今天或更早的日期，到回来那天再办理重新入职",
                                  day=shown_date(day), today=shown_date(self.ctx.today)))
        with self.store.atomic():
            if rehire_cancels_leaving(person, day):
                self.store.staff.set_left(staff_id, None)
                text = t("{who}撤销离职（原离职日期 {left}）", who=person.display(), left=shown_date(person.left))
            else:
                self.store.staff.start_stint(staff_id, day)
                text = t("{who}重新入职，入职日期 {day}", who=person.display(), day=shown_date(day))
            approved = self._employment_confirmed(person, confirm_approved)
            self.store.audit.add(self.ctx.user, "staff.rehire", text,
                                 {"id": staff_id, "hired": day, "previous_hired": person.hired,
                                  "previous_left": person.left, **approved}, pin_used=self.ctx.pin_used)
        return self.get(staff_id)

    def _employment_confirmed(self, before: Staff, confirmed: bool, *, details: bool = False) -> dict[str, list[str]]:
        """Inside the write's transaction, the person already written: when the days they are on the team
        changed within a period whose awards are approved (or one it compares with) — with `details`, also
        when what such a period's fingerprint keeps of them changed — refused unless confirmed. Returns the
        audit row's mention of those periods."""
        after = self.get(before.id)
        days = employment_changed(self.store, before, after)
        touched = details_changed(self.store, before, after) if details else []
        fields = [label for label, old, new in ((t("姓名"), before.name, after.name), (t("部门"), before.dept, after.dept),
                                                 (t("岗位"), before.role, after.role),
                                                 (t("入职日期"), before.hired, after.hired),
                                                 (t("生日"), before.birthday, after.birthday)) if old != new]
        shown = joined(map(within_sentence, fields))  # "name, role" within the English sentence, not "Name, Role"
        what = t("{name}的{fields}变动", name=before.name, fields=shown) if touched and fields else \
            t("{name}在职日期的变动", name=before.name)
        # the days matter only to the periods that read the person (a rule applies to their department)
        approved = check_confirmed(self.store, days, confirmed, what, also=touched, people=[before, after])
        return {"approved_periods": approved} if approved else {}

    def _taking_part_confirmed(self, before: Staff, person: Staff, confirmed: bool, approved: dict[str, list[str]]
                               ) -> dict[str, list[str]]:
        """Whether the person takes part in the awards changes every approved period they count in (on the team,
        in a department its plans cover; before or after the edit): refused unless confirmed. Returns the audit
        row's mention of the approved periods, `approved`'s too."""
        what = t("{name}「参与评奖」的改动", name=person.name)
        keys = check_confirmed(self.store, (), confirmed, what, also=approved_counting(self.store, before, person))
        merged = sorted({*approved.get("approved_periods", []), *keys})
        return {"approved_periods": merged} if merged else {}

    def _validated(self, draft: StaffDraft, staff_id: int | None) -> Staff:
        people = self.store.staff.list()
        others = [p for p in people if p.id != staff_id]
        before = next((p for p in people if p.id == staff_id), None) if staff_id else None
        typed = draft.name if before is not None and draft.name == before.name else without_invisible(draft.name)
        name = _clean_name(typed, t("姓名"))  # a name kept as it is stays so, even with a zero-width space in it
        own = normalize_alias(name)
        if before is None or normalize_alias(before.name) != own:
            # a name that is someone else's sub-account: the import and the CLI would find that person, not this one
            # (unless that person has this name too: his sub-account is how he is told from his namesakes)
            owner = self.store.staff.alias_owner(own)
            if owner is not None and owner != staff_id and normalize_alias(self.get(owner).name) != own:
                raise UserError(t("姓名「{name}」是 {who} 的子账号，不能作为别人的姓名：请换一个姓名，或先在 {who} 的资料里"
                                  "删掉这个子账号", name=name, who=self.get(owner).display()))
        names: dict[str, list[Staff]] = {}
        for p in others:
            names.setdefault(normalize_alias(p.name), []).append(p)
        role = (draft.role or "").strip() or ROLES[0]
        if len(role) > 20:
            raise UserError(t("岗位名称太长（最多 20 个字）"))
        if draft.hired and draft.hired > self.ctx.today:
            raise UserError(t("入职日期 {day} 在今天（{today}）之后：请填今天或更早的日期，以后才入职的人到入职那天再添加",
                                  day=shown_date(draft.hired), today=shown_date(self.ctx.today)))
        aliases: list[str] = []
        held = {normalize_alias(a) for a in before.aliases} if before else set()
        for alias in (part for raw in draft.aliases for part in _alias_list(normalize_alias(raw), held)):
            if not alias:
                continue
            if alias in aliases:
                raise UserError(t("子账号「{alias}」重复填写了，请只留一个", alias=alias))
            if not all(alias.split(":")) and alias not in held:
                # 「 : 」 or 「旗舰店:」 names no account (one kept from an older version does not stop an edit)
                raise UserError(t("子账号「{alias}」的冒号前后都要有内容：请写成 店铺名:昵称（如 旗舰店:小美），或只写昵称",
                                  alias=alias))
            owner = self.store.staff.alias_owner(alias)
            if owner is not None and owner != staff_id:
                other = self.get(owner)
                raise UserError(t("子账号「{alias}」已属于 {who}：一个子账号只能属于一个人，请换一个子账号，或先在 {who} 的资料里删掉它",
                                  alias=alias, who=other.display()))
            if alias in names and alias != own:  # it would take that person's rows (a sub-account is matched
                # before a name); one's own name as one's sub-account picks one of namesakes, as the import advises
                raise UserError(t("子账号「{alias}」是员工 {who} 的姓名，不能作为别人的子账号", alias=alias,
                                  who=joined(p.display() for p in names[alias])))
            aliases.append(alias)
        for label, fen in ((t("基本工资"), draft.base_pay_fen), (t("岗位工资"), draft.post_pay_fen),
                           (t("津贴/补贴"), draft.allowance_fen)):
            if fen is not None and fen < 0:
                raise UserError(t("{label}不能为负数", label=label))
        return Staff(
            id=staff_id or 0, name=name, aliases=tuple(aliases), role=role, hired=draft.hired,
            birthday=draft.birthday, base_pay_fen=draft.base_pay_fen, post_pay_fen=draft.post_pay_fen,
            allowance_fen=draft.allowance_fen,
            in_awards=draft.in_awards if draft.in_awards is not None else before.in_awards if before else True,
        )


_HISTORY_WORDS = {
    "daily_value": lambda: t("每日数据"), "period_value": lambda: t("按时段导入的数据"),
    "pending_value": lambda: t("待核对的数据"), "target": lambda: t("月度目标"), "event": lambda: t("登记的事件"),
    "import": lambda: t("导入记录"), "award": lambda: t("评奖结果"), "award_manual": lambda: t("手动奖励或调整"),
    "flower": lambda: t("小红花记录"), "red_flag": lambda: t("小红旗记录"), "certificate": lambda: t("奖状"),
    "stints": lambda: t("离职后重新入职的记录"),
}


_DEPARTMENT_USE_WORDS = {
    "past_members": lambda: t("曾在这个部门的员工（见操作日志）"), "target": lambda: t("按部门设过的目标"),
    "plan_assignment": lambda: t("为它指定的奖励方案"), "red_flag": lambda: t("小红旗记录"),
    "award": lambda: t("评奖结果"), "award_manual": lambda: t("手动奖励或调整"), "certificate": lambda: t("奖状"),
}


def _numbers(value: object) -> list[object]:
    """The people a setting names: a list of numbers, or one number (0: nobody)."""
    return value if isinstance(value, list) else [value]


def _alias_list(line: str, held: set[str]) -> list[str]:
    """The sub-accounts written on one line: a sub-account has no comma, semicolon or 、 in it, so
    「旗舰店:小美，专营店:小美」 (as the staff list writes them) is two. One kept so by an older version stays whole."""
    if line in held:
        return [line]
    return [normalize_alias(part) for part in re.split(r"[,;、]", line)]


def _clean_name(text: str | None, field: str) -> str:
    name = " ".join(str(text or "").split())
    if not name:
        raise UserError(t("{field}不能为空", field=field))
    if len(name) > MAX_NAME:
        raise UserError(t("{field}太长（最多 {n} 个字）", field=field, n=MAX_NAME))
    return name


def _describe(person: Staff) -> dict[str, object]:
    return {
        "name": person.name, "aliases": list(person.aliases), "dept": person.dept, "role": person.role,
        "hired": person.hired, "left": person.left,
        "birthday": person.birthday.label() if person.birthday else None,
        "base_pay_fen": person.base_pay_fen, "post_pay_fen": person.post_pay_fen,
        "allowance_fen": person.allowance_fen, "in_awards": person.in_awards,
    }


def no_department(store: Store, name: str) -> UserError:
    """The refusal of a name no department has now; one a department had before a rename names what it is now."""
    renamed = store.departments.former_holder(normalize_dept_name(name))
    if renamed is not None:
        return UserError(t("没有部门「{name}」：它已改名为「{now}」", name=name, now=renamed.name))
    return UserError(t("没有部门「{name}」", name=name))
