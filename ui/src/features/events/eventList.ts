// The events list: the kinds and participant groups in the order shown, the period it starts
// with, the events grouped by the month they start in, and how a row says when an event is.
import type { Event as LagEvent } from '../../lib/bindings/Event';
import type { EventKind } from '../../lib/bindings/EventKind';
import type { Locale } from '../../lib/bindings/Locale';
import type { ParticipantGroup } from '../../lib/bindings/ParticipantGroup';

export const EVENT_KINDS: readonly EventKind[] = [
  'board-meeting', 'general-meeting', 'training', 'seminar', 'information', 'study-visit', 'consultation', 'conference',
];

export const PARTICIPANT_GROUPS: readonly ParticipantGroup[] = [
  'municipality', 'communities', 'ngos', 'businesses', 'youth', 'seniors', 'other',
];

/** Days `YYYY-MM-DD`, both included; '' while a date input is incomplete. */
export type Period = { from: string; to: string };

/** The calendar year of `today`. */
export function yearOf(today: Date): Period {
  const year = today.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The events of one month (`YYYY-MM`), in the order given. */
export type EventMonth = { month: string; events: LagEvent[] };

/** The events of one kind ('' for all), grouped by the month they start in; months in the order of the events. */
export function eventMonths(events: readonly LagEvent[], kind: EventKind | ''): EventMonth[] {
  const months: EventMonth[] = [];
  for (const event of events) {
    if (kind !== '' && event.kind !== kind) continue;
    const month = event.startsAt.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.events.push(event);
    else months.push({ month, events: [event] });
  }
  return months;
}

/** A month `YYYY-MM` as its heading says it: lt `2026 m. kovas`, en `March 2026`. */
export function monthName(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number);
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** The hours of an event: `10:00`, `10:00–15:00`, or to the end's date and time if it ends on another day. */
export function hours(event: Pick<LagEvent, 'startsAt' | 'endsAt'>, dateTime: (iso: string) => string): string {
  const start = event.startsAt.slice(11, 16);
  if (event.endsAt === null) return start;
  if (event.endsAt.slice(0, 10) === event.startsAt.slice(0, 10)) return `${start}–${event.endsAt.slice(11, 16)}`;
  return `${start} – ${dateTime(event.endsAt)}`;
}
