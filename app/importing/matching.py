"""Which person a name in a report is: aliases (sub-accounts) first, then names, then the part after the
colon of a sub-account such as `旗舰店:小美` when it names exactly one person, and last the nickname part of the
aliases: `小美`, `旗舰店:小美` or `母婴店:小美` is the person whose alias is `小橙子旗舰店:小美` when exactly one
person's aliases end in `:小美` (two people sharing it is ambiguous: an error, never a guess). An alias that is
also someone else's name (the staff service refuses that; an older shop file may hold one) is ambiguous too,
unless its owner has that name himself: one of namesakes given his own name as sub-account is the one meant.
A sub-account found only by its part after the colon is `Match.by_nickname`: the preview asks about it
(`asks_about`), unless it is her name after one of the owner's shops.
A name two people share is still told apart by a row's days when only one of them was on the team then
(`employed_namesake`: the other has left, or was not hired yet)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain import Staff, normalize_alias
from app.i18n import joined, t


@dataclass(frozen=True)
class Match:
    staff_id: int | None
    key: str  # the normalised name, as the report wrote it
    reason: str = ""  # why there is no match (ambiguous name), empty otherwise
    # how it was found: "alias" (the whole key is a sub-account), "name", "tail" (the part after the colon is an
    # alias or a name), "nickname" (the part after the colon of someone's sub-account); "" when not found
    via: str = ""
    namesakes: tuple[int, ...] = ()  # the people sharing the name when that is why there is no match

    @property
    def whole_account(self) -> bool:
        """The key is one whole sub-account (店铺:昵称): found as such an alias, by its part after the colon
        being the person's name or alias (旗舰店:王芳 for 王芳), or not found (a new person's, or mapped by hand,
        and then that person's sub-account). Not a bare name, which may be a summary of all of the person's
        sub-accounts, nor another shop's sub-account matched only by its nickname."""
        return ":" in self.key and self.via in ("alias", "tail", "")

    @property
    def by_nickname(self) -> bool:
        """Found only by the part after the colon of a sub-account no one has: 别家店:小美 for the person named
        小美, or whose sub-account is 旗舰店:小美. It may be another shop's account (the owner's second shop, or a
        wrong shop's export), so the preview asks whose it is instead of counting it for her without a word. A
        registered sub-account, and a name without a shop (a 客服昵称 export has no shop names), are not."""
        return self.staff_id is not None and ":" in self.key and self.via in ("tail", "nickname")


class StaffMatcher:
    def __init__(self, people: list[Staff], extra_aliases: dict[str, int] | None = None):
        self._alias: dict[str, int] = {}
        self._names: dict[str, list[int]] = {}
        self._names_of: dict[int, str] = {}
        self._people: dict[int, Staff] = {}
        for person in people:
            self._names_of[person.id] = person.name
            self._people[person.id] = person
            for alias in person.aliases:
                self._alias[normalize_alias(alias)] = person.id
            self._names.setdefault(normalize_alias(person.name), []).append(person.id)
        for alias, staff_id in (extra_aliases or {}).items():
            self._alias[normalize_alias(alias)] = staff_id
        self._shops = {alias.rsplit(":", 1)[0].strip() for alias in self._alias if ":" in alias}  # the owner's shops
        self._nicknames: dict[str, dict[int, str]] = {}  # part after the colon → {person: the alias}
        for alias, staff_id in self._alias.items():
            nickname = _after_colon(alias)
            if nickname:
                self._nicknames.setdefault(nickname, {}).setdefault(staff_id, alias)
        self._cache: dict[str, Match] = {}

    def match(self, raw: object) -> Match:
        text = str(raw)
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._match(normalize_alias(text))
        return hit

    def _match(self, key: str) -> Match:
        hit = self._exact(key, key)
        if hit is not None:
            return hit
        if ":" in key:
            hit = self._exact(key.rsplit(":", 1)[1].strip(), key)  # 旗舰店:张伟 with two 张伟: never a new person
            if hit is not None:
                return hit
        owners = self._nicknames.get(_after_colon(key) or key, {})
        if len(owners) == 1:
            return Match(next(iter(owners)), key, via="nickname")
        if len(owners) > 1:  # 小鹿 when two people have a …:小鹿 sub-account: never guessed
            who = joined(t("{name}（{alias}）", name=self.name_of(i), alias=a) for i, a in sorted(owners.items()))
            return Match(None, key, t("可能是 {who} 的子账号，无法判断是谁：请在员工资料里把「{key}」添加为其中一位的子账号",
                                      key=key, who=who))  # after the row's 「小美」: not quoted twice
        return Match(None, key)

    def _exact(self, word: str, key: str) -> Match | None:
        """A whole alias or name: its person, an error when it could be more than one, None when it is neither."""
        ids = self._names.get(word, [])
        owner = self._alias.get(word)
        if owner is not None:
            others = [i for i in ids if i != owner]
            if not others or owner in ids:  # one of namesakes given his own name as sub-account: he is the one
                return Match(owner, key, via="alias" if word == key else "tail")
            # an alias equal to someone else's name (saved before that was refused): never guessed
            said = {"owner": self.display_of(owner), "names": joined(self.display_of(i) for i in others)}
            if word == key:  # the row quotes it just before
                return Match(None, key, t("既是 {owner} 的子账号，又是员工 {names} 的姓名，无法判断是谁：请在员工资料里"
                                          "删掉 {owner} 的这个子账号", **said))
            return Match(None, key, t("「{word}」既是 {owner} 的子账号，又是员工 {names} 的姓名，无法判断是谁：请在员工资料里"
                                      "删掉 {owner} 的这个子账号", word=word, **said))
        if len(ids) == 1:
            return Match(ids[0], key, via="name" if word == key else "tail")
        if len(ids) > 1 and word != key:  # 旗舰店:张伟: the sub-account can be given to one of them
            return Match(None, key, t("有 {n} 位员工叫「{name}」，无法区分：请在员工资料里为其中一位填写这个子账号",
                                      n=len(ids), name=word), via="tail", namesakes=tuple(ids))
        if len(ids) > 1:  # a bare name cannot be one namesake's sub-account: it would hide the other
            return Match(None, key, t("有 {n} 位员工叫「{name}」，无法区分：请在员工资料里修改其中一位的姓名"
                                      "（如「{name}（售后）」）", n=len(ids), name=word), via="name", namesakes=tuple(ids))
        return None

    def employed_namesake(self, match: Match, start: date, end: date) -> int | None:
        """The one of the namesakes a name could not tell apart who was on the team on a day from start to end
        (a row of a period report covers several); None when that is none of them, or more than one."""
        on_the_team = [i for i in match.namesakes if self._people[i].employed_during(start, end)]
        return on_the_team[0] if len(on_the_team) == 1 else None

    def whole_person(self, staff_id: int, key: str) -> bool:
        """`key` (no store) is the person's own name and the nickname of none of her sub-accounts: a row under it
        stands for her as a whole (her total, or a copy of one account), not for one account of hers."""
        match = self.match(key)
        if match.key != key or match.via != "name" or staff_id not in (match.staff_id, *match.namesakes):
            return False
        return not any(_after_colon(alias) == key for alias, owner in self._alias.items() if owner == staff_id)

    def asks_about(self, match: Match) -> bool:
        """Whether the preview asks whose a sub-account found by nickname only is. Not for her name after a shop
        some registered sub-account is in (旗舰店:王芳 when 旗舰店 is the owner's), nor when no sub-account names a
        shop (staff registered by name only): asking about every person's account of the shop's own export on
        every import would only be noise. The nickname of a sub-account in another shop is always asked about."""
        if not match.by_nickname:
            return False
        if match.via != "tail" or set(self._nicknames.get(_after_colon(match.key), ())) - {match.staff_id}:
            return True  # also her name when it is the nickname of someone else's sub-account
        return bool(self._shops) and match.key.rsplit(":", 1)[0].strip() not in self._shops

    def counts_without_asking(self, match: Match) -> bool:
        """The import counts the name's rows for someone without asking: her name, a sub-account of hers (also
        found by its part after the colon), namesakes told apart by day. Such a name is never skipped as no one's."""
        return (match.staff_id is not None or bool(match.namesakes)) and not self.asks_about(match)

    def name_of(self, staff_id: int) -> str:
        return self._names_of.get(staff_id, f"#{staff_id}")

    def told_apart(self, staff_id: int) -> str:
        """The person by her name, with her number only when someone else has that name too: 小美, 张伟（#1）."""
        shared = len(self._names.get(normalize_alias(self.name_of(staff_id)), [])) > 1
        return self.display_of(staff_id) if shared else self.name_of(staff_id)

    def display_of(self, staff_id: int) -> str:
        """The person as messages name them: 张三（#1）."""
        person = self._people.get(staff_id)
        return person.display() if person else f"#{staff_id}"

    def person(self, staff_id: int) -> Staff | None:
        return self._people.get(staff_id)


def _after_colon(key: str) -> str:
    """The nickname part of a sub-account (`小橙子旗舰店:小美` → `小美`); empty when there is no colon."""
    return key.rsplit(":", 1)[1].strip() if ":" in key else ""


def new_person_name(key: str) -> str:
    """The name a person created from an unknown sub-account gets: the part after the colon."""
    tail = key.rsplit(":", 1)[1].strip() if ":" in key else key
    return tail or key
