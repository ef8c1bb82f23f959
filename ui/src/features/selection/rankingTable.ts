// A call's ranking as exported (see ExportButton): every measure's scored applications in rank
// order, measure after measure as on screen, with a column saying the measure. The funding and
// threshold lines are not rows: the proposal column says which side of them a project is on.
import type { ListTable } from '../../lib/bindings/ListTable';
import type { Proposal } from '../../lib/bindings/Proposal';
import type { Selection } from '../../lib/bindings/Selection';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';

const HEADERS = [
  'field-measure', 'ranking-col-rank', 'project-col-number', 'ranking-col-applicant', 'project-col-title', 'ranking-col-evaluators',
  'ranking-col-score', 'project-col-requested', 'ranking-col-cumulative', 'ranking-col-proposal', 'col-status',
];

/** What the ranking proposes for a project, in words. */
export const proposalLabel = (proposal: Proposal): string =>
  proposal === 'below-threshold' ? t('proposal-below-threshold') : t(`project-status-${proposal}`);

export function rankingTable(selection: Selection): ListTable {
  return {
    name: 'ranking',
    headers: HEADERS.map((id) => t(id)),
    rows: selection.measures.flatMap((measure) =>
      measure.lines.map((line) => [
        cell.text(measure.measureCode),
        cell.count(line.ranked.rank),
        cell.text(line.number),
        cell.text(line.applicantName),
        cell.text(line.title),
        cell.count(line.sheets.length),
        cell.hundredths(line.ranked.average),
        cell.money(line.requestedAid),
        cell.money(line.ranked.proposal === 'selected' ? line.ranked.cumulative : null),
        cell.text(proposalLabel(line.ranked.proposal)),
        cell.text(t(`project-status-${line.status}`)),
      ]),
    ),
  };
}
