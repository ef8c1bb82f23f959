// The events list as exported (see ExportButton): the events of the period shown, month after
// month as on screen, with the list's columns; the day and the hours under it get a column each.
import type { ListTable } from '../../lib/bindings/ListTable';
import { dateTime, t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { hours, type EventMonth } from './eventList';

const HEADERS = ['col-date', 'export-col-time', 'event-col-kind', 'event-col-title', 'event-col-place', 'event-col-participants', 'event-col-cost'];

/** `months`: the events shown, by month. */
export function eventsTable(months: readonly EventMonth[]): ListTable {
  return {
    name: 'events',
    headers: HEADERS.map((id) => t(id)),
    rows: months.flatMap(({ events }) =>
      events.map((e) => [
        cell.date(e.startsAt),
        cell.text(hours(e, dateTime)),
        cell.text(t(`event-kind-${e.kind}`)),
        cell.text(e.title),
        cell.text(e.place),
        cell.count(e.participants),
        cell.money(e.cost),
      ]),
    ),
  };
}
