"""`awards compute` of a month changed since its approval ends its differences with what approving it again would
pay against what was approved, as the 评奖 page's question says it."""

import re


def test_the_differences_end_with_the_change_in_net_pay(cli):
    assert cli("demo").code == 0
    approved = cli("awards", "approve", "--period", "2026-09", "--confirm").out
    was = re.search(r"个人实发现金合计 (¥[\d,.]+)", approved)
    assert was, approved
    # 宋佳's September sales grow by ¥20,000.00 on the 10th: her stage and steps change
    assert cli("data", "set", "--date", "2026-09-10", "--staff", "宋佳", "--metric", "sales", "--value", "20000",
               "--confirm-approved").code == 0
    out = cli("awards", "compute", "--period", "2026-09").out
    differences = out.split("与批准结果的差异（按人）：")[1]
    change = re.search(r"^个人实发合计 (¥[\d,.]+) → (¥[\d,.]+)$", differences, re.MULTILINE)
    assert change and change[1] == was[1] and change[2] != was[1], differences
