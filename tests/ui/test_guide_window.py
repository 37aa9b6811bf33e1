"""帮助 → 使用指南 (F1) and 关于红花榜: the user guide (docs/guide) in its own window, the chapter about the page
on show, every chapter's pictures and links, the about box. Screenshots: tests/artifacts/screens/guide-*.png."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from app import __version__, resources
from ui import guide_window
from ui.dialogs.about_dialog import AboutDialog
from ui.guide_window import GuideWindow, anchor_name, pictures
from ui.main import install_translators
from ui.navigation import page_index

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
SCREENS = ROOT / "tests" / "artifacts" / "screens"
# the guide's table of contents, as docs/guide/README.md lists it
CHAPTERS = ["第一次使用.md", "员工与目标.md", "导入报表.md", "看板与战报.md", "小红花.md", "评奖与发放.md",
            "奖状打印.md", "备份与恢复.md", "安全与权限.md"]
# the chapter F1 opens on each page (设置 opens on its 店铺 tab)
F1_CHAPTERS = {"dashboard": "看板与战报.md", "staff": "员工与目标.md", "targets": "员工与目标.md",
               "data": "导入报表.md", "flowers": "小红花.md", "awards": "评奖与发放.md",
               "certificates": "奖状打印.md", "settings": "第一次使用.md"}


@pytest.fixture
def guide(qtbot, qsettings) -> GuideWindow:
    window = GuideWindow(settings=qsettings)  # not the user's QSettings: what one test read is no other's start
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_file(window: GuideWindow) -> str:
    return Path(window.browser.source().toLocalFile()).name


def links(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            it += 1
        block = block.next()
    return found


def anchor_names(document: QTextDocument) -> set[str]:
    names = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    return names


# ---- the 帮助 menu and F1
def test_the_help_menu_follows_the_pages_menu_with_the_guide_on_f1_and_the_about_box(make_window):
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["文件(&F)", "页面(&P)", "帮助(&H)"]
    help_menu = window.menuBar().actions()[2].menu()
    assert [a.text() for a in help_menu.actions()] == ["使用指南", "关于红花榜"]
    assert window.guide_action.shortcut() == QKeySequence("F1")


def test_f1_on_each_page_opens_its_chapter_in_one_guide_window(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    opened = []
    for key, chapter in F1_CHAPTERS.items():
        window.show_page(page_index(key))
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        assert window.guide is not None and window.guide.isVisible(), key
        assert shown_file(window.guide) == chapter, key
        opened.append(window.guide)
    assert all(guide is opened[0] for guide in opened)  # one window, raised again by the next F1
    assert not window.guide.isModal()
    window.guide.showMinimized()
    window.guide_action.trigger()
    assert window.guide.isVisible() and not window.guide.isMinimized()
    window.close()
    assert not window.guide.isVisible()  # it closes with the window that owns it


def _open_guide_on(window, key: str) -> GuideWindow:
    window.show_page(page_index(key))
    return window.show_guide()


def test_the_guide_opens_again_where_it_was_left_its_size_place_and_the_text_read(make_window, qtbot):
    first = make_window()
    guide = _open_guide_on(first, "data")
    qtbot.waitExposed(guide)
    room = guide.screen().availableGeometry()
    guide.setGeometry(room.x() + 60, room.y() + 60, room.width() - 160, room.height() - 160)
    guide.splitter.setSizes([260, 400])
    guide.browser.scrollToAnchor(anchor_name("记住的列"))
    read = guide.browser.top_position()
    assert read > 0
    geometry, sizes = guide.geometry(), guide.splitter.sizes()
    first.close()  # closes the guide with it

    again = _open_guide_on(make_window(), "data")
    qtbot.waitExposed(again)
    assert again.geometry() == geometry
    assert again.splitter.sizes() == sizes
    assert shown_file(again) == "导入报表.md"
    assert again.browser.top_position() == read
    top = again.browser.cursorForPosition(again.browser.viewport().rect().topLeft()).block()
    assert top.text() == "记住的列" or top.next().text() == "记住的列"
    assert not again.resume_button.isVisible()


def test_f1_about_another_page_opens_its_chapter_and_offers_to_go_on_reading(make_window, qtbot):
    first = make_window()
    guide = _open_guide_on(first, "flowers")
    qtbot.waitExposed(guide)
    guide.browser.scrollToAnchor(anchor_name("有效期、转让和撤销"))
    read = guide.browser.top_position()
    assert read > 0
    first.close()

    again = _open_guide_on(make_window(), "awards")
    qtbot.waitExposed(again)
    assert shown_file(again) == "评奖与发放.md"  # F1 is help about the page on show
    assert again.browser.verticalScrollBar().value() == 0
    assert again.resume_button.isVisible() and again.resume_button.text() == "继续阅读「小红花」"
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert again.grab().save(str(SCREENS / "guide-resume.png"))
    again.resume_button.click()
    assert shown_file(again) == "小红花.md" and again.browser.top_position() == read
    assert not again.resume_button.isVisible()


def test_a_chapter_chosen_in_the_contents_takes_the_place_of_going_on_reading(make_window, qtbot):
    first = make_window()
    _open_guide_on(first, "flowers")
    first.close()
    again = _open_guide_on(make_window(), "awards")
    qtbot.waitExposed(again)
    assert again.resume_button.isVisible()
    again.contents.setCurrentRow(CHAPTERS.index("小红花.md") + 1)
    assert shown_file(again) == "小红花.md" and not again.resume_button.isVisible()


def test_a_guide_remembered_on_a_bigger_screen_fits_this_one(make_window, qsettings, qtbot):
    first = make_window()
    guide = _open_guide_on(first, "data")
    room = guide.screen().availableGeometry()
    guide.setGeometry(room.x() + 200, room.y() + 100, room.width() + 400, room.height() + 300)
    first.close()
    again = _open_guide_on(make_window(), "data")
    assert room.contains(again.geometry())


@pytest.mark.parametrize(("tab", "chapter"), [("备份与恢复", "备份与恢复.md"), ("安全", "安全与权限.md"),
                                              ("操作日志", "安全与权限.md"), ("部门", "员工与目标.md"),
                                              ("看板与小红花", "小红花.md"), ("导入", "导入报表.md")])
def test_f1_on_a_settings_tab_opens_the_chapter_about_it(make_window, tab, chapter):
    window = make_window()
    window.show_page(page_index("settings"))
    tabs = window.current_page().tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == tab))
    window.guide_action.trigger()
    assert shown_file(window.guide) == chapter


@pytest.mark.parametrize(("form", "chapter"), [("board_form", "看板与战报.md"), ("tv_form", "看板与战报.md"),
                                               ("flower_form", "小红花.md")])
def test_f1_on_the_board_and_flowers_tab_opens_the_chapter_of_the_form_typed_in(make_window, form, chapter):
    """The 看板 and 电视模式 forms are explained in 看板与战报: F1 there opened 小红花, which says nothing of them."""
    window = make_window(start_page="settings")
    window.show()
    page = window.current_page()
    shown = getattr(page, form)
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(shown)))
    list(shown.editors.values())[-1].setFocus()
    window.guide_action.trigger()
    assert shown_file(window.guide) == chapter


def test_every_settings_tab_names_its_own_chapter(make_window):
    """F1 on a tab without a chapter of its own fell back to 备份与恢复 (设置 → 导入's remembered columns are in
    导入报表, under 记住的列)."""
    from ui.pages.settings import TAB_GUIDE

    window = make_window()
    window.show_page(page_index("settings"))
    tabs = window.current_page().tabs
    assert {tabs.tabText(i) for i in range(tabs.count())} == set(TAB_GUIDE)


def test_the_guide_window_is_not_imported_before_it_is_asked_for():
    """Start-up stays as fast: the window's modules leave the guide and the about box until F1 or the menu."""
    code = ("import sys\nimport ui.main, ui.main_window\n"
            "print(sorted(m for m in sys.modules if m in ('ui.guide_window', 'ui.dialogs.about_dialog')))")
    from test_startup_cost import printed_offscreen

    assert printed_offscreen(code).strip() == "[]"


# ---- the chapters
def test_the_contents_list_the_chapters_in_the_order_of_the_guide(guide):
    files = [guide.contents.item(row).data(Qt.ItemDataRole.UserRole) for row in range(guide.contents.count())]
    assert files == ["README.md", *CHAPTERS]
    assert guide.contents.item(0).text() == "红花榜使用说明"
    assert guide.contents.item(1).text() == "第一次使用"


@pytest.mark.parametrize("chapter", ["README.md", *CHAPTERS])
def test_every_chapter_loads_with_its_pictures_fitted_and_its_links_leading_somewhere(guide, chapter):
    guide.show_chapter(chapter)
    assert shown_file(guide) == chapter
    assert guide.contents.currentItem().data(Qt.ItemDataRole.UserRole) == chapter
    document = guide.browser.document()
    written = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (GUIDE / chapter).read_text(encoding="utf-8"))
    shown = pictures(document)
    assert [name for _pos, _len, name in shown] == written
    for position, _length, name in shown:
        assert guide.browser.picture_file(name).is_file(), name
        picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(picture, QPixmap) and not picture.isNull(), name
        cursor = guide.browser.textCursor()
        cursor.setPosition(position + 1)
        image = cursor.charFormat().toImageFormat()
        natural = QPixmap(str(guide.browser.picture_file(name))).width()
        assert 0 < image.width() <= min(natural, guide.browser.picture_width()), name

    for href in links(document):
        url = QUrl(href)
        if url.scheme() in ("http", "https"):
            continue
        target = guide.browser.source().resolved(url)
        path = Path(target.toLocalFile())
        assert path.is_file(), href
        if path.parent == GUIDE:
            assert path.name in ["README.md", *CHAPTERS], href  # a chapter, not a stray page
        guide.browser.follow(url)
        assert Path(guide.browser.source().toLocalFile()) == path, href
        if url.hasFragment():
            assert url.fragment() in anchor_names(guide.browser.document()), href
        guide.show_chapter(chapter)


def test_a_link_to_a_heading_of_another_chapter_scrolls_to_it(guide):
    guide.show_chapter("备份与恢复.md")
    guide.browser.follow(QUrl("第一次使用.md#数据文件放在哪里"))
    assert shown_file(guide) == "第一次使用.md"
    assert guide.contents.currentItem().text() == "第一次使用"
    assert guide.browser.verticalScrollBar().value() > 0
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert "数据文件放在哪里" in top.block().text() or top.block().next().text().startswith("数据文件")
    guide.back_button.click()
    assert shown_file(guide) == "备份与恢复.md"


def test_web_links_open_in_the_system_browser_and_a_link_to_nothing_is_said(guide, monkeypatch):
    opened = []
    monkeypatch.setattr(guide_window, "open_url", opened.append)
    guide.show_chapter("小红花.md")
    guide.browser.follow(QUrl("https://example.com/help"))
    assert [url.toString() for url in opened] == ["https://example.com/help"]
    assert shown_file(guide) == "小红花.md"
    guide.browser.follow(QUrl("没有这一章.md"))
    assert shown_file(guide) == "小红花.md"
    assert guide.message.isVisible() and "没有这一章.md" in guide.message.text()


def test_pictures_shrink_with_the_window_and_never_grow_past_their_size(guide, qtbot):
    guide.show_chapter("导入报表.md")

    def widths() -> list[float]:
        cursor = guide.browser.textCursor()
        found = []
        for position, _length, _name in pictures(guide.browser.document()):
            cursor.setPosition(position + 1)
            found.append(cursor.charFormat().toImageFormat().width())
        return found

    wide = widths()
    guide.resize(700, 600)
    qtbot.waitUntil(lambda: max(widths()) < max(wide))
    assert max(widths()) <= guide.browser.picture_width()
    guide.resize(2400, 900)
    qtbot.waitUntil(lambda: max(widths()) > max(wide))
    assert max(widths()) == 1200  # the screenshots' own width, not stretched


def test_the_search_keeps_the_chapters_holding_the_text_and_finds_it(guide):
    guide.show_chapter("第一次使用.md")
    guide.search.setText("店主密码")
    kept = [guide.contents.item(r).data(Qt.ItemDataRole.UserRole) for r in range(guide.contents.count())
            if not guide.contents.item(r).isHidden()]
    assert "安全与权限.md" in kept and "奖状打印.md" not in kept
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText() == "店主密码"
    guide.search.setText("不在指南里的字句")
    assert all(guide.contents.item(r).isHidden() for r in range(guide.contents.count()))
    assert "不在指南里的字句" in guide.message.text()
    assert not guide.find_next()


def test_a_missing_guide_is_said_not_a_crash(qtbot, tmp_path):
    window = GuideWindow(folder=tmp_path / "docs" / "guide")
    qtbot.addWidget(window)
    window.show_chapter("小红花.md")
    assert window.contents.count() == 0
    assert "找不到使用指南" in window.message.text()


def test_the_guide_is_found_inside_the_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.guide_path("README.md") == tmp_path / "docs" / "guide" / "README.md"


def test_the_bundle_ships_the_guide_and_the_readme_it_links_to():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "guide"), "docs/guide")' in spec
    assert '(str(ROOT / "README.md"), ".")' in spec


def test_anchor_names_are_githubs():
    assert anchor_name("命令行（给计划任务和其他工具用）") == "命令行给计划任务和其他工具用"
    assert anchor_name("Backup & Restore!") == "backup--restore"
    assert anchor_name(" 数据文件放在哪里 ") == "数据文件放在哪里"


# ---- English
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def own_words(root: QWidget) -> list[str]:
    """The window's own words (not the guide's text, which stays Chinese): labels, buttons, hints."""
    words = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            words.append(widget.text())
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            words.append(widget.placeholderText())
    return [w for w in words if w]


def test_in_english_the_window_says_the_guide_is_chinese_only(qtbot, qapp, shop):
    install_translators(qapp, "en")
    try:
        window = GuideWindow()
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "Honghua user guide"
        assert window.note.isVisible() and window.note.text() == "The user guide is in Chinese only."
        window.search.setText("店主密码")  # a search typed in Chinese is answered in English
        window.search.setText("xyz-not-there")
        about = AboutDialog(shop, lambda: None)
        qtbot.addWidget(about)
        assert [w for w in own_words(window) + own_words(about) if CJK.search(w)] == []
        assert "Honghua 0." in about.version.text() and "LXGW WenKai</a>" in about.fonts.text()
    finally:
        install_translators(qapp, "zh")
    chinese = GuideWindow()
    qtbot.addWidget(chinese)
    chinese.show()
    assert not chinese.note.isVisible()


# ---- 关于红花榜
def test_the_about_box_shows_the_version_the_data_file_and_the_font_licences(shop, qtbot, monkeypatch):
    folder_opened, opened = [], []
    dialog = AboutDialog(shop, lambda: folder_opened.append(True))
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version.text()
    assert dialog.path.text() == str(shop.store.path)
    dialog.open_folder.click()
    assert folder_opened == [True]
    hrefs = re.findall(r'href="([^"]+)"', dialog.fonts.text())
    assert len(hrefs) == 2
    assert all(Path(QUrl(href).toLocalFile()).is_file() for href in hrefs)
    monkeypatch.setattr("ui.dialogs.about_dialog.open_url", opened.append)
    dialog.fonts.linkActivated.emit(hrefs[0])
    assert opened == [QUrl(hrefs[0])]


def test_the_about_box_names_every_library_the_program_ships(shop, qtbot):
    import tomllib

    dialog = AboutDialog(shop, lambda: None)
    qtbot.addWidget(dialog)
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!;\s]", dep, maxsplit=1)[0].lower().removesuffix("-essentials") for dep in shipped}
    text = dialog.components.text().lower()
    assert names and all(name in text for name in names), names
    assert "lgpl" in text


def test_the_about_menu_opens_the_about_box_for_this_shop(make_window, monkeypatch):
    window = make_window()
    asked = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, parent, shop, open_folder: asked.append(
        (parent, shop, open_folder))))
    window.about_action.trigger()
    assert asked == [(window, window.shop, window.open_data_folder)]


def test_the_version_is_pyprojects():
    import tomllib

    assert __version__ == tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# ---- what the owner sees
@pytest.mark.parametrize("chapter", ["第一次使用.md", "导入报表.md"])
def test_screenshot_of_the_guide(guide, chapter):
    guide.show_chapter(chapter)
    SCREENS.mkdir(parents=True, exist_ok=True)
    shot = guide.grab()
    assert shot.save(str(SCREENS / f"guide-{chapter.removesuffix('.md')}.png"))
    assert shot.width() >= 1000
