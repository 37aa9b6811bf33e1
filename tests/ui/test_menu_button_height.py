"""A button with a menu arrow (the 证书 page's 保存PDF…) stays as tall as the push buttons beside it when the
status line beside them wraps over two or three lines and makes the row taller."""

from tests.ui.certificates_page_support import open_page


def test_save_pdf_keeps_the_height_of_print_beside_a_wrapped_status(qtbot, shop):
    page = open_page(qtbot, shop)
    try:
        page.resize(900, 700)
        page._say("2026年11月没有人获得勾了「获奖者得奖状」的奖项。本期有 1 位获奖者的奖项没有勾选发奖状："
                  "点「全部载入」为他们发证书，或在列表下方「手工添加」。" * 2)
        qtbot.waitUntil(lambda: page.status.height() > 2 * page.print_button.height())
        assert abs(page.save_button.height() - page.print_button.height()) <= 2  # a tool button draws a pixel less
    finally:
        page.close()
