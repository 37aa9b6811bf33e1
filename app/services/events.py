"""The events ledger: dated, per-person records that rules later count, sum and filter."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from app.domain import Staff, name_alike, normalize_name
from app.errors import UserError
from app.event_attrs import (
    attribute_key,
    describe_attr_name,
    describe_attrs,
    parse_percent_attr,
    percent_attributes,
    percent_readings,
    shown_attribute_names,
)
from app.events import Event, EventType
from app.i18n import bracketed, joined, t
from app.money import format_yuan, parse_decimal
from app.periods import shown_date
from app.resources import data_path
from app.services.approved import check_confirmed
from app.services.context import Context
from app.services.data import off_team
from app.store import Store

_KEY = r"[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]{0,30}"
# a name ends at its = or its colon; a colon between two digits is a time's or a ratio's (10:30, 3:1), never a name's
_NAME_END = re.compile(r"=|(?<!\d):|:(?!\d)")


class _Patterns(NamedTuple):
    attr_key: re.Pattern[str]
    # between two attributes on one line: a comma or semicolon (、 too) followed by the next 名称= (名称: on a line
    # written with colons), so 「备注=退款，原因:破损」 stays one value
    before_equals: re.Pattern[str]
    before_colon: re.Pattern[str]
    # in a value written after =, a space and another 名称=: two attributes, or one whose value holds an equals sign?
    space_before_equals: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """A name is a key (`margin`) or a name the window shows an attribute under, spaces and all (`paid in full?`,
    the English list's 全款): typed back as shown, it is read as the attribute."""
    shown = "|".join(re.escape(n) for n in sorted(shown_attribute_names(), key=len, reverse=True))
    name = rf"(?:{shown}|{_KEY})" if shown else _KEY
    return _Patterns(re.compile(rf"^{name}$", re.IGNORECASE),
                     re.compile(rf"(?:\s*[,;、])+\s*(?={name}\s*=)", re.IGNORECASE),
                     re.compile(rf"(?:\s*[,;、])+\s*(?={name}\s*(?:(?<!\d):|:(?!\d)))", re.IGNORECASE),
                     re.compile(rf"\s({name})\s*=", re.IGNORECASE))


@lru_cache(maxsize=1)
def builtin_event_types() -> tuple[EventType, ...]:
    raw = json.loads(data_path("event_types.json").read_text(encoding="utf-8"))
    return tuple(EventType(**e, builtin=True) for e in raw["event_types"])


def _bracketed_list(held: str) -> str:
    """「（金额 ¥73.50；备注 配件）」 after an added event's 操作日志 summary; "" for nothing."""
    return t("（{held}）", held=held) if held else ""


def _kind(polarity: str) -> str:
    """Whether a type adds or deducts points, as the 操作日志 says it (the words of 设置 → 事件类型)."""
    return {"positive": t("正面（加分）"), "negative": t("负面（扣分）"), "neutral": t("中性（记录）")}[polarity]


def parse_attrs(pairs: list[str]) -> dict[str, str]:
    """`["margin=38%", "paid=yes"]` → {"margin": "38%", "paid": "yes"}. Typed with a Chinese input method too:
    `margin＝38%`, `毛利率：38%` (the name ends at its first = or colon), several on one line (`margin=38%，paid=yes`:
    a comma or semicolon before the next `名称=`, or `名称：` on a line written with colons). A name is stored in
    lower case, as the rules' filters and the list's labels name it (`Paid=yes` → paid; typed by its shown name,
    `毛利率：38%` → margin); given twice with two values
    (compared as the filters compare them, so `A=1, a=2` is twice), or without a value, it is refused."""
    attrs: dict[str, str] = {}
    patterns = _patterns()
    for line in (line for typed in pairs for line in str(typed).splitlines()):  # an --attr holding lines: as the dialog
        text = unicodedata.normalize("NFKC", line).strip().rstrip(",;、").rstrip()  # 「paid=yes，」: a comma too many
        first = _NAME_END.search(text)
        for pair in (patterns.before_colon if first and first.group() == ":" else patterns.before_equals).split(text):
            end = _NAME_END.search(pair)
            key, value = (pair[:end.start()].strip(), pair[end.end():].strip()) if end else ("", "")
            if not end or not patterns.attr_key.match(key):
                raise UserError(t("属性「{pair}」格式不对，应为 名称=值，例如 毛利率=38%", pair=pair.strip()))
            if not value:
                raise UserError(t("属性「{key}」没有值：请写成 名称=值（例如 全款=是），或删掉这一项", key=key))
            if end.group() == "=" and (inner := patterns.space_before_equals.search(value)):
                raise UserError(t("属性「{key}」的值「{value}」里还有「{inner}=」：是两项请用逗号隔开（{key}={first}，"
                                  "{second}），是一项请用冒号写（{key}：{value}）", key=key, value=value,
                                  inner=inner.group(1), first=value[:inner.start()].strip(),
                                  second=value[inner.start():].strip()))
            key = attribute_key(key.lower())
            if attrs.get(key, value).lower() != value.lower():
                raise UserError(t("属性「{key}」填了两次：{a} 和 {b}，请只留一个", key=key, a=attrs[key], b=value))
            attrs.setdefault(key, value)
    return attrs


def attr_lines(attrs: dict[str, str]) -> list[str]:
    """An event's attributes as lines to correct, named as the list names them (毛利率=38%), each written so that
    `parse_attrs` reads it back as stored: a value holding a comma or a space and then `名称=` with a colon, as it
    had to be typed (`原因：好评率低于95%，客户=老客`), where `=` would read two attributes or be refused."""
    return [_attr_line(describe_attr_name(key), key, value) for key, value in attrs.items()]


def _attr_line(name: str, key: str, value: str) -> str:
    for line in (f"{name}={value}", f"{name}：{value}"):
        try:
            if parse_attrs([line]) == {key: value}:
                return line
        except UserError:
            continue
    return f"{name}={value}"


def _check_percent_attrs(type_name: str, attrs: dict[str, str], holds_percentages: Callable[[str], bool]) -> None:
    """A percentage attribute typed as a bare number below 1 is refused with its two readings: `margin=0.35`
    was read as 0.35% where 35% was almost surely meant; one with a % sign that is no number (`abc%`, `约30%`) is
    refused too, where the attribute holds percentages (`holds_percentages`) — a reason or an offer written in
    words (`原因=好评率低于95%`) is text. Events stored earlier keep their text; the commission rule names such a
    value instead of reading it."""
    for key, value in attrs.items():
        name = describe_attr_name(key)
        if unicodedata.normalize("NFKC", value).strip().endswith("%") and parse_percent_attr(value) is None \
                and holds_percentages(key):
            raise UserError(t("{type}的属性 {attr}「{value}」不是百分数：请写成数字加 %，例如 {key}=38%",
                              type=type_name, attr=key if name == key else bracketed(key, name), key=key,
                              value=value))
        if key in percent_attributes() and (readings := percent_readings(value)):
            raise UserError(t("{type}的属性 {attr}「{value}」没写 %：是 {a} 还是 {b}？请写上 %，例如 {key}={a}",
                              type=type_name, attr=key if name == key else bracketed(key, name), key=key,
                              value=value, a=readings[0], b=readings[1]))


class EventService:
    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx

    def types(self) -> list[EventType]:
        """Built-in and the shop's own, each with the name a rename gave it (`EventType.label`)."""
        shown = self.store.events.shown_names()
        return [replace(e, shown_name=shown.get(e.name, "")) for e in
                (*builtin_event_types(), *self.store.events.custom_types())]

    def type_named(self, name: str) -> EventType:
        """The type typed by its name as shown or by its stored name (what a plan's rule and earlier commands say)."""
        types = self.types()
        for event_type in types:
            if name.strip() in (event_type.label, event_type.name):
                return event_type
        names = joined(e.label for e in types)
        raise UserError(t("没有事件类型「{name}」。可用的类型：{names}", name=name, names=names))

    def shown_type(self, name: str) -> str:
        """A stored type name as the window shows it (`EventType.label`)."""
        return self.store.events.shown_names().get(name, name)

    def _refuse_a_name_taken(self, clean: str, types: list[EventType]) -> None:
        """Refused when another type has the name, as shown or as stored, spaces or case aside (好评 返现 is 好评返现):
        two types read alike, or a rule naming one would count the other's events."""
        same = next((e for e in types if name_alike(clean) in (name_alike(e.name), name_alike(e.label))), None)
        if same is not None:
            raise UserError(t("事件类型「{name}」已存在：请换一个名称，或直接选用它", name=same.label))

    def add_type(self, name: str, polarity: str, description: str = "") -> EventType:
        clean = normalize_name(name)
        if not clean:
            raise UserError(t("事件类型名称不能为空"))
        self._refuse_a_name_taken(clean, self.types())
        if polarity not in ("positive", "negative", "neutral"):
            raise UserError(t("事件性质只能是 positive、negative 或 neutral"))
        event_type = EventType(clean, polarity, description.strip(), builtin=False)
        with self.store.atomic():
            self.store.events.add_custom_type(event_type)
            added = t("新增事件类型 {name}：{kind}", name=clean, kind=_kind(polarity))
            self.store.audit.add(self.ctx.user, "event_type.add", added, pin_used=self.ctx.pin_used)
        return event_type

    def rename_type(self, name: str, new_name: str) -> EventType:
        """An event type shown by another name (built-in or the shop's own). Its stored name stays: the events
        recorded, the plans' rules that count them and the approved periods all hold it, so none of them changes;
        the new name is what the window, the commands and the plan editor show, and typed it finds the type.
        Renamed back to its stored name, it is shown by that again."""
        event_type = self.type_named(name)
        clean = normalize_name(new_name)
        if not clean:
            raise UserError(t("事件类型名称不能为空"))
        if clean == event_type.label:
            return event_type
        self._refuse_a_name_taken(clean, [e for e in self.types() if e.name != event_type.name])
        with self.store.atomic():
            self.store.events.set_shown_name(event_type.name, None if clean == event_type.name else clean)
            self.store.audit.add(self.ctx.user, "event_type.rename",
                                 t("事件类型 {old} 改名为 {new}", old=event_type.label, new=clean),
                                 {"name": event_type.name, "from": event_type.label, "to": clean},
                                 pin_used=self.ctx.pin_used)
        return replace(event_type, shown_name="" if clean == event_type.name else clean)

    def add(self, day: date, staff_id: int, type_name: str, *, amount_fen: int | None = None,
            value: Decimal | str | None = None, attrs: dict[str, str] | None = None, note: str = "",
            confirm_approved: bool = False) -> Event:
        """Record an event; one dated in a period whose awards are approved only with `confirm_approved` (else
        `ApprovedPeriodChange`), as data typed or imported."""
        event_type, person, value = self._checked(day, staff_id, type_name, value, attrs or {})
        with self.store.atomic():
            approved = check_confirmed(self.store, [day], confirm_approved,
                                       t("{day} {name}的{type}", day=shown_date(day), name=person.name,
                                         type=event_type.label),
                                       baselines=False, people=[person], event_types=[event_type.name])
            event_id = self.store.events.add(day, staff_id, event_type.name, amount_fen, value, attrs or {},
                                             note.strip())
            event = self.store.events.get(event_id)
            assert event is not None
            self.store.audit.add(self.ctx.user, "event.add", t("{day} {name}：{type}", day=shown_date(day),
                                 name=person.display(), type=event_type.label) + _bracketed_list(self._held(event)),
                                 {"id": event_id, "staff_id": staff_id, "amount_fen": amount_fen, "value": value,
                                  "attrs": attrs, "note": note, **({"approved_periods": approved} if approved else {})},
                                 pin_used=self.ctx.pin_used)
        return event

    def edit(self, event_id: int, day: date, staff_id: int, type_name: str, *, amount_fen: int | None = None,
             value: Decimal | str | None = None, attrs: dict[str, str] | None = None, note: str = "",
             confirm_approved: bool = False) -> Event:
        """Correct a recorded event in place (a mistyped amount, the wrong person or day), checked as a new one
        is; a change touching a period whose awards are approved — on the old day or the new — only with
        `confirm_approved` (else `ApprovedPeriodChange`)."""
        before = self.store.events.get(event_id)
        if before is None:
            raise UserError(t("没有编号为 {id} 的事件", id=event_id))
        event_type, person, value = self._checked(day, staff_id, type_name, value, attrs or {})
        after = Event(id=event_id, day=day, staff_id=staff_id, type=event_type.name, amount_fen=amount_fen,
                      value=value, attrs=dict(attrs or {}), note=note.strip())
        if after == before:  # saved as it was: nothing changes, nothing for the 操作日志
            return before
        people = [p for p in (self.store.staff.get(i) for i in {before.staff_id, staff_id}) if p is not None]
        with self.store.atomic():
            approved = check_confirmed(self.store, sorted({before.day, day}), confirm_approved,
                                       t("事件 #{id}（{day} {type}）", id=event_id, day=shown_date(before.day),
                                         type=self.shown_type(before.type)),
                                       baselines=False, people=people, event_types={before.type, event_type.name})
            self.store.events.update(after)
            self.store.audit.add(self.ctx.user, "event.edit", t("修改事件 #{id}（{day} {name}：{type}）：{changes}",
                                 id=event_id, day=shown_date(day), name=person.display(), type=event_type.label,
                                 changes=joined(self._changes(before, after), separator="；")),
                                 {"before": before.__dict__, "after": after.__dict__,
                                  **({"approved_periods": approved} if approved else {})},
                                 pin_used=self.ctx.pin_used)
        return after

    def _changes(self, before: Event, after: Event) -> list[str]:
        """What a correction changed, each field as 金额 ¥73.50 → ¥735.00, for the 操作日志 (which shows no detail)."""
        old, new = self._shown_fields(before), self._shown_fields(after)
        said = {"day": t("日期 {old} → {new}", old=old["day"], new=new["day"]),
                "staff_id": t("员工 {old} → {new}", old=old["staff_id"], new=new["staff_id"]),
                "type": t("类型 {old} → {new}", old=old["type"], new=new["type"]),
                "amount_fen": t("金额 {old} → {new}", old=old["amount_fen"], new=new["amount_fen"]),
                "value": t("数值 {old} → {new}", old=old["value"], new=new["value"]),
                "attrs": t("属性 {old} → {new}", old=old["attrs"], new=new["attrs"]),
                "note": t("备注 {old} → {new}", old=old["note"], new=new["note"])}
        return [line for key, line in said.items() if getattr(before, key) != getattr(after, key)]

    def _held(self, event: Event) -> str:
        """What an event holds besides its day, person and type, for the 操作日志 row of its adding or deleting
        (the window shows no detail: a deleted event could not be typed again from it): 「金额 ¥73.50；备注 配件」,
        "" when it holds nothing more."""
        shown = self._shown_fields(event)
        said = [line for filled, line in ((event.amount_fen is not None, t("金额 {value}", value=shown["amount_fen"])),
                                          (event.value is not None, t("数值 {value}", value=shown["value"])),
                                          (bool(event.attrs), t("属性 {value}", value=shown["attrs"])),
                                          (bool(event.note), t("备注 {value}", value=shown["note"]))) if filled]
        return joined(said, separator="；")

    def _shown_fields(self, event: Event) -> dict[str, str]:
        person = self.store.staff.get(event.staff_id)
        shown = {"day": shown_date(event.day), "staff_id": person.display() if person else f"#{event.staff_id}",
                 "type": self.shown_type(event.type), "amount_fen": format_yuan(event.amount_fen) if event.amount_fen is not None else "",
                 "value": str(event.value) if event.value is not None else "", "attrs": describe_attrs(event.attrs),
                 "note": event.note}
        return {key: text or t("空") for key, text in shown.items()}

    def _checked(self, day: date, staff_id: int, type_name: str, value: Decimal | str | None,
                 attrs: dict[str, str]) -> tuple[EventType, Staff, Decimal | None]:
        """An event's type, person and number as it may be recorded; a `UserError` saying why it may not."""
        event_type = self.type_named(type_name)
        person = self.store.staff.get(staff_id)
        if person is None:
            raise UserError(t("没有编号为 {id} 的员工", id=staff_id))
        if isinstance(value, str):
            value = parse_decimal(value, field=t("数值")) if value.strip() else None
        if value is not None and value != value.quantize(Decimal("0.01")):
            raise UserError(t("数值最多两位小数：{value}", value=value))
        if day > self.ctx.today:
            raise UserError(t("事件日期 {day} 在今天之后：请在事件发生后记录，日期填今天或更早", day=shown_date(day)))
        if not person.employed_on(day):  # as a value for that day: rules would count it
            raise UserError(t("{name} {day} 不在职（{when}），不能记录事件", name=person.name, day=shown_date(day),
                              when=off_team(person, day)))
        _check_percent_attrs(event_type.label, attrs, lambda key: key in percent_attributes() or
                             key in self.percent_attributes().get(event_type.name, ()))
        return event_type, person, value

    def delete(self, event_id: int, *, confirm_approved: bool = False) -> None:
        event = self.store.events.get(event_id)
        if event is None:
            raise UserError(t("没有编号为 {id} 的事件", id=event_id))
        person = self.store.staff.get(event.staff_id)
        with self.store.atomic():
            approved = check_confirmed(self.store, [event.day], confirm_approved,
                                       t("事件 #{id}（{day} {type}）", id=event_id, day=shown_date(event.day), type=self.shown_type(event.type)),
                                       baselines=False, people=[person] if person else None, event_types=[event.type])
            self.store.events.delete(event_id)
            whose = person.display() if person else f"#{event.staff_id}"
            held = self._held(event)
            what = {"id": event_id, "day": shown_date(event.day), "name": whose, "type": self.shown_type(event.type)}
            said = t("删除事件 #{id}（{day} {name}：{type}；{held}）", held=held, **what) if held else \
                t("删除事件 #{id}（{day} {name}：{type}）", **what)
            self.store.audit.add(self.ctx.user, "event.delete", said,
                                 {"event": event.__dict__, **({"approved_periods": approved} if approved else {})},
                                 pin_used=self.ctx.pin_used)

    def delete_many(self, event_ids: list[int], *, confirm_approved: bool = False) -> None:
        """Delete several events as one action: all of them, or (on any error) none."""
        with self.store.atomic():
            events = [e for e in (self.store.events.get(i) for i in event_ids) if e is not None]
            people = [self.store.staff.get(i) for i in {e.staff_id for e in events}]
            check_confirmed(self.store, [e.day for e in events], confirm_approved,
                            t("删除的 {n} 条事件", n=len(event_ids)), baselines=False,
                            people=None if None in people else people, event_types={e.type for e in events})
            for event_id in event_ids:
                self.delete(event_id, confirm_approved=True)

    def percent_attributes(self) -> dict[str, list[str]]:
        """Per event type, the attributes whose every recorded value is a percentage (`margin=38%`), most
        used first: what a commission can tier by (`paid=yes` cannot)."""
        used: dict[tuple[str, str], int] = {}
        other: set[tuple[str, str]] = set()
        for type_name, key, value, n in self.store.events.attribute_values():
            if parse_percent_attr(str(value)) is None:
                other.add((type_name, key))
            used[(type_name, key)] = used.get((type_name, key), 0) + n
        found: dict[str, list[str]] = {}
        for type_name, key in sorted((k for k in used if k not in other), key=lambda k: (-used[k], k)):
            found.setdefault(type_name, []).append(key)
        return found

    def between(self, start: date, end: date, staff_id: int | None = None) -> list[Event]:
        return self.store.events.between(start, end, staff_id)
