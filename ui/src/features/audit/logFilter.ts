// The activity log's filters as the user sets them, and the filter the backend is asked with: empty
// fields narrow nothing, and one entry more than is shown is asked for to tell whether more exist.
import type { AuditFilter } from '../../lib/bindings/AuditFilter';

/** At most this many entries are shown, the newest. */
export const LOG_LIMIT = 500;

export type LogDraft = { from: string; to: string; entity: string; who: string; text: string };

export const NO_LOG_FILTER: LogDraft = { from: '', to: '', entity: '', who: '', text: '' };

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toAuditFilter(draft: LogDraft): AuditFilter {
  return {
    from: orNull(draft.from),
    to: orNull(draft.to),
    entity: orNull(draft.entity),
    who: orNull(draft.who),
    text: orNull(draft.text),
    limit: LOG_LIMIT + 1,
  };
}
