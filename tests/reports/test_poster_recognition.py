"""The month's red flags (小红旗) and flower leaders (小红花) on the daily poster: said in the board's words,
nothing when there are none, revoked ones not counted; a long department list broken between departments
and all of it on the poster, at every size."""

from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from app.domain import StaffDraft
from app.periods import Month
from app.reports.poster import render_poster, unshown_characters, unshown_notes
from app.reports.poster_layout import MIN_TEXT_PX, SIZES, layout_poster, text_width
from app.reports.poster_model import DEPARTMENT, METRIC, PERSON, SHOP, build_poster_model
from app.shop import Shop

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "posters"
OCT = Month(2026, 10)
DEPARTMENTS = ("售前客服一部", "售前客服二部", "售后服务部", "直播运营部", "仓储物流部", "视觉设计部", "客户关系管理部",
               "财务部", "人事行政部", "新媒体部", "质检部", "大促项目组")


@pytest.fixture
def shop(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", date(2026, 10, 20))
    hired = date(2025, 1, 1)
    sales = shop.metrics.get("sales")
    for name, role, dept in (("王店长", "店长", "客服部"), ("小美", "客服", "客服部"), ("小刚", "客服", "客服部"),
                             ("阿花", "售后", "售后部"), ("赵组长", "组长", "售后部")):
        person = shop.staff.add(StaffDraft(name=name, role=role, dept=dept, hired=hired))
        if role != "店长":
            shop.targets.set_staff(OCT, person.id, sales, 3_000_000)
            shop.data.set_value(date(2026, 10, 5), person.id, sales, 500_000)
    yield shop
    shop.close()


def ids(shop):
    return {p.name: p.id for p in shop.staff.list()}


def poster(shop):
    return build_poster_model(shop.store, "小橙子旗舰店", shop.progress(OCT, board=True))


def test_the_poster_names_the_months_red_flags_and_flower_leaders_as_the_board_does(shop):
    who = ids(shop)
    for dept in ("售后部", "客服部", "售后部"):
        shop.flowers.issue_red_flag(who["王店长"], dept, "双11零差评")
    wrong = shop.flowers.issue_red_flag(who["王店长"], "客服部", "发错了")
    shop.flowers.revoke_red_flag(wrong.number, "发错部门了")
    for to in ("小美", "阿花"):
        shop.flowers.issue(who["王店长"], who[to], "挽回差评")
    for to in ("小美", "小刚", "阿花"):
        flower = shop.flowers.issue(who["赵组长"], who[to], "帮同事顶班")
    shop.flowers.revoke(flower.number, "记错了")  # 阿花's second flower no longer counts
    shop.set_today(date(2026, 9, 20))
    shop.flowers.issue_red_flag(who["王店长"], "客服部", "九月零投诉")  # another month's
    shop.flowers.issue(who["王店长"], who["小刚"], "九月的好事")
    shop.set_today(date(2026, 10, 20))
    model = poster(shop)
    assert model.red_flags == "小红旗：售后部 2 面、客服部 1 面"  # the board's words, from the same count
    assert model.red_flags == "小红旗：" + "、".join(
        f"{dept} {n} 面" for dept, n in shop.flowers.red_flags_by_department(OCT))
    assert model.flower_leaders == "小红花：小美 2 朵、阿花 1 朵、小刚 1 朵"
    for size in SIZES:
        layout = layout_poster(model, size)
        said = "".join(t.text for t in layout.texts("team.red_flags")) + "|" + "".join(
            t.text for t in layout.texts("team.flowers"))
        assert said == "小红旗：售后部 2 面、客服部 1 面|小红花：小美 2 朵、阿花 1 朵、小刚 1 朵"


def test_a_month_without_flags_or_flowers_says_nothing_of_them(shop):
    who = ids(shop)
    flag = shop.flowers.issue_red_flag(who["王店长"], "售后部", "发错了")
    shop.flowers.revoke_red_flag(flag.number, "发错了")
    flower = shop.flowers.issue(who["王店长"], who["小美"], "发错了")
    shop.flowers.revoke(flower.number, "发错了")
    model = poster(shop)
    assert (model.red_flags, model.flower_leaders) == ("", "")
    for size in SIZES:
        layout = layout_poster(model, size)
        assert not [t for t in layout.texts() if "小红旗" in t.text or "小红花" in t.text]


def test_only_the_first_three_places_are_leaders_and_many_tied_are_counted_not_all_named(shop):
    who = ids(shop)
    for name in ("阿强", "阿亮", "阿伟"):
        who[name] = shop.staff.add(StaffDraft(name=name, hired=date(2025, 1, 1))).id
    shop.flowers.issue(who["王店长"], who["小美"], "好事")
    shop.flowers.issue(who["王店长"], who["小美"], "又一件好事")
    for to in ("小刚", "阿花", "阿强", "阿亮", "阿伟"):
        shop.flowers.issue(who["赵组长"], who[to], "好事")
    leaders = shop.flowers.flower_leaders(OCT)
    assert [(leader.rank, leader.received) for leader in leaders] == [(1, 2)] + [(2, 1)] * 5
    assert poster(shop).flower_leaders == "小红花：小美 2 朵、阿花 1 朵、阿亮 1 朵、阿强 1 朵、阿伟 1 朵等 6 人"


def test_namesakes_among_the_leaders_are_told_apart_by_their_department(shop):
    """「小红花：黄俊 2 朵、黄俊 1 朵」 did not say which 黄俊 was which."""
    who = ids(shop)
    first = shop.staff.add(StaffDraft(name="黄俊", dept="客服部", hired=date(2025, 1, 1))).id
    second = shop.staff.add(StaffDraft(name="黄俊", dept="售后部", hired=date(2025, 1, 1))).id
    shop.flowers.issue(who["王店长"], first, "好事")
    shop.flowers.issue(who["王店长"], first, "又一件好事")
    shop.flowers.issue(who["赵组长"], second, "好事")
    shop.flowers.issue(who["赵组长"], who["小美"], "好事")
    assert poster(shop).flower_leaders == "小红花：黄俊（客服部） 2 朵、黄俊（售后部） 1 朵、小美 1 朵"


@pytest.mark.parametrize("second_name", ["黄俊", "黄 俊"])
def test_namesakes_of_one_department_among_the_leaders_are_told_apart_by_their_number(shop, second_name):
    """Most small shops have one 客服部: 「黄俊（客服部） 2 朵、黄俊（客服部） 1 朵」 still did not say which was which
    (nor 「黄俊 2 朵、黄 俊 1 朵」, names the app compares as one)."""
    who = ids(shop)
    first = shop.staff.add(StaffDraft(name="黄俊", dept="客服部", hired=date(2025, 1, 1))).id
    second = shop.staff.add(StaffDraft(name=second_name, dept="客服部", hired=date(2025, 1, 1))).id
    shop.flowers.issue(who["王店长"], first, "好事")
    shop.flowers.issue(who["王店长"], first, "又一件好事")
    shop.flowers.issue(who["赵组长"], second, "好事")
    assert poster(shop).flower_leaders == f"小红花：黄俊（#{first}） 2 朵、{second_name}（#{second}） 1 朵"


@pytest.mark.parametrize("size", sorted(SIZES))
def test_a_long_department_list_is_all_on_the_poster_broken_between_departments(shop, size):
    who = ids(shop)
    for i, dept in enumerate(DEPARTMENTS):
        shop.staff.add(StaffDraft(name=f"员工{i}", dept=dept, hired=date(2025, 1, 1)))
        for _ in range(1 + i % 3):
            shop.flowers.issue_red_flag(who["王店长"], dept, "零差评")
    shop.flowers.issue(who["王店长"], who["小美"], "挽回差评")
    model = poster(shop)
    layout = layout_poster(model, size)
    [label] = layout.texts("team.red_flags.label")
    lines = [t for t in layout.texts("team.red_flags") if t is not label]
    assert len(lines) > 1 and label.text + "".join(t.text for t in lines) == model.red_flags
    assert {t.x for t in lines} == {lines[0].x} and lines[0].x > label.x  # the list under itself, beside its label
    assert all(t.text.endswith("、") for t in lines[:-1])  # no department's name cut in two
    assert min(t.px for t in layout.texts()) >= MIN_TEXT_PX
    amounts = layout.texts("team.amounts")[0]
    right_edge = max(t.x + text_width(t.text, t.px, t.bold) for t in [label, *lines])
    team_right = layout.texts("team.on_track")[0].x  # right-aligned to the team block's right edge
    assert right_edge <= team_right + 0.5 and all(t.x >= amounts.x for t in lines)
    boxes = [(t, (t.x - {"left": 0, "center": text_width(t.text, t.px, t.bold) / 2,
                         "right": text_width(t.text, t.px, t.bold)}[t.ha], t.y - t.px / 2)) for t in layout.texts()]
    extents = [(t, (left, top, left + text_width(t.text, t.px, t.bold), top + t.px)) for t, (left, top) in boxes]
    clashes = [(a.text, b.text) for (a, ea), (b, eb) in combinations(extents, 2)
               if ea[0] < eb[2] and eb[0] < ea[2] and ea[1] < eb[3] and eb[1] < ea[3]]
    assert clashes == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    render_poster(model, ARTIFACTS / f"poster_{size}_red_flags.png", size)


def test_a_department_or_flower_leader_no_font_can_show_is_named_beside_the_poster(shop):
    """Only the shop's and the board's names were checked: a department on the 小红旗 line, or a leader on the
    小红花 line (no target, so not on the board), with a character no font has (U+0378) printed a box unsaid."""
    who = ids(shop)
    shop.staff.add(StaffDraft(name="小丽", dept="客服\u0378部", hired=date(2025, 1, 1)))
    boss = shop.staff.add(StaffDraft(name="周\u0378", role="主管", dept="客服部", hired=date(2025, 1, 1)))
    shop.flowers.issue_red_flag(who["王店长"], "客服\u0378部", "零差评")
    shop.flowers.issue(who["王店长"], boss.id, "带队加班")
    model = poster(shop)
    assert "周\u0378" not in [row.name for row in model.rows] and "周\u0378" in model.flower_leaders
    assert unshown_characters(model) == [(DEPARTMENT, "客服\u0378部", "\u0378"), (PERSON, "周\u0378", "\u0378")]
    assert unshown_notes(model) == [  # in the order the poster shows them: the 小红旗 line, then the 小红花 line
        "注意：部门「客服\u0378部」里的「\u0378」在所有可用字体中都没有，海报上会显示成方框",
        "注意：姓名「周\u0378」里的「\u0378」在所有可用字体中都没有，海报上会显示成方框"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    render_poster(model, ARTIFACTS / "poster_unshown_department.png")  # drawn all the same, the box in its place


def test_a_shop_whose_names_every_font_can_show_gets_no_warning(shop):
    """A rare character the bundled WenKai has (𠮷) is drawn in it, so it is no box and nothing is said."""
    who = ids(shop)
    shop.staff.add(StaffDraft(name="小丽", dept="𠮷祥部", hired=date(2025, 1, 1)))
    shop.flowers.issue_red_flag(who["王店长"], "𠮷祥部", "零差评")
    shop.flowers.issue(who["赵组长"], who["王店长"], "带队加班")
    model = poster(shop)
    assert "𠮷祥部" in model.red_flags and "王店长" in model.flower_leaders
    assert (unshown_characters(model), unshown_notes(model)) == ([], [])


def test_the_shops_and_the_metrics_name_are_checked_too(shop):
    """The title names the board's metric, which the owner may have typed: 「每日战报 · 服务\u0378分」."""
    score = shop.metric_service.add_custom("服务\u0378分")
    shop.reload_metrics()
    model = build_poster_model(shop.store, "小\u0378店", shop.progress(OCT, metric=score.key, board=True))
    assert "服务\u0378分" in model.title
    assert unshown_characters(model) == [(SHOP, "小\u0378店", "\u0378"), (METRIC, "服务\u0378分", "\u0378")]
