"""Shared pieces of the import GUI tests: sample files, a shop with the samples' people, a wizard factory,
waiting for the background steps, screenshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.domain import StaffDraft
from app.periods import Month
from ui.importing import wizard as steps
from ui.importing.wizard import ImportWizard

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"
GBK_CSV = SAMPLES / "客服日报_2026-10-01至2026-10-07.csv"
DAILY_XLSX = SAMPLES / "千牛_客服日报_2026-10.xlsx"
MONTHLY_XLSX = SAMPLES / "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx"
SCREENS = ROOT / "tests" / "artifacts" / "screens"
OCT = Month(2026, 10)
D1 = date(2026, 10, 1)
TITLE = ["统计时间：2026-10-01 ~ 2026-10-31"]
HEADER = ["日期", "客服", "销售额", "询单人数"]


def dump(shop) -> str:
    return "\n".join(shop.store.db.conn.iterdump())


def write_csv(path: Path, rows: list[list[str]], encoding: str = "gbk") -> Path:
    path.write_bytes(("\r\n".join(",".join(row) for row in rows) + "\r\n").encode(encoding))
    return path


def daily(tmp_path: Path, rows: list[list[str]], name: str = "日报.csv") -> Path:
    return write_csv(tmp_path / name, [TITLE, HEADER, *rows])


@pytest.fixture
def people(shop):
    """The four people of the sample files, by name."""
    return {name: shop.staff.add(StaffDraft(name, dept="客服部")).id for name in ("小美", "阿强", "晓雯", "大刘")}


@pytest.fixture
def make_wizard(qtbot, shop):
    made = []

    def make(paths=()):
        wizard = ImportWizard(shop, paths)
        qtbot.addWidget(wizard)
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.session.close()


def wait_idle(qtbot, wizard) -> None:
    qtbot.waitUntil(lambda: not wizard.session.busy, timeout=15000)


def preview(qtbot, wizard):
    task = wizard.start_preview()
    assert task is not None
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.PREVIEW, wizard.notice.text()
    return wizard.plan


def commit(qtbot, wizard) -> int:
    assert wizard.next_button.isEnabled(), wizard.preview_step.blocking.text()
    assert wizard.next() is not None
    wait_idle(qtbot, wizard)
    assert wizard.step() == steps.RESULT and wizard.import_id is not None, wizard.notice.text()
    return wizard.import_id


def shoot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    QApplication.sendPostedEvents()  # let the layouts settle after the last change, as the screen would
    assert widget.grab().save(str(SCREENS / f"import_{name}.png"))


def sample_sales_fen(i: int, d: int) -> int:
    """What scripts/make_samples.py writes as staff i's sales on day d."""
    inquiries = 40 + (i * 7 + d * 5) % 23
    paying = inquiries * (35 + (i * 3 + d) % 15) // 100
    return paying * (9800 + (i * 1500 + d * 700) % 6000) + (i * 37 + d * 11) % 100
