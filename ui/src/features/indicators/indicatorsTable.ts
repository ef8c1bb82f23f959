// The indicators as exported (see ExportButton): the table's rows and columns; what the screen shows
// under the name (unit, where the value comes from) and beside the achieved value (the day it was
// measured) gets columns of its own. Quantities go as numbers with two decimals.
import type { Indicator } from '../../lib/bindings/Indicator';
import type { ListTable } from '../../lib/bindings/ListTable';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';

const HEADERS = [
  'col-code', 'indicator-col-name', 'field-indicator-unit', 'field-indicator-source', 'indicator-col-measure',
  'indicator-col-baseline', 'indicator-col-target', 'indicator-col-achieved', 'field-measured-on', 'indicator-col-performance',
];

export function indicatorsTable(indicators: readonly Indicator[]): ListTable {
  return {
    name: 'indicators',
    headers: HEADERS.map((id) => t(id)),
    rows: indicators.map((i) => [
      cell.text(i.code),
      cell.text(i.name),
      cell.text(i.unit),
      cell.text(t(`indicator-source-${i.source}`)),
      cell.text(i.measureCode ?? t('indicator-strategy')),
      cell.hundredths(i.baseline),
      cell.hundredths(i.target),
      cell.hundredths(i.achieved),
      cell.date(i.achievedOn),
      cell.percent(i.performance),
    ]),
  };
}
