// The projects list as exported (see ExportButton): the projects shown, in their order, with the
// table's columns; what the title cell shows under the title (status, applicant, measure, call)
// gets columns of its own.
import type { ListTable } from '../../lib/bindings/ListTable';
import type { Project } from '../../lib/bindings/Project';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';

const HEADERS = [
  'project-col-number', 'project-col-title', 'col-status', 'field-applicant', 'field-measure', 'field-call',
  'project-col-submitted-on', 'project-col-eligible', 'project-col-requested', 'project-col-awarded', 'project-col-paid',
  'project-col-intensity',
];

/** `shown`: the projects as filtered and sorted on screen. */
export function projectsTable(shown: readonly Project[]): ListTable {
  return {
    name: 'projects',
    headers: HEADERS.map((id) => t(id)),
    rows: shown.map((p) => [
      cell.text(p.number),
      cell.text(p.title),
      cell.text(t(`project-status-${p.status}`)),
      cell.text(p.applicantName),
      cell.text(p.measureCode),
      p.callNumber === null ? cell.empty() : cell.text(p.callNumber),
      cell.date(p.submittedOn),
      cell.money(p.eligibleCost),
      cell.money(p.requestedAid),
      cell.money(p.awardedAid),
      cell.money(p.paid),
      cell.percent(p.intensity),
    ]),
  };
}
