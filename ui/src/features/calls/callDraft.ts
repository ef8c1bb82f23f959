// The call form's text fields, and their conversion to and from the CallInput the backend takes.
import type { Call } from '../../lib/bindings/Call';
import type { CallInput } from '../../lib/bindings/CallInput';
import type { CallMeasure } from '../../lib/bindings/CallMeasure';
import type { CallStatus } from '../../lib/bindings/CallStatus';
import type { Locale } from '../../lib/bindings/Locale';
import { readOptional, valueOf } from '../../lib/draftFields';
import { formatAmount, parseMoney, parsePercent, percentText } from '../../lib/format';
import { IpcFailure } from '../../lib/ipc';
import { asIpcError, duplicateAsNumber, problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export type CallMeasureDraft = { measureId: string; available: string; maxGrant: string; maxIntensity: string };

export type CallDraft = {
  number: string;
  title: string;
  /** `YYYY-MM-DDTHH:MM`, as a datetime-local input holds it. */
  opensAt: string;
  closesAt: string;
  status: CallStatus;
  measures: CallMeasureDraft[];
};

export const CALL_STATUSES: readonly CallStatus[] = ['planned', 'open', 'closed', 'evaluated', 'cancelled'];

const FIELDS = ['number', 'title', 'opensAt', 'closesAt', 'status', 'measures'];

/** Whether the call form shows problems with `field` next to one of its controls. */
export const isCallField = (field: string): boolean =>
  FIELDS.includes(field) || /^measures\.\d+\.(measureId|available|maxGrant|maxIntensity)$/.test(field);

export const emptyCallMeasure = (measureId: string): CallMeasureDraft => ({
  measureId,
  available: '',
  maxGrant: '',
  maxIntensity: '',
});

/** A new planned call offering the first measure. */
export function newCallDraft(firstMeasureId: string): CallDraft {
  return { number: '', title: '', opensAt: '', closesAt: '', status: 'planned', measures: [emptyCallMeasure(firstMeasureId)] };
}

export function callDraftOf(call: Call, locale: Locale): CallDraft {
  return {
    number: call.number,
    title: call.title,
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    status: call.status,
    measures: call.measures.map((m) => ({
      measureId: m.measureId,
      available: formatAmount(m.available, locale),
      maxGrant: m.maxGrant === null ? '' : formatAmount(m.maxGrant, locale),
      maxIntensity: m.maxIntensity === null ? '' : percentText(m.maxIntensity, locale),
    })),
  };
}

/** The input to send, or the problems found while reading the amounts and percentages. */
export function toCallInput(draft: CallDraft): Parsed<CallInput> {
  const problems: Problems = {};
  const measures: CallMeasure[] = draft.measures.map((m, i) => {
    const available = parseMoney(m.available);
    if (typeof available !== 'number') problems[`measures.${i}.available`] = problem(available);
    const maxGrant = readOptional(m.maxGrant, parseMoney);
    if (!maxGrant.ok) problems[`measures.${i}.maxGrant`] = problem(maxGrant.problem);
    const maxIntensity = readOptional(m.maxIntensity, parsePercent);
    if (!maxIntensity.ok) problems[`measures.${i}.maxIntensity`] = problem(maxIntensity.problem);
    return {
      measureId: m.measureId,
      available: typeof available === 'number' ? available : 0,
      maxGrant: valueOf(maxGrant),
      maxIntensity: valueOf(maxIntensity),
    };
  });
  if (Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      number: draft.number.trim(),
      title: draft.title.trim(),
      opensAt: draft.opensAt.trim(),
      closesAt: draft.closesAt.trim(),
      status: draft.status,
      measures,
    },
  };
}

/**
 * A refused save as the call form shows it: a taken number next to the number, and a removed
 * measure that still has applications next to the list of measures.
 */
export function callFailure(reason: unknown): unknown {
  const error = asIpcError(reason);
  if (error.code !== 'still-referenced') return duplicateAsNumber(reason);
  const count = error.fields[0]?.args.count ?? '0';
  return new IpcFailure({
    ...error,
    code: 'invalid',
    fields: [{ field: 'measures', code: 'measure-has-applications', args: { count }, message: error.message, warning: false }],
  });
}
