"""What an edit of a person changed, for the 操作日志 (修改员工 张伟（#1）：部门 客服部 → 售后部；岗位 客服 → 组长): the log
shows no detail, and a row naming only the person did not say what was changed, nor from what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.domain import Birthday, Staff
from app.i18n import joined, t, within_sentence
from app.money import format_yuan
from app.periods import shown_date


def _or_empty(shown: Callable[[object], str]) -> Callable[[object], str]:
    return lambda value: shown(value) if value not in (None, "", ()) else t("（空）")


def _fields() -> list[tuple[str, str, Callable[[object], str]]]:
    """Each field of a person the staff dialog edits: its attribute, its word in the log, how a value is written."""
    text = _or_empty(str)
    day = _or_empty(lambda value: shown_date(value) if isinstance(value, date) else str(value))
    money = _or_empty(lambda value: format_yuan(value) if isinstance(value, int) else str(value))
    return [("name", t("姓名"), text), ("aliases", t("子账号"), _or_empty(joined)),
            ("dept", t("部门"), text), ("role", t("岗位"), text), ("hired", t("入职日期"), day),
            ("left", t("离职日期"), day),
            ("birthday", t("生日"), _or_empty(lambda value: value.shown_label() if isinstance(value, Birthday)
                                             else str(value))),
            ("base_pay_fen", t("基本工资"), money), ("post_pay_fen", t("岗位工资"), money),
            ("allowance_fen", t("津贴/补贴"), money),
            ("in_awards", t("参与评奖"), lambda value: t("是") if value else t("否"))]


def staff_changes(before: Staff, after: Staff) -> str:
    """Each field the edit changed, as 部门 客服部 → 售后部, in the staff dialog's order; "" when none did."""
    said = [t("{field} {old} → {new}", field=within_sentence(field), old=shown(getattr(before, key)), new=shown(getattr(after, key)))
            for key, field, shown in _fields() if getattr(before, key) != getattr(after, key)]
    return joined(said, separator="；")
