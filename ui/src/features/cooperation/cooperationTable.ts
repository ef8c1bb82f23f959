// The cooperation projects as exported (see ExportButton): the list's rows and columns; the period
// becomes its first and last day, and the partners' countries their names in the UI's language.
import type { Cooperation } from '../../lib/bindings/Cooperation';
import type { ListTable } from '../../lib/bindings/ListTable';
import { locale, t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { countriesOf, countryName } from './cooperationText';

const HEADERS = [
  'col-code', 'col-title', 'coop-field-starts-on', 'coop-field-ends-on', 'coop-col-countries', 'coop-col-budget', 'coop-col-events',
  'coop-col-participants',
];

export function cooperationTable(cooperations: readonly Cooperation[]): ListTable {
  const countries = (c: Cooperation) =>
    countriesOf(c)
      .map((code) => countryName(code, locale.current) ?? code)
      .join(', ');
  return {
    name: 'cooperation',
    headers: HEADERS.map((id) => t(id)),
    rows: cooperations.map((c) => [
      cell.text(c.code),
      cell.text(c.title),
      cell.date(c.startsOn),
      cell.date(c.endsOn),
      cell.text(countries(c)),
      cell.money(c.budget),
      cell.count(c.events),
      cell.count(c.participants),
    ]),
  };
}
