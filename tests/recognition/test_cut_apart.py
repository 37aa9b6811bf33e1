"""Labels cut to a room with …: two different labels cut alike are cut so that what tells them apart stays."""

from app.recognition.standings import cut_apart


def _cut(labels, room):
    """Each character one unit wide; the plain cut keeps the start, as the poster's and Qt's do."""
    shown = [label if len(label) <= room else label[:room - 1] + "…" for label in labels]
    return cut_apart(labels, shown, lambda _i, text: len(text) <= room)


def test_labels_cut_apart_already_or_not_cut_stay_as_cut():
    assert _cut(["张伟（客服部）", "李娜"], 8) == ["张伟（客服部）", "李娜"]
    assert _cut(["欧阳娜娜（客服部）", "欧阳娜娜（售后部）"], 7) == ["欧阳娜娜（客…", "欧阳娜娜（售…"]


def test_namesakes_keep_their_department_and_the_name_is_cut():
    assert _cut(["欧阳娜娜（售后一部）", "欧阳娜娜（售后二部）"], 8) == ["欧…（售后一部）", "欧…（售后二部）"]
    assert _cut(["Anna Li (#12)", "Anna Li (#13)"], 11) == ["Anna… (#12)", "Anna… (#13)"]


def test_a_long_department_keeps_its_end():
    labels = ["欧阳娜娜（华东区天猫旗舰店售后服务一部）", "欧阳娜娜（华东区天猫旗舰店售后服务二部）"]
    assert _cut(labels, 11) == ["欧阳娜娜（…服务一部）", "欧阳娜娜（…服务二部）"]
    assert _cut(labels, 7) == ["欧阳…务一部）", "欧阳…务二部）"]


def test_names_alike_but_for_their_end_keep_it():
    assert _cut(["司马相如甲乙丙一", "司马相如甲乙丙二", "宋佳"], 6) == ["司…甲乙丙一", "司…甲乙丙二", "宋佳"]


def test_the_same_label_twice_is_cut_as_it_was():
    assert _cut(["欧阳娜娜（售后一部）"] * 2, 6) == ["欧阳娜娜（…"] * 2
