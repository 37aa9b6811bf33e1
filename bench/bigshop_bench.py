"""What a shop owner does in the window of a big shop, each beside the floor measured in the same run.

    python bench/bigshop_bench.py [--db BIG.db] [--runs 5] [--only WORD]

The shop is bench/bigshop.py's (200 staff, 3 years of daily data for every built-in metric, 5,000 flowers,
100,000 audit rows, six imports, approved months, quarters and a year); --db reuses one built before (it is
copied, never changed). Ours = the action in the real window (offscreen), events processed until it is painted;
floor = the bare SQL (or library call) doing the same work, nothing else. Medians of K runs, and the ratio.
Anything over ~300 ms that holds the window without a progress dialog is worth a look.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bigshop import TODAY, build

ROWS: list[tuple[str, float, float]] = []


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def report(label: str, ours: list[float], floor: list[float]) -> None:
    o, f = median_ms(ours), median_ms(floor)
    ROWS.append((label, o, f))
    print(f"{label:42s} {o:8.0f} ms   floor {f:8.1f} ms   ratio {o / max(f, 0.01):7.0f}x", flush=True)


def timed(fn, runs: int, app=None, setup=None) -> list[float]:
    out = []
    for _ in range(runs):
        if setup is not None:
            setup()
            if app is not None:
                app.processEvents()
        start = time.perf_counter()
        fn()
        if app is not None:
            app.processEvents()
        out.append(time.perf_counter() - start)
    return out


def sql(db: Path, query: str, params=(), runs: int = 5) -> list[float]:
    conn = sqlite3.connect(db)
    try:
        return timed(lambda: conn.execute(query, params).fetchall(), runs)
    finally:
        conn.close()


def month_block(staff: int, days: int, base: int) -> str:
    return "\n".join("\t".join(str(base + r * 31 + c) for c in range(days)) for r in range(staff))


def run(db: Path, runs: int, only: str | None, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.periods import Month, Quarter, Year
    from app.shop import Shop
    from ui.fonts import install_fonts
    from ui.main_window import MainWindow
    from ui.navigation import page_index

    def wanted(label: str) -> bool:
        return only is None or only in label

    from ui import errors

    said: list[str] = []
    errors.handler = lambda kind, title, text: said.append(f"{kind}: {text[:80]}") or True  # no modal boxes
    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    shop = Shop.open(db, TODAY)
    window = MainWindow(shop, start_page="staff", settings=QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.stop_polling()
    app.processEvents()

    def page(key: str):
        window.show_page(page_index(key))
        app.processEvents()
        return window.current_page()

    sep, oct_ = Month(2026, 9), Month(2026, 10)
    floors = {
        "staff": ("SELECT * FROM staff", ()),
        "targets": ("SELECT * FROM staff_target WHERE month = ?", (oct_.key(),)),
        "data": ("SELECT staff_id, day, value FROM daily_value WHERE metric = 'sales' AND day BETWEEN ? AND ?",
                 (oct_.start.isoformat(), oct_.end.isoformat())),
        "flowers": ("SELECT * FROM flower", ()),
        "awards": ("SELECT * FROM award_line WHERE run_id = (SELECT max(id) FROM award_run)", ()),
        "certificates": ("SELECT * FROM award_line WHERE run_id = (SELECT max(id) FROM award_run)", ()),
        "settings": ("SELECT * FROM audit ORDER BY id DESC LIMIT 2000", ()),
    }
    for key, (query, params) in floors.items():
        label = f"open page {key}"
        if wanted(label):
            target = page(key)
            report(label, timed(lambda p=target: p.refresh(), runs, app), sql(db, query, params, runs))
            if key == "awards":  # the background status run ends before the next page is timed
                while target.busy:
                    app.processEvents()

    if wanted("audit log"):
        settings = page("settings")
        tab = settings.tabs.indexOf(settings.audit.parentWidget()) if settings.tabs.indexOf(settings.audit) < 0 \
            else settings.tabs.indexOf(settings.audit)

        def show_log() -> None:
            settings.tabs.setCurrentIndex(0)
            app.processEvents()
            settings.tabs.setCurrentIndex(tab)  # the page refreshes on a tab change

        report("settings: open 操作日志 (100,000 rows)", timed(show_log, runs, app),
               sql(db, floors["settings"][0], (), runs))

    targets = page("targets")
    months = [Month(2026, m) for m in (9, 8, 7, 6, 5, 4, 3)][:runs]
    if wanted("targets switch month"):
        it = iter(months)
        report("targets: switch month", timed(lambda: targets.picker.setMonth(next(it)), runs, app),
               sql(db, floors["targets"][0], (sep.key(),), runs))

    data = page("data")
    month_floor = sql(db, floors["data"][0], (sep.start.isoformat(), sep.end.isoformat()), runs)
    if wanted("data switch month"):
        it = iter(months)
        report("data: switch month", timed(lambda: data.picker.setMonth(next(it)), runs, app), month_floor)
    if wanted("data switch metric"):
        keys = ["orders", "inquiries", "paying", "ratings", "response_s", "refunds", "sales"]
        it = iter(keys[:runs] if runs <= len(keys) else keys * runs)
        report("data: switch metric", timed(lambda: data.set_metric(next(it)), runs, app), month_floor)
    data.set_metric("sales")
    data.picker.setMonth(sep)
    app.processEvents()
    people = data.model.rowCount()
    block = [month_block(people, 30, 1000 * (n + 1)) for n in range(runs)]
    rows = [(day.isoformat(), p.id) for p in data.model.people for day in data.model.days]
    conn = sqlite3.connect(db)

    def bare_write(n: int = 0) -> None:
        with conn:
            conn.executemany("UPDATE daily_value SET value = ? WHERE metric = 'sales' AND day = ? AND staff_id = ?",
                             [(n, d, s) for d, s in rows])

    def bare_write_one(n: int) -> None:
        with conn:
            conn.execute("UPDATE daily_value SET value = ? WHERE metric = 'sales' AND day = ? AND staff_id = ?",
                         (n, *rows[0]))

    write_floor = timed(bare_write, runs)
    if wanted("data paste"):
        pastes = iter(block)

        def select_top_left() -> None:
            data.table.setCurrentIndex(data.model.index(0, 0))

        report(f"data: paste {people}×30 block", timed(lambda: data.paste_text(next(pastes)), runs, app,
                                                       setup=select_top_left), write_floor)
        report("data: undo the paste", timed(lambda: data.undo(), runs, app), write_floor)
    if wanted("data type"):
        values = iter(range(2 * runs))
        index = data.model.index(3, 4)
        report("data: type in one cell", timed(lambda: data.model.setData(index, str(5000 + next(values))), runs, app),
               timed(lambda: bare_write_one(next(values)), runs))
    conn.close()

    if wanted("staff search"):
        staff = page("staff")
        words = iter(["林", "王", "客服", "张", "陈", "李", "刘"] * runs)
        report("staff: search", timed(lambda: staff.filter_edit.setText(next(words)), runs, app),
               sql(db, "SELECT id FROM staff WHERE name LIKE '%林%'", (), runs))
        staff.filter_edit.clear()

    if wanted("person detail"):
        from ui.dialogs.person_detail import PersonDetailDialog

        board = page("dashboard")
        person = board.model.data(board.model.index(0, 0), board_row_role()).staff

        def detail() -> None:
            dialog = PersonDetailDialog(shop, person, oct_, window)
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()

        report("board: open a person's detail", timed(detail, runs, app),
               sql(db, "SELECT substr(day, 1, 7), sum(value) FROM daily_value WHERE metric = 'sales' AND staff_id = ? "
                       "AND day >= '2026-05-01' GROUP BY 1", (person.id,), runs))

    def award_floor(period) -> list[float]:
        """The bare SQL of the facts: per metric the rules read, daily values by person and month over the months
        the plans read; the targets of those months; the period's events."""
        from app.awards.facts import metrics_used

        conn = sqlite3.connect(db)
        forces = shop.awards.plans.in_force(period)
        keys = sorted({m.key for f in forces for m in metrics_used(f.plan, period.kind, shop.metrics)})
        months = sorted({m for f in forces for m in f.plan.months_needed(period)})

        def work() -> None:
            for key in keys:
                conn.execute("SELECT staff_id, substr(day, 1, 7), sum(value), count(*) FROM daily_value "
                             "WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY 1, 2",
                             [key, f"{months[0]}-01", period.end.isoformat()]).fetchall()
            conn.execute(f"SELECT * FROM staff_target WHERE month IN ({', '.join('?' * len(months))})",
                         months).fetchall()
            conn.execute("SELECT * FROM event WHERE day BETWEEN ? AND ?",
                         [period.start.isoformat(), period.end.isoformat()]).fetchall()

        try:
            return timed(work, runs)
        finally:
            conn.close()

    if wanted("awards compute"):
        report("awards: compute year 2026 (worker)", timed(lambda: shop.awards.compute(Year(2026)), runs),
               award_floor(Year(2026)))
        report("awards: compute 2026Q3 (worker)", timed(lambda: shop.awards.compute(Quarter(2026, 3)), runs),
               award_floor(Quarter(2026, 3)))
        awards = page("awards")
        review = shop.awards.compute(Year(2026))
        report("awards: show the year's lines (UI)", timed(lambda: awards._show(review), runs, app),
               award_floor(Year(2026)))
    if wanted("awards approve"):
        report("awards: approve 2026Q3 (worker, incl. backup)",
               timed(lambda: shop.awards.approve(Quarter(2026, 3), confirm=True), 1), award_floor(Quarter(2026, 3)))
        report("awards: approve year 2026 (worker, incl. backup)",
               timed(lambda: shop.awards.approve(Year(2026), confirm=True), 1), award_floor(Year(2026)))

    if wanted("certificates"):
        certs = page("certificates")
        certs.period.setCurrentText(sep.key())

        def load() -> None:
            certs.load_requests()

        report(f"certificates: load {sep.key()}", timed(load, runs, app),
               sql(db, "SELECT * FROM award_line WHERE run_id = (SELECT id FROM award_run WHERE period = ? "
                       "AND status = 'approved')", (sep.key(),), runs))
        print(f"    ({len(certs.requests)} certificates)")
        from reportlab.pdfgen.canvas import Canvas

        def bare_page() -> None:
            canvas = Canvas(str(folder / "bare.pdf"))
            canvas.drawString(100, 100, "x")
            canvas.showPage()
            canvas.save()

        report("certificates: preview", timed(certs.update_preview, runs, app), timed(bare_page, runs))

    if wanted("payout"):
        from openpyxl import Workbook

        from app.awards.payout import write_payout

        def bare_book() -> None:
            book = Workbook()
            for r in range(200):
                book.active.append([r, "名字", 100, 200, 300])
            book.save(folder / "bare.xlsx")

        report("payout sheet 2026-09 (worker)", timed(lambda: write_payout(shop, sep, folder / "p.xlsx"), runs),
               timed(bare_book, runs))

    if wanted("receipts"):
        from reportlab.pdfgen.canvas import Canvas

        from app.awards.receipt import people_paid, write_receipts

        shop.awards.approve(Quarter(2026, 3), confirm=True)  # September pays the month and the quarter
        ids = people_paid(shop, sep)

        def bare_pages() -> None:
            canvas = Canvas(str(folder / "bare.pdf"))
            for sid in ids:
                canvas.drawString(100, 700, f"{sid}")
                canvas.showPage()
            canvas.save()

        report(f"全员计算单 2026-09 ({len(ids)} pages, worker)",
               timed(lambda: write_receipts(shop, sep, ids, folder / "r.pdf"), max(1, runs // 2)),
               timed(bare_pages, runs))

    if wanted("import"):
        files = sorted((db.parent / "imports").glob("*.csv")) if (db.parent / "imports").exists() else []
        if files:
            measure_import(db, files[-1], runs, folder)

    shop.close()


def board_row_role() -> int:
    from ui.models.board_model import ROW_ROLE

    return ROW_ROLE


def measure_import(db: Path, file: Path, runs: int, folder: Path) -> None:
    from app.importing import ImportOptions, ImportService
    from app.periods import Month
    from app.shop import Shop

    def bare() -> None:
        with file.open(encoding="gbk") as f:
            rows = list(csv.reader(f))
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE v (day, name, metric, value)")
        conn.executemany("INSERT INTO v VALUES (?, ?, ?, ?)", [(r[0], r[1], m, r[i]) for r in rows[1:]
                                                            for i, m in enumerate(("sales", "inq", "pay", "resp"), 2)])
        conn.close()

    floor = timed(bare, runs)
    shop = Shop.open(db, TODAY)
    service = ImportService(shop.store, shop.ctx, shop.metrics)
    report(f"import preview {file.name} ({sum(1 for _ in file.open(encoding='gbk')) - 1} rows)",
           timed(lambda: service.preview([file], ImportOptions(month=Month(2026, 9))), runs), floor)
    shop.close()
    cli = []
    for _ in range(max(1, runs // 2)):
        copy = folder / "cli.db"
        shutil.copy(db, copy)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", "--db", str(copy), "--today", TODAY.isoformat(), "import",
                        str(file)], cwd=ROOT, capture_output=True, check=False,
                       env={**os.environ, "HONGHUA_HOME": str(folder)})
        cli.append(time.perf_counter() - start)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import app.cli"], cwd=ROOT, check=True)
    report("import CLI (process, incl. start-up)", cli, [time.perf_counter() - start])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["HONGHUA_HOME"] = tmp
        db = folder / "big.db"
        if args.db:
            shutil.copy(args.db, db)
            if (args.db.parent / "imports").exists():
                shutil.copytree(args.db.parent / "imports", folder / "imports")
        else:
            build(db)
        print(f"shop: {db.stat().st_size / 2**20:.0f} MB, today {TODAY}, medians of {args.runs} runs")
        run(db, args.runs, args.only, folder)


if __name__ == "__main__":
    main()
