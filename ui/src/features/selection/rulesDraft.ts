// The criteria form's text fields, and their conversion to and from the SelectionRulesInput the
// backend takes: criteria keep their ids, so scores given on them stay with them.
import type { Locale } from '../../lib/bindings/Locale';
import type { MoveDirection } from '../../lib/bindings/MoveDirection';
import type { Points } from '../../lib/bindings/Points';
import type { SelectionRules } from '../../lib/bindings/SelectionRules';
import type { SelectionRulesInput } from '../../lib/bindings/SelectionRulesInput';
import { readOptional, valueOf } from '../../lib/draftFields';
import { parsePoints, pointsText } from '../../lib/points';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

/** `id` is null for a criterion not saved yet. */
export type CriterionDraft = { id: string | null; title: string; maxPoints: string };

export type RulesDraft = { criteria: CriterionDraft[]; threshold: string };

/** Whether the criteria form shows problems with `field` next to one of its controls. */
export const isRulesField = (field: string): boolean =>
  field === 'threshold' || field === 'criteria' || /^criteria\.\d+\.(title|maxPoints)$/.test(field);

export const emptyCriterion = (): CriterionDraft => ({ id: null, title: '', maxPoints: '' });

/** The call's rules for editing; a call without criteria starts with one empty row. */
export function rulesDraftOf(rules: SelectionRules, locale: Locale): RulesDraft {
  const criteria = rules.criteria.map((c) => ({ id: c.id, title: c.title, maxPoints: pointsText(c.maxPoints, locale) }));
  return {
    criteria: criteria.length > 0 ? criteria : [emptyCriterion()],
    threshold: rules.threshold === null ? '' : pointsText(rules.threshold, locale),
  };
}

/** The most points the criteria can give, counting the maximums that read. */
export function maxSum(draft: RulesDraft): Points {
  return draft.criteria.reduce((sum, c) => {
    const max = parsePoints(c.maxPoints);
    return typeof max === 'number' ? sum + max : sum;
  }, 0);
}

/** Moves row `index` one place up or down, if it can go there. */
export function moveCriterion(rows: CriterionDraft[], index: number, direction: MoveDirection): void {
  const to = direction === 'up' ? index - 1 : index + 1;
  if (to < 0 || to >= rows.length) return;
  [rows[index], rows[to]] = [rows[to], rows[index]];
}

/** The input to send, or the problems found while reading the points. */
export function toRulesInput(draft: RulesDraft): Parsed<SelectionRulesInput> {
  const problems: Problems = {};
  const criteria = draft.criteria.map((c, i) => {
    const maxPoints = parsePoints(c.maxPoints);
    if (typeof maxPoints !== 'number') problems[`criteria.${i}.maxPoints`] = problem(maxPoints);
    return { id: c.id, title: c.title.trim(), maxPoints: typeof maxPoints === 'number' ? maxPoints : 0 };
  });
  const threshold = readOptional(draft.threshold, parsePoints);
  if (!threshold.ok) problems.threshold = problem(threshold.problem);
  if (Object.keys(problems).length > 0) return { problems };
  return { input: { criteria, threshold: valueOf(threshold) } };
}
