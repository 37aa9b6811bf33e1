"""SIGKILL during writes that also produce files, or that replace the shop file: a certificate batch (one
PDF and --split), the payout workbook, the poster PNG, a backup, a restore (also of an older version's backup, migrated on
the way), and pastes into the 数据 grid.

Afterwards the shop file passes integrity_check and holds all of the action or none of it; every output
is the old complete file or the new complete one; a new certificate is in place only once its number is
recorded; a leftover temporary file is hidden (a dot name) and called .tmp; a restored shop file always
holds its audit row saying so.

Kill points per path: HONGHUA_KILL_POINTS (default 5; the full run uses 30 or more)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from app.store import maintenance

from .harness import (
    ROOT,
    Outputs,
    check_report,
    child_env,
    cli,
    kill_output_runs,
    kill_runs,
    start_up,
    state,
    timed_run,
)

TODAY = "2026-11-03"


def _run(db: Path, *args: str, env) -> subprocess.CompletedProcess:
    done = subprocess.run(cli(db, *args, today=TODAY), cwd=ROOT, env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return done


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("kill-outputs")


@pytest.fixture(scope="module")
def env(work):
    return child_env(work)


@pytest.fixture(scope="module")
def approved(work, env):
    """A demo shop with October approved: what certificates and the payout sheet are made from."""
    base = work / "approved.db"
    for args in (("demo", "--staff", "40", "--months", "3"), ("plan", "use", "taobao-kefu"),
                 ("awards", "approve", "--period", "2026-10")):
        _run(base, *args, env=env)
    return base


def _old_pdf(path: Path) -> bytes:
    c = Canvas(str(path))
    c.drawString(100, 700, "old")
    c.showPage()
    c.save()
    return path.read_bytes()


def _pdf_state(path: Path, old: bytes | None, pages: int) -> str:
    if not path.exists():
        assert old is None, f"{path.name}: the old file is gone"
        return "none"
    data = path.read_bytes()
    if old is not None and data == old:
        return "old"
    try:
        found = len(PdfReader(path, strict=True).pages)
    except Exception as e:  # noqa: BLE001 — any reader error means a broken file, which is what is reported
        raise AssertionError(f"{path.name}: not a complete PDF ({type(e).__name__}: {e}, {len(data)} bytes)") from None
    assert found == pages, f"{path.name}: {found} pages, expected {pages}"
    return "new"


def test_certificate_batch_into_one_pdf(work, env, approved, figures):
    reference = work / "cert-ref.db"
    shutil.copyfile(approved, reference)
    ref_out = work / "cert-ref-out"
    ref_out.mkdir()
    command = ("certificates", "batch", "--period", "2026-10")
    duration = timed_run(cli(reference, *command, "-o", str(ref_out / "奖状.pdf"), today=TODAY), env)
    pages = len(PdfReader(ref_out / "奖状.pdf").pages)
    old = _old_pdf(work / "old.pdf")

    def prepare(folder: Path) -> None:
        (folder / "奖状.pdf").write_bytes(old)

    outputs = Outputs(prepare, lambda folder: _pdf_state(folder / "奖状.pdf", old, pages), {"奖状.pdf"},
                      needs_commit=lambda state: state == "new")
    report = kill_output_runs("certificates", approved, work,
                              lambda db, folder: cli(db, *command, "-o", str(folder / "奖状.pdf"), today=TODAY),
                              env, duration, state(approved)[1], state(reference)[1], outputs,
                              start=start_up(reference, env))
    check_report(report, figures)


def test_certificate_batch_split_one_file_each(work, env, approved, figures):
    reference = work / "split-ref.db"
    shutil.copyfile(approved, reference)
    ref_out = work / "split-ref-out"
    command = ("certificates", "batch", "--period", "2026-10", "--split")
    duration = timed_run(cli(reference, *command, str(ref_out), today=TODAY), env)
    names = sorted(p.name for p in ref_out.iterdir())
    assert len(names) > 5
    old = _old_pdf(work / "old-split.pdf")

    def prepare(folder: Path) -> None:
        (folder / names[0]).write_bytes(old)  # a reprint over one file printed before

    def judge(folder: Path) -> str:
        states = [_pdf_state(folder / name, old if i == 0 else None, 1) for i, name in enumerate(names)]
        return f"{states.count('new')}/{len(names)} new"

    outputs = Outputs(prepare, judge, set(names), needs_commit=lambda state: not state.startswith("0/"))
    report = kill_output_runs("split", approved, work, lambda db, folder: cli(db, *command, str(folder), today=TODAY),
                              env, duration, state(approved)[1], state(reference)[1], outputs,
                              start=start_up(reference, env))
    check_report(report, figures)


def test_payout_workbook(work, env, approved, figures):
    reference = work / "payout-ref.db"
    shutil.copyfile(approved, reference)
    ref_out = work / "payout-ref-out"
    ref_out.mkdir()
    command = ("payout", "--month", "2026-10", "-o")
    duration = timed_run(cli(reference, *command, str(ref_out / "发放表.xlsx"), today=TODAY), env)
    sheets = load_workbook(ref_out / "发放表.xlsx", read_only=True).sheetnames
    book = Workbook()
    book.active["A1"] = "old"
    book.save(work / "old.xlsx")
    old = (work / "old.xlsx").read_bytes()

    def judge(folder: Path) -> str:
        data = (folder / "发放表.xlsx").read_bytes()
        if data == old:
            return "old"
        try:
            found = load_workbook(folder / "发放表.xlsx", read_only=True).sheetnames
        except Exception as e:  # noqa: BLE001 — any reader error means a broken file
            raise AssertionError(f"not a complete workbook ({type(e).__name__}: {e}, {len(data)} bytes)") from None
        assert found == sheets
        return "new"

    outputs = Outputs(lambda folder: (folder / "发放表.xlsx").write_bytes(old), judge, {"发放表.xlsx"})
    report = kill_output_runs("payout", approved, work,
                              lambda db, folder: cli(db, *command, str(folder / "发放表.xlsx"), today=TODAY),
                              env, duration, state(approved)[1], state(reference)[1], outputs,
                              start=start_up(reference, env))
    check_report(report, figures)


def test_backup_to_a_chosen_file(work, env, approved, figures):
    """`backup -o` over an older backup: the target is the old backup or a complete, sound new one."""
    expected = state(approved)[1]
    old = work / "old-backup.db"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema" / "v1.sqlite", old)
    old_bytes = old.read_bytes()
    duration = timed_run(cli(approved, "backup", "-o", str(work / "backup-ref.db"), today=TODAY), env)

    def judge(folder: Path) -> str:
        target = folder / "备份.db"
        if target.read_bytes() == old_bytes:
            return "old"
        problems = maintenance.check_file(target)
        assert problems == [], f"the backup is damaged: {problems[:2]}"
        assert state(target)[1] == expected, "the backup does not hold the shop"
        return "new"

    outputs = Outputs(lambda folder: shutil.copyfile(old, folder / "备份.db"), judge, {"备份.db"})
    before = state(approved)[1]
    report = kill_output_runs("backup", approved, work,
                              lambda db, folder: cli(db, "backup", "-o", str(folder / "备份.db"), today=TODAY),
                              env, duration, before, before, outputs, start=start_up(approved, env))
    check_report(report, figures)


def test_restore(work, env, approved, figures):
    """A restore killed at any moment leaves the shop file sound: the current data, or the backup's with the
    audit row saying it was restored."""
    source = work / "restore-source.db"
    _run(approved, "backup", "-o", str(source), env=env)
    current = work / "restore-current.db"
    shutil.copyfile(approved, current)
    _run(current, "awards", "approve", "--period", "2026-09", env=env)
    reference = work / "restore-ref.db"
    shutil.copyfile(current, reference)
    duration = timed_run(cli(reference, "restore", str(source), today=TODAY), env)
    before, after = state(current)[1], state(reference)[1]
    assert before != after

    report = kill_runs("restore", current, work, lambda db: cli(db, "restore", str(source), today=TODAY), env,
                       duration, before, after, start=start_up(reference, env))
    check_report(report, figures)


def test_restore_of_an_older_versions_backup(work, env, approved, figures):
    """Restoring a backup an earlier version made migrates the copy before the swap: killed at any moment,
    the shop file is the current data or the whole migrated backup, never a half-migrated one."""
    source = work / "restore-v1.db"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema" / "v1.sqlite", source)
    reference = work / "restore-v1-ref.db"
    shutil.copyfile(approved, reference)
    duration = timed_run(cli(reference, "restore", str(source), today=TODAY), env)
    before, after = state(approved)[1], state(reference)[1]
    assert after["staff"] != before["staff"] and source.read_bytes() == (
        ROOT / "tests" / "fixtures" / "schema" / "v1.sqlite").read_bytes()  # the chosen file itself is untouched

    report = kill_runs("restore-v1", approved, work, lambda db: cli(db, "restore", str(source), today=TODAY), env,
                       duration, before, after, start=start_up(reference, env))
    check_report(report, figures)


PASTER = """
import sys
from datetime import date, timedelta
from app.services.data import CellInput
from app.shop import Shop

shop = Shop.open(sys.argv[1], date(2026, 10, 20))
people = [p.id for p in shop.staff.list()]
sales = shop.metrics.get("sales")
for day in range(50):  # one paste a day from 1 September to 20 October: one column of the grid each
    when = date(2026, 9, 1) + timedelta(days=day)
    shop.data.paste(sales, [CellInput(pid, when, f"{1000 + n}.5") for n, pid in enumerate(people)])
"""


def test_pastes_into_the_data_grid(work, env, figures):
    """Each paste is one transaction with its audit row: the values stored are always whole pastes."""
    from app.domain import StaffDraft
    from app.shop import Shop

    base = work / "grid-base.db"
    shop = Shop.open(base, date(2026, 10, 20))
    for n in range(50):
        shop.staff.add(StaffDraft(f"客服{n:02d}", hired=date(2026, 1, 1)))
    shop.close()
    reference = work / "grid-ref.db"
    shutil.copyfile(base, reference)

    def command(db: Path) -> list[str]:
        return [sys.executable, "-c", PASTER, str(db)]

    duration = timed_run(command(reference), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["daily_value"] - before["daily_value"] == 50 * 50

    def whole_pastes(counts: dict[str, int]) -> bool:
        pastes = counts["audit"] - before["audit"]
        return counts["daily_value"] - before["daily_value"] == 50 * pastes

    report = kill_runs("grid", base, work, command, env, duration, before, after, compare=whole_pastes)
    check_report(report, figures)


def _old_png(path: Path) -> bytes:
    from PIL import Image

    Image.new("RGB", (40, 30), "white").save(path, format="PNG")
    return path.read_bytes()


def test_poster_png(work, env, approved, figures):
    """`poster -o 战报.png` over yesterday's poster (a daily task): the old picture or the whole new one."""
    from PIL import Image

    reference = work / "poster-ref.db"
    shutil.copyfile(approved, reference)
    ref_out = work / "poster-ref-out"
    ref_out.mkdir()
    command = ("poster", "--month", "2026-10", "--size", "a4", "-o")
    duration = timed_run(cli(reference, *command, str(ref_out / "战报.png"), today=TODAY), env)
    with Image.open(ref_out / "战报.png") as made:
        size = made.size
    old = _old_png(work / "old.png")

    def judge(folder: Path) -> str:
        data = (folder / "战报.png").read_bytes()
        if data == old:
            return "old"
        try:
            with Image.open(folder / "战报.png") as picture:
                picture.load()  # decodes every row: a cut-off file fails here
                found = picture.size
        except Exception as e:  # noqa: BLE001 — any reader error means a broken file
            raise AssertionError(f"not a complete PNG ({type(e).__name__}: {e}, {len(data)} bytes)") from None
        assert found == size
        return "new"

    outputs = Outputs(lambda folder: (folder / "战报.png").write_bytes(old), judge, {"战报.png"})
    before = state(approved)[1]
    report = kill_output_runs("poster", approved, work,
                              lambda db, folder: cli(db, *command, str(folder / "战报.png"), today=TODAY),
                              env, duration, before, state(reference)[1], outputs, start=start_up(reference, env))
    check_report(report, figures)
