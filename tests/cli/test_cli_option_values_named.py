"""A person or a metric a command cannot use is refused naming the option it was given to: with `--from` and
`--to` in one line, a scheduled task's log must say which of the two names nobody (or two people)."""

import pytest


@pytest.fixture
def shop(cli, add):
    add("王店长", "--role", "店长", "--hired", "2025-01-01")
    add("张伟", "--hired", "2025-01-01")
    add("张伟", "--hired", "2025-02-01", "--dept", "售后部")
    add("小美", "--hired", "2025-01-01")
    return cli


@pytest.mark.parametrize(("args", "said"), [
    (("flowers", "issue", "--from", "王店长", "--to", "王二麻", "--reason", "挽回差评"), "--to：找不到员工「王二麻」"),
    (("flowers", "issue", "--from", "张伟", "--to", "小美", "--reason", "挽回差评"), "--from：有 2 位员工叫「张伟」"),
    (("flowers", "flag", "--from", "王二麻", "--dept", "售后部", "--reason", "x"), "--from：找不到员工「王二麻」"),
    (("flowers", "list", "--person", "张伟"), "--person：有 2 位员工叫「张伟」"),
    (("data", "set", "--date", "2026-10-19", "--staff", "王二麻", "--metric", "orders", "--value", "3"),
     "--staff：找不到员工「王二麻」"),
    (("data", "set", "--date", "2026-10-19", "--staff", "小美", "--metric", "销量额", "--value", "3"),
     "--metric：没有指标「销量额」"),
    (("target", "set", "--month", "2026-10", "--staff", "小美", "--metric", "salse", "--value", "3"),
     "--metric：没有指标「salse」"),
    (("event", "add", "--date", "2026-10-19", "--staff", "张伟", "--type", "表扬"), "--staff：有 2 位员工叫「张伟」"),
    (("receipt", "--month", "2026-10", "--staff", "王二麻", "-o", "计算单.pdf"), "--staff：找不到员工「王二麻」"),
])
def test_the_refusal_names_the_option_and_the_value(shop, args, said):
    result = shop(*args)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"错误：{said}"), result.err


def test_in_english_too(shop):
    result = shop("flowers", "issue", "--from", "王店长", "--to", "nobody", "--reason", "x", lang="en")
    assert result.code == 2
    assert result.err.startswith('Error: --to: No staff member "nobody"'), result.err
