// The members list as exported (see ExportButton): the members shown, in their order, with the
// table's columns.
import type { ListTable } from '../../lib/bindings/ListTable';
import type { Member } from '../../lib/bindings/Member';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { MEMBER_COLUMNS } from './memberList';

/** `shown`: the members as filtered and sorted on screen; `onBoard`: the ids of those on the board today. */
export function membersTable(shown: readonly Member[], onBoard: ReadonlySet<string>): ListTable {
  return {
    name: 'members',
    headers: MEMBER_COLUMNS.map((column) => t(column.label)),
    rows: shown.map((m) => [
      cell.text(m.name),
      cell.text(t(`member-kind-${m.kind}`)),
      cell.text(t(`member-sector-${m.sector}`)),
      cell.date(m.joinedOn),
      cell.date(m.leftOn),
      cell.text(t(onBoard.has(m.id) ? 'member-on-board-yes' : 'member-on-board-no')),
      cell.count(m.applicantIds.length),
    ]),
  };
}
