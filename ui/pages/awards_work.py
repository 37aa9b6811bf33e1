"""The 评奖 page's work in the background: computing, approving and reading a period's state, and writing the
payout sheet or everyone's receipts and who the pay month pays, each on its own connection to the shop file."""

from __future__ import annotations

from pathlib import Path

from app.awards.service import ConfirmationNeeded
from app.periods import Month, Period
from app.shop import Shop
from app.store.db import wait_until_readable


def own_connection(shop: Shop) -> Shop:
    """The worker's own connection to the shop file (SQLite connections stay on their thread), with the page's
    context, opened once no other program holds the whole file: that wait is said after a moment and its 取消
    heard (`db.wait_until_readable`), rather than SQLite's own 5 s busy timeout passing first in silence."""
    wait_until_readable(shop.store.path)
    return shop.reopen()


def on_own_connection(shop: Shop, job):
    """A worker's job run on its own connection (`own_connection`), closed whatever happens: `job(own, progress,
    cancel)` is what the worker does with it."""

    def work(progress, cancel):
        own = own_connection(shop)
        try:
            return job(own, progress, cancel)
        finally:
            own.close()

    return work


def award_work(shop: Shop, action: str, period: Period, confirm: bool = False, seen: str | None = None):
    """The worker's job, on its own connection (`own_connection`: today, the user and whether the owner PIN was
    given are the window's); `seen`: `Review.shown` of the results an approval was asked about."""

    def job(own, progress, cancel):
        if action == "compute":
            return own.awards.compute(period, progress, cancel)
        if action == "approve":
            try:
                return own.awards.approve(period, confirm=confirm, seen=seen)
            except ConfirmationNeeded as needed:  # the window asks in its own words (`AwardsPage._approved`)
                return needed
        return own.awards.status(period)

    return on_own_connection(shop, job)


def export_work(shop: Shop, what: str, month: Month, path: str | Path, draft: bool):
    """The payout sheet or everyone's receipts, written by a worker on its own connection to the shop file;
    whether it is a draft was decided before."""

    def job(own, progress, cancel):
        from app.awards.payout import write_payout
        from app.awards.receipt import written_receipts

        if what == "payout":
            return write_payout(own, month, path, draft=draft, progress=progress, cancel=cancel)
        return written_receipts(own, month, None, path, draft=draft, progress=progress, cancel=cancel)

    return on_own_connection(shop, job)


def paid_work(shop: Shop, month: Month):
    """Who the pay month pays (`receipt.who_is_paid`: a draft works out the periods not approved yet, seconds on
    a big shop), worked out by a worker on its own connection before the page asks anything."""

    def job(own, progress, cancel):
        from app.awards.receipt import who_is_paid

        return who_is_paid(own, month, progress, cancel)

    return on_own_connection(shop, job)


def receipt_work(shop: Shop, month: Month, staff_id: int):
    """A person's receipt for the 查看计算单 window (`receipt.receipt_of`: a draft computes the periods not approved
    yet), worked out by a worker on its own connection."""

    def job(own, progress, cancel):
        from app.awards.receipt import receipt_of

        return receipt_of(own, month, staff_id, cancel)

    return on_own_connection(shop, job)


def receipt_pdf_work(shop: Shop, month: Month, staff_id: int, path: str | Path, draft: bool):
    """A person's 计算单 as a PDF (the 计算单 window's 保存PDF…), written by a worker on its own connection."""

    def job(own, progress, cancel):
        from app.awards.receipt import write_receipts

        return write_receipts(own, month, [staff_id], path, draft=draft, progress=progress, cancel=cancel)

    return on_own_connection(shop, job)
