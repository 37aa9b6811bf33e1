"""The 操作日志 tells a PIN set for the first time from a PIN changed, so an owner reading it sees who changed it."""

from __future__ import annotations


def _summaries(shop) -> list[str]:
    return [entry.summary for entry in shop.store.audit.recent(10) if entry.action.startswith("security.")]


def test_a_first_pin_is_set_and_a_second_one_changes_it(shop):
    shop.security.set_pin("2468")
    assert _summaries(shop) == ["设置了店主密码"]
    shop.security.set_pin("1357")
    assert _summaries(shop) == ["修改了店主密码", "设置了店主密码"]
    shop.security.clear_pin()
    shop.security.set_pin("9753")
    assert _summaries(shop)[:2] == ["设置了店主密码", "取消了店主密码"]
