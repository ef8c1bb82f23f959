// The meeting list's filters and counts: pure functions over the loaded meetings.
import type { Meeting } from '../../lib/bindings/Meeting';
import type { MeetingKind } from '../../lib/bindings/MeetingKind';

/** What the list shows: '' means "any". */
export type MeetingFilter = { kind: MeetingKind | ''; year: string };

export const NO_FILTER: MeetingFilter = { kind: '', year: '' };

/** The meetings matching both filters, in the order given (the backend's: latest first). */
export const filterMeetings = (meetings: readonly Meeting[], filter: MeetingFilter): Meeting[] =>
  meetings.filter(
    (m) => (filter.kind === '' || m.kind === filter.kind) && (filter.year === '' || m.heldOn.startsWith(`${filter.year}-`)),
  );

/** The years in which meetings were held, newest first. */
export const meetingYears = (meetings: readonly Meeting[]): string[] =>
  [...new Set(meetings.map((m) => m.heldOn.slice(0, 4)))].sort().reverse();

/** How many of the meeting's agenda items have a decision. */
export const decisionCount = (meeting: Meeting): number => meeting.items.filter((item) => item.decision !== null).length;
