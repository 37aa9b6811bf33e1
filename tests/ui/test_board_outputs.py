"""What leaves the board: the poster (saved and copied), the month's PDF, TV mode, and what they say when they
cannot be made."""

from datetime import date

import pytest
from board_support import ARTIFACTS, OCT, make_board_shop
from PySide6.QtCore import Qt

from app.domain import StaffDraft
from app.periods import Month
from ui.pages.dashboard import DashboardPage


@pytest.fixture(autouse=True)
def own_exports_folder(monkeypatch, tmp_path):
    """Posters go to the exports folder without asking: each test its own, so a name says what this test made."""
    monkeypatch.setenv("HONGHUA_HOME", str(tmp_path / "home"))


@pytest.fixture
def board_shop(shop):
    return make_board_shop(shop)


def test_an_empty_board_makes_no_empty_poster(qtbot, shop, messages):
    """With nobody on the board, 生成战报海报 (and the PDF and TV in 更多) would give a blank page for the WeChat
    group: they wait until there is someone to show."""
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.poster_button.isEnabled() and not page.more_button.isEnabled()
    assert "员工" in page.poster_button.toolTip()
    shop.staff.add(StaffDraft(name="王小美", role="客服"))
    page.refresh()
    assert page.poster_button.isEnabled() and page.more_button.isEnabled()


def test_poster_button_saves_png_and_copies_it(qtbot, board_shop, messages):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.make_poster()
    assert page.last_poster.exists() and page.last_poster.name == "战报_我的淘宝店_2026-10-19.png"
    assert any("已复制到剪贴板" in text for text in messages.of("info"))
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().image().width() == 1080


def test_a_second_poster_the_same_day_keeps_the_first(qtbot, board_shop, messages):
    """The second 生成战报海报 of a day silently replaced the first, which may already be in the WeChat group:
    it is saved beside it as Windows names a copy, and the message says so."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.make_poster()
    first = page.last_poster
    kept = (first.stat().st_ino, first.stat().st_mtime_ns)  # an atomic replace gives a new file
    page.make_poster()
    second = page.last_poster
    assert second.name == "战报_我的淘宝店_2026-10-19 (2).png" and second.parent == first.parent
    assert (first.stat().st_ino, first.stat().st_mtime_ns) == kept and second.exists()
    assert "之前生成的「战报_我的淘宝店_2026-10-19.png」仍然保留" in messages.of("info")[-1]
    assert "仍然保留" not in messages.of("info")[0]
    page.make_poster()
    assert page.last_poster.name == "战报_我的淘宝店_2026-10-19 (3).png"


def test_tv_mode_rotates_refreshes_and_leaves_on_escape(qtbot, board_shop, db_path):
    from app.shop import Shop
    from ui.tv_mode import BOARD, LEADERS, TvWindow

    shop, people = board_shop
    tv = TvWindow(shop, refresh_minutes=5, rotate_seconds=20)
    qtbot.addWidget(tv)
    tv.resize(1280, 720)
    tv.show()
    qtbot.waitExposed(tv)
    assert tv.header_text().endswith("数据截至 2026年10月19日")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tv.grab().save(str(ARTIFACTS / "tv_board.png"))
    qtbot.keyClick(tv, Qt.Key.Key_Space)
    assert tv.screen_index == LEADERS
    tv.grab().save(str(ARTIFACTS / "tv_leaders.png"))
    tv.rotate()
    assert tv.screen_index == BOARD
    # another process adds today's sales; the next reload shows them
    other = Shop.open(db_path, shop.today)
    other.data.set_value(date(2026, 10, 20), people["阿花"].id, other.metrics.get("sales"), 10_000_000)
    other.close()
    tv.reload()
    assert tv.leaders[0].staff.name == "阿花"
    qtbot.keyClick(tv, Qt.Key.Key_Escape)
    assert not tv.isVisible()


def test_export_pdf_from_the_board(qtbot, board_shop, tmp_path):
    from pypdf import PdfReader

    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    out = page.export_pdf(str(tmp_path / "看板 十月.pdf"))
    assert out is not None and "欧阳娜娜娜" in PdfReader(out).pages[0].extract_text()


def test_a_board_pdf_or_poster_that_cannot_be_saved_is_explained_in_chinese(qtbot, board_shop, tmp_path, messages,
                                                                            monkeypatch):
    import errno

    from app.reports import board_pdf, poster

    def failing(*_args, **_kwargs):
        raise OSError(errno.EIO, "Input/output error", str(tmp_path / "x"))

    monkeypatch.setattr(board_pdf, "write_board_pdf", failing)
    monkeypatch.setattr(poster, "render_poster", failing)
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert page.export_pdf(str(tmp_path / "看板.pdf")) is None
    page.make_poster()
    first, second = messages.of("error")
    assert first == f"无法保存到 {tmp_path / '看板.pdf'}：读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）"
    assert second.startswith("无法保存海报到 ") and second.endswith("：读写磁盘时出错（磁盘、U 盘或网络连接可能有问题）")


def test_a_board_pdf_refused_by_its_place_is_said_not_raised(qtbot, board_shop, tmp_path, messages):
    """Saved where a file stands in for the folder (or onto a PDF open in a viewer on Windows): the page let the
    refusal escape to the crash handler instead of saying it."""
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    blocker = tmp_path / "报表"
    blocker.write_text("不是文件夹", encoding="utf-8")
    assert page.export_pdf(str(blocker / "看板.pdf")) is None
    [said] = messages.of("error")
    assert str(blocker) in said


def test_the_tv_board_closes_with_the_main_window(qtbot, make_window):
    window = make_window(start_page="dashboard")
    window.show()
    page = window.current_page()
    page.open_tv()
    tv = page.tv
    assert tv.isVisible()
    window.close()
    assert not tv.isVisible() and not tv.refresh_timer.isActive()
    qtbot.waitUntil(lambda: page.tv is None, timeout=2000)  # deleted on close: no reference to a dead window


def test_the_tv_shows_the_month_the_board_shows(qtbot, board_shop):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.open_tv()
    assert page.tv.progress.month == shop.current_month() and page.tv.month is None  # follows the date
    page.tv.close()
    page.picker.setMonth(OCT.previous())
    page.open_tv()
    assert page.tv.progress.month == OCT.previous()  # the board's chosen month, not today's
    page.tv.close()


def test_pdf_and_tv_mode_are_in_the_more_menu(qtbot, board_shop, monkeypatch):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    assert [a.text() for a in page.more_menu.actions() if not a.isSeparator()] == ["电视模式", "导出PDF…"]
    assert page.more_button.text() == "更多"
    exported = []
    monkeypatch.setattr(page, "export_pdf", lambda: exported.append(True))
    page.pdf_action.trigger()
    assert exported == [True]
    page.tv_action.trigger()
    assert page.tv is not None and page.tv.isVisible()
    page.tv.close()


# ---- looking is not changing
def test_a_poster_of_a_month_not_started_is_named_for_that_month(qtbot, board_shop, messages):
    shop, _ = board_shop
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.picker.setMonth(Month(2026, 12))
    page.make_poster()
    assert page.last_poster.name == "战报_我的淘宝店_2026-12.png"


# ---- a target of 0


def test_the_poster_button_says_which_name_would_show_a_box(qtbot, board_shop, messages):
    shop, _ = board_shop
    shop.staff.add(StaffDraft(name="小\u0378丽", role="客服", dept="客服\u0378部"))
    boss = shop.staff.add(StaffDraft(name="王店长", role="店长"))
    shop.flowers.issue_red_flag(boss.id, "客服\u0378部", "零差评")  # on the 小红旗 line, checked as the names are
    page = DashboardPage(shop)
    qtbot.addWidget(page)
    page.refresh()
    page.make_poster()
    said = messages.of("info")[-1]
    assert "已复制到剪贴板" in said and "姓名「小\u0378丽」里的「\u0378」在所有可用字体中都没有" in said
    assert "部门「客服\u0378部」里的「\u0378」在所有可用字体中都没有" in said


@pytest.mark.parametrize("lang, daily, monthly", [("zh", "生成手机尺寸的每日战报图片", "生成手机尺寸的月度战报图片"),
                                                  ("en", "Make the phone-sized daily poster", "Make the phone-sized monthly poster")])
def test_the_poster_buttons_tooltip_calls_the_poster_by_its_title(qtbot, qapp, board_shop, messages, lang, daily,
                                                                    monthly):
    """The tooltip said 每日战报 of a month over too, whose poster is titled 月度战报."""
    from app.reports.pace import shop_day_weights
    from app.reports.poster_model import build_poster_model
    from ui.main import install_translators

    shop, _ = board_shop
    install_translators(qapp, lang)
    try:
        page = DashboardPage(shop)
        qtbot.addWidget(page)
        page.refresh()
        assert page.poster_button.toolTip().startswith(daily)
        shop.set_today(date(2026, 11, 5))
        page.picker.setMonth(OCT)
        page.refresh()
        poster = build_poster_model(shop.store, "我的淘宝店", page.progress, shop_day_weights(shop.settings))
        assert poster.title.startswith("月度战报")
        assert page.poster_button.toolTip().startswith(monthly)
    finally:
        install_translators(qapp, "zh")
