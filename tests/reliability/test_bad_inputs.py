"""Each bad input of docs/bad-inputs.md is refused with a clear Chinese message, writes nothing, and the
document shows what the app says today (numbers such as versions and sizes aside)."""

from __future__ import annotations

import re

import pytest

from .bad_inputs import CASES, ROOT, message

DOC = ROOT / "docs" / "bad-inputs.md"


def _rows() -> dict[tuple[str, str], str]:
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 3 and cells[0] not in ("类别", "---"):
            rows[(cells[0], cells[1])] = cells[2]
    return rows


def _shape(text: str) -> str:
    return re.sub(r"\d+(\.\d+)?", "N", text)


def test_the_document_lists_every_case():
    assert sorted(_rows()) == sorted((area, what) for area, what, _run in CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_bad_input_is_refused_with_the_documented_message(case):
    text = message(case)
    assert text and "Traceback" not in text and re.search(r"[\u4e00-\u9fff]", text)
    shown = _rows()[(case[0], case[1])].replace("<br>", "\n").replace("\\|", "|")
    assert _shape(shown) == _shape(text), "regenerate: python -m tests.reliability.bad_inputs > docs/bad-inputs.md"


def test_an_imports_refusals_write_days_as_the_window_does():
    """A day the import names itself is written 2026年10月1日, as the 数据 page's and the events' messages write it;
    only a cell quoted as the file has it (「2026-10-01」) keeps the file's form."""
    said = [message(case) for case in CASES if case[0] == "导入"]
    assert len([text for text in said if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", text)]) >= 5
    assert [text for text in said if re.search(r"\d{4}-\d{2}-\d{2}", re.sub(r"「[^」]*」", "", text))] == []
