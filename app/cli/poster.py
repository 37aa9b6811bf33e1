"""`honghua poster --month YYYY-MM [--as-of DATE] -o FILE.png [--size phone|a4|wide]`: the daily poster."""

from __future__ import annotations

from app.cli.common import check_output_name, day_arg, month_arg, say
from app.i18n import t
from app.periods import Month
from app.reports.poster_layout import SIZES


def register(commands) -> None:
    p = commands.add_parser("poster", help=t("生成每日战报海报（PNG）"),
                            description=t("生成每个人离目标还差多少的战报图片，可直接发到员工群。"
                                          "按看板选定的指标计算（默认销售额）。"))
    p.add_argument("--month", metavar="YYYY-MM", help=t("月份（默认本月）"))
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("截至哪一天（含当天的数据）"))
    p.add_argument("-o", "--output", required=True, metavar=t("文件.png"), help=t("保存到哪个文件"))
    p.add_argument("--size", choices=sorted(SIZES), default="phone", help=t("尺寸：phone 手机竖图 1080×1920（默认）、a4 1240×1754、wide 1920×1080；"
                                                                      "人多时 a4 和 wide 先分栏，仍放不下就加高，phone 加高成长图：每个人都在图上"))
    p.set_defaults(handler=make_poster)


def make_poster(shop, args) -> int:
    from app.reports.pace import shop_day_weights
    from app.reports.poster import render_poster
    from app.reports.poster_model import build_poster_model

    check_output_name(args.output, ".png")
    month = month_arg(args.month) if args.month else Month.of(shop.today)
    progress = shop.progress(month, day_arg(args.as_of, t("截至日期")), metric=shop.headline_metric().key)
    model = build_poster_model(shop.store, shop.name, progress, weights=shop_day_weights(shop.settings))
    path = render_poster(model, args.output, args.size)
    say(str(path))
    return 0
