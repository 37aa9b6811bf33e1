"""Which person a report row is for: found by the matcher, mapped or skipped by hand, or a stand-in for a new
person to be created at commit (negative id while staged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.i18n import t
from app.importing.matching import new_person_name
from app.importing.model import FilePlan, StandIn
from app.importing.note_groups import important

if TYPE_CHECKING:
    from app.importing.reading import Batch


def staff_of_row(plan: FilePlan, batch: Batch, name: str, row_no: int, header: str) -> int | None:
    options = batch.options
    match = batch.matcher.match(name)
    if match.key in options.skip_staff or name in options.skip_staff:
        plan.skipped += 1
        return None
    if match.staff_id is not None:
        return match.staff_id
    mapped = options.staff_map.get(name, options.staff_map.get(match.key))
    if mapped is not None:
        return mapped
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
    plan.unknown_rows[match.key][1] += 1
    person = new_person_name(match.key)
    stand_in = batch.stand_ins.get(person)
    if stand_in is None:
        stand_in = StandIn(-(len(batch.stand_ins) + 1), person, (match.key,))
    elif match.key not in stand_in.keys:
        stand_in = StandIn(stand_in.id, person, stand_in.keys + (match.key,))
    batch.stand_ins[person] = stand_in
    return stand_in.id
