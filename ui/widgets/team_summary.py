"""The board's top: team total against the team target with the pace marker, and four KPI tiles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.i18n import cut_list, joined, t
from app.money import format_yuan
from app.periods import Month, clamp_as_of, shown_month_day
from app.reports.board import (
    STATUS_COLOUR,
    STATUS_ICON,
    STATUS_TEXT,
    Board,
    Tile,
    nobody_has_a_target,
    on_track_count,
    progress_percent,
    share_percent,
    with_target_count,
)
from app.sorting import chinese_order
from ui.need_words import heavier_days, need_text, need_tooltip
from ui.person_choice import told_apart
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.hint_text import dim_text, hint_colour
from ui.widgets.plain_looks import set_font, set_text_colour
from ui.widgets.progress_bar import ProgressBar


def tile_value_text(tile: Tile) -> str:
    if tile.value is None:
        return "—"
    if tile.unit == "percent":
        return f"{(tile.value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    if tile.unit == "yuan":
        return format_yuan(int(tile.value.quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    if tile.unit == "seconds":
        return _tr("{n}秒").format(n=tile.value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return str(tile.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamSummary", text)


def _shown_change(tile: Tile) -> Decimal | None:
    """The change from last month in percent as the tile writes it (one decimal, without its sign); None when
    there is none to write (no value this month or last, or last month's was 0)."""
    change = tile.change_pct
    return None if change is None else abs(change).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def no_data_text(month: Month | None, today: date | None) -> str:
    """A month with no value yet: 本月 only of the month that runs (or shown without a today)."""
    if month is None or today is None or month.contains(today):
        return _tr("本月还没有数据")
    return _tr("全月没有数据") if today > month.end else _tr("还没有开始")


def tile_verdict(tile: Tile) -> bool | None:
    """Better (True) or worse (False) as the tile's words say it; None where they say neither: 「与上月持平」 for a
    change too small to show, 「上月为 0，无法比较」."""
    return tile.improved if _shown_change(tile) else None


def tile_change_text(tile: Tile, month: Month | None = None, today: date | None = None) -> str:
    """The line under a tile's value: the change on last month, or what is missing."""
    if tile.value is None:
        return _missing_text(tile) if tile.missing or tile.report else no_data_text(month, today)
    if tile.previous is None:
        return _tr("上月无数据")
    change, shown = tile.change_pct, _shown_change(tile)
    if change is None or shown is None:
        return _tr("上月为 0，无法比较")
    if shown == 0:  # a change too small to show is no change to the eye: not 「↓ 0.0%（变差）」
        return _tr("与上月持平")
    arrow = "↑" if change > 0 else "↓"
    verdict = {True: _tr("（变好）"), False: _tr("（变差）"), None: ""}[tile_verdict(tile)]
    return _tr("{arrow} {pct}% 较上月{verdict}").format(arrow=arrow, pct=shown, verdict=verdict)


def _exact_value(tile: Tile, value: Decimal) -> str:
    """A tile's value a little finer than the tile writes it: 34.53%, 31.68秒 (money is already to the fen)."""
    if tile.unit == "percent":
        return f"{(value * 100).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%"
    if tile.unit == "seconds":
        return _tr("{n}秒").format(n=value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return tile_value_text(replace(tile, value=value))


LEFT_OUT_NAMED = 5  # the people a rate's sums leave out, named before 「等 7 人」


def _span_line(tile: Tile, span: str, value: Decimal | None, parts: tuple[str, ...], left_out: list[str]) -> str:
    if value is None and left_out:  # some have one part, others the other: there is data, but nobody's rate
        line = _tr("{span}：无法计算").format(span=span)
    elif value is None:
        return _tr("{span}：没有数据").format(span=span)
    elif not parts:
        return _tr("{span}：{value}").format(span=span, value=_exact_value(tile, value))
    else:
        line = _tr("{span}：{a} ÷ {b} = {value}").format(span=span, a=parts[0], b=parts[1],
                                                         value=_exact_value(tile, value))
    if left_out:  # why the sums are less than the board's team total: these people's rate is unknown
        line += "\n" + _tr("（只有{a}或{b}其中一项的不计：{names}）").format(
            a=t(tile.part_names[0]), b=t(tile.part_names[1]), names=cut_list(left_out, LEFT_OUT_NAMED))
    return line


def tile_tooltip(tile: Tile, month: Month, as_of: date, names: dict[int, str] | None = None, *,
                 over: bool = True, today: date | None = None) -> str:
    """How a tile's figure and its change are made: the rate's formula, this month's sums through the as-of day
    (the whole month once it is `over`: on its last day its results are still coming in) and all of last month's
    (naming, by `names`, who they leave out), and that the change is relative to last
    month's figure (34.0% → 34.5% is ↑ 1.5%, not half a point). "" while the month has no value and last month
    none either."""
    if tile.value is None and tile.previous is None and not tile.left_out:
        return ""
    lines = []
    if tile.part_names:
        lines.append(_tr("{name} = {a} ÷ {b}").format(name=t(tile.name), a=t(tile.part_names[0]),
                                                      b=t(tile.part_names[1])))
    last_day = clamp_as_of(month, as_of)
    if today is not None and today < month.start:
        now = _tr("{month}（还没有开始）").format(month=month.shown_label())
    elif last_day < month.end or not over:  # the day written as the person's detail writes it
        now = _tr("{month}（截至{day}）").format(month=month.shown_label(), day=shown_month_day(last_day))
    else:
        now = _tr("{month}（全月）").format(month=month.shown_label())
    names = names or {}
    left_out, previous_left_out = (sorted((names.get(sid, f"#{sid}") for sid in ids), key=chinese_order)
                                   for ids in (tile.left_out, tile.previous_left_out))
    lines.append(_span_line(tile, now, tile.value, tile.parts, left_out))
    lines.append(_span_line(tile, _previous_span(month.previous(), today), tile.previous, tile.previous_parts,
                            previous_left_out))
    if _shown_change(tile):
        lines.append(_tr("较上月：两个月之差除以上月的数（比上月多或少百分之几，不是百分点）"))
    return "\n".join(lines)


def _previous_span(previous: Month, today: date | None) -> str:
    """Last month as a month to come's tiles compare with it: the running month so far, not 「全月」."""
    if today is not None and today < previous.start:
        return _tr("{month}（还没有开始）").format(month=previous.shown_label())
    if today is not None and today <= previous.end:
        return _tr("{month}（至今）").format(month=previous.shown_label())
    return _tr("{month}（全月）").format(month=previous.shown_label())


def _missing_text(tile: Tile) -> str:
    """What a rate lacks this month, in plain words: 「需要评价数和满意数才能计算；满意率（报表）见「数据」页」."""
    parts = [t(name) for name in tile.missing]
    text = ""
    if len(parts) == 1:
        text = _tr("需要{part}才能计算").format(part=parts[0])
    elif parts:
        text = _tr("需要{a}和{b}才能计算").format(a=parts[0], b=parts[1])
    if tile.report:
        where = _tr("{rate}见「数据」页").format(rate=t(tile.report))
        text = _tr("{text}；{where}").format(text=text, where=where) if text else where
    return text


def red_flags_text(flags: list[tuple[str, int]]) -> str:
    """「小红旗：客服部 3 面、售后部 1 面」 (the board's words, the TV's too); "" without any."""
    parts = [_tr("{dept} {n} 面").format(dept=dept, n=n) for dept, n in flags]
    return _tr("小红旗：{parts}").format(parts=joined(parts)) if parts else ""


BAR_HEIGHT = 34
SLIM_BAR_HEIGHT = 22
SLIM_MARGINS = QMargins(8, 4, 8, 4)
SLIM_SPACING = 2


class TileWidget(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpiTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.name = QLabel()
        dim_text(self.name)
        self.value = QLabel()
        set_font(self.value, pixel_size=20, bold=True)
        self.change = QLabel()
        self.change.setWordWrap(True)  # what a rate lacks is a sentence: it wraps within the tile
        for w in (self.name, self.value, self.change):
            layout.addWidget(w)

    def resizeEvent(self, event) -> None:
        """The change line as tall as its wrapped lines at this width: a short window squeezed the second line of
        「↑ 2.1% vs last month (better)」 to half its height (the layout sizes a wrapped label by one width)."""
        super().resizeEvent(event)
        self.change.setMinimumHeight(max(self.change.heightForWidth(self.change.width()), 0))  # -1: no text yet

    def show_tile(self, tile: Tile, month: Month, as_of: date, names: dict[int, str] | None = None, *,
                  over: bool = True, today: date | None = None) -> None:
        self.name.setText(t(tile.name))  # built-in metric names have English in the app catalogue
        # its labels have none: hovering any of them shows it
        self.setToolTip(tile_tooltip(tile, month, as_of, names, over=over, today=today))
        self.value.setText(tile_value_text(tile))
        self.change.setText(tile_change_text(tile, month, today))
        colour = {True: "#2e9d4f", False: "#d64541", None: hint_colour(self.palette()).name()}[tile_verdict(tile)]
        set_text_colour(self.change, colour)


class BrokenWhereGiven(QLabel):
    """A line of two parts: on one line where it fits, else on two, broken between the parts — never inside one.
    Wrapped by Qt's own rules, Chinese breaks between any two characters: 「…全店目标 ¥580,000.00　还」 ended the
    line and 「差 ¥63,606.63」 began the next (or was cut off below it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)  # a part wider than the whole width still wraps rather than widening the window
        self.parts: tuple[str, str, str] = ("", "", "")  # (the whole on one line, first part, second part)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_parts(self, whole: str, first: str = "", second: str = "") -> None:
        self.parts = (whole, first, second)
        self._fit()

    def text_for(self, width: int) -> str:
        whole, first, second = self.parts
        # a little to spare: the label lays its text out as a document, which may round a pixel wider
        if not second or self.fontMetrics().horizontalAdvance(whole) + 2 <= width:
            return whole
        return f"{first}\n{second}"

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        text = self.text_for(inner)
        box = self.fontMetrics().boundingRect(0, 0, max(inner, 1), 10_000, Qt.TextFlag.TextWordWrap, text)
        return box.height() + margins.top() + margins.bottom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        text = self.text_for(self.contentsRect().width())
        if text != self.text():
            self.setText(text)
        self.setMinimumHeight(self.heightForWidth(self.width()))  # as tall as its lines: none cut off below


class TeamSummary(QFrame):
    """`tiles_apart`: the four tiles are not shown here but in `tiles_box`, one under another, for the caller to
    place (the board puts them in a tab of their own in a short window); `set_tiles_apart` changes it."""

    def __init__(self, parent: QWidget | None = None, *, tiles_apart: bool = False):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("团队进度"))
        set_font(self.title, pixel_size=16, bold=True)
        self.status = QLabel()
        set_font(self.status, bold=True)
        self.on_track = QLabel()
        self.red_flags = ElidedLabel()  # many departments end in "…" (the whole list in its tooltip), never widen
        set_text_colour(self.red_flags, "#b3261e")
        self.red_flags.hide()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addSpacing(12)
        head.addWidget(self.red_flags)
        head.addStretch(1)
        head.addWidget(self.on_track)
        layout.addLayout(head)
        self.bar = ProgressBar()
        self.bar.setMinimumHeight(BAR_HEIGHT)
        layout.addWidget(self.bar)
        self.numbers = BrokenWhereGiven()  # a big shop's amounts (in English, too) wrap rather than widen the window
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.numbers)
        self.margins, self.spacing = layout.contentsMargins(), layout.spacing()  # the style's, given back by set_slim
        head.setSpacing(self.spacing)  # its own: a slim summary's closer lines would close up the title and status
        self.tiles_box = QWidget()
        self.tiles_grid = QGridLayout(self.tiles_box)
        self.tiles_grid.setContentsMargins(0, 0, 0, 0)
        self.tiles = [TileWidget() for _ in range(4)]
        self.tiles_apart = not tiles_apart
        self.set_tiles_apart(tiles_apart)

    def set_slim(self, slim: bool) -> None:
        """A thinner bar and less space around the lines, for a short window (a laptop at 150 %): the chart
        below gets the height."""
        self.bar.setMinimumHeight(SLIM_BAR_HEIGHT if slim else BAR_HEIGHT)
        layout = self.layout()
        layout.setContentsMargins(SLIM_MARGINS if slim else self.margins)
        layout.setSpacing(SLIM_SPACING if slim else self.spacing)

    def set_tiles_apart(self, apart: bool) -> None:
        """The tiles one under another in `tiles_box` for the caller to place, or side by side under the bar. Taken
        back, the box comes here from wherever the caller put it."""
        if apart == self.tiles_apart:
            return
        self.tiles_apart = apart
        for i, tile in enumerate(self.tiles):
            self.tiles_grid.removeWidget(tile)  # Qt warns of a widget added where it already is
            self.tiles_grid.addWidget(tile, i if apart else 0, 0 if apart else i)
        self.tiles_grid.setRowStretch(len(self.tiles), 1 if apart else 0)  # apart: at the top, the room below them
        layout = self.layout()
        if apart:
            layout.removeWidget(self.tiles_box)
        else:
            layout.addWidget(self.tiles_box)
            self.tiles_box.show()

    def show_red_flags(self, flags: list[tuple[str, int]]) -> None:
        """The month's red flags (小红旗) by department, the departments' own recognition: 「小红旗：客服部 3 面、售后部 1 面」."""
        self.red_flags.setText(red_flags_text(flags))
        self.red_flags.setVisible(bool(flags))

    def show_team(self, board: Board, tiles: list[Tile]) -> None:
        progress = board.progress
        line, amount = progress.team, progress.metric.format
        self.title.setText(self.tr("团队进度") if progress.metric.key == "sales" else
                           self.tr("团队进度（{metric}）").format(metric=progress.metric.shown_name))
        status, expected = board.team_status, board.team_expected
        on_track, people = on_track_count(board.rows), with_target_count(board.rows)
        share = line.value / line.target if line.target else None
        pct = progress_percent(line.achieved_pct) if line.achieved_pct is not None else self.tr("未设团队目标")
        self.bar.set_progress(share, expected, status, pct)
        if line.achieved_pct is not None:
            self.bar.setToolTip(share_percent(line.achieved_pct))  # exact: not capped at >999%
        self.show_status(status)
        if people and board.ended:  # the month is over: no pace left, only who reached their target
            self.on_track.setText(self.tr("{n}/{total} 人已达成").format(n=on_track, total=people))
        elif people:
            self.on_track.setText(self.tr("{n}/{total} 人进度正常或已达成").format(n=on_track, total=people))
        elif nobody_has_a_target(board.rows):
            self.on_track.setText(self.tr("还没有人设目标"))
        else:
            self.on_track.setText(self.tr("进度还没开始"))
        # as the table writes them: large counts and amounts short (123.46万), the exact line in the tooltip
        done, left = self._numbers(board, progress.metric.format_short)
        exact_done, exact_left = self._numbers(board, amount)
        whole = self.tr("{done}　{left}").format(done=done, left=left) if left else done
        exact = self.tr("{done}　{left}").format(done=exact_done, left=exact_left) if left else exact_done
        self.numbers.set_parts(whole, done, left)
        tips = [exact if exact != whole else "", need_tooltip(board.team_need, amount) if line.target else ""]
        self.numbers.setToolTip("\n".join(tip for tip in tips if tip))
        names = told_apart(row.staff for row in board.rows)
        for widget, tile in zip(self.tiles, tiles, strict=True):
            widget.show_tile(tile, progress.month, progress.as_of, names, over=board.ended,
                             today=progress.today)

    def show_status(self, status: str) -> None:
        self.status.setText(f"{STATUS_ICON[status]} {self.tr(STATUS_TEXT[status])}")
        set_text_colour(self.status, STATUS_COLOUR[status])

    def _numbers(self, board: Board, amount: Callable[[int], str]) -> tuple[str, str]:
        """The line under the bar in two parts, what is done and what is left ("" without a team target), its
        amounts written by `amount`."""
        progress = board.progress
        line = progress.team
        if not line.target:
            return self.tr("已完成 {value}（未设目标）").format(value=amount(line.value)), ""
        source = self.tr("全店目标") if progress.team_target_is_shop else self.tr("个人目标合计")
        if line.remaining == 0:
            remaining = self.tr("已达成")
        elif board.ended:  # nothing is asked of any day: what is left is what was missed
            remaining = self.tr("{month}已结束，还差 {x}").format(month=progress.month.shown_label(),
                                                                  x=amount(line.remaining))
        else:
            remaining = self.tr("还差 {x}").format(x=amount(line.remaining))
        need = need_text(board.team_need, amount)
        per_day = self.tr("，{need}").format(need=need + heavier_days(board.team_need)) if need else ""
        untargeted = self.tr("（含未设目标的 {n} 人 {x}）").format(
            n=progress.untargeted_people, x=amount(progress.untargeted)) if progress.untargeted else ""
        done = self.tr("已完成 {value}{untargeted} / {source} {target}").format(
            value=amount(line.value), untargeted=untargeted, source=source, target=amount(line.target))
        return done, remaining + per_day
