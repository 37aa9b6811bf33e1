"""The month that ends a quarter: its quarterly awards are paid with it, but the 评奖 page showed the month alone
and said nothing of the quarter until 导出发放表 asked about a draft."""

from datetime import date

from awards_page_support import SEP, _put, _run, _write, make_team, open_page, wait_idle

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


def test_a_quarter_and_a_half_year_ending_with_the_month_are_said_as_two(qtbot, shop, tmp_path, lang):
    """June ends Q2 and H1: in English the note read 「2026 Q2, 2026 H1 also ends this month and is not approved yet:
    … approve it; its awards are paid …」, one period's words for two."""
    team = make_team(shop, tmp_path)
    _put(shop, team["甲"], date(2026, 6, 10), 300_000)
    half = {"name": "半年奖", "kind": "ranking", "period": "half", "pays": "cash", "metric": "sales",
            "bands": [{"from": 1, "to": 1, "amount": 800}]}
    plan = {**QUARTERLY, "rules": [*QUARTERLY["rules"], half]}
    shop.awards.plans.use(str(_write(tmp_path, plan, "quarterly.json")))
    page = open_page(qtbot, shop)
    wait_idle(qtbot, page)
    page.picker.setPeriod(Month(2026, 6))
    wait_idle(qtbot, page)
    _run(qtbot, page, page.compute)
    said = {"zh": "2026年第二季度、2026年上半年也在这个月结束，都还没有批准：在左上角选「季度」或「半年」，分别计算并批准；"
                  "奖金与这个月的一起发放",
            "en": "2026 Q2 and 2026 H1 also end this month and are not approved yet: choose \"Quarter\" or \"Half-year\" "
                  "at the top left, compute and approve each; their awards are paid with this month's"}[lang]
    assert said in page.notes.text(), repr(page.notes.text())
