"""打印小红花卡… draws the cards in the background, as the 证书 page's batch: progress to the end, 取消 leaving no
file and no numbers, a failure naming the file, the window answering meanwhile (it was frozen about 4 s for
1,000 flowers)."""

import time
from datetime import date
from itertools import pairwise

from flowers_support import make_team
from PySide6.QtCore import QTimer

from app import settings as declared
from app.periods import Month
from ui.pages import flower_cards
from ui.pages.flowers import FlowersPage


def _page_with_flowers(qtbot, shop, n: int) -> FlowersPage:
    """The 小红花 page of a team given `n` flowers this month (the pool made big enough)."""
    shop, ids = make_team(shop)
    shop.settings.set(declared.FLOWER_POOL_SIZE, n)
    people = [ids[name] for name in ("小美", "小刚", "阿花", "王店长")]
    for start in range(0, n, len(people)):
        given = people[:min(len(people), n - start)]
        shop.flowers.issue_to_several(ids["赵组长"], given, f"大促一起加班（第 {start} 批）", day=date(2026, 10, 19))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_the_cards_are_drawn_in_the_background_with_progress_to_the_end(qtbot, shop, tmp_path, monkeypatch):
    from app.certificates import service

    page = _page_with_flowers(qtbot, shop, 120)
    real = service.draw_pdf

    def slowly(*args, progress, **kwargs):  # 0.75 s at least, however quick the machine (and the fonts read before)
        def step(done, total):
            time.sleep(0.05)  # a sheet of 8
            progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(service, "draw_pdf", slowly)
    ticks = []
    timer = QTimer(page, interval=10)
    timer.timeout.connect(lambda: ticks.append(page.cards_task is not None))
    timer.start()
    target = tmp_path / "卡片.pdf"
    task = page.print_cards(str(target))
    assert task is not None and task.running and page.done_line.text() == ""  # back at once: not drawn here
    assert task.dialog.windowTitle() == "打印小红花卡" and task.dialog.labelText() == "正在生成 120 张小红花卡…"
    assert page.print_cards(str(tmp_path / "又一份.pdf")) is None  # a second click while it draws starts nothing
    seen = []
    task.progress.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=30000)
    # the window's timer fired while the cards were drawn (drawn on the window's thread, it never could: the task
    # would be over when the loop ran again); how often depends on the machine's load, so once is the proof
    assert ticks.count(True) >= 1
    assert seen and seen[-1] == (120, 120) and all(a <= b for a, b in pairwise(seen))
    assert page.done_line.text() == f"已把 120 张小红花卡保存到 {target}。"
    from pypdf import PdfReader

    assert len(PdfReader(target).pages) == 15  # 8 to a sheet
    assert not (tmp_path / "又一份.pdf").exists()
    opened = []
    monkeypatch.setattr(flower_cards, "open_url", lambda url: opened.append(url.toLocalFile()) or True)
    assert page.cards_folder_button.isVisible()
    page.cards_folder_button.click()
    assert opened == [str(tmp_path)]
    page.done_line.setText("已发放小红花 HF-2026-0121：王店长 发给 小美。")  # another action said: the button goes
    assert not page.cards_folder_button.isVisible()
    assert page.cards_task is None  # done: the next click prints again


def test_cancelling_the_cards_leaves_no_file_and_no_numbers(qtbot, shop, tmp_path):
    page = _page_with_flowers(qtbot, shop, 300)
    folder = tmp_path / "out"
    folder.mkdir()
    task = page.print_cards(str(folder / "卡片.pdf"))
    task.dialog.canceled.emit()  # the progress dialog's 取消
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=30000)
    assert page.done_line.text() == "已取消：没有保存小红花卡，也没有给卡片编号。"
    assert list(folder.iterdir()) == []  # nor a temporary file beside it
    assert shop.store.certificates.in_period(Month(2026, 10).key()) == []
    assert not page.cards_folder_button.isVisible()


def test_cards_that_cannot_be_saved_are_said_naming_the_file(qtbot, shop, tmp_path, messages, monkeypatch):
    """A disk that fills while the cards are drawn, and a folder of the file's name: said, naming the file; the
    cards get no numbers and no half-written file is left."""
    import errno

    from app.certificates import service

    page = _page_with_flowers(qtbot, shop, 20)
    real = service.draw_pdf

    def fills_up(path, sheets, *args, progress=None, **kwargs):
        real(path, sheets[:8], *args, progress=progress, **kwargs)  # a sheet drawn, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(service, "draw_pdf", fills_up)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "卡片.pdf"
    page.print_cards(str(target))
    qtbot.waitUntil(lambda: messages.of("error") != [], timeout=15000)
    assert messages.of("error") == [f"无法写入 {target}：磁盘空间不足"]
    assert list(folder.iterdir()) == [] and page.done_line.text() == ""
    assert shop.store.certificates.in_period(Month(2026, 10).key()) == []
    monkeypatch.setattr(service, "draw_pdf", real)
    target.mkdir()
    page.print_cards(str(target))
    qtbot.waitUntil(lambda: len(messages.of("error")) == 2, timeout=15000)
    assert messages.of("error")[1] == f"{target} 是一个文件夹，请指定 PDF 文件名"


def test_cards_a_font_lacks_or_too_long_to_print_whole_are_asked_about_first(qtbot, shop, tmp_path, messages,
                                                                              monkeypatch):
    """A fact with 🌺 printed a box, and one of 84 characters was cut short on its card, without a word: asked
    before the file is, as the 证书 page asks; no means no file, no numbers."""
    shop, ids = make_team(shop)
    shop.flowers.issue(ids["赵组长"], ids["小美"], "帮顾客找回丢失的包裹🌺", day=date(2026, 10, 19))
    shop.flowers.issue(ids["赵组长"], ids["小刚"], "主动跟进差评客户并挽回，" * 7, day=date(2026, 10, 19))
    shop.flowers.issue(ids["王店长"], ids["小刚"], "大促一起加班", day=date(2026, 10, 19))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    asked = []
    monkeypatch.setattr(flower_cards.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: asked.append(args) or ("", "")))
    messages.answer = False
    assert page.print_cards() is None
    [box] = messages.of("confirm")  # no to the first question: the second is not asked
    assert "「🌺」（U+1F33A）" in box and box.endswith("仍然打印吗？")
    assert asked == []
    messages.answer = True
    messages.shown.clear()
    target = tmp_path / "卡片.pdf"
    monkeypatch.setattr(flower_cards.QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    page.print_cards()
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=30000)
    fonts, cut = messages.of("confirm")
    assert "🌺" in fonts
    assert cut.startswith("事实依据太长：小刚的小红花卡上印不下整段事实依据") and cut.endswith("仍然打印吗？"), cut
    assert "评语模板" not in cut  # the cards' citation is not the owner's to shorten
    assert target.exists() and len(shop.store.certificates.in_period(Month(2026, 10).key())) == 3


def test_a_fact_cut_on_twelve_cards_to_a_sheet_is_told_of_the_eight_the_settings_offer(qtbot, shop, messages,
                                                                                         monkeypatch):
    """On 12 cards to a sheet the question about a fact cut short offers what 设置 → 看板与小红花 offers, 8 to a
    sheet; never the certificates' 4, which flower cards do not come in."""
    shop, ids = make_team(shop)
    shop.settings.set(declared.FLOWER_CARDS_PER_SHEET, "12")
    shop.flowers.issue(ids["赵组长"], ids["小刚"], "主动跟进差评客户并挽回，" * 5, day=date(2026, 10, 19))
    page = FlowersPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    monkeypatch.setattr(flower_cards.QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    messages.answer = False
    assert page.print_cards() is None
    [cut] = messages.of("confirm")
    assert "小刚的小红花卡上印不下整段事实依据" in cut and "改为每张纸印 8 张卡片" in cut, cut
    assert "4 张" not in cut and "评语模板" not in cut


def test_a_long_path_said_under_the_buttons_does_not_widen_the_page(qtbot, shop, tmp_path):
    """A folder's name with nowhere to wrap (no space, no Chinese) made the page, and so the window, as wide as the
    line: wider than a 1366×768 laptop at 150 % leaves (895 wide inside the window)."""
    page = _page_with_flowers(qtbot, shop, 4)
    page.resize(895, 432)
    narrowest = page.minimumSizeHint().width()
    folder = tmp_path / ("monthly_staff_meeting_flower_cards_" * 4)
    folder.mkdir()
    page.print_cards(str(folder / "flower_cards.pdf"))
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=30000)
    assert page.done_line.text().startswith("已把 4 张小红花卡保存到")
    assert page.minimumSizeHint().width() == narrowest <= 895
    assert page.done_line.height() >= 2 * page.done_line.fontMetrics().height()  # the words around it still wrap


def test_twelve_cards_to_a_sheet_when_the_owner_chose_them(qtbot, shop, tmp_path):
    """8 to a sheet was the only paper: 36 flowers took 5 sheets. 设置 → 看板与小红花 offers 12 smaller ones
    (3 × 4 on A4 portrait): 3 sheets, every card inside its own cell."""
    from pypdf import PdfReader

    page = _page_with_flowers(qtbot, shop, 36)
    shop.settings.set(declared.FLOWER_CARDS_PER_SHEET, "12")
    target = tmp_path / "卡片.pdf"
    page.print_cards(str(target))
    qtbot.waitUntil(lambda: page.done_line.text() != "", timeout=30000)
    pages = PdfReader(target).pages
    assert len(pages) == 3
    width, height = (float(x) for x in pages[0].mediabox.upper_right)
    assert width < height  # A4 portrait
