// The meetings list as exported (see ExportButton): the meetings shown, in their order, with the
// table's columns; whether a meeting was held online, tagged beside its place, gets a column.
import type { ListTable } from '../../lib/bindings/ListTable';
import type { Meeting } from '../../lib/bindings/Meeting';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { decisionCount } from './meetingList';

const HEADERS = [
  'meeting-col-date', 'meeting-col-kind', 'col-number', 'meeting-col-place', 'meeting-field-online', 'meeting-col-present',
  'meeting-col-items', 'meeting-col-decisions',
];

/** `shown`: the meetings as filtered on screen. */
export function meetingsTable(shown: readonly Meeting[]): ListTable {
  return {
    name: 'meetings',
    headers: HEADERS.map((id) => t(id)),
    rows: shown.map((m) => [
      cell.date(m.heldOn),
      cell.text(t(`meeting-kind-${m.kind}`)),
      cell.text(m.number),
      cell.text(m.place),
      cell.text(t(m.online ? 'export-yes' : 'export-no')),
      cell.count(m.attendeeIds.length),
      cell.count(m.items.length),
      cell.count(decisionCount(m)),
    ]),
  };
}
