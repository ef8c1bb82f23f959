// The calls list as exported (see ExportButton): the calls shown, in their order, with the table's
// columns; the status under the title gets a column of its own, and opening and closing their day
// and time as `YYYY-MM-DD HH:MM`.
import type { CallSummary } from '../../lib/bindings/CallSummary';
import type { ListTable } from '../../lib/bindings/ListTable';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';

const HEADERS = [
  'col-number', 'col-title', 'col-status', 'col-opens', 'col-closes', 'col-applications', 'col-requested', 'col-available',
  'col-difference',
];

/** `shown`: the calls as filtered and sorted on screen. */
export function callsTable(shown: readonly CallSummary[]): ListTable {
  return {
    name: 'calls',
    headers: HEADERS.map((id) => t(id)),
    rows: shown.map(({ call, applications, requested, available, difference }) => [
      cell.text(call.number),
      cell.text(call.title),
      cell.text(t(`call-status-${call.status}`)),
      cell.dateTime(call.opensAt),
      cell.dateTime(call.closesAt),
      cell.count(applications),
      cell.money(requested),
      cell.money(available),
      cell.money(difference),
    ]),
  };
}
