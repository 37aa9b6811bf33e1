"""A period that has not started yet cannot be approved, with --confirm or without: nothing of it has happened
(a month picked one too far). One that has started asks for the confirmation, as before."""

from __future__ import annotations

import pytest

from app.awards.service import ConfirmationNeeded
from app.errors import UserError
from app.periods import Month, Quarter

from .conftest import OCT

NOV = Month(2026, 11)


@pytest.mark.parametrize(("period", "said"), [
    (NOV, "2026年11月 还没有开始（2026年11月1日 开始），不能批准"),
    (Quarter(2027, 1), "2027年第一季度 还没有开始（2027年1月1日 开始），不能批准"),
])
def test_a_period_not_started_is_refused_even_confirmed(shop, team, period, said):
    with pytest.raises(UserError) as refused:
        shop.awards.approve(period, confirm=True)
    assert not isinstance(refused.value, ConfirmationNeeded)
    assert refused.value.message == said
    assert shop.awards.history(period) == []


def test_the_running_month_still_asks_then_approves(shop, team):
    with pytest.raises(ConfirmationNeeded):
        shop.awards.approve(OCT)
    assert shop.awards.approve(OCT, confirm=True).unchanged is False
