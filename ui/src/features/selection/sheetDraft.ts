// The score sheet form: an evaluator and one points field per criterion of the call, the live
// total and the maximums as typed, and the ScoreSheetInput it becomes (scores in criteria order,
// so the backend's `scores.{i}.points` is the field of criterion i).
import type { Criterion } from '../../lib/bindings/Criterion';
import type { Locale } from '../../lib/bindings/Locale';
import type { Points } from '../../lib/bindings/Points';
import type { ScoreSheet } from '../../lib/bindings/ScoreSheet';
import type { ScoreSheetInput } from '../../lib/bindings/ScoreSheetInput';
import { parsePoints, pointsText } from '../../lib/points';
import { problem, type Problems } from '../../lib/problems';
import type { Parsed } from '../../lib/submission.svelte';

export type SheetDraft = { evaluator: string; points: string[] };

/** Whether the score sheet form shows problems with `field` next to one of its controls. */
export const isSheetField = (field: string): boolean =>
  field === 'evaluator' || field === 'scores' || /^scores\.\d+\.points$/.test(field);

/** A new sheet, or `sheet` to correct: its points in the order of the criteria. */
export function sheetDraftOf(criteria: readonly Criterion[], sheet: ScoreSheet | null, locale: Locale): SheetDraft {
  return {
    evaluator: sheet?.evaluator ?? '',
    points: criteria.map((c) => {
      const given = sheet?.scores.find((s) => s.criterionId === c.id);
      return given ? pointsText(given.points, locale) : '';
    }),
  };
}

/** The sum of the points that read so far. */
export function sheetTotal(draft: SheetDraft): Points {
  return draft.points.reduce((sum, text) => {
    const points = parsePoints(text);
    return typeof points === 'number' ? sum + points : sum;
  }, 0);
}

/** Points typed above their criterion's maximum, named as the backend names them (it refuses them too). */
export function overMaximum(criteria: readonly Criterion[], draft: SheetDraft): Problems {
  const problems: Problems = {};
  criteria.forEach((c, i) => {
    const points = parsePoints(draft.points[i] ?? '');
    // The argument as the backend sends it: a plain decimal.
    const max = pointsText(c.maxPoints, 'en');
    if (typeof points === 'number' && points > c.maxPoints) {
      problems[`scores.${i}.points`] = problem('score-above-maximum', { max, criterion: c.title });
    }
  });
  return problems;
}

/** The input to send, or the points that do not read. */
export function toSheetInput(criteria: readonly Criterion[], draft: SheetDraft): Parsed<ScoreSheetInput> {
  const problems: Problems = {};
  const scores = criteria.map((c, i) => {
    const points = parsePoints(draft.points[i] ?? '');
    if (typeof points !== 'number') problems[`scores.${i}.points`] = problem(points);
    return { criterionId: c.id, points: typeof points === 'number' ? points : 0 };
  });
  if (Object.keys(problems).length > 0) return { problems };
  return { input: { evaluator: draft.evaluator.trim(), scores } };
}
