"""The shop's flower scheme, read from its settings: who may issue, how many, for how long."""

from __future__ import annotations

from dataclasses import dataclass

from app import settings as declared
from app.domain import Staff, name_alike
from app.services.catalog import SettingService

LEADER, POOL = "leader", "pool"
CATEGORIES = ("客户服务", "创新改进", "帮助同事", "跨部门协作", "爱护公司财物", "诚实守信", "其他")


@dataclass(frozen=True)
class Scheme:
    leader_roles: tuple[str, ...]
    leader_quota: int
    extra_leaders: frozenset[int]
    manager_roles: tuple[str, ...]
    extra_managers: frozenset[int]
    pool_size: int
    pool_split: bool
    valid_months: int
    red_flag_pool: int
    red_flag_issuer: int  # 0: any leader

    @classmethod
    def from_settings(cls, settings: SettingService) -> Scheme:
        get = settings.get
        return cls(
            leader_roles=tuple(get(declared.FLOWER_LEADER_ROLES)),
            leader_quota=int(get(declared.FLOWER_LEADER_QUOTA)),
            extra_leaders=frozenset(int(i) for i in get(declared.FLOWER_EXTRA_LEADERS)),
            manager_roles=tuple(get(declared.FLOWER_MANAGER_ROLES)),
            extra_managers=frozenset(int(i) for i in get(declared.FLOWER_EXTRA_MANAGERS)),
            pool_size=int(get(declared.FLOWER_POOL_SIZE)),
            pool_split=get(declared.FLOWER_POOL_MODE) == "split",
            valid_months=int(get(declared.FLOWER_VALID_MONTHS)),
            red_flag_pool=int(get(declared.RED_FLAG_POOL)),
            red_flag_issuer=int(get(declared.RED_FLAG_ISSUER)),
        )

    def issuer_kind(self, person: Staff) -> str | None:
        """LEADER (own monthly quota), POOL (the managers' shared pool) or None (may not issue)."""
        role = name_alike(person.role)  # 「组 长」 typed in either place is 组长
        if person.id in self.extra_leaders or role in map(name_alike, self.leader_roles):
            return LEADER
        if person.id in self.extra_managers or role in map(name_alike, self.manager_roles):
            return POOL
        return None

    def may_issue_red_flags(self, person: Staff) -> bool:
        if self.red_flag_issuer:
            return person.id == self.red_flag_issuer
        return self.issuer_kind(person) == LEADER
