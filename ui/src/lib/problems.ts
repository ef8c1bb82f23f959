// What went wrong, in words: field problems and IPC errors translated for forms and banners.
import type { FieldProblem } from './bindings/FieldProblem';
import type { IpcError } from './bindings/IpcError';
import { parseMoney, parsePercent } from './format';
import { date, money, percent, t, type Args } from './i18n';
import { IpcFailure } from './ipc';

/** A problem with one field, found by the backend or by the form while parsing; a warning may be confirmed. */
export type Problem = Pick<FieldProblem, 'code' | 'args'> & { warning?: boolean };
/** Problems by field name (`code`, `fundingSources.1.share`, ...). */
export type Problems = Record<string, Problem>;

const ERROR_CODES = [
  'invalid', 'duplicate-code', 'not-found', 'still-referenced',
  'database-newer', 'not-a-lagdesk-database', 'internal',
];

export const problem = (code: string, args: Record<string, string> = {}): Problem => ({ code, args });

/** `error-fundingSources-1-share` for the field `fundingSources.1.share`. */
export const errorTestId = (field: string): string => `error-${field.replaceAll('.', '-')}`;

/**
 * How an argument the backend sends as plain text (`1234.56`, `85.00`, `2024-05-20`, `9`) is shown;
 * a count becomes a number, so that plurals select their form.
 */
type ArgKind = 'money' | 'percent' | 'date' | 'project-status' | 'count';

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
};

function shownArg(kind: ArgKind, value: string): Args[string] {
  if (kind === 'date') return date(value);
  if (kind === 'count') return Number(value);
  if (kind === 'project-status') return t(`project-status-${value}`);
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
  return t(`error-${code}`, { count, entity });
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
