"""The shop's services made on first use (app.shop.ON_FIRST_USE): the same context and metrics as if they had
been made with the shop, whenever they are first asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from app.shop import ON_FIRST_USE

ROOT = Path(__file__).resolve().parents[2]


def test_opening_a_shop_imports_none_of_the_services_made_on_first_use():
    code = ("import sys\nfrom datetime import date\nfrom app.shop import Shop\n"
            "shop = Shop.open(sys.argv[1], date(2026, 10, 20))\n"
            "print(sorted(m for m in sys.modules if m in ('app.services.data', 'app.services.events', "
            "'app.services.staff', 'app.services.targets', 'app.store.imports')))\nshop.close()")
    result = subprocess.run([sys.executable, "-c", code, ":memory:"], capture_output=True, text=True, cwd=ROOT,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_service_made_before_or_after_a_new_context_works_in_it(shop):
    early = shop.staff  # made before the date moves on
    shop.set_today(date(2026, 11, 2))
    assert early.ctx.today == date(2026, 11, 2)
    for name in ON_FIRST_USE:
        assert getattr(shop, name).ctx.today == date(2026, 11, 2), name
        assert getattr(shop, name) is getattr(shop, name), name  # made once


def test_targets_and_data_use_the_metrics_of_the_last_reload(shop):
    before = shop.targets, shop.data
    shop.metric_service.add_custom("好评数")
    shop.reload_metrics()
    assert shop.targets is not before[0] and shop.data is not before[1]
    for service in (shop.targets, shop.data):
        assert service.metrics is shop.metrics
        assert [m.name for m in service.metrics.custom()] == ["好评数"]
