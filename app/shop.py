"""The service object the CLI and the UI talk to: one open shop, its services, and today's date."""

from __future__ import annotations

import contextlib
import functools
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import settings as declared
from app.errors import UserError
from app.metrics import Metric, MetricRegistry
from app.periods import Month
from app.services.catalog import MetricService, SettingService
from app.services.context import Context
from app.services.progress import MonthProgress, month_progress
from app.services.security import SecurityService
from app.store import Store, open_store

if TYPE_CHECKING:
    from collections.abc import Iterator

    from app.recognition.service import RecognitionService
    from app.services.data import DataService
    from app.services.events import EventService
    from app.services.staff import StaffService
    from app.services.targets import TargetService

# The services made on first use: the board, the first page, needs none of them, and their modules (the
# import records, the events' attributes …) are a few per cent of the time to the window's first paint.
ON_FIRST_USE = ("staff", "events", "targets", "data", "flowers")


def refuse_a_backup(path: str | Path) -> None:
    """UserError for a backup in a shop's backups folder opened as a shop (`files.opened_as_shop`)."""
    if Path(path).expanduser().absolute().parent.name != "backups":  # the backups package only then: not at each start
        return
    from app.backups.files import opened_as_shop

    if why := opened_as_shop(Path(path)):
        raise UserError(why)


class Shop:
    def __init__(self, store: Store, ctx: Context):
        self.store = store
        self.ctx = ctx
        self.metric_service = MetricService(store, ctx)
        self.settings = SettingService(store, ctx)
        self.security = SecurityService(store, ctx, on_unlock=lambda: self._use_ctx(replace(self.ctx, pin_used=True)))
        self.reload_metrics()
        self.security.lock_if_set()

    @classmethod
    def open(cls, path: str | Path, today: date, **store_options: object) -> Shop:
        refuse_a_backup(path)
        return cls(open_store(path, **store_options), Context(today=today))

    def reopen(self, **store_options: object) -> Shop:
        """Another connection to the same file (a worker thread's own), with the same context: today, the
        user, and whether the owner PIN was given — so work done in the background is allowed or refused
        exactly as it would be here. FileGone when the file was deleted or replaced meanwhile: a new, empty shop
        made at its path would be opened at the next start instead of the backup saved of it."""
        self.store.check_file()
        return Shop(open_store(self.store.path, **store_options), self.ctx)

    def reload_metrics(self) -> None:
        """Call after a custom metric was added."""
        self.metrics: MetricRegistry = self.metric_service.registry()
        for made_with_metrics in ("targets", "data"):  # made again, with these metrics, on their next use
            self.__dict__.pop(made_with_metrics, None)

    @property
    def today(self) -> date:
        return self.ctx.today

    def set_today(self, today: date) -> None:
        self._use_ctx(replace(self.ctx, today=today))

    def _use_ctx(self, ctx: Context) -> None:
        """Hand a new context (another today, the PIN given) to every service."""
        self.ctx = ctx
        made = [self.__dict__[name] for name in ON_FIRST_USE if name in self.__dict__]
        for service in (self.metric_service, self.settings, self.security, *made):
            service.ctx = ctx

    @property
    def name(self) -> str:
        return str(self.settings.get(declared.SHOP_NAME))

    @property
    def holds_demo(self) -> bool:
        """Whether the shop's data is the demo shop's (`app.demo` logs "demo.generate"; restoring the backup made
        before it brings back a log without it)."""
        return self.store.audit.holds_demo()

    @contextlib.contextmanager
    def one_action(self) -> Iterator[None]:
        """Writes of several services made as one user action (设置's Ctrl+S saving all its forms): every one is
        kept, or none. Each service's own transaction inside it becomes a savepoint of this one. Rolled back, it
        also takes back the PIN given by a new PIN it set: later actions are not logged as 用了店主密码."""
        ctx = self.ctx
        try:
            with self.store.atomic():
                yield
        except BaseException:
            self._use_ctx(ctx)
            raise

    def current_month(self) -> Month:
        return Month.of(self.ctx.today)

    def progress(self, month: Month, as_of: date | None = None, metric: str = "sales", *,
                 board: bool = False) -> MonthProgress:
        return month_progress(self.store, self.ctx, month, as_of, self.metrics.get(metric), board=board)

    def headline_metric(self) -> Metric:
        """What the board, the TV and the poster measure progress in: the shop's choice, sales by default
        (and again when the chosen metric can no longer head a board)."""
        chosen = self.settings.get(declared.HEADLINE_METRIC)
        return next((m for m in self.metrics.headline_choices() if m.key == chosen), self.metrics.get("sales"))

    @functools.cached_property
    def staff(self) -> StaffService:
        from app.services.staff import StaffService

        return StaffService(self.store, self.ctx)

    @functools.cached_property
    def events(self) -> EventService:
        from app.services.events import EventService

        return EventService(self.store, self.ctx)

    @functools.cached_property
    def targets(self) -> TargetService:
        from app.services.targets import TargetService

        return TargetService(self.store, self.ctx, self.metrics)

    @functools.cached_property
    def data(self) -> DataService:
        from app.services.data import DataService

        return DataService(self.store, self.ctx, self.metrics)

    @functools.cached_property
    def flowers(self) -> RecognitionService:
        """The little red flowers (app.recognition), created on first use."""
        from app.recognition.service import RecognitionService

        return RecognitionService(self.store, self.ctx, self.settings)

    @property
    def awards(self):
        """The award run (app.awards.AwardService), created on first use."""
        service = self.__dict__.get("_awards")
        if service is None:
            from app.awards import AwardService

            service = self.__dict__["_awards"] = AwardService(self)
        return service

    def close(self) -> None:
        self.store.close()
