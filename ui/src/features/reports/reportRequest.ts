// The reports and what each is made with: the parameters it asks for, the request sent for it (a
// parameter another report asks for is left out) and the file name the save dialog suggests.
import type { Locale } from '../../lib/bindings/Locale';
import type { ProjectStatus } from '../../lib/bindings/ProjectStatus';
import type { ReportKind } from '../../lib/bindings/ReportKind';
import type { ReportRequest } from '../../lib/bindings/ReportRequest';
import { slug } from '../../lib/fileNames';

/** In the order of the list. */
export const REPORT_KINDS: readonly ReportKind[] = ['summary', 'budget', 'call', 'register', 'project', 'minutes', 'events'];

export type Parameter = 'period' | 'call' | 'project' | 'meeting' | 'filters';

const PARAMETERS: Record<ReportKind, readonly Parameter[]> = {
  summary: ['period'],
  budget: [],
  call: ['call'],
  register: ['filters'],
  project: ['project'],
  minutes: ['meeting'],
  events: ['period'],
};

export const asks = (kind: ReportKind, parameter: Parameter): boolean => PARAMETERS[kind].includes(parameter);

/** The parameters as the form holds them: '' for a day, record or filter not chosen. */
export type ReportDraft = {
  locale: Locale;
  from: string;
  to: string;
  callId: string;
  projectId: string;
  meetingId: string;
  status: ProjectStatus | '';
  measureId: string;
};

/** The request for the report `kind` of the strategy, with the parameters that report asks for. */
export function reportRequest(kind: ReportKind, strategyId: string, draft: ReportDraft): ReportRequest {
  const given = <T extends string>(value: T | '', parameter: Parameter): T | null =>
    asks(kind, parameter) && value !== '' ? value : null;
  return {
    kind,
    strategyId,
    locale: draft.locale,
    from: given(draft.from, 'period'),
    to: given(draft.to, 'period'),
    callId: given(draft.callId, 'call'),
    projectId: given(draft.projectId, 'project'),
    meetingId: given(draft.meetingId, 'meeting'),
    status: given(draft.status, 'filters'),
    measureId: given(draft.measureId, 'filters'),
  };
}

/** What a file of each report is called, in the report's language (ASCII, so any file system takes it). */
const FILE_NAMES: Record<ReportKind, Record<Locale, string>> = {
  summary: { lt: 'suvestine', lv: 'kopsavilkums', en: 'summary' },
  budget: { lt: 'biudzeto-vykdymas', lv: 'budzeta-izpilde', en: 'budget-execution' },
  call: { lt: 'kvietimas', lv: 'karta', en: 'call' },
  register: { lt: 'projektu-registras', lv: 'projektu-registrs', en: 'project-register' },
  project: { lt: 'projekto-kortele', lv: 'projekta-kartite', en: 'project-sheet' },
  minutes: { lt: 'protokolas', lv: 'protokols', en: 'minutes' },
  events: { lt: 'renginiai', lv: 'pasakumi', en: 'events' },
};

/**
 * The name the save dialog suggests: the report, the number of its call, project or meeting if it
 * has one, and the day (`YYYY-MM-DD`): `suvestine-2026-11-23.pdf`, `kvietimas-2024-1-2026-11-23.pdf`.
 */
export function suggestedName(kind: ReportKind, locale: Locale, today: string, number: string | null = null): string {
  const parts = [FILE_NAMES[kind][locale], number === null ? '' : slug(number), today];
  return `${parts.filter((part) => part !== '').join('-')}.pdf`;
}
