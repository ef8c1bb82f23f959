// The applicants register's columns and sorting: a pure function over the applicants found.
import type { Applicant } from '../../lib/bindings/Applicant';
import type { ApplicantKind } from '../../lib/bindings/ApplicantKind';
import type { Locale } from '../../lib/bindings/Locale';
import { sortRows, type Sort, type SortColumn } from '../../lib/sorting';

/** The register's columns, in their order. */
export const APPLICANT_COLUMNS = [
  { key: 'name', label: 'applicant-col-name', testid: 'name' },
  { key: 'kind', label: 'field-applicant-kind', testid: 'kind' },
  { key: 'code', label: 'field-applicant-code', testid: 'code' },
  { key: 'municipality', label: 'field-municipality', testid: 'municipality' },
  { key: 'eldership', label: 'field-eldership', testid: 'eldership' },
  { key: 'projectCount', label: 'col-applications', testid: 'applications', numeric: true },
] as const satisfies readonly SortColumn<string>[];
export type ApplicantSortKey = (typeof APPLICANT_COLUMNS)[number]['key'];
export type ApplicantSort = Sort<ApplicantSortKey>;

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
  const value = (applicant: Applicant) => (sort.key === 'kind' ? kindLabel(applicant.kind) : applicant[sort.key]);
  return sortRows(applicants, sort.direction, locale, value, (a) => a.name);
}
