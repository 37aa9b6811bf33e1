"""Shop settings, each declared once: key, type, default, Chinese label."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.i18n import t


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    label: str
    choices: tuple[str, ...] = ()


SHOP_NAME = Setting("shop_name", str, "我的淘宝店", "店铺名称")
HEADLINE_METRIC = Setting("headline_metric", str, "sales", "看板主要指标")
BOARD_SORT = Setting("board_sort", str, "achievement", "看板排序", ("achievement", "name", "dept"))
LANGUAGE = Setting("language", str, "zh", "界面语言", ("zh", "en"))

ALL = (SHOP_NAME, HEADLINE_METRIC, BOARD_SORT, LANGUAGE)
BY_KEY = {s.key: s for s in ALL}


def validate(setting: Setting, value: object) -> object:
    if not isinstance(value, setting.type):
        raise UserError(t("设置「{label}」的值类型不对", label=setting.label))
    if setting.choices and value not in setting.choices:
        raise UserError(t("设置「{label}」只能是：{choices}", label=setting.label, choices="、".join(setting.choices)))
    if setting.type is str and not str(value).strip() and setting is SHOP_NAME:
        raise UserError(t("店铺名称不能为空"))
    return value
