"""设置 → 安全 (the owner PIN) and 看板与小红花 (the declared settings form); the main window's 只读 lock."""

from datetime import date

from app import settings as declared
from app.domain import StaffDraft
from app.shop import Shop
from ui.dialogs.pin_dialog import PinDialog
from ui.widgets.security_panel import SecurityPanel
from ui.widgets.settings_form import SettingsForm


def test_set_pin_then_the_window_opens_read_only_and_unlocks(qtbot, shop, db_path, qsettings):
    panel = SecurityPanel(shop)
    qtbot.addWidget(panel)
    panel.new.setText("2468")
    panel.repeat.setText("2469")
    assert not panel.save() and "不一样" in panel.error.text()
    panel.repeat.setText("2468")
    assert panel.save() and shop.security.is_set()
    locked = Shop.open(db_path, date(2026, 10, 20))
    try:
        from ui.main_window import MainWindow

        window = MainWindow(locked, settings=qsettings)
        qtbot.addWidget(window)
        assert window.lock_button.isVisibleTo(window)
        dialog = PinDialog(locked)
        qtbot.addWidget(dialog)
        dialog.pin.setText("1111")
        dialog.accept()
        assert "不对" in dialog.error.text() and locked.store.locked
        locked.store.settings.set("owner_pin_failures", {})  # as if the back-off after the wrong try had passed
        dialog.pin.setText("2468")
        dialog.accept()
        assert not locked.store.locked
        window.update_shop_labels()
        assert not window.lock_button.isVisibleTo(window)
        locked.staff.add(StaffDraft(name="解锁后"))
        window.stop_polling()
    finally:
        locked.close()


def test_a_form_refused_by_the_pin_offers_to_unlock_instead_of_a_command_line_hint(qtbot, shop, db_path,
                                                                                       messages, monkeypatch):
    from ui import errors
    from ui.pages.settings import SettingsPage

    shop.security.set_pin("2468")
    locked = Shop.open(db_path, date(2026, 10, 20))
    try:
        page = SettingsPage(locked)
        qtbot.addWidget(page)
        asked = []
        monkeypatch.setattr(errors, "pin_prompt", lambda: asked.append(True) or False)
        page.name_edit.setText("新店名")
        page.save_shop_name()
        assert asked == [True] and "现在输入吗" in messages.of("confirm")[0]  # offered, as dialogs offer it
        assert "HONGHUA_PIN" not in page.name_error.text() and not page.name_error.isVisibleTo(page)
        assert locked.name != "新店名"
    finally:
        locked.close()


def test_scheme_settings_form_saves_all_or_nothing(qtbot, shop):
    for name in ("王店长", "赵组长", "小美", "小刚", "阿花"):
        shop.staff.add(StaffDraft(name=name))
    form = SettingsForm(shop, "小红花", (declared.FLOWER_LEADER_QUOTA, declared.FLOWER_EXTRA_LEADERS,
                                        declared.FLOWER_POOL_MODE))
    qtbot.addWidget(form)
    form.editors["flower_leader_quota"].setValue(3)
    form.editors["flower_extra_leaders"].setText("1，x")
    assert not form.save()
    assert form.error.text() == "「其他按领导层限额发放的员工（姓名或编号）」：没有叫「x」的员工"
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 2  # nothing written
    form.editors["flower_extra_leaders"].setText("1，15")  # mistyped: nobody has 15
    assert not form.save()
    assert form.error.text() == "「其他按领导层限额发放的员工（姓名或编号）」：没有编号为 15 的员工（编号见「员工」页第一列）"
    form.editors["flower_extra_leaders"].setText("1、5")
    form.editors["flower_pool_mode"].setCurrentIndex(1)
    assert form.save()
    assert shop.settings.get(declared.FLOWER_LEADER_QUOTA) == 3
    assert shop.settings.get(declared.FLOWER_EXTRA_LEADERS) == [1, 5]
    assert shop.settings.get(declared.FLOWER_POOL_MODE) == "split"


def test_people_in_a_flower_setting_are_typed_and_shown_by_name(qtbot, shop):
    """The owner had to look the numbers up on 员工: names are taken and shown, a number beside a name only where
    two people share it."""
    ids = {name: shop.staff.add(StaffDraft(name=name)).id for name in ("王店长", "小美", "阿花")}
    twin = shop.staff.add(StaffDraft(name="小美")).id
    form = SettingsForm(shop, "小红花", (declared.FLOWER_EXTRA_LEADERS, declared.FLOWER_EXTRA_MANAGERS))
    qtbot.addWidget(form)
    leaders, managers = form.editors["flower_extra_leaders"], form.editors["flower_extra_managers"]
    leaders.setText("王店长， 阿 花")
    managers.setText("小美")
    assert not form.save()
    assert form.error.text() == (f"「其他使用名额池的员工（姓名或编号）」：有 2 位员工叫「小美」，请写明是哪一位："
                                 f"小美（#{ids['小美']}）、小美（#{twin}）")
    assert shop.settings.get(declared.FLOWER_EXTRA_LEADERS) == []  # nothing written
    managers.setText(f"小美（#{twin}）、#{ids['小美']}")
    assert form.save(), form.error.text()
    assert shop.settings.get(declared.FLOWER_EXTRA_LEADERS) == [ids["王店长"], ids["阿花"]]
    assert shop.settings.get(declared.FLOWER_EXTRA_MANAGERS) == [twin, ids["小美"]]
    form._shown.clear()
    form.refresh()
    assert leaders.text() == "王店长，阿花" and managers.text() == f"小美（#{twin}），小美（#{ids['小美']}）"
    assert not form.changed()


def test_board_form_refuses_a_bad_promotion_day(qtbot, shop):
    form = SettingsForm(shop, "看板", (declared.BOARD_DAY_WEIGHTS, declared.PROMOTION_DAYS))
    qtbot.addWidget(form)
    assert form.editors["board_day_weights"].currentText() == "日历天（每天一样）"
    form.editors["promotion_days"].setText("11-11:5, 13-01:2")
    assert not form.save() and "13-01:2" in form.error.text()
    form.editors["promotion_days"].setText("06-18:3，11-11:5")
    assert form.save() and shop.settings.get(declared.PROMOTION_DAYS) == ["06-18:3", "11-11:5"]


def test_background_certificates_respect_the_pin_lock(shop, db_path, tmp_path):
    import pytest

    from app.certificates.model import NAME, CertificateRequest
    from app.certificates.service import CertificateService
    from app.periods import Month
    from app.security import PinRequired
    from ui.dialogs.certificate_print import print_job

    shop.security.set_pin("2468")
    locked = Shop.open(db_path, date(2026, 10, 20))
    try:
        chosen = CertificateService(locked.store, locked.ctx, locked.settings).options()
        request = CertificateRequest("小美", "最佳服务奖", Month(2026, 9), None, NAME)
        work = print_job(locked, locked.name, [request], tmp_path / "c.pdf", chosen, "")
        with pytest.raises(PinRequired):
            work(lambda done, total: None, lambda: False)
        locked.security.unlock("2468")
        print_job(locked, locked.name, [request], tmp_path / "c.pdf", chosen, "")(lambda d, t: None, lambda: False)
        assert (tmp_path / "c.pdf").exists()
    finally:
        locked.close()


def test_a_refused_write_offers_to_unlock_right_there(qtbot, shop, db_path, qsettings, messages, monkeypatch):
    from app.security import PinRequired
    from ui import errors
    from ui.main_window import MainWindow

    shop.security.set_pin("2468")
    locked = Shop.open(db_path, date(2026, 10, 20))
    window = MainWindow(locked, settings=qsettings)
    qtbot.addWidget(window)
    try:
        asked = []
        monkeypatch.setattr(window, "unlock", lambda: asked.append(1) or True)
        errors.pin_prompt = window.unlock
        try:
            locked.staff.add(StaffDraft(name="乙"))
        except PinRequired as e:
            errors.show_error(window, e.message)
        assert asked == [1]
        assert "现在输入吗" in messages.of("confirm")[-1] and "已解锁" in messages.of("info")[-1]
        messages.answer = False
        errors.show_error(window, PinRequired().message)
        assert asked == [1]  # declined: no dialog
    finally:
        errors.pin_prompt = None
        window.stop_polling()
        locked.close()


def test_setting_the_pin_keeps_this_window_and_its_workers_unlocked(shop):
    shop.security.set_pin("2468")
    assert not shop.store.locked
    worker = shop.reopen()
    try:
        assert not worker.store.locked  # e.g. 批准 or 生成演示数据 in the background right after
    finally:
        worker.close()


def test_unlocking_while_the_import_wizard_is_open_lets_it_commit(qtbot, shop, db_path, messages, monkeypatch):
    from tests.ui.import_wizard_support import GBK_CSV, preview, wait_idle
    from ui import errors
    from ui.importing import wizard as steps
    from ui.importing.wizard import ImportWizard

    for name in ("小美", "阿强", "晓雯", "大刘"):  # the people of the sample file
        shop.staff.add(StaffDraft(name=name, dept="客服部"))
    shop.security.set_pin("2468")
    locked = Shop.open(db_path, date(2026, 10, 20))  # the window opened read-only
    wizard = ImportWizard(locked, [GBK_CSV])
    qtbot.addWidget(wizard)
    try:
        wizard.show()
        preview(qtbot, wizard)  # looking needs no PIN
        monkeypatch.setattr(errors, "pin_prompt", lambda: locked.security.unlock("2468") or True)
        wizard.next()  # 导入: refused, the owner gives the PIN when asked
        wait_idle(qtbot, wizard)
        assert not locked.store.locked and any("已解锁" in text for text in messages.of("info"))
        wizard.next()  # and does it again, as the message says
        wait_idle(qtbot, wizard)
        assert wizard.step() == steps.RESULT
    finally:
        wizard.session.close()
        locked.close()


def test_changing_or_clearing_the_pin_in_settings_lifts_the_status_bar_lock(qtbot, shop, db_path, qsettings,
                                                                            messages):
    """设置 → 安全 tells the window when it changes the PIN: the 只读 button goes as the shop opens."""
    from ui.main_window import MainWindow
    from ui.navigation import page_index

    shop.security.set_pin("1234")
    for action in ("change", "clear"):
        locked = Shop.open(db_path, date(2026, 10, 20))
        try:
            window = MainWindow(locked, settings=qsettings)
            qtbot.addWidget(window)
            assert locked.store.locked and window.lock_button.isVisibleTo(window)
            window.show_page(page_index("settings"))
            panel = window.current_page().security_panel
            panel.current.setText("1234")
            if action == "change":
                panel.new.setText("1234")
                panel.repeat.setText("1234")
                assert panel.save()
            else:
                assert panel.clear_pin()
            assert not locked.store.locked
            assert not window.lock_button.isVisibleTo(window), action
            window.stop_polling()
        finally:
            locked.close()


def test_board_form_reads_a_full_width_colon_and_refuses_a_day_given_twice(qtbot, shop):
    form = SettingsForm(shop, "看板", (declared.BOARD_DAY_WEIGHTS, declared.PROMOTION_DAYS))
    qtbot.addWidget(form)
    form.editors["promotion_days"].setText("11-11:5，6-18：3")
    assert form.save(), form.error.text()
    assert shop.settings.get(declared.PROMOTION_DAYS) == ["11-11:5", "6-18:3"]
    form.editors["promotion_days"].setText("11-11:5, 11-11:3")
    assert not form.save()
    assert "11-11" in form.error.text() and "两次" in form.error.text()
    assert shop.settings.get(declared.PROMOTION_DAYS) == ["11-11:5", "6-18:3"]


def test_board_form_keeps_the_days_off_and_working_days_typed(qtbot, shop):
    form = SettingsForm(shop, "看板", (declared.BOARD_DAY_WEIGHTS, declared.OWN_DAYS_OFF, declared.OWN_WORKDAYS))
    qtbot.addWidget(form)
    form.editors["own_days_off"].setText("2027-02-08~2027-02-12， 2027-02-30")
    assert not form.save()
    assert "另算放假的日子" in form.error.text() and "2027-02-30" in form.error.text()
    assert shop.settings.get(declared.OWN_DAYS_OFF) == []
    form.editors["own_days_off"].setText("2027-02-08～2027-02-12，2027-01-01")
    form.editors["own_workdays"].setText("2027-02-20")
    assert form.save(), form.error.text()
    assert shop.settings.get(declared.OWN_DAYS_OFF) == ["2027-02-08~2027-02-12", "2027-01-01"]
    assert shop.settings.get(declared.OWN_WORKDAYS) == ["2027-02-20"]


def test_board_form_refuses_a_day_typed_both_off_and_on(qtbot, shop):
    form = SettingsForm(shop, "看板", (declared.BOARD_DAY_WEIGHTS, declared.PROMOTION_DAYS, declared.OWN_DAYS_OFF,
                                     declared.OWN_WORKDAYS))
    qtbot.addWidget(form)
    form.editors["own_days_off"].setText("2027-2-8~2027-2-12")
    form.editors["own_workdays"].setText("2027-02-12")
    assert not form.save()
    assert "2027-02-12 既写在「另算放假的日子」里" in form.error.text()
    assert shop.settings.get(declared.OWN_DAYS_OFF) == [] and shop.settings.get(declared.OWN_WORKDAYS) == []
    form.editors["own_workdays"].setText("2027-02-20")
    assert form.save(), form.error.text()
    assert shop.settings.get(declared.OWN_DAYS_OFF) == ["2027-2-8~2027-2-12"]


def test_changing_or_clearing_a_locked_pin_asks_for_the_current_one_by_its_field(qtbot, shop, db_path):
    """With 当前密码 left empty the panel said 「店主密码不对」 and counted a wrong try (the next one waited)."""
    shop.security.set_pin("1234")
    locked = Shop.open(db_path, date(2026, 10, 20))
    try:
        panel = SecurityPanel(locked)
        qtbot.addWidget(panel)
        assert panel.current.isEnabled()
        panel.new.setText("5678")
        panel.repeat.setText("5678")
        for attempt in (panel.save, panel.clear_pin):
            assert not attempt()
            assert "「当前密码」" in panel.error.text() and "不对" not in panel.error.text()
        assert not locked.store.settings.get("owner_pin_failures") and locked.store.locked
        panel.current.setText("1234")
        assert panel.save() and not locked.store.locked
    finally:
        locked.close()


def test_the_pin_boxes_keep_their_size_in_a_wide_window(qtbot, shop):
    """On a desktop the three PIN boxes stretched 1,300 px across the tab."""
    panel = SecurityPanel(shop)
    qtbot.addWidget(panel)
    panel.resize(1500, 600)
    panel.show()
    qtbot.waitExposed(panel)
    for edit in (panel.current, panel.new, panel.repeat):
        assert edit.width() <= 2 * edit.sizeHint().width() < panel.width() // 2
