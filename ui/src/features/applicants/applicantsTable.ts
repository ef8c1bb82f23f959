// The applicants register as exported (see ExportButton): the applicants found, in their order,
// with the table's columns.
import type { Applicant } from '../../lib/bindings/Applicant';
import type { ListTable } from '../../lib/bindings/ListTable';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { APPLICANT_COLUMNS } from './applicantList';

/** `shown`: the applicants as found and sorted on screen. */
export function applicantsTable(shown: readonly Applicant[]): ListTable {
  return {
    name: 'applicants',
    headers: APPLICANT_COLUMNS.map((column) => t(column.label)),
    rows: shown.map((a) => [
      cell.text(a.name),
      cell.text(t(`applicant-kind-${a.kind}`)),
      cell.text(a.code),
      cell.text(a.municipality),
      cell.text(a.eldership),
      cell.count(a.projectCount),
    ]),
  };
}
