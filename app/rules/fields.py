"""Reading a rule's fields from a plan file with clear Chinese errors naming the rule and the field."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from app.errors import FinerThanKept, UserError
from app.i18n import joined, t
from app.money import format_yuan, normalize_number_text, parse_decimal, parse_yuan, without_currency

_MISSING = object()
# how a plan file says 扣款, said after 「扣款」 in the refusal of a negative amount; the plan editor, which has no file,
# leaves it out
DEDUCTION_IN_FILE = "（方案文件中为 \"pays\": \"deduction\"）"
# the most one rule may pay or deduct at once: ¥100,000,000 typed for ¥100 (extra zeros) would otherwise pass
MAX_PAYOUT_FEN = 1_000_000 * 100


class Fields:
    """The fields of one JSON object; `finish()` refuses any field nobody asked for (a typo)."""

    def __init__(self, data: object, where: str, prefix: str = "", *, stored: bool = False):
        if not isinstance(data, dict):
            raise UserError(t("{where}：{field}应为一个对象 {{…}}", where=where, field=prefix or "规则"))
        self.data: dict[str, Any] = data
        self.where = where
        self.prefix = prefix
        self.used: set[str] = set()
        # a plan the shop stored: an amount finer than the fen, accepted (rounded) before such amounts were
        # refused, is rounded again, so an upgrade does not stop its awards from being computed
        self.stored = stored

    def name(self, field: str) -> str:
        return f"{self.prefix}{field}"

    def error(self, field: str, problem: str) -> UserError:
        return UserError(t("{where}：字段「{field}」{problem}", where=self.where, field=self.name(field),
                           problem=problem))

    def has(self, field: str) -> bool:
        return field in self.data and self.data[field] is not None

    def raw(self, field: str, default: Any = _MISSING) -> Any:
        self.used.add(field)
        value = self.data.get(field)
        if value is None:
            if default is _MISSING:
                raise self.error(field, t("缺失"))
            return default
        return value

    def text(self, field: str, default: Any = _MISSING) -> Any:
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, str) or not value.strip():
            raise self.error(field, t("应为非空文字"))
        return value.strip()

    def boolean(self, field: str, default: bool = False) -> bool:
        value = self.raw(field, default)
        if not isinstance(value, bool):
            raise self.error(field, t("应为 true 或 false"))
        return value

    def choice(self, field: str, choices: dict[str, str], default: Any = _MISSING) -> str:
        """`choices` maps every accepted spelling (English key or Chinese word) to its key."""
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        key = choices.get(str(value).strip()) if isinstance(value, str) else None
        if key is None:
            accepted = joined(dict.fromkeys(choices.values()))
            raise self.error(field, t("的值「{value}」无效，可选：{accepted}", value=value,
                                      accepted=accepted))
        return key

    def decimal(self, field: str, default: Any = _MISSING, *, minimum: Decimal | None = None,
                positive: bool = False, yuan: bool = False) -> Any:
        """A number as the grids read one (`2,000`, `1.5万`, `5千`); `yuan`: a money metric's, so `¥12,500` too."""
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        number = _to_decimal(without_currency(value) if yuan and isinstance(value, str) else value)
        if number is None:
            raise self.error(field, t("的值「{value}」不是数字", value=value))
        if positive and number <= 0:
            raise self.error(field, t("应大于 0"))
        if minimum is not None and number < minimum:
            raise self.error(field, t("不能小于 {minimum}", minimum=minimum))
        return number

    def integer(self, field: str, default: Any = _MISSING, *, minimum: int | None = None) -> Any:
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str):  # "5千", "1,000" as the grids read them; never an exponent: int("1e999999") hangs
            number = _grid_number(value)
            if number is not None and number == number.to_integral_value():
                value = int(number)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(field, t("应为整数"))
        if minimum is not None and value < minimum:
            raise self.error(field, t("不能小于 {minimum}", minimum=minimum))
        return value

    def money(self, field: str, default: Any = _MISSING, *, positive: bool = False, payout: bool = True) -> Any:
        """An amount in yuan (`200`, `"¥1,500"`, `0.5`) → fen; never negative, a payout (not a threshold on
        sales) at most MAX_PAYOUT_FEN."""
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
            raise self.error(field, t("应为金额（元），例如 200"))
        try:
            fen = parse_yuan(str(value), field=self.name(field), exact=not self.stored)
        except FinerThanKept:
            raise self.error(field, t("的值「{value}」细于 1 分：金额最多两位小数", value=value)) from None
        except UserError:
            raise self.error(field, t("的值「{value}」不是有效的金额（元）", value=value)) from None
        if fen < 0:
            raise self.error(field, t("金额不能为负数；要扣钱，请用可以扣款的规则（如「按次」），把「发放」选为「扣款」"
                                      "{in_file}，金额仍写正数", in_file=t(DEDUCTION_IN_FILE)))
        if positive and fen == 0:
            raise self.error(field, t("金额应大于 0"))
        if payout and fen > MAX_PAYOUT_FEN and not self.stored:
            raise self.error(field, t("的值「{value}」超过 {most}：一条规则一次发放不会这么多，请检查是否多打了 0",
                                      value=value, most=format_yuan(MAX_PAYOUT_FEN)))
        return fen

    def percent(self, field: str, default: Any = _MISSING) -> Any:
        """`35`, `"35%"`, `0.5` (per cent) → Fraction(35, 100)."""
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        text = value if isinstance(value, str) else None
        number = _to_decimal(text.rstrip("%") if text else value)
        if number is None:
            raise self.error(field, t("的值「{value}」不是百分数", value=value))
        if number < 0:
            raise self.error(field, t("不能为负数"))
        return Fraction(number) / 100

    def objects(self, field: str, *, required: bool = True) -> list[Fields]:
        value = self.raw(field, _MISSING if required else [])
        if not isinstance(value, list) or (required and not value):
            raise self.error(field, t("应为非空列表 […]"))
        return [Fields(item, self.where, f"{self.name(field)}[{i + 1}].", stored=self.stored)
                for i, item in enumerate(value)]

    def strings(self, field: str, default: Any = _MISSING) -> Any:
        value = self.raw(field, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(field, t("应为文字列表，例如 [\"客服部\"]"))
        return tuple(v.strip() for v in value)

    def sub(self, field: str) -> Fields:
        return Fields(self.raw(field), self.where, f"{self.name(field)}.", stored=self.stored)

    def finish(self) -> None:
        unknown = [k for k in self.data if k not in self.used and not k.startswith("_")]
        if unknown:
            raise self.error(unknown[0], t("不认识（拼写错误？）"))


def _to_decimal(value: object) -> Decimal | None:
    """A plan's number, read as app.money reads one typed into a grid (`12,500`, `1.5万`, `5千`), exactly; an
    exponent (`1e3`), which a plan file could hold before, is still read."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if not isinstance(value, str):
        return None
    number = _grid_number(value)
    if number is not None:
        return number
    try:
        number = Decimal(normalize_number_text(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _grid_number(text: str) -> Decimal | None:
    try:
        return parse_decimal(text)
    except UserError:
        return None
