"""A person as a choice box (or a grid's row) names them: the name, then in brackets what tells two people
apart — number, department, role — with the window's language's punctuation: 刘佳怡（#1，客服部） in Chinese,
刘佳怡 (#1, 客服部) in English."""

from __future__ import annotations

from app.i18n import bracketed, joined


def person_choice(name: str, *details: object) -> str:
    """`name` followed by the details that are not empty."""
    shown = [str(detail) for detail in details if detail]
    if not shown:
        return name
    inside = joined(shown, separator="，")
    return bracketed(name, inside)
