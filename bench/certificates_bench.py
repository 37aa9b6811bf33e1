"""Certificates benchmark: 200 certificates in one PDF, and 200 split files, beside the floor measured in the
same run.

    python bench/certificates_bench.py [--count N] [--runs K] [--template classic|modern|card]

Ours = CertificateService.print_pdf on a fresh shop file: checks every character against the fonts, gives
the numbers and records the prints in one transaction, draws border, emblem, QR code and shrink-to-fit text,
and writes the PDF atomically. Floor = reportlab drawing the same strings with the same fonts (each string
with the font ours uses for it) at fixed places, no decoration, no checks, no database. Medians of K runs;
the ratio ours / floor is printed (targets: < 5 s and ≤ 2× the floor; the 200-page PDF < 3 MB).

Also printed, as part of ours: the time reportlab's QR encoder (pure Python, Reed-Solomon included) takes
for the same number of payloads, as ours calls it — content the floor does not draw at all.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.certificates.model import STAFF, CertificateRequest, Sheet
from app.certificates.render import page_size
from app.certificates.service import CertificateService
from app.periods import Month
from app.shop import Shop

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳"
GIVEN = "丽娟伟芳娜秀英敏静强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
AWARDS = ["销售冠军奖", "最佳服务奖", "订单最多奖", "专业知识奖", "最佳进步奖", "年度最具影响力优秀客户服务团队成员特别贡献奖"]
OCT = Month(2026, 10)


def requests(n: int) -> list[CertificateRequest]:
    out = []
    for i in range(n):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 3) % len(GIVEN)]
        out.append(CertificateRequest(name, AWARDS[i % len(AWARDS)], OCT, f"¥{100 + i % 50},000.00", STAFF, i + 1))
    return out


def ours(folder: Path, reqs: list[CertificateRequest], template: str, split: bool) -> tuple[float, int]:
    shop = Shop.open(folder / "shop.db", date(2026, 10, 20))
    try:
        with shop.store.atomic():  # the staff the requests name (certificates refer to them)
            shop.store.db.executemany("INSERT INTO staff (id, name) VALUES (?, ?)",
                                      [(r.staff_id, r.recipient) for r in reqs])
        service = CertificateService(shop.store, shop.ctx, shop.settings)
        chosen = service.options(template=template, show_value=True)
        start = time.perf_counter()
        if split:
            out = service.print_pdf(reqs, None, chosen, shop_name="小橙子旗舰店", split_dir=folder / "each")
        else:
            out = service.print_pdf(reqs, folder / "ours.pdf", chosen, shop_name="小橙子旗舰店")
        seconds = time.perf_counter() - start
        return seconds, sum(p.stat().st_size for p in out.paths)
    finally:
        shop.close()


def floor(folder: Path, sheets: list[Sheet], template: str, split: bool, fonts) -> tuple[float, int]:
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.pdfgen.canvas import Canvas

    from app.certificates.model import Options

    width, height = page_size(Options(template=template))
    plain = [(fonts.title, "奖状"), (fonts.name, "recipient"), (fonts.title, "award"), (fonts.body, "citation"),
             (fonts.body, "value_line"), (fonts.body, "shop_name"), (fonts.body, "date_text"),
             (fonts.body, "number"), (fonts.body, "checksum")]

    def draw(path: Path, chunk: list[Sheet]) -> int:
        c = Canvas(str(path), pagesize=(width, height), initialFontName=fonts.initial, pageCompression=1,
                   invariant=1)
        for sheet in chunk:
            y = height - 80
            for chain, attr in plain:
                c.setFont(chain.primary.name, 14)
                c.drawString(60, y, attr if attr == "奖状" else getattr(sheet, attr))
                y -= 40
            c.showPage()
        c.save()
        return path.stat().st_size

    from reportlab import rl_config

    rl_config.useA85 = 0  # the stream encoding ours uses (plain deflate)
    # the faces are registered by ours, which reads their glyph outlines in place (`subsets.read_glyphs_in_place`):
    # the floor is bare reportlab, which reads them from its copy of each face's glyph table
    faces = {getFont(chain.primary.name).face for chain, _attr in plain}
    ours_reading = {face: vars(face).pop("get_table", None) for face in faces}
    try:
        start = time.perf_counter()
        if split:
            (folder / "floor").mkdir(exist_ok=True)
            size = sum(draw(folder / "floor" / f"{i}.pdf", [s]) for i, s in enumerate(sheets))
        else:
            size = draw(folder / "floor.pdf", sheets)
        return time.perf_counter() - start, size
    finally:
        for face, reading in ours_reading.items():
            if reading is not None:
                face.get_table = reading


def qr_alone(count: int, salt: int) -> float:
    """reportlab's QR encoding of `count` fresh payloads (no cache hits), as ours calls it."""
    from app.certificates import numbering, ornaments

    check = "".join(numbering.ALPHABET[(salt * 7 + k) % len(numbering.ALPHABET)] for k in range(6))
    payloads = [numbering.qr_payload(f"HH-2026-10-{i + 1:04d}", check) for i in range(count)]
    ornaments.qr_matrix.cache_clear()
    start = time.perf_counter()
    for payload in payloads:
        ornaments.qr_matrix(payload)
    seconds = time.perf_counter() - start
    ornaments.qr_matrix.cache_clear()
    return seconds


def sheets_for(reqs: list[CertificateRequest], service: CertificateService, template: str) -> list[Sheet]:
    chosen = service.options(template=template, show_value=True)
    return [service._sheet(r, None, chosen, "小橙子旗舰店", date(2026, 10, 20)) for r in reqs]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--template", default="classic", choices=("classic", "modern", "card"))
    args = parser.parse_args()
    reqs = requests(args.count)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Shop.open(Path(tmp) / "probe.db", date(2026, 10, 20))
        service = CertificateService(probe.store, probe.ctx, probe.settings)
        sheets = sheets_for(reqs, service, args.template)
        fonts = service.fonts
        probe.close()
        results = {}
        qr_times = [qr_alone(args.count, run) for run in range(args.runs + 1)][1:]
        for split in (False, True):
            mine, base, mine_size, base_size = [], [], 0, 0
            for run in range(args.runs + 1):  # the first run warms the fonts up and is not counted
                folder = Path(tmp) / f"{split}-{run}"
                folder.mkdir()
                seconds, mine_size = ours(folder, reqs, args.template, split)
                floor_seconds, base_size = floor(folder, sheets, args.template, split, fonts)
                if run:
                    mine.append(seconds)
                    base.append(floor_seconds)
            results[split] = (statistics.median(mine), mine_size, statistics.median(base), base_size)
    print(f"{args.count} certificates, template {args.template}, medians of {args.runs} runs")
    print(f"{'':18}{'ours s':>9}{'floor s':>9}{'ratio':>7}{'ours MB':>9}{'floor MB':>10}")
    for split, label in ((False, "one PDF"), (True, "split files")):
        m, ms, b, bs = results[split]
        print(f"{label:18}{m:9.3f}{b:9.3f}{m / b:7.2f}{ms / 1e6:9.2f}{bs / 1e6:10.2f}")
    m, ms, b, _ = results[False]
    qr_s = statistics.median(qr_times)
    print(f"of which QR encoding (reportlab's encoder, {args.count} codes): {qr_s:.3f} s = {qr_s / b:.2f}× the floor")
    ok = m < 5 and m <= 2 * b and ms < 3e6
    print("targets (< 5 s, ≤ 2× floor, < 3 MB for one PDF):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
