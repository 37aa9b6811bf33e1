"""The shipped sample exports: written by scripts/make_samples.py, and they import cleanly."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import openpyxl

from app.importing import ImportOptions

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"


def _script():
    spec = importlib.util.spec_from_file_location("make_samples", ROOT / "scripts" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_writes_the_shipped_samples(tmp_path):
    written = _script().write_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p in SAMPLES.iterdir())
    for path in written:
        shipped = SAMPLES / path.name
        if path.suffix == ".csv":
            assert path.read_bytes() == shipped.read_bytes()
            shipped.read_bytes().decode("gbk")  # a GBK CSV, as Chinese Excel writes it
        else:
            def cells(p):
                return [[c.value for c in row] for row in openpyxl.load_workbook(p).active.iter_rows()]
            assert cells(path) == cells(shipped)


def test_samples_import_cleanly(shop, imports):
    plan = imports.preview(sorted(SAMPLES.iterdir()), ImportOptions(create_staff=True))
    assert not plan.errors
    by_name = {f.name: f for f in plan.files}
    monthly = next(f for n, f in by_name.items() if "月度" in n)
    assert monthly.target == "period" and monthly.header_rows == 2 and monthly.skipped == 1
    daily_csv = next(f for n, f in by_name.items() if n.endswith(".csv"))
    assert daily_csv.encoding == "gb18030" and daily_csv.new == 28 and daily_csv.skipped == 1
    imports.commit(plan)
    assert len(shop.staff.list()) == 4


def test_house_rules_for_the_import_code():
    files = list((ROOT / "app" / "importing").glob("*.py")) + [ROOT / "app" / "exporting.py"]
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\s", re.IGNORECASE)
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 400, path
        assert "PySide6" not in text and "from ui" not in text, path
        assert not sql.search(text.replace("「", "").replace("」", "")), path
        assert "except:" not in text and "except Exception:\n        pass" not in text, path
