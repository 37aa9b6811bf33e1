"""`--as-of` a day before the month asked for (`--month 2026-10 --as-of 2026-09-28`): as the issue's clamping
says, nothing of the month has elapsed — the month had not begun that day. `progress` said 尚未开始 while the
poster, made the same way on October 20, said 本月第 1 天，还没有数据 in its subtitle and its footer."""

from __future__ import annotations

import pytest

from app.reports import poster


@pytest.fixture
def shop_with_october(cli, add):
    who = add("小美", "--hired", "2025-01-01")
    assert cli("target", "set", "--month", "2026-10", "--staff", str(who), "--value", "31000").code == 0
    assert cli("data", "set", "--staff", str(who), "--date", "2026-10-19", "--metric", "sales",
               "--value", "500").code == 0
    return who


@pytest.fixture
def drawn(monkeypatch):
    """The models the poster command draws."""
    models = []
    real = poster.render_poster

    def record(model, output, size):
        models.append(model)
        return real(model, output, size)

    monkeypatch.setattr(poster, "render_poster", record)
    return models


def test_poster_as_of_before_the_month_says_not_begun_as_progress_does(cli, shop_with_october, drawn, tmp_path):
    said = cli("progress", "--month", "2026-10", "--as-of", "2026-09-28")
    assert said.code == 0 and "尚未开始" in said.out.splitlines()[0]
    done = cli("poster", "--month", "2026-10", "--as-of", "2026-09-28", "-o", str(tmp_path / "p.png"))
    assert done.code == 0, done.err
    assert "--as-of 2026-09-28 在 2026年10月 之前" in done.err  # said on stderr, as progress says it
    model = drawn[0]
    assert model.subtitle.endswith("尚未开始") and model.encouragement == "10月尚未开始"
    assert "第 1 天" not in model.subtitle and "第一天" not in model.encouragement


def test_poster_on_the_first_without_data_still_says_the_first_day(cli, shop_with_october, drawn, tmp_path):
    done = cli("poster", "--month", "2026-11", "-o", str(tmp_path / "p.png"), today="2026-11-01")
    assert done.code == 0, done.err
    assert drawn[0].subtitle.endswith("本月第 1 天，还没有数据")
    later = cli("progress", "--month", "2026-11", "--as-of", "2026-10-31", today="2026-11-01")
    assert later.code == 0 and "尚未开始" in later.out.splitlines()[0]
