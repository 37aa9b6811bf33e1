"""The main window's pages, in navigation order (Ctrl+1 … Ctrl+8 follow this order).

A page is built from `module`/`cls` on first show. Pages that later work fills in have no module
yet and show a placeholder saying what they will do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    key: str            # English key for --page and QSettings
    title: str          # navigation label (Chinese)
    module: str | None  # ui.pages.<module>, None while the page is not built yet
    cls: str | None
    coming: str = ""    # what a placeholder page says the page will do
    guide: str = "第一次使用.md"  # its chapter in the user guide (docs/guide), opened by F1


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "看板", "ui.pages.dashboard", "DashboardPage", guide="看板与战报.md"),
    PageSpec("staff", "员工", "ui.pages.staff", "StaffPage", guide="员工与目标.md"),
    PageSpec("targets", "目标", "ui.pages.targets", "TargetsPage", guide="员工与目标.md"),
    PageSpec("data", "数据", "ui.pages.data", "DataPage", guide="导入报表.md"),
    PageSpec("flowers", "小红花", "ui.pages.flowers", "FlowersPage", guide="小红花.md"),
    PageSpec("awards", "评奖", "ui.pages.awards", "AwardsPage", guide="评奖与发放.md"),
    PageSpec("certificates", "证书", "ui.pages.certificates", "CertificatesPage", guide="奖状打印.md"),
    # the 设置 page names the chapter of the tab on show (SettingsPage.guide_chapter)
    PageSpec("settings", "设置", "ui.pages.settings", "SettingsPage", guide="备份与恢复.md"),
)

# The page a fresh install opens on.
DEFAULT_PAGE = "dashboard"


def page_index(word: str) -> int:
    """Index of a page named by its English key or its Chinese title; ValueError when unknown."""
    text = word.strip()
    for i, spec in enumerate(PAGES):
        if text.lower() == spec.key or text == spec.title:
            return i
    raise ValueError(word)


def page_choices() -> str:
    return ", ".join(f"{p.key}|{p.title}" for p in PAGES)
