"""`honghua poster --month YYYY-MM [--as-of DATE] -o FILE.png [--size phone|a4|wide]`: the daily poster.

`-o` may also name a folder: the poster then takes the name the window offers (战报_旗舰店_2026-10-19.png), so a
daily scheduled task keeps one picture per day and shop without any date arithmetic in its command line.
"""

from __future__ import annotations

from pathlib import Path

from app.cli.common import check_output_name, month_and_as_of, note, offered_command, path_typed, say
from app.cli.parser import placeholder
from app.errors import UserError
from app.i18n import t
from app.periods import Month
from app.reports.poster_layout import SIZES


def register(commands) -> None:
    p = commands.add_parser("poster", help=t("生成每日战报海报（PNG）"),
                            description=t("生成每个人离目标还差多少的战报图片，可直接发到员工群。"
                                          "按看板选定的指标计算（默认销售额）。"))
    p.add_argument("--month", metavar="YYYY-MM", help=t("月份（默认本月；每月 1 日本月还没有数据时为上个月的最终结果；写了 --as-of 时为那一天所在的月份）"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("截至哪一天（含当天的数据）"))
    p.add_argument("-o", "--output", required=True, metavar=placeholder("文件.png"),
                   help=t("保存到哪个文件；给一个已有的文件夹时，存为其中的「战报_店铺名_日期.png」"))
    p.add_argument("--size", choices=sorted(SIZES), default="phone",
                   help=t("尺寸：phone 手机竖图 1080×1920（默认）、a4 打印张贴的 A4 竖图（1240×1754；一页放不下时每人一行、"
                          "分栏排在一整张 A4 上，2480×3508）、wide 1920×1080；人多时 wide 先分栏，仍放不下就加高，"
                          "phone 加高成长图：每个人都在图上"))
    p.set_defaults(handler=make_poster)


def make_poster(shop, args) -> int:
    from app.reports.pace import shop_day_weights
    from app.reports.poster import render_poster, unshown_notes
    from app.reports.poster_model import build_poster_model, poster_file_name
    from app.services.progress import month_on_the_wall

    folder = Path(path_typed(args.output, "-o")).expanduser()
    if not folder.is_dir():
        if not folder.suffix or args.output.endswith(("/", "\\")):  # meant as a folder (a daily task's)
            raise UserError(t("-o：没有文件夹「{path}」；请先建好这个文件夹，或写一个以 .png 结尾的文件名",
                              path=args.output))
        check_output_name(args.output, ".png")
    month, as_of = month_and_as_of(shop, args.month, args.as_of)
    if not args.month and not args.as_of:  # a daily task on the morning of the 1st: last month's result, as the TV
        month, final = month_on_the_wall(shop.store, shop.today)
        if final:
            note(t("本月（{month}）还没有数据，生成的是 {shown} 的最终结果；要本月的海报请写 --month {key}",
                   month=Month.of(shop.today).shown_label(), shown=month.shown_label(), key=Month.of(shop.today).key()))
    progress = shop.progress(month, as_of, metric=shop.headline_metric().key, board=True)
    if not progress.people:  # a blank poster, which the window does not make either
        if not shop.store.staff.list():
            raise UserError(t("还没有员工，没有生成海报：先用「{add}」添加员工",
                              add=offered_command(shop, f"staff add {placeholder('姓名')}")))
        raise UserError(t("{month}的看板上没有人：没有在职的客服（店长、主管没有目标和数据时不上看板），没有生成海报",
                          month=month.shown_label()))
    model = build_poster_model(shop.store, shop.name, progress, weights=shop_day_weights(shop.settings))
    output = folder / poster_file_name(progress, shop.name) if folder.is_dir() else args.output
    path = render_poster(model, output, args.size)
    for unshown in unshown_notes(model):
        note(unshown)
    say(str(path))
    return 0
