// The money view of the plan's subtotal and total rows: allocated, committed, paid and available of
// the local projects (the sum of the priorities, each summed in SQL), of the running and animation
// lines, and of the whole plan (as the backend totals it); the total rows of the money by year and
// by funding source.
import type { FinancialPlan } from '../../lib/bindings/FinancialPlan';
import type { Money } from '../../lib/bindings/Money';
import { sumOf } from '../../lib/money';

export type PlanMoneyRow = { allocated: Money; committed: Money; paid: Money; available: Money };

/** The sum of rows of the money view (plan lines, years); available is what is allocated but not committed. */
export function sumLines(lines: readonly PlanMoneyRow[]): PlanMoneyRow {
  const allocated = sumOf(lines.map((line) => line.allocated));
  const committed = sumOf(lines.map((line) => line.committed));
  return { allocated, committed, paid: sumOf(lines.map((line) => line.paid)), available: allocated - committed };
}

export function planSubtotals(plan: FinancialPlan): Record<'local' | 'running' | 'total', PlanMoneyRow> {
  return {
    local: sumLines(plan.projectLines.filter((line) => line.level === 'priority')),
    running: sumLines(plan.runningLines),
    total: {
      allocated: plan.planTotal,
      committed: plan.committedTotal,
      paid: plan.paidTotal,
      available: plan.planTotal - plan.committedTotal,
    },
  };
}
