// The event form's fields, their conversion to and from the EventInput the backend takes, and
// where the form shows the backend's problems with participant groups and with the end.
import type { Cooperation } from '../../lib/bindings/Cooperation';
import type { Event as LagEvent } from '../../lib/bindings/Event';
import type { EventInput } from '../../lib/bindings/EventInput';
import type { EventKind } from '../../lib/bindings/EventKind';
import type { Locale } from '../../lib/bindings/Locale';
import type { Measure } from '../../lib/bindings/Measure';
import type { ParticipantGroup } from '../../lib/bindings/ParticipantGroup';
import type { Project } from '../../lib/bindings/Project';
import { parseCount, readOptional, valueOf, type Read } from '../../lib/draftFields';
import { formatAmount, parseMoney } from '../../lib/format';
import { IpcFailure } from '../../lib/ipc';
import { asIpcError, problem, withStart, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';
import { PARTICIPANT_GROUPS } from './eventList';

/** What an event may be linked to: the active strategy's measures and projects, and the cooperation projects. */
export type EventLinks = { measures: Measure[]; projects: Project[]; cooperations: Cooperation[] };

export type EventDraft = {
  kind: EventKind;
  title: string;
  /** `YYYY-MM-DD` and `HH:MM`, as date and time inputs hold them. */
  startsDate: string;
  startsTime: string;
  /** Empty when the event ends on the day it starts. */
  endsDate: string;
  /** Empty when no end is given. */
  endsTime: string;
  place: string;
  organiser: string;
  description: string;
  participants: string;
  /** Empty for a group not counted. */
  groups: Record<ParticipantGroup, string>;
  women: string;
  men: string;
  cost: string;
  /** The ids of the records linked; '' for none. */
  costMeasureId: string;
  measureId: string;
  projectId: string;
  cooperationId: string;
};

const FIELDS = [
  'kind', 'title', 'startsAt', 'endsAt', 'place', 'organiser', 'description', 'participants', 'women', 'men', 'cost',
  'costMeasureId', 'measureId', 'projectId', 'cooperationId',
];

/** The form names a group's problems `byGroup.{group}`: it has one input per group. */
export const isEventField = (field: string): boolean => FIELDS.includes(field) || /^byGroup\.[a-z]+$/.test(field);

const noGroups = (): Record<ParticipantGroup, string> =>
  Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, ''])) as Record<ParticipantGroup, string>;

/** An information event on `today`, nobody counted yet. */
export function newEventDraft(today: string): EventDraft {
  return {
    kind: 'information',
    title: '',
    startsDate: today,
    startsTime: '',
    endsDate: '',
    endsTime: '',
    place: '',
    organiser: '',
    description: '',
    participants: '',
    groups: noGroups(),
    women: '',
    men: '',
    cost: '',
    costMeasureId: '',
    measureId: '',
    projectId: '',
    cooperationId: '',
  };
}

const countText = (count: number | null): string => (count === null ? '' : String(count));

export function eventDraftOf(event: LagEvent, locale: Locale): EventDraft {
  const startsDate = event.startsAt.slice(0, 10);
  const endsDate = event.endsAt?.slice(0, 10) ?? '';
  const groups = noGroups();
  for (const { group, count } of event.byGroup) groups[group] = String(count);
  return {
    kind: event.kind,
    title: event.title,
    startsDate,
    startsTime: event.startsAt.slice(11, 16),
    endsDate: endsDate === startsDate ? '' : endsDate,
    endsTime: event.endsAt?.slice(11, 16) ?? '',
    place: event.place,
    organiser: event.organiser,
    description: event.description,
    participants: String(event.participants),
    groups,
    women: countText(event.women),
    men: countText(event.men),
    cost: event.cost === null ? '' : formatAmount(event.cost, locale),
    costMeasureId: event.costMeasureId ?? '',
    measureId: event.measureId ?? '',
    projectId: event.projectId ?? '',
    cooperationId: event.cooperationId ?? '',
  };
}

const link = (id: string): string | null => (id === '' ? null : id);

/** `YYYY-MM-DDTHH:MM` of a date and a time input, or null while either is empty. */
const dateTimeOf = (day: string, time: string): string | null =>
  day.trim() === '' || time.trim() === '' ? null : `${day.trim()}T${time.trim().slice(0, 5)}`;

/** The input to send: only the groups filled in, the cost in cents; or the problems found reading it. */
export function toEventInput(draft: EventDraft): Parsed<EventInput> {
  const problems: Problems = {};
  const startsAt = dateTimeOf(draft.startsDate, draft.startsTime);
  if (startsAt === null) problems.startsAt = problem('not-a-date-time');
  const ends = draft.endsDate.trim() !== '' || draft.endsTime.trim() !== '';
  const endsAt = ends ? dateTimeOf(draft.endsDate.trim() || draft.startsDate, draft.endsTime) : null;
  if (ends && endsAt === null) problems.endsAt = problem('not-a-date-time');
  const participants = draft.participants.trim() === '' ? 'required' : parseCount(draft.participants);
  if (typeof participants !== 'number') problems.participants = problem(participants);
  const reads: Record<string, Read> = {
    women: readOptional(draft.women, parseCount),
    men: readOptional(draft.men, parseCount),
    cost: readOptional(draft.cost, parseMoney),
  };
  for (const group of PARTICIPANT_GROUPS) reads[`byGroup.${group}`] = readOptional(draft.groups[group], parseCount);
  for (const [field, read] of Object.entries(reads)) {
    if (!read.ok) problems[field] = problem(read.problem);
  }
  if (startsAt === null || typeof participants !== 'number' || Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      kind: draft.kind,
      title: draft.title.trim(),
      startsAt,
      endsAt,
      place: draft.place.trim(),
      organiser: draft.organiser.trim(),
      description: draft.description.trim(),
      participants,
      byGroup: PARTICIPANT_GROUPS.flatMap((group) => {
        const count = valueOf(reads[`byGroup.${group}`]);
        return count === null ? [] : [{ group, count }];
      }),
      women: valueOf(reads.women),
      men: valueOf(reads.men),
      cost: valueOf(reads.cost),
      costMeasureId: link(draft.costMeasureId),
      measureId: link(draft.measureId),
      projectId: link(draft.projectId),
      cooperationId: link(draft.cooperationId),
    },
  };
}

/**
 * The backend's problems as the form shows them: a group's by the group's input (the backend
 * names it by its place in the list sent, `byGroup.2.count`), and an end before the start with
 * the start's time (on the same day) or day.
 */
export function formProblems(reason: unknown, input: EventInput): unknown {
  const sameDay = input.endsAt?.slice(0, 10) === input.startsAt.slice(0, 10);
  const named = asIpcError(withStart(reason, sameDay ? input.startsAt.slice(11, 16) : input.startsAt.slice(0, 10)));
  const fields = named.fields.map((found) => {
    const place = /^byGroup\.(\d+)\.(count|group)$/.exec(found.field);
    const group = place ? input.byGroup[Number(place[1])]?.group : undefined;
    return group ? { ...found, field: `byGroup.${group}` } : found;
  });
  return new IpcFailure({ ...named, fields });
}
