"""A plan the shop stored before typed amounts had to be exact to the fen (a praise paid ¥0.125, kept then as
¥0.13) still computes after the upgrade, as it did: only a plan file read now is refused for a sub-fen amount."""

import hashlib
import json

import pytest

from app.errors import UserError

from .conftest import PLAN_A, SEP, write_plan


def _stored_before(shop, amount) -> None:
    """PLAN_A with 表扬奖 paying `amount`, stored and put in force as an older version of the app did."""
    rules = [dict(rule, amount=amount) if rule["name"] == "表扬奖" else rule for rule in PLAN_A["rules"]]
    content = json.dumps(dict(PLAN_A, name="旧方案", key="old", rules=rules), ensure_ascii=False)
    with shop.store.atomic():
        plan = shop.store.plans.add("旧方案", "old", "旧方案.json", content, hashlib.sha256(content.encode()).hexdigest())
        shop.store.plans.assign(None, None, plan.id)


def test_a_stored_plan_with_a_sub_fen_amount_still_computes(shop, team):
    _stored_before(shop, 0.125)
    review = shop.awards.compute(SEP)
    praise = {x.staff_name: x.amount_fen for x in review.lines if x.award == "表扬奖"}
    assert praise["甲"] == 26  # 2 praises × ¥0.13, the amount rounded to the fen as when the plan was stored


def test_a_plan_file_with_a_sub_fen_amount_is_still_refused(shop, team, tmp_path):
    rules = [dict(rule, amount=0.125) if rule["name"] == "表扬奖" else rule for rule in PLAN_A["rules"]]
    with pytest.raises(UserError, match="细于 1 分"):
        shop.awards.plans.use(str(write_plan(tmp_path, dict(PLAN_A, name="新方案", key="new", rules=rules))))
