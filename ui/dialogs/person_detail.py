"""A person's detail from the board: the last six months against target, and this month's events."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain import Staff
from app.money import format_yuan
from app.periods import Month, Year
from app.reports.person import approved_awards, recent_months
from app.shop import Shop


class PersonDetailDialog(QDialog):
    def __init__(self, shop: Shop, person: Staff, month: Month, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} 的详情").format(name=person.name))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        facts = [person.dept or self.tr("无部门"), person.role]
        if person.hired:
            facts.append(self.tr("{d} 入职").format(d=person.hired.isoformat()))
        layout.addWidget(QLabel(f"<b>{person.name}</b>　" + "　".join(facts)))
        layout.addWidget(QLabel(self.tr("近六个月销售额与目标")))
        self.months = QTableWidget(0, 4)
        self.months.setHorizontalHeaderLabels([self.tr("月份"), self.tr("销售额"), self.tr("目标"), self.tr("达成率")])
        for item in recent_months(shop.store, person, month):
            row = self.months.rowCount()
            self.months.insertRow(row)
            pct = f"{item.achieved_pct:.1f}%" if item.achieved_pct is not None else self.tr("未设目标")
            for col, text in enumerate((item.month.label(), format_yuan(item.value),
                                        format_yuan(item.target) if item.target else "—", pct)):
                self.months.setItem(row, col, QTableWidgetItem(text))
        self.months.resizeColumnsToContents()
        layout.addWidget(self.months)
        layout.addWidget(QLabel(self.tr("{m}的事件").format(m=month.label())))
        self.events = QTableWidget(0, 4)
        self.events.setHorizontalHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("金额/数值"), self.tr("备注")])
        for event in shop.events.between(month.start, month.end, person.id):
            row = self.events.rowCount()
            self.events.insertRow(row)
            amount = format_yuan(event.amount_fen) if event.amount_fen is not None else (
                str(event.value) if event.value is not None else "")
            for col, text in enumerate((event.day.isoformat(), event.type, amount, event.note)):
                self.events.setItem(row, col, QTableWidgetItem(text))
        self.events.resizeColumnsToContents()
        layout.addWidget(self.events)
        layout.addWidget(QLabel(self.tr("已批准的奖项")))
        self.awards = QTableWidget(0, 3)
        self.awards.setHorizontalHeaderLabels([self.tr("期间"), self.tr("奖项"), self.tr("金额/物品")])
        for award in approved_awards(shop.store, person):
            row = self.awards.rowCount()
            self.awards.insertRow(row)
            value = award.item or "" if award.kind in ("item", "honour") else format_yuan(award.amount_fen)
            for col, text in enumerate((award.period, award.award, value)):
                self.awards.setItem(row, col, QTableWidgetItem(text))
        self.awards.resizeColumnsToContents()
        layout.addWidget(self.awards)
        received = shop.flowers.received(Year(month.year)).get(person.id, 0)
        held = shop.flowers.held().get(person.id, 0)
        self.flowers = QLabel(self.tr("小红花：{year} 年获得 {received} 朵，当前有效 {held} 朵").format(
            year=month.year, received=received, held=held))
        layout.addWidget(self.flowers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, shop: Shop, person: Staff, month: Month) -> None:
        cls(shop, person, month, parent).exec()
