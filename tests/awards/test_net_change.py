"""What approving a changed period again would pay against what was approved: the people's net, and their team
funds when they change (said by the 评奖 page's question and by `awards compute`); and a person whose change is
in goods alone is said to keep the net."""

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
    assert review.net_change() == "个人实发合计不变 ¥100.00；团队基金 ¥0.00 → ¥500.00"


def test_a_net_as_approved_is_said_unchanged_rather_than_as_a_change_to_the_same_figure():
    """Data changed with the same results, or a prize gone: 「个人实发合计 ¥1,000.00 → ¥1,000.00」 asked the owner to
    approve a change nobody could find, where each person's line already says 实发不变."""
    from dataclasses import replace

    cash = _line("staff", 100_000)
    prize = replace(cash, award="最佳进步奖", kind="goods", amount_fen=10_000, item="奖品")
    review = Review(SEP, [cash, prize], [], "", None, True, [], 0, True, [], computed_lines=[cash])
    assert review.net_change() == "个人实发合计不变 ¥1,000.00"
    fewer = Review(SEP, [cash], [], "", None, True, [], 0, True, [], computed_lines=[replace(cash, amount_fen=90_000)])
    assert fewer.net_change() == "个人实发合计 ¥1,000.00 → ¥900.00"


def test_a_period_that_has_not_changed_says_nothing():
    assert Review(SEP, [_line("staff", 10_000)], [], "", None, False, [], 0, True, []).net_change() == ""


def test_a_person_whose_change_is_in_goods_only_is_said_to_keep_the_net():
    """刘佳怡 lost a prize after an edit: 「刘佳怡：实发 ¥1,000.00 → ¥1,000.00」 read as a change nobody could find."""
    from dataclasses import replace

    from app.awards.model import differences

    cash = _line("staff", 100_000)
    prize = replace(cash, award="最佳进步奖", kind="goods", amount_fen=10_000, item="奖品", explanation="最高")
    diff = differences([cash, prize], [cash])[0]
    assert diff.text().splitlines()[0] == "甲：实发不变 ¥1,000.00"
    raised = differences([cash], [replace(cash, amount_fen=120_000)])[0]
    assert raised.text().splitlines()[0] == "甲：实发 ¥1,000.00 → ¥1,200.00"


def test_the_payout_sheet_says_so_too():
    from dataclasses import replace

    from app.awards.model import differences
    from app.awards.reapproved import _change

    cash = _line("staff", 100_000)
    prize = replace(cash, award="最佳进步奖", kind="goods", amount_fen=10_000, item="奖品")
    assert _change(differences([cash, prize], [cash])[0]) == "奖金实发不变 ¥1,000.00（取消 最佳进步奖 奖品（¥100.00））"


def test_team_funds_as_they_were_are_not_named():
    review = Review(SEP, [_line("staff", 10_000), _line("department", 50_000)], [], "", None, True, [], 0, True, [],
                    computed_lines=[_line("staff", 20_000), _line("department", 50_000)])
    assert review.net_change() == "个人实发合计 ¥100.00 → ¥200.00"


def test_the_payout_sheets_period_line_says_an_unchanged_net_so_too():
    """After a prize went, the sheet said 「奖金实发不变 ¥1,000.00」 for the person and then
    「2026年9月 个人奖金实发合计 ¥1,000.00 → ¥1,000.00」 for the period."""
    from dataclasses import replace

    from app.awards.reapproved import _net_change

    cash = _line("staff", 100_000)
    prize = replace(cash, award="最佳进步奖", kind="goods", amount_fen=10_000, item="奖品")
    team = _line("department", 50_000)
    assert _net_change([cash, prize], [cash, team]) == "个人奖金实发合计不变 ¥1,000.00"
    assert _net_change([cash], [cash, replace(cash, award="调整", amount_fen=-20_037)]) == \
        "个人奖金实发合计 ¥1,000.00 → ¥799.63"
