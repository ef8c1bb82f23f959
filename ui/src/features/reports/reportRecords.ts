// The records a report may be about, as the parameters offer them: the strategy's calls, projects
// and measures, and the meetings; and the number of the one chosen, for the file's name.
import type { Call } from '../../lib/bindings/Call';
import type { Locale } from '../../lib/bindings/Locale';
import type { Measure } from '../../lib/bindings/Measure';
import type { Meeting } from '../../lib/bindings/Meeting';
import type { Project } from '../../lib/bindings/Project';
import type { ReportKind } from '../../lib/bindings/ReportKind';
import type { ReportDraft } from './reportRequest';

export type ReportRecords = { calls: Call[]; projects: Project[]; meetings: Meeting[]; measures: Measure[] };

export const NO_RECORDS: ReportRecords = { calls: [], projects: [], meetings: [], measures: [] };

/** The projects by number as people read them: `VP-2` before `VP-10`. */
export const byNumber = (projects: readonly Project[], locale: Locale): Project[] =>
  [...projects].sort((a, b) => a.number.localeCompare(b.number, locale, { numeric: true }));

/** The number of the call, project or meeting the report is about; null for a report of none or none chosen. */
export function numberOf(kind: ReportKind, draft: ReportDraft, records: ReportRecords): string | null {
  const find = (list: readonly { id: string; number: string }[], id: string) => list.find((r) => r.id === id)?.number ?? null;
  if (kind === 'call') return find(records.calls, draft.callId);
  if (kind === 'project') return find(records.projects, draft.projectId);
  if (kind === 'minutes') return find(records.meetings, draft.meetingId);
  return null;
}
