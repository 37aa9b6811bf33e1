"""A 200,000-row report: streamed with progress, bounded memory, and a cancel half-way leaves nothing."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

import pytest

from app.domain import StaffDraft
from app.errors import Cancelled
from app.importing import ImportOptions

from .conftest import dump

ROWS = 200_000
STAFF = 50


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "客服日报_大.csv"
    start = date(2015, 1, 1)
    with path.open("w", encoding="gbk", newline="") as f:
        f.write("客服绩效报表\r\n日期,客服,销售额,询单人数,询单->最终付款人数,平均响应(秒),客服回复率\r\n")
        for i in range(ROWS):
            day = start + timedelta(days=i // STAFF)
            f.write(f"{day.isoformat()},客服{i % STAFF:02d},\"￥{1000 + i % 977:,}.{i % 100:02d}\",{10 + i % 40},"
                    f"{i % 10},{15 + i % 30}秒,{95 + i % 5}.5%\r\n")
    return path


@pytest.fixture
def staffed(shop):
    for n in range(STAFF):
        shop.staff.add(StaffDraft(f"客服{n:02d}"))
    return shop


def test_large_file_streams_with_progress_in_bounded_memory(big_csv, staffed, imports):
    seen: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        plan = imports.preview([big_csv], progress=lambda done, total: seen.append((done, total)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert plan.files[0].new == ROWS and not plan.errors
    assert peak < 40 * 2**20, f"preview held {peak / 2**20:.0f} MiB: the rows are not streamed"
    assert len(seen) > 50
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    imports.commit(plan)
    assert staffed.store.values.count() == ROWS * 5


def test_cancel_half_way_leaves_nothing(big_csv, staffed, imports):
    before = dump(staffed)
    state = {"done": 0, "total": 1}

    def progress(done: int, total: int) -> None:
        state.update(done=done, total=total)

    with pytest.raises(Cancelled):
        imports.preview([big_csv], ImportOptions(), progress=progress,
                        cancel=lambda: state["done"] * 2 >= state["total"])
    assert 0.5 <= state["done"] / state["total"] < 0.9
    assert dump(staffed) == before
    assert staffed.store.db.execute("SELECT count(*) FROM temp.imp_cell").fetchone()[0] == 0
