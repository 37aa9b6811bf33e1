"""The rows a preview skipped without an error, said by number and why: the owner otherwise wonders what was left
out. The first few of each kind and how many (an export may end in hundreds of lines of notes); --json lists
them all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import joined, t

if TYPE_CHECKING:
    from app.importing.model import FilePlan

TEXT_SHOWN = 20  # characters of a skipped line of text quoted in the preview
SKIPPED_LISTED = 5  # skipped rows named in one line


def _shortened(text: str) -> str:
    return text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN] + "…"


def _first_listed(items: list[str]) -> tuple[str, str]:
    """The first SKIPPED_LISTED of `items` joined, and what follows the sentence when there are more (等，共 500 行)."""
    more = t("等，共 {n} 行", n=len(items)) if len(items) > SKIPPED_LISTED else ""
    return joined(items[:SKIPPED_LISTED]), more


def skipped_said(f: FilePlan) -> list[str]:
    """Totals rows, lines of one cell of text, the header repeated, lines repeated word for word. The rows of people
    chosen to be skipped are named by the person (`ImportOptions.skip_staff`)."""
    said = []
    if f.totals_rows:
        rows, more = _first_listed([str(row) for row in f.totals_rows])
        said.append(t("跳过的合计行（不计入，以免重复）：第 {rows} 行", rows=rows) + more if len(f.totals_rows) > 1
                    else t("跳过的合计行（不计入，以免重复）：第 {row} 行", row=rows))
    if f.text_rows:
        rows, more = _first_listed([t("第 {row} 行「{name}」", row=row, name=_shortened(text)) for row, text in f.text_rows])
        said.append(t("跳过的文字行（只有一格文字，不是数据）：{rows}", rows=rows) + more)
    if f.header_again_rows:
        rows, more = _first_listed([str(row) for row in f.header_again_rows])
        said.append(t("跳过的重复表头：第 {rows} 行", rows=rows) + more if len(f.header_again_rows) > 1
                    else t("跳过的重复表头：第 {row} 行", row=rows))
    if f.copied_rows:
        rows, more = _first_listed([str(row) for row in f.copied_rows])
        said.append(t("跳过的重复行（与上面同一客服同一天的一行完全相同，只计一次）：第 {rows} 行", rows=rows) + more
                    if len(f.copied_rows) > 1 else t("跳过的重复行（与上面同一客服同一天的一行完全相同，只计一次）：第 {row} 行", row=rows))
    return said
