// The indicator form's and the value form's text fields, and their conversion to IndicatorInput
// and IndicatorValue (quantities typed as `12`, `12,5` or `12.50`, sent in hundredths).
import type { Indicator } from '../../lib/bindings/Indicator';
import type { IndicatorInput } from '../../lib/bindings/IndicatorInput';
import type { IndicatorSource } from '../../lib/bindings/IndicatorSource';
import type { IndicatorValue } from '../../lib/bindings/IndicatorValue';
import type { Locale } from '../../lib/bindings/Locale';
import { formatQuantity, isoDate, parseQuantity } from '../../lib/format';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

/** Where an achieved value comes from, in the order the form offers them. */
export const INDICATOR_SOURCES: readonly IndicatorSource[] = ['manual', 'projects-completed', 'projects-contracted', 'jobs-created'];

/** `measureId` is '' for an indicator of the whole strategy. */
export type IndicatorDraft = {
  measureId: string;
  code: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  source: IndicatorSource;
};

const FIELDS = ['measureId', 'code', 'name', 'unit', 'baseline', 'target', 'source'];

export const isIndicatorField = (field: string): boolean => FIELDS.includes(field);

export const newIndicatorDraft = (): IndicatorDraft => ({
  measureId: '',
  code: '',
  name: '',
  unit: '',
  baseline: '0',
  target: '',
  source: 'manual',
});

export const indicatorDraftOf = (indicator: Indicator, locale: Locale): IndicatorDraft => ({
  measureId: indicator.measureId ?? '',
  code: indicator.code,
  name: indicator.name,
  unit: indicator.unit,
  baseline: formatQuantity(indicator.baseline, locale),
  target: formatQuantity(indicator.target, locale),
  source: indicator.source,
});

export function toIndicatorInput(draft: IndicatorDraft): Parsed<IndicatorInput> {
  const problems: Problems = {};
  const baseline = parseQuantity(draft.baseline);
  if (typeof baseline !== 'number') problems.baseline = problem(baseline);
  const target = parseQuantity(draft.target);
  if (typeof target !== 'number') problems.target = problem(target);
  if (typeof baseline !== 'number' || typeof target !== 'number') return { problems };
  return {
    input: {
      measureId: draft.measureId === '' ? null : draft.measureId,
      code: draft.code.trim(),
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      baseline,
      target,
      source: draft.source,
    },
  };
}

export type ValueDraft = { value: string; measuredOn: string; note: string };

const VALUE_FIELDS = ['value', 'measuredOn', 'note'];

export const isValueField = (field: string): boolean => VALUE_FIELDS.includes(field);

/** A value measured today. */
export const newValueDraft = (): ValueDraft => ({ value: '', measuredOn: isoDate(new Date()), note: '' });

export function toIndicatorValue(draft: ValueDraft): Parsed<IndicatorValue> {
  const value = parseQuantity(draft.value);
  if (typeof value !== 'number') return { problems: { value: problem(value) } };
  return { input: { value, measuredOn: draft.measuredOn.trim(), note: draft.note.trim() } };
}
