"""Which person a report row is for: found by the matcher, mapped or skipped by hand, the one of namesakes on the
team on the row's days, or a stand-in for a new person to be created at commit (negative id while staged)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.i18n import joined, t
from app.importing.matching import Match, StaffMatcher, new_person_name
from app.importing.model import FilePlan, NicknameMatch, StandIn
from app.importing.note_groups import important

if TYPE_CHECKING:
    from app.importing.reading import Batch


class DatedNamesakes:
    """Rows naming a name two people share that went to the one of them on the team on the row's days; the
    preview says whose rows they became."""

    def __init__(self, matcher: StaffMatcher):
        self._matcher = matcher
        self._rows: dict[Match, dict[int, list[int]]] = {}  # the name as matched → person → [first row, rows]

    def pick(self, match: Match, days: tuple[str, str], row_no: int) -> int | None:
        staff_id = self._matcher.employed_namesake(match, date.fromisoformat(days[0]), date.fromisoformat(days[1]))
        if staff_id is not None:
            self._rows.setdefault(match, {}).setdefault(staff_id, [row_no, 0])[1] += 1
        return staff_id

    def notes(self) -> list[str]:
        return [t("「{name}」：有 {n} 位同名员工，各行已按日期归到当时在职的那一位：{rows}", name=match.key,
                  n=len(match.namesakes), rows=joined(
                      t("{who}第 {row} 行起共 {count} 行", who=self._matcher.display_of(staff_id), row=first, count=count)
                      for staff_id, (first, count) in people.items()))
                for match, people in self._rows.items()]


def _set_not_imported(batch: Batch, match: Match) -> bool:
    """An account set not to be imported (设置 → 导入) — unless it has become someone's name or sub-account since:
    the alias wins. A sub-account found by nickname only is still no one's."""
    return match.key in batch.skipped_accounts and not batch.matcher.counts_without_asking(match)


def staff_of_row(plan: FilePlan, batch: Batch, name: str, row_no: int, header: str, days: tuple[str, str],
                 namesakes: DatedNamesakes) -> int | None:
    """`days`: the row's first and last day (ISO text), which tell namesakes apart."""
    options = batch.options
    match = batch.matcher.match(name)
    if match.key in options.skip_staff or name in options.skip_staff or _set_not_imported(batch, match):
        plan.skipped += 1
        plan.skipped_staff[match.key] = plan.skipped_staff.get(match.key, 0) + 1
        return None
    if match.staff_id is not None and not batch.matcher.asks_about(match):
        return match.staff_id
    mapped = options.staff_map.get(name, options.staff_map.get(match.key))
    if mapped is not None:  # also a sub-account found by nickname only, confirmed as hers or given to another
        return mapped
    if match.staff_id is not None:
        found = plan.nickname_rows.get(match.key)
        if found is None:
            found = plan.nickname_rows[match.key] = NicknameMatch(
                match.key, match.staff_id, batch.matcher.told_apart(match.staff_id), row_no)
        found.rows += 1
        return match.staff_id
    if match.namesakes:
        staff_id = namesakes.pick(match, days, row_no)
        if staff_id is not None:
            return staff_id
    if match.reason:
        plan.error(row_no, header, name, match.reason)
        return None
    if match.key not in plan.unknown_staff:
        plan.unknown_staff.append(match.key)
        plan.unknown_rows[match.key] = [row_no, 0]
        if "?" in match.key:  # what a plain (GBK) CSV keeps of a character outside GBK, such as 𠮷
            plan.notes.append(important(t("「{name}」里的「?」多半是一个生僻字（如 𠮷）：报表另存为普通 CSV（GBK 编码）时，存不下的字被换成了"
                                          "问号。请在 Excel 中另存为 .xlsx 或「CSV UTF-8」后再导入，或把「{name}」添加为这位员工的子账号",
                                          name=match.key)))
    found = plan.unknown_rows[match.key]
    found[0] = min(found[0], row_no)  # a row dated 10月5日 is read after the rows below it (`RowDates.waiting`)
    found[1] += 1
    person = new_person_name(match.key)
    stand_in = batch.stand_ins.get(person)
    if stand_in is None:
        stand_in = StandIn(-(len(batch.stand_ins) + 1), person, (match.key,))
    elif match.key not in stand_in.keys:
        stand_in = StandIn(stand_in.id, person, stand_in.keys + (match.key,))
    batch.stand_ins[person] = stand_in
    return stand_in.id
