"""Edits not saved yet, asked about before the main window closes or opens another shop: which pages hold them
(a page says so with `pending_changes()`), the question, and saving them (`save_pending()`)."""

from __future__ import annotations

from app.i18n import joined
from ui import errors
from ui.navigation import PAGES


class UnsavedEdits:
    """Of `MainWindow`: its pages built so far (`pages`, `page()`, `show_page()`), and `ask_about_unsaved`."""

    def unsaved_changes(self) -> list[tuple[int, list[str]]]:
        """The pages holding edits not saved yet (a page says so with `pending_changes()`, a short description
        of each): (page index, descriptions)."""
        found = []
        for index, page in sorted(self.pages.items()):
            pending = getattr(page, "pending_changes", None)
            descriptions = pending() if pending is not None else []
            if descriptions:
                found.append((index, descriptions))
        return found

    def unsaved_text(self, unsaved: list[tuple[int, list[str]]]) -> tuple[str, str]:
        """The question's text (which pages) and its details (what on each page)."""
        titles, lines = [], []
        for index, descriptions in unsaved:
            spec = PAGES[index]
            titles.append(self.tr(spec.title))
            lines.append(self.tr("{page}：{what}").format(page=titles[-1], what=joined(descriptions)))
        return self.tr("{pages}有未保存的修改。").format(pages=joined(titles)), "\n".join(lines)

    def save_unsaved(self, unsaved: list[tuple[int, list[str]]]) -> bool:
        """Save each page's edits (`save_pending()`); the first page that cannot is shown with the reason."""
        for index, _descriptions in unsaved:
            if not self.page(index).save_pending():  # type: ignore[attr-defined]
                self.show_page(index)
                return False
        return True

    def may_close(self) -> bool:
        """Ask about edits not saved yet, if any: 保存 (and close only when all were saved), 不保存, 取消."""
        from PySide6.QtWidgets import QMessageBox  # here: PySide6 makes it, and its enums, when first used

        unsaved = self.unsaved_changes()
        if not unsaved:
            return True
        answer = errors.ask_to_save(self, *self.unsaved_text(unsaved))
        if answer == QMessageBox.StandardButton.Save:
            return self.save_unsaved(unsaved)
        # a kill that came while asking closed the question (`ui.main.close_without_asking`): closed, unsaved
        return answer == QMessageBox.StandardButton.Discard or not self.ask_about_unsaved
