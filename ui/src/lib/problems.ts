// What went wrong, in words: field problems and IPC errors translated for forms and banners.
import type { FieldProblem } from './bindings/FieldProblem';
import type { IpcError } from './bindings/IpcError';
import { parseMoney, parsePercent } from './format';
import { money, percent, t, type Args } from './i18n';
import { IpcFailure } from './ipc';

/** A problem with one field, found by the backend or by the form while parsing. */
export type Problem = Pick<FieldProblem, 'code' | 'args'>;
/** Problems by field name (`code`, `fundingSources.1.share`, ...). */
export type Problems = Record<string, Problem>;

const ERROR_CODES = [
  'invalid', 'duplicate-code', 'not-found', 'still-referenced',
  'database-newer', 'not-a-lagdesk-database', 'internal',
];

export const problem = (code: string, args: Record<string, string> = {}): Problem => ({ code, args });

/** `error-fundingSources-1-share` for the field `fundingSources.1.share`. */
export const errorTestId = (field: string): string => `error-${field.replaceAll('.', '-')}`;

/** The problem in the current locale; amounts and percentages in its arguments formatted too. */
export function problemText({ code, args }: Problem): string {
  const shown: Args = { ...args };
  const allocation = args.allocation === undefined ? null : parseMoney(args.allocation);
  if (typeof allocation === 'number') shown.allocation = money(allocation);
  const total = args.total === undefined ? null : parsePercent(args.total);
  if (typeof total === 'number') shown.total = percent(total);
  return t(`problem-${code}`, shown);
}

/** The error in the current locale (`still-referenced` with its count). */
export function errorText(error: IpcError): string {
  const code = ERROR_CODES.includes(error.code) ? error.code : 'internal';
  const count = Number(error.fields[0]?.args.count ?? 0);
  return t(`error-${code}`, { count });
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
