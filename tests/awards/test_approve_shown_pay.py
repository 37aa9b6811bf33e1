"""批准 from the window keeps the fixed pay the owner was shown: a month's fixed pay is kept with the approval
but is no input of the fingerprint, so a raise written between the question and the approval refuses it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.awards.service import ChangedSinceShown
from app.domain import StaffDraft

from .conftest import SEP


def test_a_raise_between_the_question_and_the_approval_is_not_approved(shop, team):
    shown = shop.awards.status(SEP)
    assert shown.computed_fixed_pay[team["丙"]] == 300000
    丙 = shop.staff.get(team["丙"])
    draft = StaffDraft(**{f: getattr(丙, f) for f in StaffDraft.__dataclass_fields__ if hasattr(丙, f)})
    shop.staff.edit(丙.id, replace(draft, base_pay_fen=500000))  # another window raises her pay meanwhile
    assert shop.awards.status(SEP).fingerprint == shown.fingerprint  # the pay is no input of the fingerprint
    with pytest.raises(ChangedSinceShown):
        shop.awards.approve(SEP, seen=shown.shown)
    assert shop.awards.history(SEP) == []
    approval = shop.awards.approve(SEP, seen=shop.awards.status(SEP).shown)
    assert approval.review.fixed_pay[team["丙"]] == 500000
