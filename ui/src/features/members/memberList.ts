// The members list's search, sector filter, sorting and totals: pure functions over the loaded members.
import type { Locale } from '../../lib/bindings/Locale';
import type { Member } from '../../lib/bindings/Member';
import type { MemberKind } from '../../lib/bindings/MemberKind';
import type { Sector } from '../../lib/bindings/Sector';

/** In the order the backend gives the board's balance, and every list of sectors follows. */
export const SECTORS: readonly Sector[] = ['public', 'business', 'civil'];
export const MEMBER_KINDS: readonly MemberKind[] = ['organisation', 'person'];

/** What the list shows: '' means "any sector". */
export type MemberFilter = { query: string; sector: Sector | '' };
export const NO_FILTER: MemberFilter = { query: '', sector: '' };

/** The table's columns, in their order. */
export const MEMBER_COLUMNS = ['name', 'kind', 'sector', 'joinedOn', 'leftOn', 'onBoard', 'applicants'] as const;
export type MemberSortKey = (typeof MEMBER_COLUMNS)[number];
export type MemberSort = { key: MemberSortKey; direction: 'ascending' | 'descending' };

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
  const text = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
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
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...members].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return order !== 0 ? sign * order : text(a.name, b.name);
  });
}

/** How many of `members` belong to each sector. */
export function sectorTotals(members: readonly Member[]): Record<Sector, number> {
  const totals: Record<Sector, number> = { public: 0, business: 0, civil: 0 };
  for (const m of members) totals[m.sector] += 1;
  return totals;
}
