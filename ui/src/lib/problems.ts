// What went wrong, in words: field problems and IPC errors translated for forms and banners.
import type { FieldProblem } from './bindings/FieldProblem';
import type { IpcError } from './bindings/IpcError';
import { parseMoney, parsePercent } from './format';
import { date, money, percent, points, t, type Args } from './i18n';
import { IpcFailure } from './ipc';
import { parsePoints } from './points';

/** A problem with one field, found by the backend or by the form while parsing; a warning may be confirmed. */
export type Problem = Pick<FieldProblem, 'code' | 'args'> & { warning?: boolean };
/** Problems by field name (`code`, `fundingSources.1.share`, ...). */
export type Problems = Record<string, Problem>;

const ERROR_CODES = [
  'invalid', 'duplicate-code', 'not-found', 'still-referenced',
  'database-newer', 'database-damaged', 'not-a-lagdesk-database', 'io', 'internal', 'invalid-file',
];

export const problem = (code: string, args: Record<string, string> = {}): Problem => ({ code, args });

/** `error-fundingSources-1-share` for the field `fundingSources.1.share`. */
export const errorTestId = (field: string): string => `error-${field.replaceAll('.', '-')}`;

/**
 * How an argument the backend sends as plain text (`1234.56`, `85.00`, `7.50`, `2024-05-20`, `9`) is shown;
 * a count becomes a number, so that plurals select their form.
 */
type ArgKind = 'money' | 'percent' | 'points' | 'date' | 'project-status' | 'count';

/** The arguments of each problem code that are shown formatted; all others are shown as sent. */
const ARG_KINDS: Record<string, Record<string, ArgKind>> = {
  'grant-above-allocation': { allocation: 'money' },
  'shares-not-100': { total: 'percent' },
  'aid-above-eligible': { eligible: 'money' },
  'awarded-above-requested': { requested: 'money' },
  'intensity-above-max': { intensity: 'percent', max: 'percent' },
  'grant-above-max': { max: 'money' },
  'below-paid': { paid: 'money' },
  'paid-above-awarded': { total: 'money', awarded: 'money' },
  'status-not-allowed': { from: 'project-status', to: 'project-status' },
  'before-last-change': { last: 'date' },
  'ends-before-start': { start: 'date' },
  'yearly-sum-mismatch': { sum: 'money', allocation: 'money', difference: 'money' },
  'no-quorum': { eligible: 'count', body: 'count', needed: 'count' },
  'public-over-limit': { share: 'percent' },
  'threshold-above-maximum': { most: 'points' },
  'below-given-score': { given: 'points' },
  'score-above-maximum': { max: 'points' },
  'not-scorable': { status: 'project-status' },
  'moved-on': { status: 'project-status' },
};

function shownArg(kind: ArgKind, value: string): Args[string] {
  if (kind === 'date') return date(value);
  if (kind === 'count') return Number(value);
  if (kind === 'project-status') return t(`project-status-${value}`);
  if (kind === 'points') {
    const parsed = parsePoints(value);
    return typeof parsed === 'number' ? points(parsed) : value;
  }
  const parsed = kind === 'money' ? parseMoney(value) : parsePercent(value);
  if (typeof parsed !== 'number') return value;
  return kind === 'money' ? money(parsed) : percent(parsed);
}

/** The problem in the current locale; amounts, percentages, dates and statuses in its arguments formatted too. */
export function problemText({ code, args }: Problem): string {
  const shown: Args = { ...args };
  for (const [name, kind] of Object.entries(ARG_KINDS[code] ?? {})) {
    if (args[name] !== undefined) shown[name] = shownArg(kind, args[name]);
  }
  return t(`problem-${code}`, shown);
}

/** The error in the current locale (`still-referenced` with what is still there, and how many). */
export function errorText(error: IpcError): string {
  const code = ERROR_CODES.includes(error.code) ? error.code : 'internal';
  const count = Number(error.fields[0]?.args.count ?? 0);
  const entity = error.fields[0]?.args.entity ?? '';
  // Attached documents and linked events hold back records of any kind: one message says so for all.
  const dependants = error.fields[0]?.args.dependants;
  if (code === 'still-referenced' && (dependants === 'documents' || dependants === 'events')) {
    return t(`error-still-referenced-${dependants}`, { count });
  }
  return t(`error-${code}`, { count, entity });
}

/** A refused action in words: the problems the backend named, else the error. */
export function refusalText(error: IpcError): string {
  if (error.code === 'invalid' && error.fields.length > 0) return error.fields.map(problemText).join(' ');
  return errorText(error);
}

/** The IpcError behind anything a command threw. */
export function asIpcError(reason: unknown): IpcError {
  if (reason instanceof IpcFailure) return reason.error;
  return { code: 'internal', message: String(reason), fields: [] };
}

/** A failed save, split into problems shown next to the form's fields and the rest. */
export function splitFailure(
  reason: unknown,
  isFormField: (field: string) => boolean,
): { problems: Problems; general: IpcError } {
  const error = asIpcError(reason);
  const problems: Problems = {};
  const rest: FieldProblem[] = [];
  for (const found of error.fields) {
    if (isFormField(found.field) && !problems[found.field]) problems[found.field] = found;
    else rest.push(found);
  }
  return { problems, general: { ...error, fields: rest } };
}

/**
 * The backend reports an end before its start (`ends-before-start`) without saying when the start
 * is; the form, which knows, names it (a day `YYYY-MM-DD`, or a time on the same day).
 */
export function withStart(reason: unknown, start: string): unknown {
  const error = asIpcError(reason);
  const unnamed = (found: FieldProblem) => found.code === 'ends-before-start' && found.args.start === undefined;
  if (!error.fields.some(unnamed)) return reason;
  const fields = error.fields.map((found) => (unnamed(found) ? { ...found, args: { ...found.args, start } } : found));
  return new IpcFailure({ ...error, fields });
}

/** A save refused only with warnings: the user may look at them and save anyway. */
export const onlyWarnings = (error: IpcError): boolean =>
  error.code === 'invalid' && error.fields.length > 0 && error.fields.every((found) => found.warning);

/**
 * The backend reports a taken number as `duplicate-code` on the field `code`. Calls, projects and
 * payment claims are known by a number: their forms show it next to `number` instead.
 */
export function duplicateAsNumber(reason: unknown): unknown {
  const error = asIpcError(reason);
  if (error.code !== 'duplicate-code') return reason;
  const fields = error.fields.map((found) =>
    found.code === 'duplicate-code' ? { ...found, field: 'number', code: 'duplicate-number' } : found,
  );
  return new IpcFailure({ ...error, code: 'invalid', fields });
}
