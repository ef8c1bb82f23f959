// Test data: a small LAG strategy with one priority, two measures, a running line and its plan.
import type { AppInfo } from '../lib/bindings/AppInfo';
import type { FinancialPlan } from '../lib/bindings/FinancialPlan';
import type { Measure } from '../lib/bindings/Measure';
import type { Priority } from '../lib/bindings/Priority';
import type { Settings } from '../lib/bindings/Settings';
import type { Strategy } from '../lib/bindings/Strategy';
import type { StrategySummary } from '../lib/bindings/StrategySummary';

export const settings = (language: Settings['language']): Settings => ({ language, coordinatorName: 'Rūta' });

export const appInfo = (isEmpty: boolean): AppInfo => ({ version: '0.1.0', dbPath: '/tmp/lagdesk.sqlite3', isEmpty });

export const strategy: Strategy = {
  id: 's1',
  code: 'VPS-2023',
  title: 'Kaimo plėtra 2023–2029',
  startYear: 2023,
  endYear: 2029,
  status: 'implementing',
  envelope: 300_000_000,
  runningCap: 2000,
  fundingSources: [
    { code: 'EAFRD', name: 'EŽŪFKP', share: 8500 },
    { code: 'NAT', name: 'Valstybės biudžetas', share: 1500 },
  ],
  createdAt: '2024-05-20T08:00:00Z',
  updatedAt: '2024-05-20T08:00:00Z',
};

export const summary: StrategySummary = {
  id: strategy.id,
  code: strategy.code,
  title: strategy.title,
  startYear: strategy.startYear,
  endYear: strategy.endYear,
  status: strategy.status,
  envelope: strategy.envelope,
  priorityCount: 1,
  measureCount: 3,
};

export const priorities: Priority[] = [{ id: 'p1', strategyId: 's1', code: 'P1', title: 'Darbo vietos', position: 0 }];

const measure = (id: string, code: string, kind: Measure['kind'], allocation: number, position: number): Measure => ({
  id,
  strategyId: 's1',
  priorityId: kind === 'running' ? null : 'p1',
  code,
  title: `Priemonė ${code}`,
  kind,
  allocation,
  plannedProjects: null,
  maxIntensity: null,
  maxGrant: null,
  yearly: [],
  position,
});

export const measures: Measure[] = [
  measure('m1', 'M1.1', 'project', 150_000_000, 0),
  measure('m2', 'M1.2', 'cooperation', 123_456_789, 1),
  measure('r1', 'R1', 'running', 60_000_000, 0),
];

const line = (m: Measure, share: number) => ({
  level: 'measure' as const,
  id: m.id,
  priorityId: m.priorityId,
  code: m.code,
  title: m.title,
  kind: m.kind,
  allocated: m.allocation,
  committed: 0,
  paid: 0,
  available: m.allocation,
  share,
  plannedProjects: null,
  maxIntensity: null,
  maxGrant: null,
});

/** 3 334 567,89 € planned against an envelope of 3 000 000,00 €: over by 334 567,89 €. */
export const plan: FinancialPlan = {
  strategy,
  projectLines: [
    { ...line(measures[0], 10000), level: 'priority', id: 'p1', priorityId: null, code: 'P1', title: 'Darbo vietos', kind: null, allocated: 273_456_789, available: 273_456_789 },
    line(measures[0], 5485),
    line(measures[1], 4515),
  ],
  runningLines: [line(measures[2], 2000)],
  localProjectsTotal: 273_456_789,
  runningTotal: 60_000_000,
  planTotal: 333_456_789,
  committedTotal: 0,
  paidTotal: 0,
  strategyBase: 300_000_000,
  runningShare: 2000,
  unallocated: -33_456_789,
  fundingParts: [
    { code: 'EAFRD', name: 'EŽŪFKP', share: 8500, amount: 283_438_271, committed: 0, paid: 0, available: 283_438_271 },
    { code: 'NAT', name: 'Valstybės biudžetas', share: 1500, amount: 50_018_518, committed: 0, paid: 0, available: 50_018_518 },
  ],
  // No measure is spread over years: the whole plan is on the line not tied to a year.
  years: [
    ...[2023, 2024, 2025, 2026, 2027, 2028, 2029].map((year) => ({ year, allocated: 0, committed: 0, paid: 0, available: 0 })),
    { year: null, allocated: 333_456_789, committed: 0, paid: 0, available: 333_456_789 },
  ],
  warnings: [{ kind: 'overEnvelope', planTotal: 333_456_789, envelope: 300_000_000, difference: 33_456_789 }],
};

/** The handlers of a database holding this one strategy. */
export const strategyHandlers = {
  list_strategies: () => [summary],
  get_strategy: () => strategy,
  list_priorities: () => priorities,
  list_measures: () => measures,
  get_financial_plan: () => plan,
};
