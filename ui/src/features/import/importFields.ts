// What an import offers to choose: its kinds (and which need the active strategy), how a file can
// read, the fields a column can fill with their labels, and what a mapping still lacks.
import type { DateFormat } from '../../lib/bindings/DateFormat';
import type { Delimiter } from '../../lib/bindings/Delimiter';
import type { ImportField } from '../../lib/bindings/ImportField';
import type { ImportKind } from '../../lib/bindings/ImportKind';
import type { NumberFormat } from '../../lib/bindings/NumberFormat';
import type { TextEncoding } from '../../lib/bindings/TextEncoding';
import { hasMessage, t } from '../../lib/i18n';

export const KINDS: readonly ImportKind[] = ['plan', 'calls', 'projects', 'payments', 'events'];

/** The plan, calls and projects go into the active strategy; payment claims and events find their own. */
export const kindNeedsStrategy = (kind: ImportKind): boolean => ['plan', 'calls', 'projects'].includes(kind);

export const ENCODINGS: readonly TextEncoding[] = ['utf8', 'utf16', 'windows1257', 'windows1252'];
export const DELIMITERS: readonly Delimiter[] = ['semicolon', 'comma', 'tab'];

/** Each way of writing amounts, shown as an example amount. */
export const NUMBER_FORMATS: readonly { value: NumberFormat; example: string }[] = [
  { value: 'space-comma', example: '1 234,56' },
  { value: 'dot-comma', example: '1.234,56' },
  { value: 'comma-dot', example: '1,234.56' },
];

/** Each way of writing dates, shown as an example day. */
export const DATE_FORMATS: readonly { value: DateFormat; example: string }[] = [
  { value: 'iso', example: '2024-05-31' },
  { value: 'day-month-year', example: '31.05.2024' },
  { value: 'year-month-day', example: '2024.05.31' },
  { value: 'day-slash-month', example: '31/05/2024' },
  { value: 'month-slash-day', example: '05/31/2024' },
];

/** A plan's allocation for one year, `allocation_2025`. */
const YEAR_FIELD = /^allocation_(\d{4})$/;

/** The field `key` as the window names it (`allocation_2025` as that year's allocation); a key it has no name for as it is. */
export function fieldLabel(key: string): string {
  const year = YEAR_FIELD.exec(key)?.[1];
  if (year) return t('import-field-allocation-year', { year });
  return hasMessage(`import-field-${key}`) ? t(`import-field-${key}`) : key;
}

/** A column of the file by its header, or by its place when its header is empty. */
export const columnName = (header: string, index: number): string =>
  header.trim() === '' ? t('import-column-untitled', { n: index + 1 }) : header;

/** The fields a column may fill: those of the kind, then any other the mapping already gives (a plan's years). */
export function fieldChoices(fields: readonly ImportField[], mapping: readonly (string | null)[]): ImportField[] {
  const keys = new Set(fields.map((field) => field.key));
  const others = [...new Set(mapping.filter((key): key is string => key !== null && !keys.has(key)))];
  return [...fields, ...others.map((key) => ({ key, required: false }))];
}

/** What keeps a mapping from being checked: required fields no column fills, and fields two columns fill. */
export function mappingGaps(
  fields: readonly ImportField[],
  mapping: readonly (string | null)[],
): { missing: string[]; twice: string[] } {
  const given = mapping.filter((key): key is string => key !== null);
  const missing = fields.filter((field) => field.required && !given.includes(field.key)).map((field) => field.key);
  const twice = [...new Set(given.filter((key, i) => given.indexOf(key) !== i))];
  return { missing, twice };
}
