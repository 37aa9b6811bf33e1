"""StaffDraft lives in app/staff_draft.py, which the window's start does not import; app.domain still hands it out,
to the program and to type checkers alike."""

import pickle
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_app_domain_hands_out_the_one_staff_draft_class():
    import app.domain
    from app.domain import StaffDraft
    from app.staff_draft import StaffDraft as kept

    assert StaffDraft is kept and app.domain.StaffDraft is kept
    draft = StaffDraft("小美", aliases=("旗舰店:小美",), hired=date(2026, 1, 5))
    assert pickle.loads(pickle.dumps(draft)) == draft
    with pytest.raises(AttributeError, match="'Staf'"):
        app.domain.Staf  # noqa: B018


def test_a_type_checker_reads_the_staff_draft_app_domain_hands_out(tmp_path, monkeypatch):
    """A module `__getattr__` alone had mypy take `from app.domain import StaffDraft` for `object` (not callable),
    and every misspelt name imported from app.domain for one too, unreported."""
    api = pytest.importorskip("mypy.api")
    monkeypatch.setenv("MYPYPATH", str(ROOT))
    probe = tmp_path / "probe.py"
    probe.write_text("from app.domain import Staf, StaffDraft\n\nname: int = StaffDraft('小美').name\n", encoding="utf-8")
    out, _err, _status = api.run([str(probe), "--follow-imports=silent", "--ignore-missing-imports",
                                  "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", "--show-error-codes"])
    errors = sorted((line.split(":")[1], line.rsplit("[", 1)[-1]) for line in out.splitlines() if ": error:" in line)
    assert errors == [("1", "attr-defined]"), ("3", "assignment]")], out
