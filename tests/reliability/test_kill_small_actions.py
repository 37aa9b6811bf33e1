"""SIGKILL during the small actions a shop owner repeats: staff rehires, saves of a settings form, and the
record of a certificate print job.

A child process repeats the action many times; it is killed at a random moment. Afterwards the shop file
passes integrity_check, and every action is there whole or not at all: a rehired person has the new stint,
the old one kept and the audit row; a saved form has all of its settings, of the same save, and an audit row
for each; a print job has a print row for each of its certificates and its audit row.

Kill points per path: HONGHUA_KILL_POINTS (default 5; the full run uses 30 or more)."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.shop import Shop
from app.store import open_store

from .harness import KILL_POINTS, check_report, child_env, cli, kill_runs, state, timed_run

PEOPLE = 100
HIRED, LEFT, BACK = date(2024, 1, 1), date(2026, 3, 31), date(2026, 6, 1)
SAVES = 300
# save number s writes s + 1000 × n into the form's n-th setting (all within their ranges)
FORM = (declared.BACKUP_KEEP_LAST, declared.FLOWER_LEADER_QUOTA, declared.FLOWER_POOL_SIZE, declared.RED_FLAG_POOL)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("kill-small")


def _killed_files(work: Path, name: str) -> list[Path]:
    return [work / f"{name}-{i}.db" for i in range(KILL_POINTS)]


OPENER = """
import sys
from datetime import date
from app.shop import Shop

Shop.open(sys.argv[1], date(2026, 10, 20)).close()
"""


def _start_up(db: Path, env: dict[str, str]) -> float:
    """Most of the time a child needs before it writes (starting Python, opening the shop), so that most
    kills fall among the actions."""
    return 0.8 * timed_run([sys.executable, "-c", OPENER, str(db)], env)


REHIRER = f"""
import sys
from datetime import date
from app.shop import Shop

shop = Shop.open(sys.argv[1], date(2026, 10, 20))
for person in shop.staff.list():
    shop.staff.rehire(person.id, date.fromisoformat("{BACK.isoformat()}"))
"""


def test_staff_rehires(work, figures):
    base = work / "rehire-base.db"
    shop = Shop.open(base, date(2026, 10, 20))
    for n in range(PEOPLE):
        person = shop.staff.add(StaffDraft(f"客服{n:02d}", hired=HIRED))
        shop.staff.leave(person.id, LEFT)
    shop.close()
    env = child_env(work)
    reference = work / "rehire-ref.db"
    shutil.copyfile(base, reference)

    def command(db: Path) -> list[str]:
        return [sys.executable, "-c", REHIRER, str(db)]

    duration = timed_run(command(reference), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["staff_stint"] - before["staff_stint"] == PEOPLE

    def whole_rehires(counts: dict[str, int]) -> bool:
        return counts["staff_stint"] - before["staff_stint"] == counts["audit"] - before["audit"]

    report = kill_runs("rehire", base, work, command, env, duration, before, after, compare=whole_rehires,
                       start=_start_up(reference, env))
    found = []
    for db in _killed_files(work, "rehire"):
        store = open_store(db, create=False)
        try:
            people = store.staff.list()
            rehired = [p for p in people if p.hired == BACK]
            for p in people:
                if p.hired == BACK:
                    assert p.left is None and [(s.hired, s.left) for s in p.earlier] == [(HIRED, LEFT)], p
                else:
                    assert (p.hired, p.left, p.earlier) == (HIRED, LEFT, ()), p
            assert len(store.audit.recent(action_prefix="staff.rehire")) == len(rehired), db.name
            found.append(len(rehired))
        finally:
            store.close()
    figures.append(f"rehire: people rehired when killed {found} of {PEOPLE}")
    check_report(report, figures)


SAVER = f"""
import sys
from datetime import date
from app import settings as declared
from app.shop import Shop

shop = Shop.open(sys.argv[1], date(2026, 10, 20))
form = [declared.BY_KEY[key] for key in {[s.key for s in FORM]!r}]
for save in range(1, {SAVES} + 1):
    shop.settings.set_many([(setting, save + 1000 * n) for n, setting in enumerate(form)])
"""


def test_settings_form_saves(work, figures):
    base = work / "settings-base.db"
    Shop.open(base, date(2026, 10, 20)).close()
    env = child_env(work)
    reference = work / "settings-ref.db"
    shutil.copyfile(base, reference)

    def command(db: Path) -> list[str]:
        return [sys.executable, "-c", SAVER, str(db)]

    duration = timed_run(command(reference), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["audit"] - before["audit"] == SAVES * len(FORM)

    def whole_saves(counts: dict[str, int]) -> bool:
        return (counts["audit"] - before["audit"]) % len(FORM) == 0

    report = kill_runs("settings", base, work, command, env, duration, before, after, compare=whole_saves,
                       start=_start_up(reference, env))
    found = []
    for db in _killed_files(work, "settings"):
        store = open_store(db, create=False)
        try:
            values = [store.settings.get(setting.key) for setting in FORM]
            logged = len(store.audit.recent(limit=10 * SAVES * len(FORM), action_prefix="setting.set"))
            if values[0] is None:  # killed before the first save
                assert values == [None] * len(FORM) and logged == 0, (db.name, values, logged)
            else:
                save = values[0]
                assert values == [save + 1000 * n for n in range(len(FORM))], (db.name, values)
                assert logged == save * len(FORM), (db.name, save, logged)
            found.append(logged // len(FORM))
        finally:
            store.close()
    figures.append(f"settings: forms saved when killed {found} of {SAVES}")
    check_report(report, figures)


PRINTER = """
import sys
from datetime import date
from app.certificates.service import CertificateService
from app.shop import Shop

shop = Shop.open(sys.argv[1], date(2026, 11, 3))
service = CertificateService(shop.store, shop.ctx, shop.settings)
certificates = shop.store.certificates.in_period("2026-10")
for _job in range(200):  # what the 证书 page records once a job's pages went to the printer
    service.record_print(certificates, 1, "打印机", service.options())
"""


def test_certificate_prints_recorded(work, figures):
    """Each print job is recorded whole: a print row for every certificate and the audit row."""
    env = child_env(work)
    base = work / "print-base.db"
    for args in (("demo", "--staff", "12", "--months", "2"), ("plan", "use", "taobao-kefu"),
                 ("awards", "approve", "--period", "2026-10"),
                 ("certificates", "batch", "--period", "2026-10", "-o", str(work / "奖状.pdf"))):
        timed_run(cli(base, *args, today="2026-11-03"), env)
    shop = Shop.open(base, date(2026, 11, 3))
    issued = len(shop.store.certificates.in_period("2026-10"))
    shop.close()
    assert issued > 1
    reference = work / "print-ref.db"
    shutil.copyfile(base, reference)

    def command(db: Path) -> list[str]:
        return [sys.executable, "-c", PRINTER, str(db)]

    duration = timed_run(command(reference), env)
    before, after = state(base)[1], state(reference)[1]
    assert after["certificate_print"] - before["certificate_print"] == 200 * issued

    def whole_jobs(counts: dict[str, int]) -> bool:
        return counts["certificate_print"] - before["certificate_print"] == issued * (counts["audit"] - before["audit"])

    report = kill_runs("print", base, work, command, env, duration, before, after, compare=whole_jobs,
                       start=_start_up(reference, env))
    found = [state(db)[1]["audit"] - before["audit"] for db in _killed_files(work, "print")]
    figures.append(f"print: jobs recorded when killed {found} of 200")
    check_report(report, figures)
