"""The award run on top of the pure rules engine: plans in force, facts from the store, compute, manual
lines and adjustments, approval with a fingerprint of the inputs, payout sheet and receipts.

    shop.awards.plans.use("taobao-kefu")                 # a preset, a plan file, or one of the shop's plans
    review = shop.awards.compute(parse_period("2026-10"))
    review.lines, review.totals, review.changed, review.differences
    shop.awards.approve(period, confirm=True)
"""

from app.awards.computing import Computation
from app.awards.model import Line, PersonDiff, PersonTotals, Review
from app.awards.plans import PlanInForce, PlanService, UseResult
from app.awards.service import Approval, AwardService, ConfirmationNeeded

__all__ = ["Approval", "AwardService", "Computation", "ConfirmationNeeded", "Line", "PersonDiff", "PersonTotals",
           "PlanInForce", "PlanService", "Review", "UseResult"]
