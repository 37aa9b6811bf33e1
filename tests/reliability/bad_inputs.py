"""Every bad input tried, and what the user sees. docs/bad-inputs.md is this table, rendered:

    python -m tests.reliability.bad_inputs > docs/bad-inputs.md

tests/reliability/test_bad_inputs.py checks that each input is refused with a clear message (no traceback,
nothing written) and that the document still shows what the app says today.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from unittest import mock

from app import backups
from app.backups import making
from app.domain import StaffDraft
from app.errors import HonghuaError
from app.importing import ImportOptions, ImportService
from app.money import parse_yuan
from app.periods import parse_date, parse_month, parse_period
from app.shop import Shop
from app.store import open_store
from app.store.schema import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[2]
PLACE = "…"  # temporary folders are shown as …


class Workspace:
    """A temporary folder with a small shop (小美, 阿强) and helpers to write files into it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db = folder / "shop.db"
        shop = Shop.open(self.db, date(2026, 11, 3))
        shop.staff.add(StaffDraft("小美", aliases=("旗舰店:小美",)))
        shop.staff.add(StaffDraft("阿强"))
        shop.close()

    def file(self, name: str, content: bytes | str, encoding: str = "utf-8") -> Path:
        path = self.folder / name
        path.write_bytes(content.encode(encoding) if isinstance(content, str) else content)
        return path

    def import_(self, *paths: Path) -> None:
        shop = Shop.open(self.db, date(2026, 11, 3))
        try:
            service = ImportService(shop.store, shop.ctx, shop.metrics)
            service.commit(service.preview(list(paths)))
        finally:
            shop.close()


def _import_mapped(ws: Workspace, path: Path, value: str) -> None:
    """`honghua import FILE --map VALUE`, as the command line runs it."""
    from app.importing.commands import check_mapped_headers, column_map_arg

    shop = Shop.open(ws.db, date(2026, 11, 3))
    try:
        mapped = column_map_arg([value], shop.metrics)
        service = ImportService(shop.store, shop.ctx, shop.metrics)
        plan = service.preview([path], ImportOptions(column_map={h: key for h, (key, _v) in mapped.items()}))
        check_mapped_headers(plan, mapped)
        service.commit(plan)
    finally:
        shop.close()


def _add_staff(ws: Workspace, draft: StaffDraft) -> None:
    shop = Shop.open(ws.db, date(2026, 11, 3))
    try:
        shop.staff.add(draft)
    finally:
        shop.close()


def _sqlite_file(ws: Workspace, name: str, version: int | None = None, foreign: bool = False) -> Path:
    path = ws.folder / name
    if foreign:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.close()
        return path
    shutil.copyfile(ws.db, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    return path


def _unreadable(ws: Workspace, name: str) -> Path:
    path = ws.folder / name
    data = bytearray(ws.db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path


def _full_disk(ws: Workspace) -> None:
    with mock.patch.object(making.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 2048)):
        backups.backup_path(ws.db)


def _read_only_folder(ws: Workspace) -> None:
    with mock.patch.object(making.os, "access", lambda *_a: False):
        backups.copy_path(ws.db, ws.folder / "usb" / "copy.db")


def _restore_while_open(ws: Workspace) -> None:
    saved = backups.backup_path(ws.db).info.path
    other = open_store(ws.db)
    try:
        backups.restore(ws.db, saved)
    finally:
        other.close()


class Prepared:
    """A case that needs the shop in some state first: `setup` runs before the shop is kept to compare with."""

    def __init__(self, setup: Callable[[Workspace], object], run: Callable[[Workspace], object]):
        self.setup, self.run = setup, run

    def __call__(self, ws: Workspace) -> object:
        return self.run(ws)


def _first_sub_account_imported(ws: Workspace) -> None:
    _add_staff(ws, StaffDraft("晓燕", aliases=("红花旗舰店:晓燕", "红花旗舰店:售前01")))
    ws.import_(ws.file("A组.csv", DAILY + "2026-10-01,红花旗舰店:晓燕,1000\n"))


def _both_sub_accounts_imported_together_before_v13(ws: Workspace) -> None:
    """As a shop upgraded from before schema v13 holds them: each account's share in the sum is not known."""
    _add_staff(ws, StaffDraft("晓燕", aliases=("红花旗舰店:晓燕", "红花旗舰店:售前01")))
    ws.import_(ws.file("A组.csv", DAILY + "2026-10-01,红花旗舰店:晓燕,1000\n"),
               ws.file("B组.csv", DAILY + "2026-10-01,红花旗舰店:售前01,300\n"))
    conn = sqlite3.connect(ws.db)
    try:
        with conn:
            conn.execute("DELETE FROM import_share")
    finally:
        conn.close()


DAILY = "日期,客服,销售额\n"
Case = tuple[str, str, Callable[[Workspace], object]]
CASES: list[Case] = [
    ("金额", "`12,50.0`（千分位写错）", lambda ws: parse_yuan("12,50.0", field="销售额")),
    ("金额", "`1e5`（科学计数法）", lambda ws: parse_yuan("1e5", field="销售额")),
    ("金额", "`十二元`（汉字数字）", lambda ws: parse_yuan("十二元", field="销售额")),
    ("金额", "空白", lambda ws: parse_yuan("  ", field="销售额")),
    ("金额", "`99999999999999`（超过一万亿元）", lambda ws: parse_yuan("99999999999999", field="销售额")),
    ("金额", "`12.3.4`", lambda ws: parse_yuan("12.3.4", field="销售额")),
    ("金额", "27 位的数字", lambda ws: parse_yuan("1" + "0" * 26, field="销售额")),
    ("金额", "`3500.555`（细于 1 分）", lambda ws: parse_yuan("3500.555", field="固定工资")),
    ("金额", "`0.000001千`（细于 1 分）", lambda ws: parse_yuan("0.000001千", field="固定工资")),
    ("期间", "`2026-13`", lambda ws: parse_period("2026-13")),
    ("期间", "`2026-Q5`", lambda ws: parse_period("2026-Q5")),
    ("期间", "`下个月`", lambda ws: parse_period("下个月")),
    ("期间", "`2026-Q4` 用在只接受月份的地方", lambda ws: parse_month("2026-Q4")),
    ("期间", "`2026-13` 用在只接受月份的地方", lambda ws: parse_month("2026-13")),
    ("日期", "`2026-02-30`", lambda ws: parse_date("2026-02-30", field="日期")),
    ("日期", "`20261001`", lambda ws: parse_date("20261001", field="日期")),
    ("导入", "空文件", lambda ws: ws.import_(ws.file("空.csv", b""))),
    ("导入", "改了扩展名的 PDF", lambda ws: ws.import_(ws.file("报表.xlsx", b"%PDF-1.7\n" + b"x" * 200))),
    ("导入", "截断的 xlsx（下载到一半）",
     lambda ws: ws.import_(ws.file("半截.xlsx", (ROOT / "data/samples/千牛_客服日报_2026-10.xlsx").read_bytes()[:3000]))),
    ("导入", "改了扩展名的二进制文件（.xlsx）", lambda ws: ws.import_(ws.file("坏文件.xlsx", bytes(range(256)) * 8))),
    ("导入", "改了扩展名、没有表头的文本（.xlsx）", lambda ws: ws.import_(ws.file("便条.xlsx", "记得周五对账\n小美请假\n"))),
    ("导入", "Excel 打开报表时留下的临时文件（~$）",
     lambda ws: ws.import_(ws.file("~$客服日报.xlsx", b"\x05admin" + b" " * 49 + "admin".encode("utf-16-le") + b"\x20\x00" * 50))),
    ("导入", "没有年份的日期（10月1日），标题和文件名里也没有",
     lambda ws: ws.import_(ws.file("客服日报.csv", "日期,客服,销售额\n10月1日,小美,100\n"))),
    ("导入", "随机二进制内容", lambda ws: ws.import_(ws.file("乱码.csv", bytes(range(256)) * 8))),
    ("导入", "找不到表头的表格", lambda ws: ws.import_(ws.file("无表头.csv", "甲,乙,丙\n1,2,3\n"))),
    ("导入", "不认识的客服名", lambda ws: ws.import_(ws.file("陌生人.csv", DAILY + "2026-10-01,陌生人,100\n"))),
    ("导入", "金额格子里写了文字", lambda ws: ws.import_(ws.file("坏金额.csv", DAILY + "2026-10-01,小美,一百块\n"))),
    ("导入", "格子里是 27 位的数字", lambda ws: ws.import_(ws.file("巨大.csv", DAILY + "2026-10-01,小美," + "1" + "0" * 26 + "\n"))),
    ("导入", "不存在的日期", lambda ws: ws.import_(ws.file("坏日期.csv", DAILY + "2026-02-30,小美,100\n"))),
    ("导入", "没有年份的日期，文件里其他日期跨了两年",
     lambda ws: ws.import_(ws.file("跨年.csv", DAILY + "2025-12-30,小美,100\n2026-01-02,小美,100\n3月1日,小美,100\n"))),
    ("导入", "统计时间分成两列（开始日期、结束日期），结束早于开始",
     lambda ws: ws.import_(ws.file("区间.csv", "开始日期,结束日期,客服,销售额\n2026-10-18,2026-10-01,小美,100\n"))),
    ("导入", "同一人同一天出现两次、数值不同",
     lambda ws: ws.import_(ws.file("重复.csv", DAILY + "2026-10-01,小美,100\n2026-10-01,小美,200\n"))),
    ("导入", "同一人同一天既有子账号、又有不带店铺名的姓名，数值不同",
     lambda ws: ws.import_(ws.file("姓名与子账号.csv", DAILY + "2026-10-01,旗舰店:小美,100\n2026-10-01,小美,150\n"))),
    ("导入", "同一人同一天既有姓名、又有她子账号的昵称（都不带店铺名），数值不同",
     Prepared(lambda ws: _add_staff(ws, StaffDraft("刘佳怡", aliases=("小橙子旗舰店:小鹿",))),
              lambda ws: ws.import_(ws.file("姓名与昵称.csv", DAILY + "2026-10-01,刘佳怡,300\n2026-10-01,小鹿,100\n")))),
    ("导入", "同一人另一个子账号的报表单独导入（那天已由之前一次导入的另一个子账号写入）",
     Prepared(_first_sub_account_imported,
              lambda ws: ws.import_(ws.file("B组.csv", DAILY + "2026-10-01,红花旗舰店:售前01,300\n")))),
    ("导入", "升级到本版之前两个子账号的报表一起导入，现在只把其中一个的更正报表单独导入（那天是两个子账号的合计，各自多少不知道）",
     Prepared(_both_sub_accounts_imported_together_before_v13,
              lambda ws: ws.import_(ws.file("A组更正.csv", DAILY + "2026-10-01,红花旗舰店:晓燕,1100\n")))),
    ("导入", "只有一个「金额」列，看不出是销售额还是退款",
     lambda ws: ws.import_(ws.file("金额.csv", "日期,客服,金额\n2026-10-01,小美,100\n"))),
    ("导入", "日期还没到的行", lambda ws: ws.import_(ws.file("未来.csv", DAILY + "2026-11-28,小美,100\n"))),
    ("导入", "文件不存在", lambda ws: ws.import_(ws.folder / "没有这个文件.csv")),
    ("导入", "命令行 --map 写了文件里没有的列名",
     lambda ws: _import_mapped(ws, ws.file("接待.csv", "日期,客服,销售额,接待人数（去重）\n2026-10-01,小美,100,5\n"),
                               "接待人数=询单人数")),
    ("导入", "命令行 --map 写了不存在的指标",
     lambda ws: _import_mapped(ws, ws.file("接待.csv", "日期,客服,接待人数（去重）\n2026-10-01,小美,5\n"),
                               "接待人数（去重）=询单数")),
    ("导入", "命令行 --map 把客服名称列指定为指标",
     lambda ws: _import_mapped(ws, ws.file("接待.csv", DAILY + "2026-10-01,小美,100\n"), "客服=销售额")),
    ("员工", "子账号是另一位员工的姓名", lambda ws: _add_staff(ws, StaffDraft("测试丙", aliases=("阿强",)))),
    ("员工", "姓名是另一位员工的子账号", lambda ws: _add_staff(ws, StaffDraft("旗舰店:小美"))),
    ("数据文件", "不是 SQLite 的文件", lambda ws: open_store(ws.file("表格.db", "姓名,销售额\n张伟,100\n"))),
    ("数据文件", "其他程序的 SQLite 数据库", lambda ws: open_store(_sqlite_file(ws, "相册.db", foreign=True))),
    ("数据文件", "更新版本的红花榜创建的文件",
     lambda ws: open_store(_sqlite_file(ws, "新版.db", version=LATEST_VERSION + 1))),
    ("数据文件", "损坏到无法读取的文件", lambda ws: open_store(_unreadable(ws, "损坏.db"))),
    ("数据文件", "一个文件夹", lambda ws: open_store(ws.folder)),
    ("备份", "磁盘空间不足", _full_disk),
    ("备份", "备份文件夹只读", _read_only_folder),
    ("备份", "备份到数据文件本身", lambda ws: backups.copy_path(ws.db, ws.db)),
    ("恢复", "用不是红花榜的文件恢复", lambda ws: backups.restore(ws.db, _sqlite_file(ws, "相册.db", foreign=True))),
    ("恢复", "用更新版本的文件恢复",
     lambda ws: backups.restore(ws.db, _sqlite_file(ws, "新版.db", version=LATEST_VERSION + 1))),
    ("恢复", "用损坏的文件恢复", lambda ws: backups.restore(ws.db, _unreadable(ws, "损坏.db"))),
    ("恢复", "数据文件正被另一个窗口使用时恢复", _restore_while_open),
]


def message(case: Case) -> str:
    """What the user sees for one case (temporary folders shown as …); raises AssertionError when the input
    was accepted."""
    _area, _what, run = case
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp))
        if isinstance(run, Prepared):
            run.setup(ws)
        before = _dump(ws.db)
        try:
            run(ws)
        except HonghuaError as e:
            assert _dump(ws.db) == before, f"written although refused: {case[1]}"
            return e.message.replace(str(Path(tmp).resolve()), PLACE).replace(tmp, PLACE)
    raise AssertionError(f"accepted: {case[1]}")


def _dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def render() -> str:
    lines = [
        "# 错误输入一览（bad inputs）",
        "",
        "红花榜对每一种错误输入都给出一条中文提示，不显示程序错误信息，也不写入任何数据。",
        ("下表由 `python -m tests.reliability.bad_inputs > docs/bad-inputs.md` 生成，"
         "`tests/reliability/test_bad_inputs.py` 检查它与程序当前的提示一致。"
         "随机变异的导入文件和随机文本另由 `tests/reliability/test_fuzz.py` 测试。"),
        "",
        "| 类别 | 试过的输入 | 用户看到的提示 |",
        "| --- | --- | --- |",
    ]
    for case in CASES:
        text = message(case).replace("|", "\\|").replace("\n", "<br>")
        lines.append(f"| {case[0]} | {case[1]} | {text} |")
    lines += ["", f"共 {len(CASES)} 种。", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
