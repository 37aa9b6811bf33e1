"""Rules over the year as a shop meets them at its turn: someone away for a month in it."""

from dataclasses import replace
from datetime import date

from app.domain import Stint
from app.periods import Year
from app.rules import evaluate

from .rules_helpers import facts, person, plan_of

YEAR_MONTHS = tuple(f"2026-{m:02d}" for m in range(1, 13))
YEARLY_RANK = {"name": "年度排名", "kind": "ranking", "period": "year", "pays": "cash", "metric": "sales",
               "bands": [{"from": 1, "to": 2, "amount": 3000}]}


def test_a_yearly_ranking_says_when_someone_away_for_a_month_left_and_came_back():
    """#2 left on 30 June and was rehired on 1 August: ranked over the months she was on the team, and the line
    says why July is missing — she left and came back, not only 「joined」 on a day of the year."""
    away = replace(person(2, hired=date(2026, 8, 1)), earlier=(Stint(date(2020, 1, 1), date(2026, 6, 30)),))
    values = {(sid, "sales", m): 100_000 for sid in (1, 2) for m in YEAR_MONTHS if (sid, m) != (2, "2026-07")}
    result = evaluate(plan_of(YEARLY_RANK), facts(Year(2026), [person(1), away], values=values))
    line = next(x for x in result.lines if x.staff_id == 2)
    assert line.explanation.startswith(
        "2026年（1月、2月、3月、4月、5月、6月、8月、9月、10月、11月、12月，2026年6月30日离职，2026年8月1日重新入职）销售额")
