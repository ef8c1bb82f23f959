// The closed years in words: a year as plain digits (never "2,024"), the row of a closed year with
// the day it was closed on this computer's calendar, the year offered for closing, and reading it.
import { parseCount } from '../../lib/draftFields';
import { isoDate } from '../../lib/format';
import { date, t } from '../../lib/i18n';
import { problem, type Problem } from '../../lib/problems';

/** A year for a message: text, so that Fluent does not group its digits. */
export const yearArg = (year: number): string => String(year);

/** The day a year was closed (`2026-01-31T09:00:00Z`), in the locale's format on this computer's calendar. */
export function closedOn(closedAt: string): string {
  const moment = new Date(closedAt);
  return date(Number.isNaN(moment.getTime()) ? closedAt : isoDate(moment));
}

/** "2024 — closed on 31 January 2026 by Rasa Petraitienė", without "by" when no one is named. */
export function closedYearText(year: number, closedAt: string, closedBy: string): string {
  const args = { year: yearArg(year), date: closedOn(closedAt) };
  const name = closedBy.trim();
  return name === '' ? t('closed-year-row-anonymous', args) : t('closed-year-row', { ...args, name });
}

/** The year offered for closing: the last calendar year. */
export const lastYear = (today: Date = new Date()): number => today.getFullYear() - 1;

/** The year typed in, or the problem with it; whether it is in range is the backend's to say. */
export function readYear(text: string): number | Problem {
  if (text.trim() === '') return problem('required');
  const year = parseCount(text);
  return typeof year === 'number' ? year : problem(year);
}
