// Selection points (hundredths of a point, so half points are exact): read from what people type
// and written per locale, by the domain's rules (`Points::parse`, `Points::format`). Text only:
// no floating point between the input and the backend.
import type { Locale } from './bindings/Locale';
import type { Points } from './bindings/Points';
import { formatAmount } from './format';

/** Why a text is not a number of points: the problem codes the UI translates. */
export type PointsProblem = 'required' | 'not-points' | 'points-too-many-decimals' | 'negative' | 'points-too-large';

/** lt / lv `7,50`, en `7.50`: always two decimals, as rankings and totals show them. */
export const formatPoints = (value: Points, locale: Locale): string => formatAmount(value, locale);

/** Points as an editable number without trailing zero decimals: `12`, `7,5`, `7.25`. */
export function pointsText(value: Points, locale: Locale): string {
  const whole = Math.trunc(value / 100);
  const decimals = String(value % 100).padStart(2, '0').replace(/0+$/, '');
  return decimals ? `${whole}${locale === 'en' ? '.' : ','}${decimals}` : String(whole);
}

/** Reads `12`, `7,5`, `7.25` (a comma or a point, at most two decimals, never negative) as hundredths. */
export function parsePoints(text: string): Points | PointsProblem {
  const cleaned = text.trim();
  if (cleaned === '') return 'required';
  if (/^[-\u2212]/.test(cleaned)) return 'negative';
  const [whole, fraction = '', ...rest] = cleaned.split(/[.,]/);
  if (rest.length > 0 || !/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return 'not-points';
  if (fraction.length > 2) return 'points-too-many-decimals';
  if (whole.replace(/^0+/, '').length > 7) return 'points-too-large';
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
