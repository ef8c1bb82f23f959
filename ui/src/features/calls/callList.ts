// The calls list's filters (status, year the call opens), sorting and totals: pure functions over
// the loaded call summaries.
import type { CallStatus } from '../../lib/bindings/CallStatus';
import type { CallSummary } from '../../lib/bindings/CallSummary';
import type { Locale } from '../../lib/bindings/Locale';
import type { Money } from '../../lib/bindings/Money';
import { sumOf } from '../../lib/money';

export const CALL_STATUSES: readonly CallStatus[] = ['planned', 'open', 'closed', 'evaluated', 'cancelled'];

/** What the list shows: '' means "any". */
export type CallFilter = { status: CallStatus | ''; year: string };

export const NO_CALL_FILTER: CallFilter = { status: '', year: '' };

export type CallSortKey = 'number' | 'opensAt' | 'closesAt' | 'requested' | 'available' | 'difference';
/** null: as the backend lists them. */
export type CallSort = { key: CallSortKey; direction: 'ascending' | 'descending' } | null;

/** Calls matching every filter; the year is the year the call opens. */
export function filterCalls(calls: readonly CallSummary[], filter: CallFilter): CallSummary[] {
  return calls.filter(
    ({ call }) =>
      (filter.status === '' || call.status === filter.status) && (filter.year === '' || call.opensAt.startsWith(`${filter.year}-`)),
  );
}

function sortValue(summary: CallSummary, key: CallSortKey): string | number {
  if (key === 'number' || key === 'opensAt' || key === 'closesAt') return summary.call[key];
  return summary[key];
}

/** The calls sorted by one column; equal values keep the order of their numbers. */
export function sortCalls(calls: readonly CallSummary[], sort: CallSort, locale: Locale): CallSummary[] {
  if (sort === null) return [...calls];
  const text = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...calls].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return order !== 0 ? sign * order : text(a.call.number, b.call.number);
  });
}

/** The years in which calls open, newest first. */
export const callYears = (calls: readonly CallSummary[]): string[] =>
  [...new Set(calls.map(({ call }) => call.opensAt.slice(0, 4)))].sort().reverse();

export type CallTotals = { applications: number; requested: Money; available: Money; difference: Money };

/** The totals of the calls shown. */
export const callTotals = (calls: readonly CallSummary[]): CallTotals => ({
  applications: calls.reduce((total, c) => total + c.applications, 0),
  requested: sumOf(calls.map((c) => c.requested)),
  available: sumOf(calls.map((c) => c.available)),
  difference: sumOf(calls.map((c) => c.difference)),
});
