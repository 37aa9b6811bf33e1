"""Whether a file may give one name, or one person, twice for the same day or period — followed while its rows
are read, so that the preview looks for such rows in the staging tables (a sort of every staged row) only when
there can be some."""

from __future__ import annotations


class RepeatWatch:
    """A report lists its rows day by day: the names and people of the day being read are kept, and a day met
    again after another is taken as a possible repeat. So a repeat is never missed (at worst looked for in vain),
    and memory holds one day's names and the days already read."""

    def __init__(self) -> None:
        self.possible = False
        self._span: tuple[str, str] | None = None
        self._names: set[str] = set()
        self._people: set[int] = set()
        self._done: set[tuple[str, str]] = set()

    def see(self, name_key: str, staff_id: int, start: str, end: str) -> None:
        if self.possible:
            return
        if self._span != (start, end):
            if (start, end) in self._done:
                self.possible = True
                return
            if self._span is not None:
                self._done.add(self._span)
            self._span, self._names, self._people = (start, end), set(), set()
        if name_key in self._names or staff_id in self._people:
            self.possible = True
            return
        self._names.add(name_key)
        self._people.add(staff_id)
