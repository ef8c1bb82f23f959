// Sorting a table by one of its columns: the state a sortable heading shows and changes, and the
// order of the rows it gives.
import type { Locale } from './bindings/Locale';

export type SortDirection = 'ascending' | 'descending';

/** The column a table is sorted by, and which way. */
export type Sort<Key extends string> = { key: Key; direction: SortDirection };

/**
 * One sortable column: the message of its heading (`label`), the end of its heading's data-testid,
 * and whether it holds numbers (aligned to the right).
 */
export type SortColumn<Key extends string> = { key: Key; label: string; testid: string; numeric?: boolean };

/**
 * `rows` sorted by the value each has in the sorted column (`value`): numbers by size, text as read
 * in `locale` (numbers within it by value, case and accents aside). Equal values keep the order of
 * `name`, whatever the direction.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  direction: SortDirection,
  locale: Locale,
  value: (row: Row) => string | number,
  name: (row: Row) => string,
): Row[] {
  const text = (a: string, b: string) => a.localeCompare(b, locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
    return order !== 0 ? sign * order : text(name(a), name(b));
  });
}
