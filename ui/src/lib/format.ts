// Locale formatting and parsing of money (integer EUR cents), percentages (basis points) and
// ISO dates. Done by hand with integer arithmetic: no Intl, no floating point on the money path.
import type { Bp } from './bindings/Bp';
import type { Locale } from './bindings/Locale';
import type { Money } from './bindings/Money';
import type { Quantity } from './bindings/Quantity';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Why a text is not an amount: the problem codes the UI translates. */
export type MoneyProblem = 'required' | 'not-an-amount' | 'too-many-decimals' | 'too-large';
export type PercentProblem = 'required' | 'not-a-percent';
export type QuantityProblem = 'required' | 'not-a-quantity' | 'quantity-too-many-decimals' | 'too-large' | 'negative';

function group(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** Splits a non-negative integer count of hundredths into whole and two-digit fraction text. */
function hundredths(value: number): [string, string] {
  const fraction = value % 100;
  return [String((value - fraction) / 100), String(fraction).padStart(2, '0')];
}

/** The amount without the currency sign: lt / lv `1 234,56`, en `1,234.56`. */
export function formatAmount(cents: Money, locale: Locale): string {
  const [whole, fraction] = hundredths(Math.abs(cents));
  const sign = cents < 0 ? MINUS : '';
  return locale === 'en'
    ? `${sign}${group(whole, ',')}.${fraction}`
    : `${sign}${group(whole, NBSP)},${fraction}`;
}

/** lt / lv `1 234 567,89 €`, en `€1,234,567.89`; negative amounts start with U+2212. */
export function formatMoney(cents: Money, locale: Locale): string {
  const amount = formatAmount(Math.abs(cents), locale);
  const sign = cents < 0 ? MINUS : '';
  return locale === 'en' ? `${sign}€${amount}` : `${sign}${amount}${NBSP}€`;
}

/** lt / lv `12,34 %`, en `12.34%`. */
export function formatPercent(bp: Bp, locale: Locale): string {
  const [whole, fraction] = hundredths(Math.abs(bp));
  const sign = bp < 0 ? MINUS : '';
  return locale === 'en'
    ? `${sign}${group(whole, ',')}.${fraction}%`
    : `${sign}${group(whole, NBSP)},${fraction}${NBSP}%`;
}

/** A percentage as an editable number without trailing zero decimals: `85`, `12,5`, `12.34`. */
export function percentText(bp: Bp, locale: Locale): string {
  const [whole, fraction] = hundredths(Math.abs(bp));
  const decimals = fraction.replace(/0+$/, '');
  const mark = locale === 'en' ? '.' : ',';
  return `${bp < 0 ? '-' : ''}${whole}${decimals ? mark + decimals : ''}`;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** lt `2024-05-20`, lv `20.05.2024.`, en `20 May 2024`. Text that is no ISO date comes back as is. */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (locale === 'lv') return `${day}.${month}.${year}.`;
  if (locale === 'en' && monthName) return `${Number(day)} ${monthName} ${year}`;
  return `${year}-${month}-${day}`;
}

/**
 * A local date and time `YYYY-MM-DDTHH:MM` (as a call opens and closes): lt `2024-05-20 16:00`,
 * lv `20.05.2024. 16:00`, en `20 May 2024, 16:00`. Text without a time is formatted as a date.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(iso);
  if (!match) return formatDate(iso, locale);
  const [, day, time] = match;
  return `${formatDate(day, locale)}${locale === 'en' ? ',' : ''} ${time}`;
}

/** The ISO date (`YYYY-MM-DD`) of `moment` on this computer's calendar. */
export function isoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Which mark separates decimals, or null when the number has none. */
function decimalMark(body: string): ',' | '.' | null {
  const comma = body.lastIndexOf(',');
  const dot = body.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  const mark = comma >= 0 ? ',' : dot >= 0 ? '.' : null;
  if (mark === null) return null;
  const parts = body.split(mark);
  const groupsThousands = parts.length > 2 || parts[parts.length - 1].length === 3;
  return groupsThousands ? null : mark;
}

/** `1.234.567` groups thousands; `1.23.4` and `12345,678` do not. */
function groupsAreThousands(whole: string): boolean {
  const groups = whole.split(/[.,]/);
  if (groups.length === 1) return true;
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/**
 * Parses euros as people type them: `1 234,56`, `1.234,56`, `1,234.56`, `1234.56`, `1234`, with an
 * optional `€` or `EUR`. With both `,` and `.` the last one is the decimal mark; with one kind only,
 * a mark that occurs more than once or is followed by exactly three digits groups thousands.
 */
export function parseMoney(text: string): Money | MoneyProblem {
  const cleaned = text.trim().replace(/^EUR|EUR$/gi, '').replace(/[\s\u00a0\u202f€']/g, '');
  if (cleaned === '') return 'required';
  const negative = cleaned.startsWith('-') || cleaned.startsWith(MINUS);
  const body = negative ? cleaned.slice(1) : cleaned;
  if (!/^[0-9.,]+$/.test(body)) return 'not-an-amount';
  const mark = decimalMark(body);
  const cut = mark === null ? -1 : body.lastIndexOf(mark);
  const whole = cut < 0 ? body : body.slice(0, cut);
  const fraction = cut < 0 ? '' : body.slice(cut + 1);
  if (!groupsAreThousands(whole) || /[.,]/.test(fraction)) return 'not-an-amount';
  const digits = whole.replace(/[.,]/g, '');
  if (digits === '' && fraction === '') return 'not-an-amount';
  if (fraction.length > 2) return 'too-many-decimals';
  if (digits.replace(/^0+/, '').length > 15) return 'too-large';
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return 'too-large';
  return negative ? -cents : cents;
}

/** Parses a percentage: `85`, `12,5`, `12.5 %`, into basis points. */
export function parsePercent(text: string): Bp | PercentProblem {
  const cleaned = text.trim().replace(/%$/, '').trim();
  if (cleaned === '') return 'required';
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return 'not-a-percent';
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** An indicator's quantity (hundredths of its unit) like an amount without `€`, whole numbers without `,00`: lt `1 234,5` → `1 234,50`, `12`. */
export function formatQuantity(value: Quantity, locale: Locale): string {
  return formatAmount(value, locale).replace(/[.,]00$/, '');
}

/** Parses a quantity as people type it (`12`, `12,5`, `12.50`, `1 234,5`) into hundredths of the unit. */
export function parseQuantity(text: string): Quantity | QuantityProblem {
  if (/€|eur/i.test(text)) return 'not-a-quantity';
  const parsed = parseMoney(text);
  if (parsed === 'not-an-amount') return 'not-a-quantity';
  if (parsed === 'too-many-decimals') return 'quantity-too-many-decimals';
  if (typeof parsed === 'number' && parsed < 0) return 'negative';
  return parsed;
}
