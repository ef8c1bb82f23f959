// The audit trail in words: the kind of a record, a field's name and its values as stored (cents,
// basis points, hundredths, ISO dates, codes) in the current locale, the local time of an entry, and
// which changes are worth showing. Shared by a record's history panel and the activity log.
import type { AuditAction } from '../../lib/bindings/AuditAction';
import type { AuditEntry } from '../../lib/bindings/AuditEntry';
import type { FieldChange } from '../../lib/bindings/FieldChange';
import { isoDate } from '../../lib/format';
import { date, dateTime, hasMessage, money, percent, points, quantity, t } from '../../lib/i18n';

const NONE = '—';

/** Every kind of record the log follows, as the backend names them (its tables). */
export const ENTITIES: readonly string[] = [
  'strategy', 'funding_source', 'priority', 'measure', 'measure_year', 'call', 'call_measure', 'selection_criterion',
  'project', 'project_status_change', 'payment_claim', 'score', 'applicant', 'member', 'board_term', 'member_applicant',
  'meeting', 'meeting_attendee', 'agenda_item', 'decision', 'decision_vote', 'recusal', 'event', 'event_group',
  'cooperation', 'cooperation_partner', 'cooperation_result', 'indicator', 'indicator_value', 'document',
  'organisation', 'setting', 'closed_year',
];

/** Fields whose change alone says little: keys, references to other records, order and timestamps. */
export const isNoise = (field: string): boolean =>
  ['id', 'created_at', 'updated_at', 'position'].includes(field) || field.endsWith('_id');

/** Fields holding a code whose words are the message `<prefix><code>`, by `entity.field`. */
const CODES: Record<string, string> = {
  'project.status': 'project-status-',
  'project_status_change.status': 'project-status-',
  'call.status': 'call-status-',
  'strategy.status': 'status-',
  'measure.kind': 'kind-',
  'event.kind': 'event-kind-',
  'event_group.grp': 'event-group-',
  'member.kind': 'member-kind-',
  'member.sector': 'member-sector-',
  'applicant.kind': 'applicant-kind-',
  'meeting.kind': 'meeting-kind-',
  'decision_vote.vote': 'decision-vote-',
  'cooperation_result.status': 'coop-result-status-',
  'indicator.source': 'indicator-source-',
};

const YES_NO = ['online', 'lead'];

/** The message `id`, or `fallback` when the catalogue has none. */
const messageOr = (id: string, fallback: string): string => (hasMessage(id) ? t(id) : fallback);

/** A kind of record in words: `project` → "Project"; an unknown kind as the backend names it. */
export const entityName = (entity: string): string => messageOr(`audit-entity-${entity}`, entity);

/** A field in words: `eligible_cents` → "Eligible cost"; an unknown field as the database names it. */
export const fieldName = (field: string): string => messageOr(`audit-field-${field}`, field);

/** What a change did, for the log's column: "Added", "Changed", "Deleted". */
export const actionName = (action: AuditAction): string => t(`audit-done-${action}`);

/** `YYYY-MM-DDTHH:MM` on this computer's clock for a UTC moment such as `2026-11-23T14:05:09.123Z`. */
export function localMinute(at: string): string {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** When an entry was written, in local time as the locale writes it: en "23 November 2026, 14:05". */
export const whenText = (at: string): string => dateTime(localMinute(at));

const INTEGER = /^-?\d+$/;

/** One stored value in words: money, percentages, points, dates, codes, yes / no; text in quotes; null as "—". */
export function valueText(entity: string, field: string, value: string | null): string {
  if (value === null) return NONE;
  const whole = INTEGER.test(value) ? Number(value) : null;
  if (whole !== null && field.endsWith('_cents')) return money(whole);
  if (whole !== null && field.endsWith('_bp')) return percent(whole);
  if (whole !== null && field.endsWith('_hundredths')) return quantity(whole);
  if (whole !== null && ['points', 'max_points', 'pass_threshold'].includes(field)) return points(whole);
  if (YES_NO.includes(field)) return t(value === '0' ? 'audit-no' : 'audit-yes');
  if (field === 'logo') return t('audit-image');
  const prefix = CODES[`${entity}.${field}`];
  if (prefix && hasMessage(`${prefix}${value}`)) return t(`${prefix}${value}`);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return date(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return dateTime(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}.*Z$/.test(value)) return whenText(value);
  if (whole !== null) return value;
  return t('audit-quoted', { text: value });
}

/** The changes worth showing: without keys, references, order and timestamps, unless nothing else changed. */
export function shownChanges(changes: FieldChange[]): FieldChange[] {
  const telling = changes.filter((change) => !isNoise(change.field));
  return telling.length > 0 ? telling : changes;
}

/** One field's change: `Title “A” → “B”`. */
export const changeText = (entity: string, change: FieldChange): string =>
  t('audit-change', {
    field: fieldName(change.field),
    from: valueText(entity, change.field, change.from),
    to: valueText(entity, change.field, change.to),
  });

/** One field's value as a record was added (its `to`) or deleted (its `from`): `Year 2026`. */
export const fieldValueText = (entity: string, change: FieldChange, action: AuditAction): string =>
  t('audit-value', {
    field: fieldName(change.field),
    value: valueText(entity, change.field, action === 'delete' ? change.from : change.to),
  });

/** What an entry wrote, field by field: the changes of an update, the values of an insert or delete. */
export function detailsText(entry: AuditEntry): string {
  const shown = shownChanges(entry.changes);
  return shown
    .map((change) =>
      entry.action === 'update' ? changeText(entry.entity, change) : fieldValueText(entry.entity, change, entry.action),
    )
    .join('; ');
}

/** "Rasa Petraitienė changed" / "Changed" when the settings named nobody. */
export const didText = (entry: Pick<AuditEntry, 'who' | 'action'>): string =>
  entry.who.trim() === '' ? t(`audit-done-${entry.action}`) : t(`audit-did-${entry.action}`, { who: entry.who.trim() });

const LABEL_FIELDS = ['number', 'code', 'name', 'title'];

/** How the log names the record: its number, code, name or title when the entry carries one, else its id shortened. */
export function recordLabel(entry: AuditEntry): { text: string; isId: boolean } {
  for (const field of LABEL_FIELDS) {
    const change = entry.changes.find((found) => found.field === field);
    const value = change && (change.to ?? change.from);
    if (value) return { text: value, isId: false };
  }
  const id = entry.recordId;
  return { text: id.length > 8 ? `${id.slice(0, 8)}…` : id, isId: true };
}
