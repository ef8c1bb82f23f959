// The applicants register's sorting: a pure function over the applicants found.
import type { Applicant } from '../../lib/bindings/Applicant';
import type { ApplicantKind } from '../../lib/bindings/ApplicantKind';
import type { Locale } from '../../lib/bindings/Locale';

/** The register's columns, in their order. */
export const APPLICANT_COLUMNS = ['name', 'kind', 'code', 'municipality', 'eldership', 'projectCount'] as const;
export type ApplicantSortKey = (typeof APPLICANT_COLUMNS)[number];
export type ApplicantSort = { key: ApplicantSortKey; direction: 'ascending' | 'descending' };

/**
 * The applicants sorted by one column; equal values keep the order of their names. The type sorts
 * by its name as shown (`kindLabel`), not by its code, so the column reads in order in every language.
 */
export function sortApplicants(
  applicants: readonly Applicant[],
  sort: ApplicantSort,
  locale: Locale,
  kindLabel: (kind: ApplicantKind) => string,
): Applicant[] {
  const text = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
  const value = (applicant: Applicant) => (sort.key === 'kind' ? kindLabel(applicant.kind) : applicant[sort.key]);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...applicants].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return order !== 0 ? sign * order : text(a.name, b.name);
  });
}
