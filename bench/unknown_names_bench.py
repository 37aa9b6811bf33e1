"""The import wizard's 处理未识别项 step given many names that match nobody (a first import of a big shop's
export): the time from the preview's plan to the step shown and painted, beside the floor measured in the same run —
a bare QTableView over a QStandardItemModel with the same rows and columns, shown and painted.

    python bench/unknown_names_bench.py [--names 1000] [--staff 30] [--runs 5]

Medians of the runs, ours and the floor interleaved (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.last_input_bench import timed  # once the project is on the path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=1000)
    parser.add_argument("--staff", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from app.domain import Staff
    from app.importing import ImportOptions, ImportPlan
    from app.importing.model import FilePlan
    from app.shop import Shop
    from ui.importing.resolve_step import ResolveStep

    app = QApplication(sys.argv)
    names = [f"旗舰店:客服{i:04d}" for i in range(args.names)]
    plan = ImportPlan(files=[FilePlan(index=0, path=Path("客服绩效.xlsx"), header_row=1, columns={"日期": "date"},
                                      unknown_rows={name: [i + 2, 3] for i, name in enumerate(names)})],
                      options=ImportOptions())
    staff = [Staff(id=i + 1, name=f"员工{i:02d}") for i in range(args.staff)]

    with tempfile.TemporaryDirectory() as folder:
        shop = Shop.open(Path(folder) / "shop.db", date(2026, 10, 31))

        def ours() -> None:
            step = ResolveStep(staff, shop.metrics, shop.current_month())
            step.resize(1366, 768)
            step.load(plan)
            step.show()
            step.repaint()
            app.processEvents()
            step.close()
            step.deleteLater()

        def floor() -> None:
            model = QStandardItemModel(0, 4)
            for name in names:
                model.appendRow([QStandardItem(name), QStandardItem("3"), QStandardItem("请选择…"), QStandardItem("")])
            view = QTableView()
            view.setModel(model)
            view.resize(1366, 768)
            view.show()
            view.repaint()
            app.processEvents()
            view.close()
            view.deleteLater()

        ours()
        floor()
        samples: dict[str, list[float]] = {"ours": [], "floor": []}
        for _ in range(args.runs):
            samples["ours"].append(timed(ours))
            samples["floor"].append(timed(floor))
            app.processEvents()
        shop.close()
    o, f = (statistics.median(samples[k]) * 1000 for k in ("ours", "floor"))
    print(f"处理未识别项, {args.names} names, {args.staff} staff: {o:7.1f} ms   floor (bare QTableView) {f:6.1f} ms")


if __name__ == "__main__":
    main()
