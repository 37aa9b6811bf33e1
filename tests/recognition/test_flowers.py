import json
import threading
from datetime import date

import pytest

from app import settings as declared
from app.domain import StaffDraft
from app.errors import StoreError, UserError
from app.i18n import set_language
from app.periods import Month, Year
from app.recognition.fairness import fairness_hints
from app.shop import Shop

TODAY = date(2026, 10, 20)


@pytest.fixture
def team(tmp_path):
    shop = Shop.open(tmp_path / "shop.db", TODAY)
    hired = date(2025, 1, 1)
    people = {
        "店长": shop.staff.add(StaffDraft(name="王店长", role="店长", dept="客服部", hired=hired)),
        "主管": shop.staff.add(StaffDraft(name="李主管", role="主管", dept="客服部", hired=hired)),
        "组长甲": shop.staff.add(StaffDraft(name="赵组长", role="组长", dept="客服部", hired=hired)),
        "组长乙": shop.staff.add(StaffDraft(name="钱组长", role="组长", dept="售后部", hired=hired)),
        "小美": shop.staff.add(StaffDraft(name="小美", dept="客服部", hired=hired)),
        "小刚": shop.staff.add(StaffDraft(name="小刚", dept="客服部", hired=hired)),
        "阿花": shop.staff.add(StaffDraft(name="阿花", dept="售后部", role="售后", hired=hired)),
    }
    yield shop, {k: v.id for k, v in people.items()}
    shop.close()


def test_leader_quota_is_two_and_the_third_is_refused(team):
    shop, p = team
    first = shop.flowers.issue(p["店长"], p["小美"], "主动跟进差评客户并挽回", day=date(2026, 10, 3))
    assert first.number == "HF-2026-0001" and first.valid_through == date(2027, 1, 3)
    shop.flowers.issue(p["店长"], p["小刚"], "帮同事顶班", category="帮助同事")
    assert shop.flowers.quota_text(shop.staff.get(p["店长"]), Month(2026, 10)) == "本月剩余 0 朵（共 2 朵）"
    with pytest.raises(UserError, match="名额已用完"):
        shop.flowers.issue(p["店长"], p["阿花"], "认真负责")
    # next month the quota is fresh; unused quota never rolls over
    assert shop.flowers.quota(shop.staff.get(p["店长"]), Month(2026, 11)).left == 2


def test_pool_of_thirty_is_shared_by_the_managers(team):
    shop, p = team
    shop.settings.set(declared.FLOWER_POOL_SIZE, 3)
    shop.flowers.issue(p["组长甲"], p["小美"], "事实一")
    shop.flowers.issue(p["组长乙"], p["阿花"], "事实二")
    shop.flowers.issue(p["组长甲"], p["小刚"], "事实三")
    with pytest.raises(UserError, match="管理人员的小红花名额池 2026年10月已用完"):  # the pool's, not 钱组长's
        shop.flowers.issue(p["组长乙"], p["阿花"], "事实四")
    assert "名额池本月剩余 0 朵" in shop.flowers.quota_text(shop.staff.get(p["组长乙"]), Month(2026, 10))


def test_pool_split_evenly(team):
    shop, p = team
    shop.settings.set(declared.FLOWER_POOL_SIZE, 3)
    shop.settings.set(declared.FLOWER_POOL_MODE, "split")
    # two managers share 3: the lower id gets the remainder → 2 and 1
    assert shop.flowers.quota(shop.staff.get(p["组长甲"]), Month(2026, 10)).limit == 2
    assert shop.flowers.quota(shop.staff.get(p["组长乙"]), Month(2026, 10)).limit == 1
    shop.flowers.issue(p["组长乙"], p["阿花"], "事实")
    with pytest.raises(UserError, match="名额已用完"):
        shop.flowers.issue(p["组长乙"], p["小美"], "事实")


def test_pool_of_thirty_by_default(team):
    shop, p = team
    for i in range(30):
        shop.flowers.issue(p["组长甲"] if i % 2 else p["组长乙"], p["小美"], f"第{i}件好事")
    with pytest.raises(UserError, match="30"):
        shop.flowers.issue(p["组长甲"], p["小刚"], "第31件")


@pytest.mark.parametrize(
    ("issuer", "recipient", "reason", "message"),
    [("小美", "小刚", "好", "不是小红花发放人"), ("店长", "店长", "好", "不能给自己"), ("店长", "小美", "  ", "事实依据")],
)
def test_issue_refusals(team, issuer, recipient, reason, message):
    shop, p = team
    before = list(shop.store.db.conn.iterdump())
    with pytest.raises(UserError, match=message):
        shop.flowers.issue(p[issuer], p[recipient], reason)
    assert list(shop.store.db.conn.iterdump()) == before


def test_someone_who_may_not_give_flowers_is_told_which_roles_may(team):
    shop, p = team
    with pytest.raises(UserError) as refused:
        shop.flowers.issue(p["小美"], p["小刚"], "好")
    assert refused.value.message == ("小美 不是小红花发放人：只有岗位是店长、主管或组长的员工，"
                                     "或在「设置 → 看板与小红花」里加上的人，可以发放")
    shop.settings.set(declared.FLOWER_LEADER_ROLES, [])
    shop.settings.set(declared.FLOWER_MANAGER_ROLES, [])
    with pytest.raises(UserError, match="只有领导层和管理人员可以发放"):  # no role gives any: none to name
        shop.flowers.issue(p["小美"], p["小刚"], "好")


def test_a_past_months_quota_cannot_be_spent_later(team):
    shop, p = team
    before = list(shop.store.db.conn.iterdump())
    for day in (date(2026, 9, 30), date(2025, 10, 10)):
        with pytest.raises(UserError, match=f"发放日期 {day.year}年{day.month}月{day.day}日 太早"):
            shop.flowers.issue(p["店长"], p["小美"], "补发", day=day)
        with pytest.raises(UserError, match="太早"):
            shop.flowers.issue_red_flag(p["店长"], "客服部", "补发", day=day)
    assert list(shop.store.db.conn.iterdump()) == before
    shop.set_today(date(2026, 11, 3))  # the first three days of a month: last month may still be recorded
    assert shop.flowers.earliest_day() == date(2026, 10, 1)
    shop.flowers.issue(p["店长"], p["小美"], "月底的事", day=date(2026, 10, 31))
    shop.set_today(date(2026, 11, 4))
    assert shop.flowers.earliest_day() == date(2026, 11, 1)


def test_flower_to_a_deactivated_person_refused(team):
    shop, p = team
    shop.staff.leave(p["小刚"], date(2026, 10, 10))
    with pytest.raises(UserError, match="小刚 2026年10月20日 不在职（2026年10月10日离职），不能获得小红花"):
        shop.flowers.issue(p["店长"], p["小刚"], "好")


@pytest.mark.parametrize(
    ("issued", "last_valid"),
    [(date(2026, 1, 10), date(2026, 4, 10)), (date(2026, 1, 31), date(2026, 4, 30)),
     (date(2025, 11, 30), date(2026, 2, 28)), (date(2026, 7, 20), date(2026, 10, 20))],
)
def test_validity_is_three_months_inclusive_clamped_to_month_end(team, issued, last_valid):
    shop, p = team
    shop.set_today(issued)
    flower = shop.flowers.issue(p["店长"], p["小美"], "好", day=issued)
    shop.set_today(last_valid)
    assert flower.valid_through == last_valid
    assert flower.status(last_valid) == "valid"
    assert flower.status(date.fromordinal(last_valid.toordinal() + 1)) == "expired"
    assert shop.flowers.held(last_valid) == {p["小美"]: 1}
    assert shop.flowers.held(date.fromordinal(last_valid.toordinal() + 1)) == {}


def test_transfer_chain_keeps_issue_date_and_received(team):
    shop, p = team
    flower = shop.flowers.issue(p["店长"], p["小美"], "好", day=date(2026, 10, 1))
    with pytest.raises(UserError, match="签名"):
        shop.flowers.transfer(flower.number, p["小刚"], signed="小刚")
    shop.flowers.transfer(flower.number, p["小刚"], signed="小美", reason="感谢帮忙", day=date(2026, 10, 5))
    shop.flowers.transfer(flower.number, p["阿花"], signed="小刚", day=date(2026, 10, 6))
    last = shop.flowers.transfer(flower.number, p["小美"], signed="阿花", day=date(2026, 10, 7))
    assert [t.to_id for t in last.transfers] == [p["小刚"], p["阿花"], p["小美"]]
    assert last.issued == date(2026, 10, 1) and last.valid_through == date(2027, 1, 1)
    shop.flowers.transfer(flower.number, p["小刚"], signed="小美", day=date(2026, 10, 8))
    assert shop.flowers.received(Month(2026, 10)) == {p["小美"]: 1}  # received stays with the recipient
    assert shop.flowers.held() == {p["小刚"]: 1}  # held follows the transfers


def test_a_signature_written_with_a_space_between_the_characters_is_the_holders(team):
    # a two-character name is often written 「小　美」 to line up with three-character ones: it was refused
    shop, p = team
    flower = shop.flowers.issue(p["店长"], p["小美"], "好", day=date(2026, 10, 1))
    moved = shop.flowers.transfer(flower.number, p["小刚"], signed="小　美", day=date(2026, 10, 5))
    assert moved.holder_id == p["小刚"] and moved.transfers[-1].signed == "小美"
    with pytest.raises(UserError, match="签名"):
        shop.flowers.transfer(flower.number, p["阿花"], signed="小 美")  # the holder is 小刚 now


def test_transfer_of_expired_or_revoked_refused(team):
    shop, p = team
    shop.set_today(date(2026, 6, 1))
    old = shop.flowers.issue(p["店长"], p["小美"], "好", day=date(2026, 6, 1))  # valid through 09-01
    shop.set_today(TODAY)
    with pytest.raises(UserError, match="已于 2026年9月1日 过期"):  # the date as the app writes dates, not 2026-09-01
        shop.flowers.transfer(old.number, p["小刚"], signed="小美")
    fresh = shop.flowers.issue(p["店长"], p["小美"], "好")
    shop.flowers.revoke(fresh.number, "发错了")
    with pytest.raises(UserError, match="撤销"):
        shop.flowers.transfer(fresh.number, p["小刚"], signed="小美")


def test_revocation_removes_from_counts_and_frees_the_quota(team):
    shop, p = team
    a = shop.flowers.issue(p["店长"], p["小美"], "好")
    shop.flowers.issue(p["店长"], p["小刚"], "好")
    with pytest.raises(UserError, match="只有发放人"):
        shop.flowers.revoke(a.number, "错", by_id=p["主管"])
    revoked = shop.flowers.revoke(a.number, "发错人了", by_id=p["店长"])
    assert revoked.status(TODAY) == "revoked" and revoked.revoke_reason == "发错人了"
    assert shop.flowers.received(Month(2026, 10)) == {p["小刚"]: 1}
    again = shop.flowers.issue(p["店长"], p["阿花"], "好")
    assert again.number == "HF-2026-0003"  # numbers are never reused
    assert len(shop.flowers.ledger()) == 3  # the revoked one stays in the history


def test_year_board_ties_share_a_rank(team):
    shop, p = team
    for giver, to in (("店长", "小美"), ("主管", "小美"), ("店长", "小刚"), ("主管", "阿花")):
        shop.flowers.issue(p[giver], p[to], "好")
    board = shop.flowers.year_board(2026)
    top = [(e.rank, e.staff.name, e.received) for e in board[:3]]
    assert top == [(1, "小美", 2), (2, "阿花", 1), (2, "小刚", 1)]  # a tie in pinyin order: a before xiao
    assert board[3].rank == 4 and board[3].received == 0
    assert shop.flowers.received(Year(2026))[p["小美"]] == 2
    # the owner and the 主管 give flowers: no 「— 0 0」 lines for them, unless they received one
    assert {e.staff.id for e in board} == set(p.values()) - {p["店长"], p["主管"]}
    shop.flowers.issue(p["组长甲"], p["主管"], "好")
    assert p["主管"] in {e.staff.id for e in shop.flowers.year_board(2026)}


def test_red_flags_for_departments(team):
    shop, p = team
    shop.settings.set(declared.RED_FLAG_POOL, 1)
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    assert flag.number == "HQ-2026-0001"
    with pytest.raises(UserError, match="已发完"):
        shop.flowers.issue_red_flag(p["店长"], "售后部", "好")
    with pytest.raises(UserError, match="不是小红旗发放人"):
        shop.flowers.issue_red_flag(p["组长甲"], "售后部", "好")


def test_last_slot_cannot_be_taken_twice_by_a_race(team, tmp_path):
    """Two windows issue the last leader flower at the same moment: exactly one succeeds."""
    shop, p = team
    shop.flowers.issue(p["店长"], p["小美"], "第一朵")
    path = shop.store.path
    results: list[str] = []
    barrier = threading.Barrier(2)

    def issue(to: int) -> None:
        other = Shop.open(path, TODAY)
        try:
            barrier.wait()
            other.flowers.issue(p["店长"], to, "最后一朵")
            results.append("ok")
        except (UserError, StoreError) as e:
            results.append(e.message)
        finally:
            other.close()

    threads = [threading.Thread(target=issue, args=(p[n],)) for n in ("小刚", "阿花")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r == "ok" for r in results) == [False, True]
    assert len(shop.flowers.ledger()) == 2


def test_the_slot_constraint_itself_refuses_a_duplicate(team):
    """Even a writer that skipped the quota check cannot use a slot twice."""
    from app.store.flowers import SlotTaken

    shop, p = team
    flowers = shop.store.flowers
    with shop.store.atomic():
        flowers.insert("HF-X-1", p["店长"], p["小美"], TODAY, TODAY, "好", "其他", "leader", p["店长"], "2026-10", 1)
    with pytest.raises(SlotTaken), shop.store.atomic():
        flowers.insert("HF-X-2", p["店长"], p["小刚"], TODAY, TODAY, "好", "其他", "leader", p["店长"], "2026-10", 1)


def test_fairness_hints(team):
    shop, p = team
    shop.settings.set(declared.FLOWER_LEADER_QUOTA, 10)
    for _ in range(2):
        shop.flowers.issue(p["店长"], p["主管"], "互相")
        shop.flowers.issue(p["主管"], p["店长"], "互相")
    for _ in range(3):
        shop.flowers.issue(p["店长"], p["小美"], "偏爱")
    hints = fairness_hints(shop.flowers.ledger(), shop.staff.list(), TODAY)
    kinds = {(h.kind, h.people) for h in hints}
    assert ("reciprocal", tuple(sorted((p["店长"], p["主管"])))) in kinds
    assert ("concentrated", (p["店长"], p["小美"])) in kinds  # 3 of 5 to one person
    unrecognised = {h.people[0] for h in hints if h.kind == "unrecognised"}
    assert unrecognised == {p["组长甲"], p["组长乙"], p["小刚"], p["阿花"]}


def test_numbers_keep_counting_past_9999(team):
    shop, p = team
    with shop.store.atomic():
        shop.store.flowers.insert("HF-2026-9999", p["店长"], p["小美"], TODAY, TODAY, "好", "其他", "leader",
                                  p["店长"], "2026-01", 1)
    assert shop.store.flowers.next_number("HF-2026-") == "HF-2026-10000"
    with shop.store.atomic():
        shop.store.flowers.insert("HF-2026-10000", p["店长"], p["小美"], TODAY, TODAY, "好", "其他", "leader",
                                  p["店长"], "2026-02", 1)
    assert shop.store.flowers.next_number("HF-2026-") == "HF-2026-10001"


def test_the_pool_is_never_overrun_when_its_split_changes_mid_month(team):
    shop, p = team
    shop.settings.set(declared.FLOWER_POOL_SIZE, 3)
    for reason in ("事实一", "事实二", "事实三"):
        shop.flowers.issue(p["组长甲"], p["小美"], reason)  # all three, first come first served
    shop.settings.set(declared.FLOWER_POOL_MODE, "split")  # switched mid-month: 钱组长's share is 1 …
    assert shop.flowers.quota(shop.staff.get(p["组长乙"]), Month(2026, 10)).left == 0  # … but the pool is empty
    with pytest.raises(UserError, match="管理人员的小红花名额池 2026年10月已用完（3 朵）"):
        shop.flowers.issue(p["组长乙"], p["阿花"], "事实四")
    new = shop.staff.add(StaffDraft(name="孙组长", role="组长", dept="客服部", hired=date(2026, 10, 15)))
    with pytest.raises(UserError, match="名额池"):  # a manager joining mid-month gets a share of an empty pool
        shop.flowers.issue(new.id, p["小刚"], "事实五")
    assert len(shop.store.flowers.used_slots("pool", None, "2026-10")) == 3


def test_a_managers_split_share_counts_the_flowers_he_gave_before_the_pool_was_split(team):
    """组长 gave 2 of a shared pool of 4, then the owner split it evenly: his share of 2 is used up already."""
    shop, p = team
    shop.settings.set(declared.FLOWER_POOL_SIZE, 4)
    shop.flowers.issue(p["组长甲"], p["小美"], "事实一")
    shop.flowers.issue(p["组长甲"], p["小刚"], "事实二")
    shop.settings.set(declared.FLOWER_POOL_MODE, "split")
    manager = shop.staff.get(p["组长甲"])
    assert shop.flowers.quota_text(manager, Month(2026, 10)) == "本月剩余 0 朵（共 2 朵）"
    with pytest.raises(UserError, match="赵组长 2026年10月的小红花名额已用完（2 朵）"):
        shop.flowers.issue(p["组长甲"], p["阿花"], "事实三")
    shop.flowers.issue(p["组长乙"], p["阿花"], "事实三")  # the other manager's share is untouched
    assert shop.flowers.quota(shop.staff.get(p["组长乙"]), Month(2026, 10)).left == 1


def test_a_flower_cannot_go_back_to_its_issuer_nor_be_signed_away_by_someone_who_left(team):
    shop, p = team
    flower = shop.flowers.issue(p["组长甲"], p["小美"], "帮同事顶班", day=date(2026, 10, 2))
    with pytest.raises(UserError, match="不能转让给发放这朵小红花的 赵组长 本人"):
        shop.flowers.transfer(flower.number, p["组长甲"], signed="小美")
    shop.staff.leave(p["小美"], date(2026, 10, 15))
    with pytest.raises(UserError, match="持有人 小美 2026年10月20日 不在职（2026年10月15日离职）"):  # the date as the app writes dates
        shop.flowers.transfer(flower.number, p["小刚"], signed="小美")
    set_language("en")
    try:
        with pytest.raises(UserError, match="The holder 小美 is not on the team on 2026-10-20"):
            shop.flowers.transfer(flower.number, p["小刚"], signed="小美")
    finally:
        set_language("zh")
    assert shop.flowers.get(flower.number).holder_id == p["小美"]


# ---- revoking a red flag (as a flower is revoked)

def _audit(shop, action):
    return shop.store.db.execute("SELECT summary, detail FROM audit WHERE action = ? ORDER BY id", [action]).fetchall()


def test_a_red_flag_issuer_who_has_left_is_refused(team):
    """The designated red flag issuer left: the flowers refuse an issuer who is not employed, so do the flags."""
    shop, p = team
    shop.settings.set(declared.RED_FLAG_ISSUER, p["主管"])
    shop.staff.leave(p["主管"], date(2026, 10, 10))
    with pytest.raises(UserError, match="李主管 2026年10月20日 不在职（2026年10月10日离职），不能发放小红旗"):
        shop.flowers.issue_red_flag(p["主管"], "客服部", "双11零差评")
    assert shop.flowers.red_flags() == []


def test_a_red_flag_given_by_mistake_is_revoked_and_frees_its_place_in_the_pool(team):
    shop, p = team
    shop.settings.set(declared.RED_FLAG_POOL, 1)
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    with pytest.raises(UserError, match="已发完"):
        shop.flowers.issue_red_flag(p["店长"], "售后部", "本该发给售后部")
    revoked = shop.flowers.revoke_red_flag("hq-2026-0001 ", "  部门  发错了 ", by_id=p["店长"])
    assert revoked.number == flag.number and revoked.revoked_at and revoked.revoke_reason == "部门 发错了"
    assert shop.store.red_flags.used_slots("2026-10") == []  # the revoked flag no longer takes the month's flag
    again = shop.flowers.issue_red_flag(p["店长"], "售后部", "本该发给售后部")
    assert again.number == "HQ-2026-0002"  # numbers are never reused
    listed = shop.flowers.red_flags(Month(2026, 10))
    assert [(f.number, f.revoke_reason) for f in listed] == [("HQ-2026-0001", "部门 发错了"), ("HQ-2026-0002", None)]
    assert [f.number for f in shop.flowers.red_flags()] == ["HQ-2026-0001", "HQ-2026-0002"]
    assert shop.flowers.red_flags(Month(2026, 9)) == []


def test_revoking_a_red_flag_is_audited_with_its_own_action(team):
    shop, p = team
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    before = shop.store.audit.count()
    shop.flowers.revoke_red_flag(flag.number, "发错了部门")
    assert shop.store.audit.count() == before + 1
    [(summary, detail)] = _audit(shop, "red_flag.revoke")
    assert summary == "撤销 王店长 发给 客服部 的小红旗 HQ-2026-0001：发错了部门"  # not only its number
    assert json.loads(detail) == {"number": "HQ-2026-0001", "dept": flag.dept_id, "reason": "发错了部门"}
    assert _audit(shop, "flower.revoke") == []


@pytest.mark.parametrize(
    ("number", "reason", "by", "message"),
    [("HQ-2026-0001", "  ", None, "撤销小红旗 HQ-2026-0001 需要写明原因"),
     ("HQ-2026-0001", "错", "主管", "只有发放人或管理员可以撤销小红旗 HQ-2026-0001"),
     ("HQ-2026-0009", "错", None, "没有编号为 HQ-2026-0009 的小红旗"),
     ("HF-2026-0001", "错", None, "没有编号为 HF-2026-0001 的小红旗")],  # a flower's number is not a flag's
)
def test_red_flag_revocation_refusals_change_nothing(team, number, reason, by, message):
    shop, p = team
    shop.flowers.issue(p["店长"], p["小美"], "好")
    shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    before = list(shop.store.db.conn.iterdump())
    with pytest.raises(UserError, match=message):
        shop.flowers.revoke_red_flag(number, reason, by_id=p[by] if by else None)
    assert list(shop.store.db.conn.iterdump()) == before
    assert shop.flowers.red_flag("HQ-2026-0001").revoked_at is None


def test_a_red_flag_cannot_be_revoked_twice(team):
    shop, p = team
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    shop.flowers.revoke_red_flag(flag.number, "发错了")
    before = list(shop.store.db.conn.iterdump())
    with pytest.raises(UserError, match="小红旗 HQ-2026-0001 已经撤销过了"):
        shop.flowers.revoke_red_flag(flag.number, "再撤一次")
    assert list(shop.store.db.conn.iterdump()) == before
    assert shop.flowers.red_flag(flag.number).revoke_reason == "发错了"
    assert len(_audit(shop, "red_flag.revoke")) == 1


def test_a_red_flag_revocation_that_fails_half_way_leaves_the_flag_as_it_was(team, monkeypatch):
    """The flag and its audit row are written in one transaction: an audit row that cannot be written undoes it."""
    shop, p = team
    shop.settings.set(declared.RED_FLAG_POOL, 1)
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    before = list(shop.store.db.conn.iterdump())

    def broken_audit(*args, **kwargs):
        raise StoreError("磁盘已满")

    monkeypatch.setattr(shop.store.audit, "add", broken_audit)
    with pytest.raises(StoreError):
        shop.flowers.revoke_red_flag(flag.number, "发错了")
    monkeypatch.undo()
    assert list(shop.store.db.conn.iterdump()) == before
    assert shop.flowers.red_flag(flag.number).revoked_at is None
    with pytest.raises(UserError, match="已发完"):  # the flag still holds the month's only place
        shop.flowers.issue_red_flag(p["店长"], "售后部", "好")


def test_a_flag_of_an_earlier_month_can_be_revoked_as_an_earlier_flower_can(team):
    shop, p = team
    shop.set_today(date(2026, 8, 12))
    flower = shop.flowers.issue(p["店长"], p["小美"], "八月的好事")
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "八月零投诉")
    shop.set_today(TODAY)
    assert shop.flowers.revoke(flower.number, "发错人了").revoked_at
    assert shop.flowers.revoke_red_flag(flag.number, "发错部门了").revoked_at
    assert [f.revoked_at is not None for f in shop.flowers.red_flags(Month(2026, 8))] == [True]


def test_the_audit_log_of_a_revoked_flower_says_whose_flower_it_was(team):
    """The 操作日志 said only 「撤销小红花 HF-2026-0001：发错人了」: the owner reading it later could not tell who
    gave it, who lost it, nor that a colleague held it by then, without looking the number up."""
    shop, p = team
    flower = shop.flowers.issue(p["店长"], p["小美"], "主动跟进差评客户并挽回")
    shop.flowers.transfer(flower.number, p["小刚"], "小美")
    shop.flowers.revoke(flower.number, "发错人了")
    [(summary, detail)] = _audit(shop, "flower.revoke")
    assert summary == "撤销 王店长 发给 小美 的小红花 HF-2026-0001（持有人 小刚）：发错人了"
    assert json.loads(detail) == {"number": "HF-2026-0001", "issuer": p["店长"], "recipient": p["小美"],
                                  "holder": p["小刚"], "day": "2026-10-20", "reason": "发错人了"}
    other = shop.flowers.issue(p["店长"], p["阿花"], "帮忙盘点")
    shop.flowers.revoke(other.number, "重复发放", by_id=p["店长"])
    assert _audit(shop, "flower.revoke")[-1][0] == "撤销 王店长 发给 阿花 的小红花 HF-2026-0002：重复发放"


def test_every_reason_is_held_to_the_length_of_a_flowers_fact(team):
    """A flower's fact was limited to 200 characters, but a transfer's, a revocation's or a red flag's reason
    took anything (a whole pasted chat log went into the 小红旗 list and the 操作日志)."""
    shop, p = team
    flower = shop.flowers.issue(p["店长"], p["小美"], "主动跟进差评客户并挽回")
    flag = shop.flowers.issue_red_flag(p["店长"], "客服部", "双11零差评")
    long = "很" * 201
    before = list(shop.store.db.conn.iterdump())
    for act, message in ((lambda: shop.flowers.transfer(flower.number, p["小刚"], "小美", long), "转让理由太长"),
                         (lambda: shop.flowers.revoke(flower.number, long), "撤销原因太长"),
                         (lambda: shop.flowers.issue_red_flag(p["店长"], "客服部", long), "小红旗的理由太长"),
                         (lambda: shop.flowers.revoke_red_flag(flag.number, long), "撤销原因太长")):
        with pytest.raises(UserError, match=message + "：写了 201 个字，最多 200 个字"):
            act()
    assert list(shop.store.db.conn.iterdump()) == before
    assert shop.flowers.revoke(flower.number, "很" * 200).revoke_reason == "很" * 200
