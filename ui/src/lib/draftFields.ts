// Reading the optional fields of a form draft: empty text is "not given" (null), anything else
// must parse, else it is a problem code the form shows next to the field.

/** An optional field read: its value (null when empty) or the problem found. */
export type Read = { ok: true; value: number | null } | { ok: false; problem: string };

export function readOptional(text: string, parse: (text: string) => number | string): Read {
  if (text.trim() === '') return { ok: true, value: null };
  const parsed = parse(text);
  return typeof parsed === 'number' ? { ok: true, value: parsed } : { ok: false, problem: parsed };
}

/** A whole number of things (projects, jobs): `12`. */
export const parseCount = (text: string): number | string =>
  /^\s*\d{1,9}\s*$/.test(text) ? Number(text) : 'not-a-whole-number';

/** The value of a read that succeeded; null otherwise (the form reports the problem). */
export const valueOf = (read: Read): number | null => (read.ok ? read.value : null);
