"""HTML-as-.xls benchmark: an 18,000-row HTML table saved as .xls (GBK, as web back-ends export it), read by the
import's own tokenizer, beside `html.parser` driving the same row builder, measured in the same run.

    python bench/html_xls_bench.py [--rows N] [--runs K]

Reader = `markup.html_rows` alone (decoding, tags, rows). html.parser = the standard library's parser feeding the
same `_Tables` handlers (how the file was read before). Preview = `ImportService.preview` of the whole file
(header, values, staff, staging). Medians of K runs (default 5).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import Staff
from app.importing import ImportService, markup
from app.shop import Shop

STAFF = 50
HEADER = ["日期", "客服", "销售额", "询单人数", "询单-&gt;最终付款人数", "平均响应(秒)", "客服回复率"]


def write_page(path: Path, n: int) -> None:
    start = date(2015, 1, 1)
    out = [('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>客服绩效</title>'
            '</head><body><table border="1">'),
           f'<tr><td colspan="{len(HEADER)}">客服绩效报表</td></tr>',
           "<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"]
    for i in range(n):
        day = start + timedelta(days=i // STAFF)
        out.append(f"<tr><td style=\"mso-number-format:'\\@'\">{day.isoformat()}</td><td>客服{i % STAFF:02d}</td>"
                   f"<td>{1000 + i % 977:,}.{i % 100:02d}</td><td>{10 + i % 40}</td><td>{i % 10}</td>"
                   f"<td>{15 + i % 30}</td><td>{95 + i % 5}.5%</td></tr>")
    out.append("</table></body></html>")
    path.write_bytes("\n".join(out).encode("gbk"))


class _StandardParser(HTMLParser):
    def __init__(self, tables: markup._Tables):
        super().__init__(convert_charrefs=True)
        self.tables = tables

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tables.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self.tables.handle_endtag(tag)

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.tables.handle_data(data)


def reader(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    rows = sum(1 for _ in markup.html_rows(path, "gb18030", [], lambda done: None))
    return time.perf_counter() - started, rows


def standard(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    tables = markup._Tables([])
    parser = _StandardParser(tables)
    with path.open(encoding="gb18030", newline="") as f:
        while chunk := f.read(1 << 16):
            parser.feed(chunk)
    parser.close()
    tables._end_row()
    tables._flush_loose()
    return time.perf_counter() - started, tables.number


def preview(folder: Path, path: Path) -> float:
    db = folder / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shop = Shop.open(db, date(2030, 1, 1))
    try:
        with shop.store.atomic():
            for n in range(STAFF):
                shop.store.staff.insert(Staff(id=0, name=f"客服{n:02d}"))
        started = time.perf_counter()
        plan = ImportService(shop.store, shop.ctx, shop.metrics).preview([path])
        took = time.perf_counter() - started
        assert not plan.errors and plan.files[0].new == path_rows(path), plan.errors[:3]
        return took
    finally:
        shop.close()


def path_rows(path: Path) -> int:
    return int(path.stem.rsplit("_", 1)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=18_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / f"客服绩效_{args.rows}.xls"
        write_page(path, args.rows)
        mine, theirs = [], []
        for _ in range(args.runs):  # alternated, so a busy machine slows both alike
            took, rows = reader(path)
            mine.append(took)
            took, same = standard(path)
            theirs.append(took)
            assert rows == same
        ours = statistics.median(mine)
        base = statistics.median(theirs)
        whole = statistics.median(preview(folder, path) for _ in range(args.runs))
        print(f"{args.rows:,} rows of an HTML table saved as .xls ({path.stat().st_size / 1e6:.1f} MB, GBK), "
              f"medians of {args.runs} runs")
        print(f"reader {ours:5.2f} s   html.parser {base:5.2f} s   ({base / ours:.1f}× faster)   "
              f"whole preview {whole:5.2f} s")


if __name__ == "__main__":
    main()
