"""`honghua poster` for a month nobody is on the board of makes no poster, as the window offers none: it wrote a
blank one saying 「还没有员工」 — also of a shop that has staff, for a month before they joined — with exit 0, so a
scheduled task's 上次运行结果 said all was well. Exit 2, nothing written, the window's words."""


def test_a_month_before_anyone_joined_makes_no_poster(cli, add, tmp_path):
    add("小美", "--hired", "2026-10-08")
    out = tmp_path / "战报.png"
    done = cli("poster", "--month", "2026-09", "-o", str(out))
    assert done.code == 2 and done.out == "" and not out.exists()
    assert done.err.startswith("错误：2026年9月的看板上没有人：没有在职的客服"), done.err
    made = cli("poster", "--month", "2026-10", "-o", str(out))
    assert made.code == 0 and out.is_file(), made.err


def test_a_shop_without_staff_makes_no_poster_and_says_how_to_add_them(cli, new_shop, tmp_path):
    done = cli("poster", "-o", str(tmp_path))
    assert done.code == 2 and done.out == "" and list(tmp_path.glob("*.png")) == []
    assert done.err.startswith("错误：还没有员工，没有生成海报") and "staff add" in done.err, done.err
