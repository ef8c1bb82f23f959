// Loading what the strategy page shows: the strategy, its priorities and measures, and its plan.
import type { FinancialPlan } from '../../lib/bindings/FinancialPlan';
import type { Measure } from '../../lib/bindings/Measure';
import type { Priority } from '../../lib/bindings/Priority';
import type { Strategy } from '../../lib/bindings/Strategy';
import { getFinancialPlan, getStrategy, listMeasures, listPriorities } from '../../lib/ipc';

export type StrategyContents = { priorities: Priority[]; measures: Measure[]; plan: FinancialPlan };
export type StrategyData = StrategyContents & { strategy: Strategy };

/** The priorities, measures and plan: reloaded after every change to them. */
export async function loadContents(strategyId: string): Promise<StrategyContents> {
  const [priorities, measures, plan] = await Promise.all([
    listPriorities(strategyId),
    listMeasures(strategyId),
    getFinancialPlan(strategyId),
  ]);
  return { priorities, measures, plan };
}

export async function loadStrategy(strategyId: string): Promise<StrategyData> {
  const [strategy, contents] = await Promise.all([getStrategy(strategyId), loadContents(strategyId)]);
  return { strategy, ...contents };
}
