"""Issuing, transferring and revoking flowers and red flags; quotas; the two counts (received, held)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.domain import RedFlag, Staff, normalize_alias
from app.errors import ReasonRefused, UserError
from app.flowers import Flower, FlowerTransfer
from app.i18n import alternatives, joined, t
from app.periods import Month, Period, Year, add_months, shown_date
from app.recognition import expiring, leaders, standings
from app.recognition.scheme import CATEGORIES, LEADER, POOL, Scheme
from app.services.approved import ApprovedPeriodChange, approved_holding, counts_flowers, unconfirmed_message
from app.services.catalog import SettingService
from app.services.context import Context
from app.services.data import off_team
from app.sorting import chinese_order
from app.store import Store
from app.store.flowers import SlotTaken

MAX_REASON = 200
LATE_DAYS = 3  # on the 1st–3rd of a month a flower for last month's work may still be recorded


@dataclass(frozen=True)
class Quota:
    kind: str  # LEADER or POOL
    limit: int
    used: int
    pool_left: int | None = None  # POOL: what the whole pool has left this month

    @property
    def left(self) -> int:
        left = max(self.limit - self.used, 0)
        return left if self.pool_left is None else min(left, self.pool_left)


@dataclass(frozen=True)
class BoardEntry:
    staff: Staff
    received: int
    valid: int
    rank: int


class RecognitionService:
    def __init__(self, store: Store, ctx: Context, settings: SettingService):
        self.store = store
        self.ctx = ctx
        self.settings = settings

    @property
    def scheme(self) -> Scheme:
        return Scheme.from_settings(self.settings)

    # ---- quotas
    def quota(self, issuer: Staff, month: Month) -> Quota:
        scheme = self.scheme
        kind = scheme.issuer_kind(issuer)
        if kind is None:
            roles = alternatives(dict.fromkeys((*scheme.leader_roles, *scheme.manager_roles)))
            if not roles:
                raise UserError(t("{name} 不是小红花发放人（只有领导层和管理人员可以发放）", name=issuer.name))
            raise UserError(t("{name} 不是小红花发放人：只有岗位是{roles}的员工，或在「设置 → 看板与小红花」里加上的人，"
                              "可以发放", name=issuer.name, roles=roles))
        key = month.key()
        if kind == LEADER:
            return Quota(LEADER, scheme.leader_quota, len(self.store.flowers.used_slots(LEADER, issuer.id, key)))
        # every manager's flowers of the month count against the pool, whatever the mode when they were issued
        # (a split recalculated when a manager joins mid-month, or a switch of mode, must not overrun it)
        pool_left = max(scheme.pool_size - len(self.store.flowers.used_slots(POOL, None, key)), 0)
        if scheme.pool_split:  # what the manager gave before the pool was split counts against his share too
            return Quota(POOL, self._split_share(issuer, month),
                         self.store.flowers.pool_use_by_issuer(key).get(issuer.id, 0), pool_left)
        return Quota(POOL, scheme.pool_size, scheme.pool_size - pool_left)

    def _split_share(self, issuer: Staff, month: Month) -> int:
        """The pool split evenly among the month's pool issuers; the remainder goes to the lowest ids."""
        scheme = self.scheme
        managers = sorted(p.id for p in self.store.staff.list()
                          if scheme.issuer_kind(p) == POOL and p.employed_during(month.start, month.end))
        if issuer.id not in managers:
            return 0
        base, extra = divmod(scheme.pool_size, len(managers))
        return base + (1 if managers.index(issuer.id) < extra else 0)

    def issuers_on(self, day: date, people: list[Staff] | None = None) -> list[Staff]:
        """Who may give flowers on `day` (on the team then) among `people` (default: the staff list): the leaders
        (店长, 主管: their own quota) before the managers' pool, so the one offered first is the owner rather than
        a 组长 earlier on the staff list."""
        scheme = self.scheme
        team = [p for p in (self.store.staff.list() if people is None else people) if p.employed_on(day)]
        return [p for kind in (LEADER, POOL) for p in team if scheme.issuer_kind(p) == kind]

    def quota_text(self, issuer: Staff, month: Month) -> str:
        """What is left of the month's quota; a month other than today's is named (a flower dated last month
        spends last month's quota)."""
        quota = self.quota(issuer, month)
        pool = quota.kind == POOL and not self.scheme.pool_split
        if month.contains(self.ctx.today):
            if pool:
                return t("管理人员名额池本月剩余 {n} 朵（共 {limit} 朵）", n=quota.left, limit=quota.limit)
            return t("本月剩余 {n} 朵（共 {limit} 朵）", n=quota.left, limit=quota.limit)
        if pool:
            return t("管理人员名额池{month}剩余 {n} 朵（共 {limit} 朵）", month=month.shown_label(), n=quota.left,
                     limit=quota.limit)
        return t("{month}剩余 {n} 朵（共 {limit} 朵）", month=month.shown_label(), n=quota.left, limit=quota.limit)

    # ---- issuing
    def issue(self, issuer_id: int, recipient_id: int, reason: str, category: str = "客户服务",
              day: date | None = None, *, confirm_approved: bool = False) -> Flower:
        """A flower dated in a period whose awards are approved and count flowers (a late one for last month)
        is given only with `confirm_approved` (else `ApprovedPeriodChange`, nothing written), as data there."""
        day = day or self.ctx.today
        reason, issuer, recipient = self._issuable(issuer_id, recipient_id, reason, category, day)
        month = Month.of(day)
        scheme = self.scheme
        valid_through = add_months(day, scheme.valid_months)
        with self.store.atomic():
            quota = self.quota(issuer, month)  # read under the write lock
            if quota.left <= 0:
                if quota.kind == POOL and (quota.pool_left == 0 or not scheme.pool_split):
                    raise UserError(t("管理人员的小红花名额池 {month}已用完（{limit} 朵），下月再发", month=month.shown_label(),
                                      limit=scheme.pool_size))
                raise UserError(t("{name} {month}的小红花名额已用完（{limit} 朵），下月再发", name=issuer.name,
                                  month=month.shown_label(), limit=quota.limit))
            approved = self._approved_confirmed(day, confirm_approved, t("{day} 发给 {name} 的小红花",
                                                                         day=shown_date(day), name=recipient.name))
            owner = issuer.id if quota.kind == LEADER or scheme.pool_split else 0
            used = set(self.store.flowers.used_slots(quota.kind, owner, month.key()))
            slot = next(s for s in range(1, quota.limit + 1) if s not in used)
            number = self.store.flowers.next_number(f"HF-{day.year}-")
            try:
                self.store.flowers.insert(number, issuer.id, recipient.id, day, valid_through, reason, category,
                                          quota.kind, owner, month.key(), slot)
            except SlotTaken:
                raise UserError(t("刚才的名额已被别人用掉，{name} 本月名额已满", name=issuer.name)) from None
            self._log("flower.issue", t("{issuer} 发给 {recipient} 小红花 {number}：{reason}", issuer=issuer.name,
                      recipient=recipient.name, number=number, reason=reason),
                      {"number": number, "issuer": issuer.id, "recipient": recipient.id, "day": day, **approved})
        flower = self.store.flowers.by_number(number)
        assert flower is not None
        return flower

    def _issuable(self, issuer_id: int, recipient_id: int, reason: str, category: str,
                  day: date) -> tuple[str, Staff, Staff]:
        """The fact as kept and the two people, everything but the quota checked: what refuses a flower before
        the quota is counted or an approved month asked about."""
        reason = _short_text(reason, lambda count: t("事实依据太长：写了 {count} 个字，最多 {n} 个字", count=count,
                                                            n=MAX_REASON))
        if not reason:
            raise UserError(t("请写明发放小红花的事实依据（例如：主动跟进差评客户并挽回）"))
        if category not in CATEGORIES:
            raise UserError(t("类别只能是：{c}", c=joined(CATEGORIES)))
        self._check_day(day)
        issuer, recipient = self._person(issuer_id), self._person(recipient_id)
        if issuer.id == recipient.id:
            raise UserError(t("{name} 不能给自己发小红花", name=issuer.name))
        if not issuer.employed_on(day):
            raise UserError(t("{name} {day} 不在职（{when}），不能发放小红花", name=issuer.name, day=shown_date(day),
                              when=off_team(issuer, day)))
        if not recipient.employed_on(day):
            raise UserError(t("{name} {day} 不在职（{when}），不能获得小红花", name=recipient.name,
                              day=shown_date(day), when=off_team(recipient, day)))
        return reason, issuer, recipient

    def issue_to_several(self, issuer_id: int, recipient_ids: Sequence[int], reason: str, category: str = "客户服务",
                         day: date | None = None, *, confirm_approved: bool = False) -> list[Flower]:
        """A flower each for several people for one fact (a team effort): one action, all given or none; refused
        whole when the issuer's flowers left this month are fewer than the people."""
        recipients = list(dict.fromkeys(recipient_ids))  # one flower a person, however often named
        day = day or self.ctx.today
        for recipient in recipients:  # a fact, a date or a person refused before the quota or a question
            self._issuable(issuer_id, recipient, reason, category, day)
        with self.store.atomic():
            if len(recipients) > 1:
                issuer, month = self._person(issuer_id), Month.of(day)
                quota = self.quota(issuer, month)
                if 0 < quota.left < len(recipients):  # none left: the first flower says so, as one alone would
                    if quota.kind == POOL and not self.scheme.pool_split:
                        raise UserError(t("管理人员名额池{month}还剩 {left} 朵，不够发给 {n} 人：请少选几人",
                                          month=month.shown_label(), left=quota.left, n=len(recipients)))
                    raise UserError(t("{name} {month}还可发 {left} 朵，不够发给 {n} 人：请少选几人", name=issuer.name,
                                      month=month.shown_label(), left=quota.left, n=len(recipients)))
                # asked once, naming them all, rather than about the first of them
                self._approved_confirmed(day, confirm_approved, t("{day} 发给 {name} 的小红花", day=shown_date(day),
                                         name=joined(self._person(r).name for r in recipients)))
                confirm_approved = True
            return [self.issue(issuer_id, recipient, reason, category, day, confirm_approved=confirm_approved)
                    for recipient in recipients]

    def transfer(self, number: str, to_id: int, signed: str, reason: str = "", day: date | None = None) -> Flower:
        with self.store.atomic():  # read the holder under the write lock: two transfers cannot both pass
            return self._transfer(number, to_id, signed, reason, day or self.ctx.today)

    def check_transferable(self, flower: Flower, day: date | None = None) -> None:
        """Raises UserError saying why the flower cannot change hands at all (whoever it would go to): revoked,
        expired, or its holder has left and cannot sign."""
        day = day or self.ctx.today
        status = flower.status(day)
        if status == "revoked":
            raise UserError(t("小红花 {number} 已撤销，不能转让", number=flower.number))
        if status == "expired":
            raise UserError(t("小红花 {number} 已于 {d} 过期，不能转让", number=flower.number,
                              d=shown_date(flower.valid_through)))
        holder = self._person(flower.holder_id)
        if not holder.employed_on(day):
            raise UserError(t("持有人 {name} {day} 不在职（{when}），不能签名转让", name=holder.name, day=shown_date(day),
                              when=off_team(holder, day)))

    def _transfer(self, number: str, to_id: int, signed: str, reason: str, day: date) -> Flower:
        flower = self.get(number)
        self.check_transferable(flower, day)
        holder, to = self._person(flower.holder_id), self._person(to_id)
        if to.id == holder.id:
            raise UserError(t("{name} 已经持有这朵小红花", name=to.name))
        if not to.employed_on(day):
            raise UserError(t("{name} {day} 不在职（{when}），不能接收小红花", name=to.name, day=shown_date(day),
                              when=off_team(to, day)))
        if to.id == flower.issuer_id:  # the issuer would end up holding a flower they gave
            raise UserError(t("不能转让给发放这朵小红花的 {name} 本人", name=to.name))
        if normalize_alias(signed) != normalize_alias(holder.name):  # 「小　美」 is 小美, as names are compared
            raise UserError(t("转让需要持有人 {name} 本人签名确认：请输入持有人的姓名", name=holder.name))
        if day < (flower.transfers[-1].day if flower.transfers else flower.issued):
            raise UserError(t("转让日期不能早于上一次获得的日期"))
        reason = _short_text(reason, lambda count: t("转让理由太长：写了 {count} 个字，最多 {n} 个字", count=count,
                                                            n=MAX_REASON))
        self.store.flowers.add_transfer(flower.id, FlowerTransfer(holder.id, to.id, day, holder.name, reason))
        self._log("flower.transfer", t("小红花 {number} 由 {a} 转让给 {b}", number=flower.number, a=holder.name,
                  b=to.name), {"number": flower.number, "from": holder.id, "to": to.id, "day": day})
        return self.get(number)

    def revoke(self, number: str, reason: str, by_id: int | None = None, *, confirm_approved: bool = False) -> Flower:
        """Only the issuer (by_id) or an administrator (by_id None: the shop owner at the PC) may revoke. A flower
        counted in a period whose awards are approved is revoked only with `confirm_approved`, as it was given."""
        with self.store.atomic():  # checked and written under one write lock
            return self._revoke(number, reason, by_id, confirm_approved)

    def _revoke(self, number: str, reason: str, by_id: int | None, confirm_approved: bool) -> Flower:
        flower = self.get(number)
        reason = self._revocation_reason(
            flower, reason, by_id, revoked=t("小红花 {number} 已经撤销过了", number=flower.number),
            not_issuer=t("只有发放人或管理员可以撤销小红花 {number}", number=flower.number),
            missing=t("撤销小红花 {number} 需要写明原因", number=flower.number))
        approved = self._approved_confirmed(flower.issued, confirm_approved, t(
            "{day} 发给 {name} 的小红花", day=shown_date(flower.issued), name=self._person(flower.recipient_id).name))
        self.store.flowers.revoke(flower.id, self.ctx.user, reason)
        # the log names whose flower it was: the number alone says nothing to the owner reading it later
        names = {"issuer": self._person(flower.issuer_id).name, "recipient": self._person(flower.recipient_id).name,
                 "number": flower.number, "reason": reason}
        if flower.holder_id == flower.recipient_id:
            summary = t("撤销 {issuer} 发给 {recipient} 的小红花 {number}：{reason}", **names)
        else:
            summary = t("撤销 {issuer} 发给 {recipient} 的小红花 {number}（持有人 {holder}）：{reason}",
                        holder=self._person(flower.holder_id).name, **names)
        self._log("flower.revoke", summary, {"number": flower.number, "issuer": flower.issuer_id,
                                             "recipient": flower.recipient_id, "holder": flower.holder_id,
                                             "day": flower.issued, "reason": reason, **approved})
        return self.get(number)

    @staticmethod
    def _revocation_reason(item: Flower | RedFlag, reason: str, by_id: int | None, *, revoked: str, not_issuer: str,
                           missing: str) -> str:
        """The rules a flower and a red flag are revoked by: not twice, only by its issuer (by_id) or an
        administrator (by_id None), with a reason. Returns the reason as it is stored; the messages say which."""
        if item.revoked_at:
            raise UserError(revoked)
        if by_id is not None and by_id != item.issuer_id:
            raise UserError(not_issuer)
        reason = _short_text(reason, lambda count: t("撤销原因太长：写了 {count} 个字，最多 {n} 个字", count=count,
                                                            n=MAX_REASON))
        if not reason:
            raise ReasonRefused(missing)
        return reason

    # ---- red flags for departments
    def issue_red_flag(self, issuer_id: int, dept_name: str, reason: str, day: date | None = None) -> RedFlag:
        day = day or self.ctx.today
        self._check_day(day)
        issuer = self._person(issuer_id)
        scheme = self.scheme
        if not scheme.may_issue_red_flags(issuer):
            raise UserError(t("{name} 不是小红旗发放人", name=issuer.name))
        if not issuer.employed_on(day):
            raise UserError(t("{name} {day} 不在职（{when}），不能发放小红旗", name=issuer.name, day=shown_date(day),
                              when=off_team(issuer, day)))
        dept = self.store.departments.by_name(dept_name.strip())
        if dept is None:  # typed on the command line: say which there are
            raise UserError(t("没有部门「{name}」。现有部门：{names}", name=dept_name,
                              names=joined(d.name for d in self.store.departments.list()) or t("（无）")))
        reason = _short_text(reason, lambda count: t("小红旗的理由太长：写了 {count} 个字，最多 {n} 个字", count=count,
                                                            n=MAX_REASON))
        if not reason:
            raise UserError(t("请写明发放小红旗的理由"))
        month = Month.of(day).key()
        with self.store.atomic():
            used = set(self.store.red_flags.used_slots(month))
            if len(used) >= scheme.red_flag_pool:
                if Month.of(day).contains(self.ctx.today):
                    raise UserError(t("本月小红旗（{n} 面）已发完", n=scheme.red_flag_pool))
                raise UserError(t("{month}的小红旗（{n} 面）已发完", month=Month.of(day).shown_label(),
                                  n=scheme.red_flag_pool))  # one given late, for last month
            slot = next(s for s in range(1, scheme.red_flag_pool + 1) if s not in used)
            number = self.store.red_flags.next_number(f"HQ-{day.year}-")
            try:
                flag_id = self.store.red_flags.insert(number, issuer.id, dept.id, day, reason, month, slot)
            except SlotTaken:
                raise UserError(t("本月小红旗刚刚发完")) from None
            self._log("red_flag.issue", t("{issuer} 发给 {dept} 小红旗 {number}：{reason}", issuer=issuer.name,
                      dept=dept.name, number=number, reason=reason), {"number": number, "dept": dept.id})
        return RedFlag(flag_id, number, issuer.id, dept.id, day, reason)

    def red_flags_left(self, month: Month) -> tuple[int, int]:
        """(flags still to give in `month`, the month's pool): a revoked flag frees its place."""
        pool = self.scheme.red_flag_pool
        return max(pool - len(self.store.red_flags.used_slots(month.key())), 0), pool

    def revoke_red_flag(self, number: str, reason: str, by_id: int | None = None) -> RedFlag:
        """As `revoke` for a flower: only the issuer (by_id) or an administrator (by_id None), with a reason; the
        flag stays in the list as revoked and no longer takes a place in its month's pool."""
        with self.store.atomic():
            flag = self.red_flag(number)
            reason = self._revocation_reason(
                flag, reason, by_id, revoked=t("小红旗 {number} 已经撤销过了", number=flag.number),
                not_issuer=t("只有发放人或管理员可以撤销小红旗 {number}", number=flag.number),
                missing=t("撤销小红旗 {number} 需要写明原因", number=flag.number))
            self.store.red_flags.revoke(flag.id, self.ctx.user, reason)
            dept = next((d.name for d in self.store.departments.list() if d.id == flag.dept_id), "")
            self._log("red_flag.revoke", t("撤销 {issuer} 发给 {dept} 的小红旗 {number}：{reason}",
                                           issuer=self._person(flag.issuer_id).name, dept=dept,
                                           number=flag.number, reason=reason),
                      {"number": flag.number, "dept": flag.dept_id, "reason": reason})
            return self.red_flag(number)

    def earliest_day(self) -> date:
        """The earliest date a flower or a red flag may be recorded on: this month's first day, or last month's
        during the first LATE_DAYS days. A month's quota cannot be spent once the month is over."""
        this = Month.of(self.ctx.today)
        return this.shift(-1).start if self.ctx.today.day <= LATE_DAYS else this.start

    def approved_periods_on(self, day: date) -> list[Period]:
        """The approved award periods a flower given on `day` counts in (a late one for last month, in its first
        days) whose plans count flowers: giving or revoking it changes what was approved, which the 评奖 page
        then shows as a difference."""
        return [p for p in approved_holding(self.store, [day], baselines=False) if counts_flowers(self.store, p)]

    def _approved_confirmed(self, day: date, confirmed: bool, what: str) -> dict[str, list[str]]:
        """Refused with `ApprovedPeriodChange` when a flower of `day` counts in approved periods and that was not
        confirmed; else the audit row's mention of those periods."""
        periods = self.approved_periods_on(day)
        if periods and not confirmed:
            raise ApprovedPeriodChange(unconfirmed_message(what, [(p, False) for p in periods]), periods)
        return {"approved_periods": [p.key() for p in periods]} if periods else {}

    def _check_day(self, day: date) -> None:
        if day > self.ctx.today:
            raise UserError(t("发放日期 {day} 在今天之后", day=shown_date(day)))
        if day < self.earliest_day():
            raise UserError(t("发放日期 {day} 太早：只能记在本月（每月 1–{n} 日还可以补记上个月的），过去月份的名额不能再用",
                              day=shown_date(day), n=LATE_DAYS))

    # ---- reading
    def get(self, number: str) -> Flower:
        flower = self.store.flowers.by_number(number)
        if flower is None:
            raise UserError(t("没有编号为 {number} 的小红花", number=number))
        return flower

    def red_flag(self, number: str) -> RedFlag:
        flag = self.store.red_flags.by_number(number)
        if flag is None:
            raise UserError(t("没有编号为 {number} 的小红旗", number=number))
        return flag

    def red_flags(self, month: Month | None = None) -> list[RedFlag]:
        """The red flags issued in a month (every month: None), revoked ones included, in issue order."""
        return self.store.red_flags.between(month.start, month.end) if month else self.store.red_flags.all()

    def red_flags_by_department(self, month: Month) -> list[tuple[str, int]]:
        """(department, red flags it got in `month`, revoked ones not counted), most first, then by name: what
        the board, the TV and the poster show beside the team's progress."""
        return standings.red_flags_by_department(self.store, month)

    def flower_leaders(self, month: Month) -> list[leaders.FlowerLeader]:
        """The month's first three places by flowers received (revoked ones not counted): the TV and the poster."""
        return leaders.flower_leaders(self.store, month)

    def team_names(self, month: Month) -> dict[int, str]:
        """Everyone on the team in `month` named as the TV and the poster name them (`standings.team_names`)."""
        return standings.team_names(self.store, month)

    def ledger(self, person_id: int | None = None, month: Month | None = None) -> list[Flower]:
        flowers = self.store.flowers.between(month.start, month.end) if month else self.store.flowers.all()
        if person_id is not None:
            flowers = [f for f in flowers if person_id in (f.recipient_id, f.holder_id, f.issuer_id)
                       or any(person_id in (tr.from_id, tr.to_id) for tr in f.transfers)]
        return flowers

    def received(self, period: Period) -> dict[int, int]:
        """Flowers issued to each person in the period and not revoked (transfers do not change this)."""
        counts: dict[int, int] = {}
        for f in self.store.flowers.between(period.start, period.end):
            if not f.revoked_at:
                counts[f.recipient_id] = counts.get(f.recipient_id, 0) + 1
        return counts

    def held(self, today: date | None = None, everything: list[Flower] | None = None) -> dict[int, int]:
        """Valid flowers each person holds now (not revoked, not expired). `everything`: the whole ledger, when the
        caller has just read it."""
        today = today or self.ctx.today
        counts: dict[int, int] = {}
        for f in self.store.flowers.all() if everything is None else everything:
            if f.status(today) == "valid" and f.issued <= today:
                counts[f.holder_id] = counts.get(f.holder_id, 0) + 1
        return counts

    def about_to_expire(self, everything: list[Flower] | None = None) -> dict[int, expiring.Expiring]:
        """Each holder's valid flowers whose last valid day is near today (`expiring.NOTICE_DAYS`): to be said before
        they lapse. `everything`: the whole ledger, when the caller has just read it."""
        return expiring.by_holder(self.store.flowers.all() if everything is None else everything, self.ctx.today)

    def opening_year(self) -> int:
        """The year the 红花榜 shows when none is named (`standings.opening_board_year`)."""
        return standings.opening_board_year((f.issued for f in self.store.flowers.all()), self.ctx.today)

    def year_board(self, year: int) -> list[BoardEntry]:
        return self.board(Year(year))

    def board(self, period: Period) -> list[BoardEntry]:
        """The 红花榜 of a month, quarter or year: everyone employed in the period, ranked by flowers received in
        it; ties share a rank. The leadership (who give flowers from their own quota, the owner among them) is in
        the running only with a flower received."""
        received, held, scheme = self.received(period), self.held(), self.scheme
        people = [p for p in self.store.staff.list() if p.employed_during(period.start, period.end)
                  and (received.get(p.id) or scheme.issuer_kind(p) != LEADER)]
        people.sort(key=lambda p: (-received.get(p.id, 0), chinese_order(p.name), p.id))
        board: list[BoardEntry] = []
        for index, person in enumerate(people):
            count = received.get(person.id, 0)
            rank = board[-1].rank if board and board[-1].received == count else index + 1
            board.append(BoardEntry(person, count, held.get(person.id, 0), rank))
        return board

    def _person(self, staff_id: int) -> Staff:
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        return person

    def _log(self, action: str, summary: str, detail: dict) -> None:
        self.store.audit.add(self.ctx.user, action, summary, detail, pin_used=self.ctx.pin_used)


def _short_text(text: str, too_long: Callable[[int], str]) -> str:
    """A fact or a reason as it is kept (runs of spaces and line breaks made one space); one of more than
    MAX_REASON characters is refused with `too_long(count)`, the message saying how many were written, so the
    owner knows how much to cut."""
    text = " ".join(str(text).split())
    if len(text) > MAX_REASON:
        raise ReasonRefused(too_long(len(text)))
    return text
