"""The import's first step names the kinds of report it reads: an owner holding the back office's 「Unicode 文本」
export read 「（.xlsx、.xls、.csv）」 there, while the guide, the file dialog and a drop all take a .txt."""

from PySide6.QtWidgets import QLabel

from ui.importing.drop import IMPORT_SUFFIXES
from ui.importing.files_step import FilesStep


def test_the_first_step_names_the_text_export_it_reads(qtbot, lang):
    step = FilesStep()
    qtbot.addWidget(step)
    intro = next(label.text() for label in step.findChildren(QLabel) if ".xlsx" in label.text())
    assert ".txt" in IMPORT_SUFFIXES
    assert ".txt" in intro and ("Unicode 文本" if lang == "zh" else "Unicode text") in intro
