import pytest

from app.certificates.filenames import MAX_STEM, safe_stem, unique_names

FORBIDDEN = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}


def windows_ok(name: str) -> bool:
    stem = name.rsplit(".", 1)[0] if name.endswith(".pdf") else name
    return (not FORBIDDEN & set(name) and not any(ord(c) < 32 for c in name)
            and stem.split(".")[0].strip().upper() not in RESERVED
            and not stem.endswith((".", " ")) and len(name) <= MAX_STEM + 8 and stem.strip("._ ") != "")


@pytest.mark.parametrize(("text", "expected"), [
    ("CON", "_CON"), ("con", "_con"), ("NUL.txt", "_NUL.txt"), ("COM1", "_COM1"), ("LPT9 ", "_LPT9"),
    ("a/b", "a_b"), ("小美.", "小美"), ("小美. . ", "小美"), ('A&B <客服>', "A&B _客服_"), ("a:b*c?", "a_b_c_"),
    ("...", "证书"), ("", "证书"), ("  小美", "小美"), ("tab\there", "tab_here"),
])
def test_safe_stem(text, expected):
    assert safe_stem(text) == expected
    assert windows_ok(safe_stem(text) + ".pdf")


def test_long_names_are_cut_and_still_valid():
    stem = safe_stem("名" * 300 + ".")
    assert len(stem) == MAX_STEM and windows_ok(stem + ".pdf")


def test_two_people_with_the_same_name_get_two_files():
    names = unique_names(["小美_销售冠军", "小美_销售冠军", "CON", "con", "a/b", "a_b", "小美."])
    assert names == ["小美_销售冠军.pdf", "小美_销售冠军(2).pdf", "_CON.pdf", "_con(2).pdf", "a_b.pdf", "a_b(2).pdf",
                     "小美.pdf"]
    assert len({n.casefold() for n in names}) == len(names)
    assert all(windows_ok(n) for n in names)
