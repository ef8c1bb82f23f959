// The measure form's text fields, and their conversion to and from the MeasureInput the backend takes.
import type { Locale } from '../../lib/bindings/Locale';
import type { Measure } from '../../lib/bindings/Measure';
import type { MeasureInput } from '../../lib/bindings/MeasureInput';
import type { MeasureKind } from '../../lib/bindings/MeasureKind';
import { parseCount, readOptional, valueOf } from '../../lib/draftFields';
import { formatAmount, parseMoney, parsePercent, percentText } from '../../lib/format';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export type MeasureDraft = {
  /** '' for a line outside any priority. */
  priorityId: string;
  code: string;
  title: string;
  kind: MeasureKind;
  allocation: string;
  plannedProjects: string;
  maxIntensity: string;
  maxGrant: string;
};

export const KINDS: readonly MeasureKind[] = ['project', 'cooperation', 'running', 'animation'];

const FIELDS = ['priorityId', 'code', 'title', 'kind', 'allocation', 'plannedProjects', 'maxIntensity', 'maxGrant'];

export const isMeasureField = (field: string): boolean => FIELDS.includes(field);

export function newMeasureDraft(priorityId: string | null): MeasureDraft {
  return {
    priorityId: priorityId ?? '',
    code: '',
    title: '',
    kind: 'project',
    allocation: '',
    plannedProjects: '',
    maxIntensity: '',
    maxGrant: '',
  };
}

export function measureDraftOf(measure: Measure, locale: Locale): MeasureDraft {
  return {
    priorityId: measure.priorityId ?? '',
    code: measure.code,
    title: measure.title,
    kind: measure.kind,
    allocation: formatAmount(measure.allocation, locale),
    plannedProjects: measure.plannedProjects === null ? '' : String(measure.plannedProjects),
    maxIntensity: measure.maxIntensity === null ? '' : percentText(measure.maxIntensity, locale),
    maxGrant: measure.maxGrant === null ? '' : formatAmount(measure.maxGrant, locale),
  };
}

/** The input to send, or the problems found while reading the numbers. */
export function toMeasureInput(draft: MeasureDraft): Parsed<MeasureInput> {
  const problems: Problems = {};
  const allocation = parseMoney(draft.allocation);
  if (typeof allocation !== 'number') problems.allocation = problem(allocation);
  const optionals = {
    plannedProjects: readOptional(draft.plannedProjects, parseCount),
    maxIntensity: readOptional(draft.maxIntensity, parsePercent),
    maxGrant: readOptional(draft.maxGrant, parseMoney),
  };
  for (const [field, read] of Object.entries(optionals)) {
    if (!read.ok) problems[field] = problem(read.problem);
  }
  if (typeof allocation !== 'number' || Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      priorityId: draft.priorityId === '' ? null : draft.priorityId,
      code: draft.code.trim(),
      title: draft.title.trim(),
      kind: draft.kind,
      allocation,
      plannedProjects: valueOf(optionals.plannedProjects),
      maxIntensity: valueOf(optionals.maxIntensity),
      maxGrant: valueOf(optionals.maxGrant),
    },
  };
}
