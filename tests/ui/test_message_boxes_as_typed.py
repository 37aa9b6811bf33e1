"""A message names what the owner typed (a name, a fact, a file): said as typed, not read as markup. 「小美<b>」
was said as 小美 followed by bold text, and a fact's 「<img src=…>」 as a picture."""

import pytest
from plain_text_support import reads_as_typed
from PySide6.QtWidgets import QLabel, QMessageBox

from ui import errors


@pytest.mark.parametrize("text", ["「小美<b>：帮顾客找回包裹🌺」中的字符「🌺」打印出来会是一个方框",
                                  "已发给 <i>阿花</i> 和 A&amp;B"])
def test_a_message_box_says_the_text_as_typed(qtbot, text):
    box = errors._box(None, QMessageBox.Icon.Question, "请确认", text)
    qtbot.addWidget(box)
    box.show()
    assert reads_as_typed(box.findChild(QLabel, "qt_msgbox_label"))
