// Sorting a table's rows by one column: numbers by size, text as read, ties by name.
import { describe, expect, it } from 'vitest';
import { sortRows } from './sorting';

type Row = { name: string; code: string; count: number };
const rows: Row[] = [
  { name: 'Šilas', code: 'M10', count: 2 },
  { name: 'alanta', code: 'M2', count: 2 },
  { name: 'Žalias', code: 'm1', count: 10 },
  { name: 'Beržas', code: 'M2', count: 1 },
];
const names = (sorted: Row[]) => sorted.map((row) => row.name);

describe('sortRows', () => {
  it('sorts numbers by size, both ways, ties in the order of their names', () => {
    expect(names(sortRows(rows, 'ascending', 'en', (r) => r.count, (r) => r.name))).toEqual(['Beržas', 'alanta', 'Šilas', 'Žalias']);
    expect(names(sortRows(rows, 'descending', 'en', (r) => r.count, (r) => r.name))).toEqual(['Žalias', 'alanta', 'Šilas', 'Beržas']);
  });

  it('sorts text as read: numbers in it by value, case aside', () => {
    expect(names(sortRows(rows, 'ascending', 'en', (r) => r.code, (r) => r.name))).toEqual(['Žalias', 'alanta', 'Beržas', 'Šilas']);
  });

  it("reads letters in the locale's order", () => {
    // Lithuanian sorts Š after S and Ž last; equal codes fall back to the name.
    expect(names(sortRows(rows, 'ascending', 'lt', (r) => r.name, (r) => r.name))).toEqual(['alanta', 'Beržas', 'Šilas', 'Žalias']);
  });

  it('leaves the rows given as they were', () => {
    const given = [...rows];
    sortRows(rows, 'descending', 'en', (r) => r.count, (r) => r.name);
    expect(rows).toEqual(given);
  });
});
