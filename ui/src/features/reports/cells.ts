// A report's cells as its PDF prints them, in the report's language (not the UI's): the same
// helpers and rules as every screen, and the rows a preview shows of a very long table.
import type { Cell } from '../../lib/bindings/Cell';
import type { Locale } from '../../lib/bindings/Locale';
import type { Row } from '../../lib/bindings/Row';
import { formatDate, formatMoney, formatPercent, formatQuantity } from '../../lib/format';
import { formatPoints } from '../../lib/points';

/** The cell's text: lt `1 234,56 €`, `85,00 %`, `2026-03-12`, `1 234`. */
export function cellText(cell: Cell, locale: Locale): string {
  switch (cell.type) {
    case 'text':
      return cell.value;
    case 'money':
      return formatMoney(cell.value, locale);
    case 'date':
      return formatDate(cell.value, locale);
    case 'percent':
      return formatPercent(cell.value, locale);
    // A count is a quantity of whole units: grouped thousands, no decimals.
    case 'count':
      return formatQuantity(cell.value * 100, locale);
    case 'quantity':
      return formatQuantity(cell.value, locale);
    case 'points':
      return formatPoints(cell.value, locale);
    case 'empty':
      return '';
  }
}

/** Numbers are right-aligned, and a column of them too. */
export const isNumber = (cell: Cell | undefined): boolean =>
  cell !== undefined && cell.type !== 'text' && cell.type !== 'date' && cell.type !== 'empty';

/** Whether a column reads right-aligned: it holds numbers and no words (a list of fields and
 *  their values reads from the left), as the PDF lays it out. */
export const isNumericColumn = (rows: Row[], column: number): boolean =>
  rows.some((row) => isNumber(row.cells[column])) && !rows.some((row) => row.cells[column]?.type === 'text');

/** What a bar of the cell measures; 0 for a cell that is no number. */
export const magnitude = (cell: Cell): number => (isNumber(cell) && 'value' in cell ? Number(cell.value) : 0);

/** The most rows of one table a preview shows; the PDF has them all. */
export const PREVIEW_ROWS = 200;

/**
 * The rows a preview shows of a table: the first ones, how many of the rest it leaves out, and the
 * total rows among the rest, which it always shows.
 */
export function shownRows(rows: readonly Row[], limit = PREVIEW_ROWS): { first: Row[]; hidden: number; totals: Row[] } {
  if (rows.length <= limit) return { first: [...rows], hidden: 0, totals: [] };
  const rest = rows.slice(limit);
  const totals = rest.filter((row) => row.style === 'total');
  return { first: rows.slice(0, limit), hidden: rest.length - totals.length, totals };
}
