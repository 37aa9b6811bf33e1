"""The month that ends a quarter: its quarterly awards are paid with it, but the 评奖 page showed the month alone
and said nothing of the quarter until 导出发放表 asked about a draft."""

from awards_page_support import SEP, _run, _write, make_team, open_page, wait_idle

from app.periods import Month, Quarter

QUARTERLY = {
    "name": "季度方案", "key": "quarterly-ui",
    "rules": [
        {"name": "表扬奖", "kind": "per_event", "period": "month", "pays": "cash", "event": "表扬", "per": "count",
         "amount": 20},
        {"name": "季度排名奖", "kind": "ranking", "period": "quarter", "pays": "cash", "metric": "sales",
         "bands": [{"from": 1, "to": 1, "amount": 500}]},
    ],
}


def test_a_month_ending_a_quarter_says_the_quarter_waits_until_it_is_approved(qtbot, shop, tmp_path):
    make_team(shop, tmp_path)
    shop.awards.plans.use(str(_write(tmp_path, QUARTERLY, "quarterly.json")))
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    said = "2026年第三季度也在这个月结束，还没有批准：在左上角选「季度」，计算并批准；奖金与这个月的一起发放"
    assert said in page.notes.text() and page.notes.isVisibleTo(page)
    page.picker.setPeriod(Month(2026, 8))  # a month within the quarter: nothing to say
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    assert "季度" not in page.notes.text()
    shop.awards.approve(Quarter(2026, 3), confirm=True)
    page.picker.setPeriod(SEP)
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    assert "第三季度" not in page.notes.text()
