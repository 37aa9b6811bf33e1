"""The daily poster as a PNG, drawn with matplotlib's Agg backend (no Qt), so the CLI and scheduled
tasks can make it. Sizes: phone 1080×1920 (default), a4 1240×1754, wide 1920×1080."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import UserError
from app.i18n import t
from app.reports.board import STATUS_COLOUR as COLOURS
from app.reports.poster_model import PosterModel, PosterRow

SIZES = {"phone": (1080, 1920), "a4": (1240, 1754), "wide": (1920, 1080)}
RED = "#c0392b"
INK = "#222222"
MUTED = "#666666"
TRACK = "#eeeeee"


def render_poster(model: PosterModel, path: str | Path, size: str = "phone") -> Path:
    """Write the poster PNG atomically (a temp file renamed into place)."""
    if size not in SIZES:
        raise UserError(t("海报尺寸只能是 phone、a4 或 wide"))
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    from app.fonts import use_in_matplotlib

    use_in_matplotlib()
    width, height = SIZES[size]
    fig = Figure(figsize=(width / 100, height / 100), dpi=100, facecolor="white")
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.axis("off")
    _draw(ax, model, width, height)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".poster-", suffix=".png", dir=target.parent)
    os.close(fd)
    try:
        fig.savefig(tmp, dpi=100, facecolor="white")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _pt(px: float) -> float:
    """Pixels at 100 dpi → points for matplotlib's font sizes."""
    return px * 72 / 100


def _draw(ax, model: PosterModel, width: int, height: int) -> None:
    from matplotlib.patches import Rectangle

    margin = width * 0.06
    scale = min(width, height * 0.6) / 1080
    # header band
    header_h = 230 * scale
    ax.add_patch(Rectangle((0, 0), width, header_h, color=RED))
    ax.text(margin, 70 * scale, model.shop_name, color="white", fontsize=_pt(44 * scale), weight="bold", va="center")
    ax.text(margin, 135 * scale, model.title, color="white", fontsize=_pt(34 * scale), va="center")
    ax.text(margin, 190 * scale, model.subtitle, color="#ffe9e6", fontsize=_pt(26 * scale), va="center")
    y = header_h + 60 * scale
    # team summary
    ax.text(margin, y, "团队进度", color=INK, fontsize=_pt(34 * scale), weight="bold", va="center")
    ax.text(width - margin, y, model.on_track_text, color=MUTED, fontsize=_pt(26 * scale), va="center", ha="right")
    y += 50 * scale
    _bar(ax, model.team, margin, y, width - 2 * margin, 44 * scale)
    y += 80 * scale
    ax.text(margin, y, f"{model.team.value_text} / 目标 {model.team.target_text}", color=INK,
            fontsize=_pt(28 * scale), va="center")
    ax.text(width - margin, y, f"{model.team.remaining_text}  {model.team.per_day_text}".strip(), color=MUTED,
            fontsize=_pt(26 * scale), va="center", ha="right")
    y += 70 * scale
    # top 3 of the day
    footer_h = 120 * scale
    top_h = (60 + 50 * max(len(model.top3), 1)) * scale
    rows_bottom = height - footer_h - top_h - 30 * scale
    # people
    ax.plot([margin, width - margin], [y, y], color=TRACK, lw=2)
    y += 20 * scale
    available = rows_bottom - y
    row_h = min(110 * scale, max(available / max(len(model.rows), 1), 56 * scale))
    capacity = int(available // row_h)
    shown = model.rows if len(model.rows) <= capacity else model.rows[: max(capacity - 1, 0)]
    for row in shown:
        _person(ax, row, margin, y, width - 2 * margin, row_h, scale)
        y += row_h
    if len(shown) < len(model.rows):
        ax.text(margin, y + row_h / 2, f"其余 {len(model.rows) - len(shown)} 人见软件看板", color=MUTED,
                fontsize=_pt(24 * scale), va="center")
    y = rows_bottom + 30 * scale
    ax.text(margin, y, model.top3_title, color=INK, fontsize=_pt(30 * scale), weight="bold", va="center")
    y += 50 * scale
    medals = {1: "#d4a017", 2: "#9e9e9e", 3: "#b87333"}
    if not model.top3:
        ax.text(margin, y, "今日暂无数据", color=MUTED, fontsize=_pt(26 * scale), va="center")
    for rank, name, value in model.top3:
        ax.text(margin, y, f"第{rank}名", color=medals.get(rank, INK), fontsize=_pt(28 * scale), weight="bold",
                va="center")
        ax.text(margin + 140 * scale, y, name, color=INK, fontsize=_pt(28 * scale), va="center")
        ax.text(width - margin, y, value, color=INK, fontsize=_pt(28 * scale), va="center", ha="right")
        y += 50 * scale
    ax.add_patch(Rectangle((0, height - footer_h), width, footer_h, color="#fff3f1"))
    ax.text(width / 2, height - footer_h / 2, model.encouragement, color=RED, fontsize=_pt(32 * scale),
            va="center", ha="center", weight="bold")


def _bar(ax, row: PosterRow, x: float, y: float, w: float, h: float) -> None:
    from matplotlib.patches import Rectangle

    ax.add_patch(Rectangle((x, y), w, h, color=TRACK))
    if row.share is not None:
        filled = w * min(row.share, 1.0)
        ax.add_patch(Rectangle((x, y), filled, h, color=COLOURS[row.status]))
        marker = x + w * min(row.expected_share, 1.0)
        ax.plot([marker, marker], [y - h * 0.25, y + h * 1.25], color=INK, lw=2)
        ax.text(x + w - 8, y + h / 2, f"{row.share * 100:.1f}%", color=INK, fontsize=_pt(h * 0.55), va="center",
                ha="right", weight="bold")


def _person(ax, row: PosterRow, x: float, y: float, w: float, h: float, scale: float) -> None:
    name_w = 190 * scale
    text_size = _pt(min(h * 0.32, 28 * scale))
    ax.text(x, y + h * 0.32, row.name, color=INK, fontsize=text_size, weight="bold", va="center")
    ax.text(x, y + h * 0.72, row.status_text, color=COLOURS[row.status], fontsize=text_size * 0.8, va="center")
    bar_x = x + name_w
    bar_w = w - name_w
    _bar(ax, row, bar_x, y + h * 0.14, bar_w, h * 0.34)
    if row.share is None:
        ax.text(bar_x + 8, y + h * 0.31, "未设目标", color=MUTED, fontsize=text_size * 0.8, va="center")
    detail = f"{row.value_text}   {row.remaining_text}   {row.per_day_text}".strip()
    ax.text(bar_x, y + h * 0.74, detail, color=MUTED, fontsize=text_size * 0.8, va="center")
