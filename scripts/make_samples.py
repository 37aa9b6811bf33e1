"""Write the sample seller-tool exports under data/samples/ (used by the tests and the README walkthrough).

    python scripts/make_samples.py [OUTPUT_DIR]

- 客服日报_2026-10-01至2026-10-07.csv: a daily report in GBK as Chinese Excel saves it, title lines above
  the header, ￥ amounts with thousands separators, rates with %, a 合计 row at the bottom.
- 赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx: a month-total report (no date column) with title rows,
  a two-row grouped header with merged cells, five satisfaction levels, and a 合计 row.
- 千牛_客服日报_2026-10.xlsx: a daily report with a title row, Excel dates, rates as fractions, durations.
The data are fixed (no randomness), so the files are the same on every run.
"""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

STAFF = [("旗舰店:小美", "小美"), ("旗舰店:阿强", "阿强"), ("旗舰店:晓雯", "晓雯"), ("旗舰店:大刘", "大刘")]
DAYS = [date(2026, 10, 1) + timedelta(days=i) for i in range(7)]


def _figures(i: int, d: int) -> dict[str, int]:
    """Deterministic, plausible figures for staff i on day d."""
    inquiries = 40 + (i * 7 + d * 5) % 23
    paying = inquiries * (35 + (i * 3 + d) % 15) // 100
    sales_fen = paying * (9800 + (i * 1500 + d * 700) % 6000) + (i * 37 + d * 11) % 100
    return {"inquiries": inquiries, "paying": paying, "sales_fen": sales_fen,
            "received": inquiries + 10 + i, "response": 18 + (i * 5 + d * 3) % 30}


def _yuan(fen: int) -> str:
    return f"￥{fen // 100:,}.{fen % 100:02d}"


def daily_csv() -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["客服绩效报表"])
    w.writerow([f"统计时间：{DAYS[0].isoformat()} ~ {DAYS[-1].isoformat()}"])
    w.writerow([])
    w.writerow(["日期", "客服", "旺旺分组", "接待人数", "询单人数", "询单->最终付款人数", "询单->最终付款成功率",
                "销售额", "平均响应(秒)", "客服回复率", ""])
    totals = {"received": 0, "inquiries": 0, "paying": 0, "sales_fen": 0}
    for d, day in enumerate(DAYS):
        for i, (account, _name) in enumerate(STAFF):
            f = _figures(i, d)
            for key in totals:
                totals[key] += f[key]
            rate = f"{f['paying'] * 100 / f['inquiries']:.2f}%"
            w.writerow([day.isoformat(), account, "售前组", f["received"], f["inquiries"], f["paying"], rate,
                        _yuan(f["sales_fen"]), f"{f['response']}秒", "99.50%" if (i + d) % 3 else "100.00%", ""])
    w.writerow(["合计", "", "", totals["received"], totals["inquiries"], totals["paying"], "",
                _yuan(totals["sales_fen"]), "", "", ""])
    return out.getvalue().encode("gbk")


def monthly_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "客服绩效"
    ws.append(["赤兔 · 客服绩效（月度）"])
    ws.append(["统计时间：2026-10-01 ~ 2026-10-31", None, None, "店铺：旗舰店"])
    ws.append(["客服昵称", "询单->最终付款", None, "销售额", "服务满意度评价", None, None, None, None, "平均响应(秒)"])
    ws.append([None, "人数", "成功率", None, "很满意", "满意", "一般", "不满", "很不满", None])
    for col in ("A", "D", "J"):
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("B3:C3")
    ws.merge_cells("E3:I3")
    totals = [0] * 8
    for i, (account, _name) in enumerate(STAFF):
        month = [_figures(i, d) for d in range(31)]
        paying = sum(f["paying"] for f in month)
        inquiries = sum(f["inquiries"] for f in month)
        sales = sum(f["sales_fen"] for f in month)
        levels = [60 + i * 5, 20 + i, 5 - i % 3, 1 + i % 2, i % 2]
        ws.append([account, paying, round(paying / inquiries, 4), _yuan(sales), *levels, 25 + i * 3])
        ws.cell(row=ws.max_row, column=3).number_format = "0.00%"
        for k, v in enumerate([paying, 0, sales, *levels]):
            totals[k] += v
    ws.append(["合计", totals[0], None, _yuan(totals[2]), *totals[3:], None])
    book.save(path)


def daily_xlsx(path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "客服日报"
    ws.append(["千牛客服日报 2026年10月"])
    ws.append([])
    ws.append(["日期", "旺旺", "咨询人数", "询单人数", "最终付款人数", "客服销售额", "客户满意率", "首次响应时间"])
    for d, day in enumerate(DAYS):
        for i, (account, _name) in enumerate(STAFF):
            f = _figures(i, d)
            ws.append([day, account, f["received"], f["inquiries"], f["paying"], Decimal(f["sales_fen"]) / 100,
                       0.95 + (i + d) % 5 / 100, f"{f['response'] // 60}分{f['response'] % 60:02d}秒"])
            ws.cell(row=ws.max_row, column=1).number_format = "yyyy-mm-dd"
            ws.cell(row=ws.max_row, column=7).number_format = "0.00%"
    book.save(path)


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    path = folder / f"客服日报_{DAYS[0].isoformat()}至{DAYS[-1].isoformat()}.csv"
    path.write_bytes(daily_csv())
    written.append(path)
    path = folder / "赤兔_客服绩效_月度_2026-10-01至2026-10-31.xlsx"
    monthly_xlsx(path)
    written.append(path)
    path = folder / "千牛_客服日报_2026-10.xlsx"
    daily_xlsx(path)
    written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "samples"
    for written in write_all(target):
        print(written)
