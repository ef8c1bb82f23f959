// The meeting form's fields, their conversion to and from MeetingInput, and the attendance
// checklist: whom it lists, in which groups, and the quorum hint under it.
import type { Locale } from '../../lib/bindings/Locale';
import type { Meeting } from '../../lib/bindings/Meeting';
import type { MeetingInput } from '../../lib/bindings/MeetingInput';
import type { MeetingKind } from '../../lib/bindings/MeetingKind';
import type { Member } from '../../lib/bindings/Member';
import { isoDate } from '../../lib/format';
import { IpcFailure } from '../../lib/ipc';
import { asIpcError } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';
import { boardDecides, bodyOf, isIsoDate, isMemberOn, quorumNeeded } from './body';

/** The form edits the input itself (attendees in the order ticked); its text is trimmed when sent. */
export type MeetingDraft = MeetingInput;

const FIELDS = ['kind', 'number', 'heldOn', 'place', 'online', 'attendeeIds'];

export const isMeetingField = (field: string): boolean => FIELDS.includes(field);

/** A board meeting today. */
export const newMeetingDraft = (): MeetingDraft => ({
  kind: 'board',
  number: '',
  heldOn: isoDate(new Date()),
  place: '',
  online: false,
  attendeeIds: [],
});

export const meetingDraftOf = (meeting: Meeting): MeetingDraft => ({
  kind: meeting.kind,
  number: meeting.number,
  heldOn: meeting.heldOn,
  place: meeting.place,
  online: meeting.online,
  attendeeIds: [...meeting.attendeeIds],
});

/** Nothing to parse: the backend says what is missing (number) or wrong (date, attendees). */
export const toMeetingInput = (draft: MeetingDraft): Parsed<MeetingInput> => ({
  input: {
    ...draft,
    number: draft.number.trim(),
    heldOn: draft.heldOn.trim(),
    place: draft.place.trim(),
    attendeeIds: [...draft.attendeeIds],
  },
});

/**
 * The backend names an attendee it refuses by position (`attendeeIds.3`); the form shows the
 * problem, which names the member, under the whole checklist.
 */
export function attendeeProblemsAsOne(reason: unknown): unknown {
  const error = asIpcError(reason);
  if (!error.fields.some((found) => found.field.startsWith('attendeeIds.'))) return reason;
  const fields = error.fields.map((found) =>
    found.field.startsWith('attendeeIds.') ? { ...found, field: 'attendeeIds' } : found,
  );
  return new IpcFailure({ ...error, fields });
}

/** One group of the checklist: the board that day, the other members, or all members. */
export type AttendanceGroup = { key: 'board' | 'others' | 'members'; members: Member[] };

/**
 * Whom the checklist offers: the members of the meeting's day (everyone while the date is
 * incomplete) and whoever is ticked already. For the board and the selection committee the board
 * of that day comes first, then the others; for the general assembly one list.
 */
export function attendanceGroups(
  draft: Pick<MeetingDraft, 'kind' | 'heldOn' | 'attendeeIds'>,
  members: readonly Member[],
  boardIds: readonly string[],
  locale: Locale,
): AttendanceGroup[] {
  const dated = isIsoDate(draft.heldOn);
  const offered = members
    .filter((m) => !dated || isMemberOn(m, draft.heldOn) || draft.attendeeIds.includes(m.id))
    .sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }));
  if (!boardDecides(draft.kind)) return [{ key: 'members', members: offered }];
  return [
    { key: 'board', members: offered.filter((m) => boardIds.includes(m.id)) },
    { key: 'others', members: offered.filter((m) => !boardIds.includes(m.id)) },
  ];
}

/** The quorum hint: members of the body ticked present, the body's size and the quorum it needs. */
export function attendanceCount(
  kind: MeetingKind,
  on: string,
  attendeeIds: readonly string[],
  members: readonly Member[],
  boardIds: readonly string[],
): { present: number; body: number; needed: number } {
  const body = bodyOf(kind, on, members, boardIds);
  return {
    present: attendeeIds.filter((id) => body.includes(id)).length,
    body: body.length,
    needed: quorumNeeded(body.length),
  };
}
