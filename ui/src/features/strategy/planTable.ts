// The financial plan as exported (see ExportButton): the plan table's rows in their order (the
// priorities with their measures, the local projects' subtotal, the running and animation lines,
// their subtotal, the total) with its columns; the kind under a line's title gets a column.
import type { Bp } from '../../lib/bindings/Bp';
import type { FinancialPlan } from '../../lib/bindings/FinancialPlan';
import type { ListCell } from '../../lib/bindings/ListCell';
import type { ListTable } from '../../lib/bindings/ListTable';
import type { Money } from '../../lib/bindings/Money';
import type { PlanLine } from '../../lib/bindings/PlanLine';
import { t } from '../../lib/i18n';
import { cell } from '../../lib/listCells';
import { shareOf } from '../../lib/money';
import { planSubtotals, type PlanMoneyRow } from './planSubtotals';

const HEADERS = [
  'col-code', 'col-title', 'field-kind', 'col-allocated', 'col-share', 'money-committed', 'col-committed-share', 'money-paid',
  'money-available',
];

/** The money view's cells of a row: committed, committed as a share of the allocation, paid, available. */
const moneyCells = (row: PlanMoneyRow): ListCell[] => [
  cell.money(row.committed),
  cell.percent(shareOf(row.committed, row.allocated)),
  cell.money(row.paid),
  cell.money(row.available),
];

const lineRow = (line: PlanLine): ListCell[] => [
  cell.text(line.code),
  cell.text(line.title),
  cell.text(line.kind ? t(`kind-${line.kind}`) : t('plan-level-priority')),
  cell.money(line.allocated),
  cell.percent(line.share),
  ...moneyCells(line),
];

/**
 * A subtotal or the total: its label in the title's column, the plan's figure of what is allocated,
 * and a share only where the plan shows one.
 */
const sumRow = (label: string, allocated: Money, row: PlanMoneyRow, share: Bp | null): ListCell[] => [
  cell.empty(),
  cell.text(t(label)),
  cell.empty(),
  cell.money(allocated),
  cell.percent(share),
  ...moneyCells(row),
];

export function planTable(plan: FinancialPlan): ListTable {
  const subtotals = planSubtotals(plan);
  return {
    name: 'plan',
    headers: HEADERS.map((id) => t(id)),
    rows: [
      ...plan.projectLines.map(lineRow),
      sumRow('plan-local-total', plan.localProjectsTotal, subtotals.local, null),
      ...plan.runningLines.map(lineRow),
      sumRow('plan-running-total', plan.runningTotal, subtotals.running, plan.runningShare),
      sumRow('plan-total', plan.planTotal, subtotals.total, null),
    ],
  };
}
