"""The award run as a scheduled task would drive it: demo shop → plans → compute → approve → edit →
changed → payout and receipt, each a real child process on a temporary file."""

import json

import openpyxl


def test_month_end_award_run(app, tmp_path):
    assert app("demo", "--staff", "8", "--months", "3", today="2026-11-03").code == 0
    assert app("plan", "use", "taobao-kefu", today="2026-11-03").code == 0
    assert app("plan", "use", "after-sales", "--dept", "售后部", today="2026-11-03").code == 0
    run = app("awards", "compute", "--period", "2026-10", "--json", today="2026-11-03")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert data["period"] == "2026-10" and data["lines"] and not data["approved"]
    staff_lines = [x for x in data["lines"] if x["recipient_type"] == "staff"]
    for total in data["totals"]:  # totals equal the sum of their lines, to the fen
        mine = [x for x in staff_lines if x["staff_id"] == total["staff_id"]]
        assert total["cash_fen"] == sum(x["amount_fen"] for x in mine if x["kind"] == "cash")
        assert total["net_fen"] == total["cash_fen"] - total["deduction_fen"]
    refused = app("awards", "approve", "--period", "2026-11", today="2026-11-03")
    assert refused.code == 2 and "--confirm" in refused.err
    assert app("awards", "approve", "--period", "2026-10", today="2026-11-03").code == 0
    someone = staff_lines[0]["staff_id"]
    change = ("data", "set", "--date", "2026-10-15", "--staff", str(someone), "--metric", "sales", "--value", "99999")
    unconfirmed = app(*change, today="2026-11-03")  # an approved month's data: confirmed, as an import is
    assert unconfirmed.code == 2 and "--confirm-approved" in unconfirmed.err
    assert app(*change, "--confirm-approved", today="2026-11-03").code == 0
    status = app("awards", "status", "--period", "2026-10", today="2026-11-03")
    assert status.code == 0 and "批准后数据有变化" in status.out
    payout = app("payout", "--month", "2026-10", "-o", str(tmp_path / "pay.xlsx"), today="2026-11-03")
    assert payout.code == 0, payout.err
    sheet = openpyxl.load_workbook(tmp_path / "pay.xlsx")["发放表"]
    notes = [str(c.value) for row in sheet.iter_rows() for c in row if c.value and str(c.value).startswith("注意：")]
    assert "注意：2026年10月 批准后数据有变化，本表仍按批准时的结果；如需更新请重新计算并再次批准。" in notes
    receipt = app("receipt", "--month", "2026-10", "--staff", str(someone), "-o", str(tmp_path / "r.pdf"),
                  today="2026-11-03")
    assert receipt.code == 0, receipt.err
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
