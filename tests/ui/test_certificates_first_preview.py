"""证书 page: the first preview of a session does not freeze the window while the certificates' fonts are read
(about a second): the pane says the preview is coming, and the certificate chosen shows once they are read."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from certificates_page_support import add_by_hand, open_page
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.certificates import glyphs

ROOT = Path(__file__).resolve().parents[2]
ALIVE = SimpleNamespace(is_alive=lambda: True)  # the reading thread, still at work


def test_the_first_preview_waits_for_the_fonts_read_in_the_background(qtbot, shop, monkeypatch):
    fonts_read = threading.Event()
    started = []
    monkeypatch.setattr(glyphs, "loaded", lambda plan=None: fonts_read.is_set())
    monkeypatch.setattr(glyphs, "read_in_background", lambda plan=None: started.append(plan) or ALIVE)
    page = open_page(qtbot, shop)
    add_by_hand(page, "小美", "服务之星")
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")
    page.list.setCurrentRow([r.recipient for r in page.requests].index("欧阳娜娜娜"))
    qtbot.waitUntil(lambda: bool(started), timeout=5000)  # the preview's delay over, the fonts were asked for
    assert page.preview.text() == "正在准备预览…" and page._preview_timer.isActive()  # tried again shortly, without the fonts nothing is drawn
    assert not (page._temp / "preview.pdf").exists()

    fonts_read.set()
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    printed = PdfReader(page._temp / "preview.pdf").pages[0].extract_text().replace(" ", "")
    assert "欧阳娜娜娜" in printed and "销售冠军奖" in printed and "小美" not in printed
    page.close()  # before the shop closes: a pending preview must not reach a closed file


def test_a_reading_that_stopped_short_does_not_keep_the_preview_waiting(qtbot, shop, monkeypatch):
    """The thread reading the fonts ended without reading them all (an unexpected error): the preview did
    not say 正在准备预览… for ever, it reads them itself."""
    monkeypatch.setattr(glyphs, "loaded", lambda plan=None: False)
    monkeypatch.setattr(glyphs, "read_in_background", lambda plan=None: SimpleNamespace(is_alive=lambda: False))
    page = open_page(qtbot, shop)
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    page.close()


def test_the_app_starts_reading_the_fonts_after_its_first_paint_not_before(tmp_path):
    """Not before: the board's first paint would wait for them."""
    code = ("import sys\nimport ui.main\nfrom app.certificates import glyphs\n"
            "report = ui.main.FirstPaintReporter._report\n"
            "def at_paint(self):\n"
            "    print('at_paint=' + str(glyphs._reading is not None))\n"
            "    report(self)\n"
            "ui.main.FirstPaintReporter._report = at_paint\n"
            "from ui.launch import main\ncode = main(sys.argv[1:])\n"
            "print('after=' + str(glyphs._reading is not None))\nsys.exit(code)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HONGHUA_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    env.pop("HONGHUA_DB", None)
    result = subprocess.run([sys.executable, "-c", code, "--db", str(tmp_path / "s.db"), "--exit-after-startup"],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    words = result.stdout.split()
    assert "at_paint=False" in words and words[-1] == "after=True"


def test_a_damaged_font_is_said_instead_of_a_preview_for_ever_coming(qtbot, shop, monkeypatch, tmp_path, messages):
    """A bundled font cut short (a copy or an install broken off): the pane does not wait for it, nor does the
    window meet an unexpected error; the preview and 保存PDF name the file."""
    damaged = tmp_path / "NotoSansSC-Regular.ttf"
    damaged.write_bytes(glyphs.sans_regular().read_bytes()[:100_000])
    monkeypatch.setattr(glyphs, "sans_regular", lambda: damaged)
    monkeypatch.setattr(glyphs, "_reading", None)  # as when the window has just opened
    page = open_page(qtbot, shop)
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")
    page.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.preview.text() == "这张证书无法预览，原因见下方。", timeout=10000)
    said = f"证书字体「{damaged}」缺失或已损坏，无法使用；请重新安装红花榜"
    assert page.notice.text() == said
    page.list.item(0).setCheckState(Qt.CheckState.Checked)
    monkeypatch.setattr(page, "ask_save_path", lambda: tmp_path / "证书.pdf")
    page.save_checked()
    assert messages.of("error") == [said] and not (tmp_path / "证书.pdf").exists()
    page.close()


OPEN_THE_PAGE = r"""
import sys, threading
from datetime import date
from PySide6.QtWidgets import QApplication
from app.shop import Shop
from ui import main
from ui.main_window import MainWindow
from ui.navigation import page_index

app = QApplication(sys.argv)
shop = Shop.open(sys.argv[1], date(2026, 10, 20))
window = MainWindow(shop, start_page="dashboard")
window.show()
painted = []
main.AfterFirstPaint(window.current_page(), main._read_certificate_fonts)  # as the app does
main.AfterFirstPaint(window.current_page(), lambda: painted.append(True))
while not painted:
    app.processEvents()
for thread in threading.enumerate():  # the owner looked at the board a while: the work after the paint is done
    if thread.name.startswith("certificate-"):
        thread.join(60)
before = set(sys.modules)
window.show_page(page_index("certificates"))
page = window.current_page()
while page.preview.pixmap().isNull():
    app.processEvents()
print(sorted(m for m in set(sys.modules) - before if m.startswith(("app.", "reportlab", "pypdfium2", "PIL"))))
window.stop_polling()
window.close()
shop.close()
"""


def test_opening_the_page_and_its_first_preview_import_nothing_heavy_on_the_windows_thread(tmp_path):
    """The award rules, the certificate templates, reportlab's paragraphs and QR codes and pdfium (about half
    a second, the window frozen) are imported on a thread after the first paint, not when 证书 is opened."""
    from app.demo import generate_demo
    from app.shop import Shop

    db = tmp_path / "demo.db"
    shop = Shop.open(db, date(2026, 10, 20))
    generate_demo(shop)
    shop.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HONGHUA_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", OPEN_THE_PAGE, str(db)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_a_chosen_certificate_says_its_preview_is_coming_not_that_there_is_nothing_to_print(qtbot, shop):
    """Between a certificate listed and its preview drawn (the preview's delay), the pane said 还没有要打印的证书
    beside the list that held it."""
    page = open_page(qtbot, shop)
    assert page.preview.text().startswith("还没有要打印的证书")
    add_by_hand(page, "小美", "服务之星")
    assert page.list.currentRow() == 0 and page._preview_timer.isActive()
    assert page.preview.text() == "正在准备预览…"
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=5000)
    add_by_hand(page, "欧阳娜娜娜", "销售冠军奖")  # the certificate shown stays until the next one is drawn
    assert not page.preview.pixmap().isNull()
    page.close()
