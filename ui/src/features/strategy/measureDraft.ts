// The measure form's text fields, and their conversion to and from the MeasureInput the backend takes.
import type { Locale } from '../../lib/bindings/Locale';
import type { Measure } from '../../lib/bindings/Measure';
import type { MeasureInput } from '../../lib/bindings/MeasureInput';
import type { MeasureKind } from '../../lib/bindings/MeasureKind';
import type { Money } from '../../lib/bindings/Money';
import type { Strategy } from '../../lib/bindings/Strategy';
import type { YearAllocation } from '../../lib/bindings/YearAllocation';
import { parseCount, readOptional, valueOf } from '../../lib/draftFields';
import { formatAmount, parseMoney, parsePercent, percentText } from '../../lib/format';
import { sumOf } from '../../lib/money';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

/** The calendar years a measure may spread its allocation over. */
export type Period = Pick<Strategy, 'startYear' | 'endYear'>;

/** One year of the allocation by year, as typed; blank when that year has no money. */
export type YearDraft = { year: number; amount: string };

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
  yearly: YearDraft[];
};

export const KINDS: readonly MeasureKind[] = ['project', 'cooperation', 'running', 'animation'];

const FIELDS = ['priorityId', 'code', 'title', 'kind', 'allocation', 'plannedProjects', 'maxIntensity', 'maxGrant', 'yearly'];

/** Whether the measure form shows problems with `field`; `yearly.2025` is the amount typed for 2025. */
export const isMeasureField = (field: string): boolean => FIELDS.includes(field) || /^yearly\.\d+$/.test(field);

/**
 * A row for every year of the period, plus any other year that already has money: such a year is
 * shown (and the backend says it is outside the period) rather than dropped unseen.
 */
function yearDrafts(period: Period, amounts: ReadonlyMap<number, string>): YearDraft[] {
  const years = new Set(amounts.keys());
  for (let year = period.startYear; year <= period.endYear; year += 1) years.add(year);
  return [...years].sort((a, b) => a - b).map((year) => ({ year, amount: amounts.get(year) ?? '' }));
}

export function newMeasureDraft(priorityId: string | null, period: Period): MeasureDraft {
  return {
    priorityId: priorityId ?? '',
    code: '',
    title: '',
    kind: 'project',
    allocation: '',
    plannedProjects: '',
    maxIntensity: '',
    maxGrant: '',
    yearly: yearDrafts(period, new Map()),
  };
}

export function measureDraftOf(measure: Measure, locale: Locale, period: Period): MeasureDraft {
  return {
    priorityId: measure.priorityId ?? '',
    code: measure.code,
    title: measure.title,
    kind: measure.kind,
    allocation: formatAmount(measure.allocation, locale),
    plannedProjects: measure.plannedProjects === null ? '' : String(measure.plannedProjects),
    maxIntensity: measure.maxIntensity === null ? '' : percentText(measure.maxIntensity, locale),
    maxGrant: measure.maxGrant === null ? '' : formatAmount(measure.maxGrant, locale),
    yearly: yearDrafts(period, new Map(measure.yearly.map(({ year, amount }) => [year, formatAmount(amount, locale)]))),
  };
}

/** The years given an amount; a bad amount is a problem of that year's field (`yearly.2025`). */
function readYearly(yearly: readonly YearDraft[], problems: Problems): YearAllocation[] {
  const read: YearAllocation[] = [];
  for (const { year, amount } of yearly) {
    const found = readOptional(amount, parseMoney);
    if (!found.ok) problems[`yearly.${year}`] = problem(found.problem);
    else if (found.value !== null) read.push({ year, amount: found.value });
  }
  return read;
}

/**
 * What the form says under the years as the user types: the sum of the amounts that read, the
 * allocation (null while it does not read) and whether any year has an amount at all.
 */
export type YearlySpread = { sum: Money; allocation: Money | null; spread: boolean };

export function yearlySpread(yearly: readonly YearDraft[], allocation: string): YearlySpread {
  // Bad amounts are left out of the sum here; the form reports them when saving.
  const years = readYearly(yearly, {});
  const parsed = parseMoney(allocation);
  return {
    sum: sumOf(years.map((year) => year.amount)),
    allocation: typeof parsed === 'number' ? parsed : null,
    spread: years.length > 0,
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
  const yearly = readYearly(draft.yearly, problems);
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
      yearly,
    },
  };
}
