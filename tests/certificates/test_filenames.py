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


# ---- one file per person: two people of one name


@pytest.fixture
def two_zhang_wei(shop):
    """Two 张伟 (客服一部 and 客服二部) and a 小美, each winning 最佳服务奖 in October."""
    from datetime import date

    from app.certificates.model import STAFF, CertificateRequest
    from app.domain import StaffDraft

    from .conftest import OCT

    people = [shop.staff.add(StaffDraft(name=name, dept=dept, hired=date(2026, 1, 5)))
              for name, dept in (("张伟", "客服一部"), ("张伟", "客服二部"), ("小美", "客服一部"))]
    return [CertificateRequest(p.name, "最佳服务奖", OCT, recipient_type=STAFF, staff_id=p.id) for p in people], people


def _draft(service):
    from dataclasses import replace

    return replace(service.options(), draft=True)


def _draft_split(service, requests, folder) -> list[str]:
    out = service.print_pdf(requests, None, _draft(service), shop_name="店", split_dir=folder)
    return [p.name for p in out.paths]


def test_a_persons_file_keeps_its_name_whoever_else_is_ticked(service, two_zhang_wei, tmp_path):
    requests, (first, second, _xiaomei) = two_zhang_wei
    folder = tmp_path / "十月"
    both = _draft_split(service, requests, folder)
    assert sorted(both) == sorted([f"张伟（#{first.id}）_最佳服务奖.pdf", f"张伟（#{second.id}）_最佳服务奖.pdf",
                                   "小美_最佳服务奖.pdf"])
    assert all(windows_ok(name) for name in both)
    first_pdf = (folder / f"张伟（#{first.id}）_最佳服务奖.pdf").read_bytes()
    alone = _draft_split(service, [requests[1]], folder)  # the first 张伟 unticked: his file is not replaced
    assert alone == [f"张伟（#{second.id}）_最佳服务奖.pdf"]
    assert (folder / f"张伟（#{first.id}）_最佳服务奖.pdf").read_bytes() == first_pdf
    assert service.split_names([requests[0]], _draft(service), "店") == [f"张伟（#{first.id}）_最佳服务奖.pdf"]


def test_numbered_namesakes_are_told_apart_by_number_too(service, two_zhang_wei, tmp_path):
    requests, (first, *_others) = two_zhang_wei
    out = service.print_pdf(requests[:1], None, service.options(), shop_name="店", split_dir=tmp_path)
    [cert] = out.certificates
    assert [p.name for p in out.paths] == [f"张伟（#{first.id}）_最佳服务奖_{cert.number}.pdf"]


def test_names_that_differ_only_in_case_are_namesakes_to_a_windows_folder(service, shop):
    """Anna_最佳服务奖.pdf and ANNA_最佳服务奖.pdf are one file in a Windows folder: printed alone, ANNA's replaced
    Anna's."""
    from datetime import date

    from app.certificates.model import STAFF, CertificateRequest
    from app.domain import StaffDraft

    from .conftest import OCT

    _anna, upper = (shop.staff.add(StaffDraft(name=name, dept="客服一部", hired=date(2026, 1, 5)))
                    for name in ("Anna", "ANNA"))
    alone = CertificateRequest(upper.name, "最佳服务奖", OCT, recipient_type=STAFF, staff_id=upper.id)
    assert service.split_names([alone], _draft(service), "店") == [f"ANNA（#{upper.id}）_最佳服务奖.pdf"]
