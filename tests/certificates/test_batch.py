"""Certificates for an approved award run: one PDF ordered by award then name, or one file per person with
names Windows accepts; an unapproved period is refused unless it is a draft."""

import pytest

from app.certificates.sources import award_requests, value_text
from app.errors import UserError

from .conftest import NAMES, SEP, page_texts, to_png


def test_an_unapproved_period_is_refused_unless_draft(shop, team):
    with pytest.raises(UserError, match="还没有批准"):
        award_requests(shop, SEP)
    requests, approved = award_requests(shop, SEP, draft=True)
    assert not approved and len(requests) == 6


def test_approved_lines_marked_certificate_become_requests(shop, team):
    shop.awards.approve(SEP, confirm=True)
    requests, approved = award_requests(shop, SEP)
    assert approved
    assert sorted((r.recipient_type, r.recipient, r.award) for r in requests) == sorted(
        [("department", "客服部", "优秀部门")] + [("staff", n, "阶段目标奖") for n in NAMES])
    assert {r.value_text for r in requests if r.recipient_type == "staff"} == {"¥200.00"}
    assert [r.award for r in award_requests(shop, SEP, only_staff=team[4])[0]] == ["阶段目标奖"]


def test_one_pdf_ordered_by_award_then_name(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    requests, _ = award_requests(shop, SEP)
    out = service.print_pdf(requests, tmp_path / "sep.pdf", service.options(), shop_name="店")
    assert [(c.award, c.recipient) for c in out.certificates] == [
        ("阶段目标奖", "a/b"), ("阶段目标奖", "CON"), ("阶段目标奖", "欧阳娜娜娜"), ("阶段目标奖", "小美."),
        ("阶段目标奖", "小美."), ("优秀部门", "客服部")]
    texts = page_texts(tmp_path / "sep.pdf")
    for text, cert in zip(texts, out.certificates, strict=True):
        assert cert.recipient in text and cert.number in text and "2026年9月" in text
    assert len({c.number for c in out.certificates}) == 6
    assert "客服部" in texts[5] and "客服部：在2026年9月" in texts[5].replace("\n", "")  # addressed to the department
    to_png(tmp_path / "sep.pdf", "classic-department", 6)


def test_split_gives_one_windows_safe_file_per_person(service, shop, team, tmp_path):
    shop.awards.approve(SEP, confirm=True)
    requests, _ = award_requests(shop, SEP)
    out = service.print_pdf(requests, None, service.options(), shop_name="店", split_dir=tmp_path / "每人")
    names = sorted(p.name for p in out.paths)
    assert len(names) == 6 and len({n.casefold() for n in names}) == 6
    for name in names:
        stem = name[:-4]
        assert not set('<>:"/\\|?*') & set(name) and not stem.endswith((".", " "))
        assert stem.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert any(n.startswith("a_b_") for n in names) and sum(n.startswith("小美.（#") for n in names) == 2
    for path in out.paths:
        text = page_texts(path)
        assert len(text) == 1
        cert = next(c for c in out.certificates if c.number in text[0])
        assert cert.number in path.name


def test_split_drafts_of_two_people_with_the_same_name_do_not_overwrite(service, shop, team, tmp_path):
    from dataclasses import replace

    requests, _ = award_requests(shop, SEP, draft=True)
    chosen = replace(service.options(), draft=True)
    out = service.print_pdf(requests, None, chosen, shop_name="店", split_dir=tmp_path / "草稿")
    names = sorted(p.name for p in out.paths)
    twins = [r.staff_id for r in requests if r.recipient == "小美."]
    assert [n for n in names if n.startswith("小美.")] == \
        sorted(f"小美.（#{staff_id}）_阶段目标奖.pdf" for staff_id in twins)  # each by their number, not (2)
    assert "CON_阶段目标奖.pdf" in names and "a_b_阶段目标奖.pdf" in names
    assert service.in_period(SEP) == []


def test_value_text_by_kind():
    assert value_text("cash", 150_000, None) == "¥1,500.00"
    assert value_text("goods", 10_000, "蓝牙耳机") == "蓝牙耳机"
    assert value_text("goods", 10_000, None) == "奖品（价值 ¥100.00）"  # a prize, not money
    assert value_text("goods", 10_000, "奖品") == "奖品（价值 ¥100.00）"  # the plan's word for an unnamed prize
    assert value_text("item", 0, "奖品") is None  # nothing to say beyond the word itself
    assert value_text("item", 0, "生日蛋糕") == "生日蛋糕"
    assert value_text("honour", 0, None) is None
    assert value_text("cash", 0, None) is None


def test_reportlab_draws_with_its_c_accelerator():
    """rl_accel is a dependency (and a hidden import of the bundle): without it reportlab silently falls
    back to pure Python number formatting and text widths."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"


@pytest.mark.parametrize("draft", [False, True])
def test_the_split_names_said_beforehand_are_the_files_written(service, shop, team, tmp_path, draft):
    """The window asks before replacing files of these names: they must be the names the job then writes."""
    from dataclasses import replace

    if not draft:
        shop.awards.approve(SEP, confirm=True)
    requests, _ = award_requests(shop, SEP, draft=draft)
    chosen = replace(service.options(), draft=draft)
    said = service.split_names(requests, chosen, "店")
    assert service.in_period(SEP) == []  # telling the names gives no numbers
    out = service.print_pdf(requests, None, chosen, shop_name="店", split_dir=tmp_path / "每人")
    assert said == [p.name for p in out.paths]
    assert service.split_names(requests, chosen, "店") == said  # a reprint keeps its numbers, so its names


def test_a_prize_without_a_name_prints_its_worth_not_just_the_word(service, shop, team, tmp_path):
    """The presets' goods awards name their prize 「奖品」: 显示奖励 printed 「奖励：奖品」, which says nothing."""
    import json
    from dataclasses import replace

    from .conftest import PLAN

    plan = json.loads(json.dumps(PLAN))
    plan["rules"][0].update(pays="goods", item="奖品")
    (tmp_path / "goods.json").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    shop.awards.plans.use(str(tmp_path / "goods.json"))
    shop.awards.approve(SEP, confirm=True)
    requests, _ = award_requests(shop, SEP)
    ours = [r for r in requests if r.recipient == "欧阳娜娜娜"]
    assert [r.value_text for r in ours] == ["奖品（价值 ¥200.00）"]
    out = tmp_path / "prize.pdf"
    service.print_pdf(ours, out, replace(service.options(), show_value=True), shop_name="店")
    [text] = page_texts(out)
    assert "奖励：奖品（价值 ¥200.00）" in text.replace("\n", "")
    to_png(out, "prize-value")
