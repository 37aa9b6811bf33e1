"""Shop settings, each declared once: key, type, default, Chinese label."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.domain import name_alike, normalize_name
from app.errors import UserError
from app.i18n import joined, t


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    label: str
    choices: tuple[str, ...] = ()  # a dict setting's values are its choices
    choice_labels: tuple[str, ...] = ()  # how each choice is shown, in the same order
    item: type = str  # the type of a list setting's items
    # a viewing choice (how the board is sorted, what it measures): remembered without an audit row, since it
    # changes nothing of the shop's data (SettingService.remember)
    preference: bool = False
    holds_metric: bool = False  # the value is a metric's key: the audit log shows the metric's name
    low: int = 0  # the range of a number (the form's spin box takes it too)
    high: int = 100_000
    # how 0 or "" is shown when it means something: 「不轮换」 (a number may then be 0, below its range), 「当前屏幕」
    empty: str = ""
    group: str = ""  # the form it stands in, when its label alone does not say what it is about (电视模式)

    @property
    def shown_label(self) -> str:
        """The label in the messages' language (the window translates `label` with its own catalogue), after its
        group's name where it has one, so the audit log's 「刷新间隔（分钟）」 says which."""
        if self.group:
            return t("{group}：{label}", group=t(self.group), label=t(self.label))
        return t(self.label)

    def choice_label(self, value: object) -> str:
        if value in self.choices and self.choice_labels:
            return self.choice_labels[self.choices.index(value)]
        return str(value)

    def shown(self, value: object) -> str:
        """A value as the owner reads it (the audit log): a choice's label, 是/否, a list joined."""
        if isinstance(value, bool):
            return t("是") if value else t("否")
        if isinstance(value, list):
            return joined(map(str, value)) or t("（空）")
        if isinstance(value, dict):
            return joined(t("{key}：{value}", key=key, value=self.shown(item)) for key, item in value.items()) \
                or t("（空）")
        if self.empty and value in (0, ""):
            return t(self.empty)
        return t(self.choice_label(value)) if self.choice_labels else self.choice_label(value)


SHOP_NAME = Setting("shop_name", str, "我的淘宝店", "店铺名称")
HEADLINE_METRIC = Setting("headline_metric", str, "sales", "看板主要指标", preference=True, holds_metric=True)
BOARD_SORT = Setting("board_sort", str, "achievement", "看板排序", ("achievement", "name", "dept"),
                     ("按达成率", "按姓名", "按部门"), preference=True)
LANGUAGE = Setting("language", str, "zh", "界面语言", ("zh", "en"), ("中文", "English"))

# 看板
BOARD_DAY_WEIGHTS = Setting("board_day_weights", str, "calendar", "看板时间进度按", ("calendar", "workdays"),
                            ("日历天（每天一样）", "工作日（节假日不算，调休上班算）"))
PROMOTION_DAYS = Setting("promotion_days", list, [], "大促日（月-日:倍数，如 11-11:5）")
OWN_DAYS_OFF = Setting("own_days_off", list, [], "另算放假的日子（如 2027-02-08~2027-02-12）")
OWN_WORKDAYS = Setting("own_workdays", list, [], "另算上班的日子（调休；如 2027-02-20）")
# 目标 page's 全部上调: the raised money targets rounded to (yuan); remembered from the question's last answer
RAISE_ROUNDING = Setting("raise_rounding", str, "10", "全部上调后金额目标", ("0", "10", "100", "1000"),
                         ("不取整", "取整到十元", "取整到百元", "取整到千元"), preference=True)
PRORATE_TARGETS = Setting("prorate_targets", bool, False, "月中入职或离职的人按在职天数折算目标（看板和评奖）")

# 电视模式: read when the TV opens; a screen by its name (QScreen.name), "" for the main window's screen
TV_REFRESH_MINUTES = Setting("tv_refresh_minutes", int, 5, "刷新间隔（分钟）", low=1, high=60, group="电视模式")
TV_ROTATE_SECONDS = Setting("tv_rotate_seconds", int, 20, "轮换间隔（秒）", low=10, high=600, empty="不轮换",
                            group="电视模式")
TV_SCREEN = Setting("tv_screen", str, "", "显示在", empty="当前屏幕", group="电视模式")

# 小红花 scheme
FLOWER_LEADER_ROLES = Setting("flower_leader_roles", list, ["店长", "主管"], "领导层岗位（每人每月限额发放小红花）")
FLOWER_LEADER_QUOTA = Setting("flower_leader_quota", int, 2, "领导层每人每月可发小红花数")
FLOWER_EXTRA_LEADERS = Setting("flower_extra_leaders", list, [], "其他按领导层限额发放的员工（姓名或编号）", item=int)
FLOWER_MANAGER_ROLES = Setting("flower_manager_roles", list, ["组长"], "管理人员岗位（共用每月名额池）")
FLOWER_EXTRA_MANAGERS = Setting("flower_extra_managers", list, [], "其他使用名额池的员工（姓名或编号）", item=int)
FLOWER_POOL_SIZE = Setting("flower_pool_size", int, 30, "管理人员每月名额池（朵）")
FLOWER_POOL_MODE = Setting("flower_pool_mode", str, "shared", "名额池分配方式", ("shared", "split"),
                           ("先到先得", "平均分给每位管理人员"))
# at least a month (0 would void a flower the day it is given); at most ten years (dates end at year 9999)
FLOWER_VALID_MONTHS = Setting("flower_valid_months", int, 3, "小红花有效期（月）", low=1, high=120)
# the 小红花 page's 打印小红花卡…: 8 cards (2 × 4) or 12 smaller ones (3 × 4) to an A4 portrait sheet
FLOWER_CARDS_PER_SHEET = Setting("flower_cards_per_sheet", str, "8", "小红花卡每张 A4 纸印几张", ("8", "12"),
                                 ("8 张（每张约 9 × 6.7 厘米）", "12 张（每张约 6 × 6.7 厘米，更省纸）"))
RED_FLAG_POOL = Setting("red_flag_pool", int, 30, "每月小红旗数")
RED_FLAG_ISSUER = Setting("red_flag_issuer", int, 0, "小红旗发放人", high=2**63 - 1)  # a person's number; 0: nobody

# 备份（备份文件夹中的轮换：最近几份，加上最近几天、几周、几个月每段时间最新的一份）
BACKUP_KEEP_LAST = Setting("backup_keep_last", int, 10, "总是保留最近的几份备份", high=999)
BACKUP_KEEP_DAILY = Setting("backup_keep_daily", int, 7, "按天保留的备份份数", high=999)
BACKUP_KEEP_WEEKLY = Setting("backup_keep_weekly", int, 4, "按周保留的备份份数", high=999)
BACKUP_KEEP_MONTHLY = Setting("backup_keep_monthly", int, 12, "按月保留的备份份数", high=999)

ALL = (SHOP_NAME, HEADLINE_METRIC, BOARD_SORT, LANGUAGE, BOARD_DAY_WEIGHTS, PROMOTION_DAYS, OWN_DAYS_OFF, OWN_WORKDAYS,
       PRORATE_TARGETS, RAISE_ROUNDING, TV_REFRESH_MINUTES, TV_ROTATE_SECONDS, TV_SCREEN,
       FLOWER_LEADER_ROLES, FLOWER_LEADER_QUOTA, FLOWER_EXTRA_LEADERS, FLOWER_MANAGER_ROLES, FLOWER_EXTRA_MANAGERS,
       FLOWER_POOL_SIZE, FLOWER_POOL_MODE,
       FLOWER_VALID_MONTHS, FLOWER_CARDS_PER_SHEET, RED_FLAG_POOL, RED_FLAG_ISSUER, BACKUP_KEEP_LAST, BACKUP_KEEP_DAILY, BACKUP_KEEP_WEEKLY,
       BACKUP_KEEP_MONTHLY)
BY_KEY = {s.key: s for s in ALL}
# settings naming people by their number: once the staff are cleared (the demo's --force) the numbers are
# given again, to other people
NAME_PEOPLE = (FLOWER_EXTRA_LEADERS, FLOWER_EXTRA_MANAGERS, RED_FLAG_ISSUER)
ROLE_LISTS = (FLOWER_LEADER_ROLES, FLOWER_MANAGER_ROLES)
# a role or a person named in both would silently give flowers as a leader (Scheme.issuer_kind)
EXCLUSIVE = ((FLOWER_LEADER_ROLES, FLOWER_MANAGER_ROLES), (FLOWER_EXTRA_LEADERS, FLOWER_EXTRA_MANAGERS))


def validate(setting: Setting, value: object) -> object:
    if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
        raise UserError(t("设置「{label}」的值类型不对", label=setting.shown_label))
    chosen = list(value.values()) if isinstance(value, dict) else [value]
    if setting.choices and any(item not in setting.choices for item in chosen):
        raise UserError(t("设置「{label}」只能是：{choices}", label=setting.shown_label, choices=joined(setting.choices)))
    if setting.type is str and not str(value).strip() and setting is SHOP_NAME:
        raise UserError(t("店铺名称不能为空"))
    if setting.type is list and not all(isinstance(v, setting.item) for v in value):  # type: ignore[union-attr]
        raise UserError(t("设置「{label}」的内容不对", label=setting.shown_label))
    if setting in ROLE_LISTS:  # as the staff's roles are compared: 「组 长」 is 组长, each role once
        return list(dict.fromkeys(role for role in map(normalize_name, value) if role))  # type: ignore[call-overload]
    if setting.type is int and setting.empty and value == 0:
        return value
    if setting.type is int and setting.empty and not setting.low <= value <= setting.high:  # type: ignore[operator]
        raise UserError(t("设置「{label}」应在 {low} 到 {high} 之间，或选「{off}」", label=setting.shown_label,
                          low=setting.low, high=setting.high, off=t(setting.empty)))
    if setting.type is int and not setting.low <= value <= setting.high:  # type: ignore[operator]
        raise UserError(t("设置「{label}」应在 {low} 到 {high} 之间", label=setting.shown_label, low=setting.low,
                          high=setting.high))
    return value


def _alike(item: object) -> object:
    """A role as compared (spaces beside its Chinese aside); a person's number as it is."""
    return name_alike(item) if isinstance(item, str) else item


def check_together(values: Mapping[str, object]) -> None:
    """Settings that must not name the same thing (EXCLUSIVE), given every one of them by key."""
    for first, second in EXCLUSIVE:
        named = {_alike(item) for item in values[second.key]}  # type: ignore[attr-defined]
        both = [item for item in values[first.key] if _alike(item) in named]  # type: ignore[attr-defined]
        if both:
            raise UserError(t("「{item}」同时写在「{first}」和「{second}」里，请只保留一处", item=both[0],
                              first=first.shown_label, second=second.shown_label))
