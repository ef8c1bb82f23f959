// The typed cells of a list exported as shown (see ListTable): money stays cents and shares basis
// points, so the backend writes numbers a spreadsheet calculates with; a missing value is an empty
// cell. Statuses, kinds and other words go as the text on screen.
import type { Bp } from './bindings/Bp';
import type { ListCell } from './bindings/ListCell';
import type { Money } from './bindings/Money';

const EMPTY: ListCell = { kind: 'empty' };

/** A cell of `value`, or an empty one when there is none. */
const optional =
  <T>(make: (value: T) => ListCell) =>
  (value: T | null): ListCell =>
    value === null ? EMPTY : make(value);

export const cell = {
  empty: (): ListCell => EMPTY,
  text: (value: string): ListCell => ({ kind: 'text', value }),
  money: optional((value: Money): ListCell => ({ kind: 'money', value })),
  percent: optional((value: Bp): ListCell => ({ kind: 'percent', value })),
  count: optional((value: number): ListCell => ({ kind: 'count', value })),
  /** The day `YYYY-MM-DD` of an ISO date or date and time. */
  date: optional((iso: string): ListCell => ({ kind: 'date', value: iso.slice(0, 10) })),
  /** A day and time `YYYY-MM-DDTHH:MM` as text a spreadsheet sorts: `2024-05-20 16:00`. */
  dateTime: optional((iso: string): ListCell => ({ kind: 'text', value: iso.slice(0, 16).replace('T', ' ') })),
  /** Hundredths of a unit (an indicator's quantity, a score's points): a number with two decimals. */
  hundredths: optional((value: number): ListCell => ({ kind: 'quantity', value })),
};
