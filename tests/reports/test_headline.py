"""The board's headline metric: what progress is measured in (sales unless the shop chooses another)."""

from datetime import date

import pypdf

from app import settings as declared
from app.domain import StaffDraft
from app.periods import Month
from app.reports.board_pdf import write_board_pdf

OCT = Month(2026, 10)


def test_choices_are_the_metrics_a_bar_can_fill(shop):
    keys = [m.key for m in shop.metrics.headline_choices()]
    assert keys[:2] == ["sales", "orders"]
    assert "response_s" not in keys  # a mean: nothing adds up to a target
    assert "refunds" not in keys  # less is better: no bar to fill
    score = shop.metric_service.add_custom("服务积分", unit="score")
    shop.reload_metrics()
    assert score.key in [m.key for m in shop.metrics.headline_choices()]
    average = shop.metric_service.add_custom("考核得分", aggregation="mean")
    shop.reload_metrics()
    assert average.key not in [m.key for m in shop.metrics.headline_choices()]


def test_the_shop_choice_or_sales(shop):
    assert shop.headline_metric().key == "sales"
    shop.settings.set(declared.HEADLINE_METRIC, "orders")
    assert shop.headline_metric().name == "订单数"
    shop.settings.set(declared.HEADLINE_METRIC, "response_s")  # cannot head a board: back to sales
    assert shop.headline_metric().key == "sales"


def test_progress_in_orders_uses_order_targets_and_counts(shop):
    orders = shop.metrics.get("orders")
    a = shop.staff.add(StaffDraft(name="小美"))
    b = shop.staff.add(StaffDraft(name="小刚"))
    shop.targets.set_staff(OCT, a.id, orders, 300)
    shop.targets.set_shop(OCT, orders, 1_000)
    shop.targets.set_staff(OCT, a.id, shop.metrics.get("sales"), 9_999_900)  # another metric's target: not used
    for day in (1, 2, 3):
        shop.data.set_value(date(2026, 10, day), a.id, orders, 40)
        shop.data.set_value(date(2026, 10, day), b.id, orders, 5)
    progress = shop.progress(OCT, as_of=date(2026, 10, 3), metric="orders")
    lines = {p.staff.name: p.line for p in progress.people}
    assert (lines["小美"].value, lines["小美"].target, lines["小美"].remaining) == (120, 300, 180)
    assert lines["小美"].per_day_needed == 7  # 180 over 28 days left, rounded up to whole orders
    assert lines["小刚"].target is None
    assert (progress.team.value, progress.team.target) == (135, 1_000) and progress.team_target_is_shop


def test_board_pdf_says_which_metric_and_writes_counts_without_a_yuan_sign(shop, tmp_path):
    orders = shop.metrics.get("orders")
    a = shop.staff.add(StaffDraft(name="小美"))
    shop.targets.set_staff(OCT, a.id, orders, 300)
    shop.data.set_value(date(2026, 10, 1), a.id, orders, 40)
    path = write_board_pdf(shop.progress(OCT, as_of=date(2026, 10, 1), metric="orders"), "小橙子旗舰店",
                           tmp_path / "board.pdf")
    text = pypdf.PdfReader(path).pages[0].extract_text()
    assert "小橙子旗舰店 · 2026年10月 订单数目标进度" in text
    assert "团队：40 / 300（13.3%）" in text and "260" in text  # 300 − 40 to go
    assert "¥" not in text


def test_a_metric_is_shown_in_the_users_language(shop):
    from app import i18n

    score = shop.metric_service.add_custom("服务积分")
    shop.reload_metrics()
    i18n.set_language("en")
    try:
        assert [shop.metrics.get(k).shown_name for k in ("sales", "orders", score.key)] == ["Sales", "Orders", "服务积分"]
        assert all(m.shown_name != m.name for m in shop.metrics.headline_choices() if m.builtin)  # all have English
    finally:
        i18n.set_language("zh")
    assert shop.metrics.get("orders").shown_name == "订单数"
