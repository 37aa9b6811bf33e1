"""What approving a changed period again would pay against what was approved: the people's net, and their team
funds when either approval has any (said by the 评奖 page's question and by `awards compute`)."""

from __future__ import annotations

from app.awards.model import Line, Review
from app.periods import Month

SEP = Month(2026, 9)


def _line(recipient_type: str, amount_fen: int) -> Line:
    staff = recipient_type == "staff"
    return Line(recipient_type, 1 if staff else None, "甲" if staff else None, "客服部", "奖", "manual", "cash",
                amount_fen, None, "", False, "方案")


def test_a_team_fund_that_changes_is_named_beside_the_people():
    review = Review(SEP, [_line("staff", 10_000)], [], "", None, True, [], 0, True, [],
                    computed_lines=[_line("staff", 10_000), _line("department", 50_000)])
    assert review.net_change() == "个人实发合计 ¥100.00 → ¥100.00；团队基金 ¥0.00 → ¥500.00"


def test_a_period_that_has_not_changed_says_nothing():
    assert Review(SEP, [_line("staff", 10_000)], [], "", None, False, [], 0, True, []).net_change() == ""
