"""The certificate settings, each declared once (key, type, default, Chinese label), stored with the
shop's other settings."""

from __future__ import annotations

from app.certificates.citation import DEFAULT_CITATION
from app.certificates.model import PAGES, TEMPLATES
from app.settings import Setting

TEMPLATE_LABELS = {"classic": "经典奖状", "modern": "现代荣誉证书", "card": "小卡片"}
PAGE_LABELS = {"a4-landscape": "A4 横向", "a4-portrait": "A4 纵向", "a5-landscape": "A5 横向",
               "a5-portrait": "A5 纵向"}
# the labels, in the choices' order, name a template or a paper in the audit log (not its key)
TEMPLATE = Setting("certificate_template", str, "classic", "证书模板", TEMPLATES,
                   tuple(TEMPLATE_LABELS[key] for key in TEMPLATES))
PAGE = Setting("certificate_page", str, "a4-landscape", "证书纸张", PAGES, tuple(PAGE_LABELS[key] for key in PAGES))
CITATION = Setting("certificate_citation", str, DEFAULT_CITATION, "证书评语模板")
CHINESE_DATE = Setting("certificate_chinese_date", bool, False, "证书日期用中文数字（二〇二六年十一月一日）")
SHOW_VALUE = Setting("certificate_show_value", bool, False, "证书上显示奖金或奖品")
CARDS_PER_SHEET = Setting("certificate_cards_per_sheet", int, 4, "卡片模板每张纸印几张（4 或 8）")
# {award title: template}: an award named here is printed with its own template unless a job forces one
AWARD_TEMPLATES = Setting("certificate_award_templates", dict, {}, "各奖项的证书模板", TEMPLATES, TEMPLATE.choice_labels)

ALL = (TEMPLATE, PAGE, CITATION, CHINESE_DATE, SHOW_VALUE, CARDS_PER_SHEET, AWARD_TEMPLATES)
