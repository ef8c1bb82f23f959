// How big a document is, in the units and number format of the UI's language: lt `1,2 MB`.
import type { Locale } from '../../lib/bindings/Locale';

const UNITS = ['kilobyte', 'megabyte', 'gigabyte'] as const;

/** Below a kilobyte in bytes (spelt out: `512 bytes`), else in the largest unit of 1024 with one decimal at most. */
export function fileSize(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit: (typeof UNITS)[number] | 'byte' = 'byte';
  for (const next of UNITS) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const unitDisplay = unit === 'byte' ? 'long' : 'short';
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 }).format(value);
}
