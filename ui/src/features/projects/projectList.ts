// The project list's search, filters, sorting and totals: pure functions over the loaded projects.
import type { Locale } from '../../lib/bindings/Locale';
import type { Money } from '../../lib/bindings/Money';
import type { Project } from '../../lib/bindings/Project';
import type { ProjectStatus } from '../../lib/bindings/ProjectStatus';
import { sumOf } from '../../lib/money';

/** What the list shows: '' means "any". */
export type ProjectFilter = { query: string; status: ProjectStatus | ''; measureId: string; callId: string; year: string };

export const NO_FILTER: ProjectFilter = { query: '', status: '', measureId: '', callId: '', year: '' };

export const MONEY_COLUMNS = ['eligibleCost', 'requestedAid', 'awardedAid', 'paid'] as const;
export type MoneyColumn = (typeof MONEY_COLUMNS)[number];

export type SortKey = 'number' | 'title' | 'submittedOn' | 'intensity' | MoneyColumn;
export type Sort = { key: SortKey; direction: 'ascending' | 'descending' };

/** Projects matching every filter; the query looks in the number, title and applicant's name. */
export function filterProjects(projects: readonly Project[], filter: ProjectFilter): Project[] {
  const query = filter.query.trim().toLocaleLowerCase();
  return projects.filter(
    (p) =>
      (query === '' || [p.number, p.title, p.applicantName].some((text) => text.toLocaleLowerCase().includes(query))) &&
      (filter.status === '' || p.status === filter.status) &&
      (filter.measureId === '' || p.measureId === filter.measureId) &&
      (filter.callId === '' || p.callId === filter.callId) &&
      (filter.year === '' || p.submittedOn.startsWith(`${filter.year}-`)),
  );
}

/** A project's value in a column, as sorting compares it (no award sorts below any award). */
function sortValue(project: Project, key: SortKey): string | number {
  if (key === 'awardedAid') return project.awardedAid ?? -1;
  return project[key];
}

/** The projects sorted by one column; equal values keep the order of their numbers. */
export function sortProjects(projects: readonly Project[], sort: Sort, locale: Locale): Project[] {
  const text = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...projects].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return order !== 0 ? sign * order : text(a.number, b.number);
  });
}

/** The sum of every money column over `projects` (a project without an award adds nothing awarded). */
export function projectTotals(projects: readonly Project[]): Record<MoneyColumn, Money> {
  return {
    eligibleCost: sumOf(projects.map((p) => p.eligibleCost)),
    requestedAid: sumOf(projects.map((p) => p.requestedAid)),
    awardedAid: sumOf(projects.map((p) => p.awardedAid ?? 0)),
    paid: sumOf(projects.map((p) => p.paid)),
  };
}

/** The years in which projects were submitted, newest first. */
export function submissionYears(projects: readonly Project[]): string[] {
  return [...new Set(projects.map((p) => p.submittedOn.slice(0, 4)))].sort().reverse();
}
