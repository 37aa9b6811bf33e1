"""Accounts that are no one's (the shop's robot 旗舰店:客服机器人, a shared 售前 account), set not to be imported: the
wizard's 以后导入也跳过这个账号 remembers one at commit, in the import's transaction; every later import, in the
wizard and on the command line, skips its rows and says so; 设置 → 导入 brings one back (恢复导入). A name that
becomes someone's name or sub-account (员工) is hers: it leaves the list. Each change is an audit row."""

from __future__ import annotations

from collections.abc import Iterable

from app.clock import stamp_on
from app.domain import Staff, normalize_alias
from app.errors import UserError
from app.i18n import joined, t
from app.importing.matching import StaffMatcher
from app.services.context import Context
from app.store import Store
from app.store.skipped_accounts import SkippedAccount


def remember(store: Store, ctx: Context, names: Iterable[str], import_id: int) -> list[str]:
    """Within the import's transaction: the names chosen to be skipped by every later import too. Returns those
    not remembered before. A name that became someone's meanwhile (员工 in another window) is hers, not kept."""
    keys = {normalize_alias(n) for n in names}
    added = [name for name in sorted(keys - _counted_for_someone(store, keys))
             if store.skipped_accounts.add(name, stamp_on(ctx.today), import_id)]
    if added:
        store.audit.add(ctx.user, "import.account_skip",
                        t("设置为不导入的账号：以后导入都跳过{names}的行（第 {id} 次导入时选择；可在 设置 → 导入 里恢复导入）",
                          names=joined(t("「{name}」", name=name) for name in added), id=import_id),
                        {"names": added, "import_id": import_id}, pin_used=ctx.pin_used)
    return added


def listed_of(store: Store, names: Iterable[str]) -> frozenset[str]:
    """Those of `names` on the list now (as it keeps them)."""
    return frozenset(normalize_alias(n) for n in names) & store.skipped_accounts.names()


def still_set_aside_note(store: Store, import_id: int) -> list[str]:
    """An undone import's names set not to be imported stay on the list (they say how an account is read, not what
    the file held): said, with where to bring one back."""
    names = [a.name for a in store.skipped_accounts.listed() if a.import_id == import_id]
    if not names:
        return []
    return [t("这次导入设置为不导入的账号仍然跳过：{names}，以后导入照样跳过它们的行；如要恢复导入，请到 设置 → 导入",
              names=joined(t("「{name}」", name=name) for name in sorted(names)))]


def release_owned(store: Store, ctx: Context, person: Staff) -> list[str]:
    """Within a change to `person`: the names set not to be imported that the import now counts for someone — her
    name or sub-account, or 旗舰店:her name — leave the list (the alias wins: her rows must not be skipped).
    Returns them."""
    released = [name for name in sorted(_counted_for_someone(store, store.skipped_accounts.names()))
                if store.skipped_accounts.remove(name)]
    if released:
        store.audit.add(ctx.user, "import.account_restore",
                        t("设置为不导入的账号：{names}现在是 {who} 的账号（姓名或子账号），导入时计入员工、不再跳过，从列表中移除",
                          names=joined(t("「{name}」", name=name) for name in released), who=person.name),
                        {"names": released, "staff_id": person.id, "reason": "staff"}, pin_used=ctx.pin_used)
    return released


def _counted_for_someone(store: Store, names: set[str] | frozenset[str]) -> set[str]:
    """Those of `names` the import counts for a person without asking, as `row_staff.staff_of_row` reads them."""
    if not names:  # most shops: no list, no staff to read on every change to a person
        return set()
    matcher = StaffMatcher(store.staff.list())
    return {name for name in names if matcher.counts_without_asking(matcher.match(name))}


class SkippedAccounts:
    """设置 → 导入's list of the accounts set not to be imported."""

    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx

    def listed(self) -> list[SkippedAccount]:
        return self.store.skipped_accounts.listed()

    def restore(self, name: str) -> str:
        """The next import reads the account's rows again (and asks whose they are when no one has the name).
        Returns the name as the list kept it."""
        name = normalize_alias(name)
        with self.store.atomic():
            if not self.store.skipped_accounts.remove(name):
                raise UserError(_not_listed(self.store, name))
            self.store.audit.add(self.ctx.user, "import.account_restore",
                                 t("设置为不导入的账号：恢复导入「{name}」，下次导入时重新读取它的行（已导入的数据不变）",
                                   name=name), {"names": [name], "reason": "restored"}, pin_used=self.ctx.pin_used)
        return name


def _not_listed(store: Store, name: str) -> str:
    """A name mistyped on the command line, or one another window brought back meanwhile: what the list holds."""
    names = sorted(store.skipped_accounts.names())
    listed = (t("现在的列表：{names}", names=joined(t("「{name}」", name=n) for n in names)) if names
              else t("现在没有设置为不导入的账号"))
    return t("「{name}」不在设置为不导入的账号里（可能已在别处恢复导入）。{listed}", name=name, listed=listed)
