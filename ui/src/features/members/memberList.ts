// The members list's columns, search, sector filter, sorting and totals: pure functions over the loaded members.
import type { Locale } from '../../lib/bindings/Locale';
import type { Member } from '../../lib/bindings/Member';
import type { MemberKind } from '../../lib/bindings/MemberKind';
import type { Sector } from '../../lib/bindings/Sector';
import { sortRows, type Sort, type SortColumn } from '../../lib/sorting';

/** In the order the backend gives the board's balance, and every list of sectors follows. */
export const SECTORS: readonly Sector[] = ['public', 'business', 'civil'];
export const MEMBER_KINDS: readonly MemberKind[] = ['organisation', 'person'];

/** What the list shows: '' means "any sector". */
export type MemberFilter = { query: string; sector: Sector | '' };
export const NO_FILTER: MemberFilter = { query: '', sector: '' };

/** The end of each column heading's data-testid, in the table's order; its message is `member-col-` and that end. */
const COLUMN_TESTIDS = {
  name: 'name', kind: 'kind', sector: 'sector', joinedOn: 'joined', leftOn: 'left', onBoard: 'on-board', applicants: 'applicants',
} as const;
export type MemberSortKey = keyof typeof COLUMN_TESTIDS;

/** The table's columns, in their order. */
export const MEMBER_COLUMNS: readonly SortColumn<MemberSortKey>[] = Object.entries(COLUMN_TESTIDS).map(([key, testid]) => ({
  key: key as MemberSortKey,
  label: `member-col-${testid}`,
  testid,
  numeric: key === 'applicants',
}));
export type MemberSort = Sort<MemberSortKey>;

/** Members matching the filter; the query looks in the name and the contact. */
export function filterMembers(members: readonly Member[], filter: MemberFilter): Member[] {
  const query = filter.query.trim().toLocaleLowerCase();
  return members.filter(
    (m) =>
      (query === '' || [m.name, m.contact].some((text) => text.toLocaleLowerCase().includes(query))) &&
      (filter.sector === '' || m.sector === filter.sector),
  );
}

/**
 * The members sorted by one column; equal values keep the order of their names. The type sorts by
 * its name as shown (`kindLabel`), so the column reads in order in every language; the sector keeps
 * the order public, business, civil of the board card. A member who has not left sorts before
 * those who have (an empty date).
 */
export function sortMembers(
  members: readonly Member[],
  sort: MemberSort,
  locale: Locale,
  onBoard: ReadonlySet<string>,
  kindLabel: (kind: MemberKind) => string,
): Member[] {
  const value = (m: Member): string | number => {
    switch (sort.key) {
      case 'kind':
        return kindLabel(m.kind);
      case 'sector':
        return SECTORS.indexOf(m.sector);
      case 'leftOn':
        return m.leftOn ?? '';
      case 'onBoard':
        return onBoard.has(m.id) ? 1 : 0;
      case 'applicants':
        return m.applicantIds.length;
      default:
        return m[sort.key];
    }
  };
  return sortRows(members, sort.direction, locale, value, (m) => m.name);
}

/** How many of `members` belong to each sector. */
export function sectorTotals(members: readonly Member[]): Record<Sector, number> {
  const totals: Record<Sector, number> = { public: 0, business: 0, civil: 0 };
  for (const m of members) totals[m.sector] += 1;
  return totals;
}
