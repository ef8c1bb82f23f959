// The criteria and score sheet drafts: read into the forms per locale and back unchanged, rows
// moved within bounds, live sums of what reads, and points over a maximum named as the backend names them.
import { describe, expect, it } from 'vitest';
import { selection } from '../../testing/selection';
import { isRulesField, maxSum, moveCriterion, rulesDraftOf, toRulesInput } from './rulesDraft';
import { isSheetField, overMaximum, sheetDraftOf, sheetTotal, toSheetInput } from './sheetDraft';

const criteria = selection.rules.criteria;

describe('criteria draft', () => {
  it('reads the rules per locale and sends them back unchanged', () => {
    const draft = rulesDraftOf({ criteria, threshold: 4050 }, 'lt');
    expect(draft.threshold).toBe('40,5');
    expect(toRulesInput(draft)).toEqual({
      input: {
        criteria: [
          { id: 'k1', title: 'Naujos darbo vietos', maxPoints: 6000 },
          { id: 'k2', title: 'Jaunimas', maxPoints: 4000 },
        ],
        threshold: 4050,
      },
    });
  });

  it('starts a call without criteria with one empty row, and no threshold', () => {
    const draft = rulesDraftOf({ criteria: [], threshold: null }, 'en');
    expect(draft).toEqual({ criteria: [{ id: null, title: '', maxPoints: '' }], threshold: '' });
    expect(toRulesInput(draft)).toEqual({ problems: { 'criteria.0.maxPoints': { code: 'required', args: {} } } });
  });

  it('sums the maximums that read, and moves rows only within the list', () => {
    const draft = rulesDraftOf(selection.rules, 'en');
    draft.criteria.push({ id: null, title: 'Inovacijos', maxPoints: 'daug' });
    expect(maxSum(draft)).toBe(10_000);
    moveCriterion(draft.criteria, 0, 'up');
    moveCriterion(draft.criteria, 2, 'down');
    expect(draft.criteria.map((c) => c.id)).toEqual(['k1', 'k2', null]);
    moveCriterion(draft.criteria, 2, 'up');
    expect(draft.criteria.map((c) => c.id)).toEqual(['k1', null, 'k2']);
  });

  it('knows the fields the backend names', () => {
    expect(['threshold', 'criteria', 'criteria.3.title', 'criteria.0.maxPoints'].every(isRulesField)).toBe(true);
    expect(isRulesField('criteria.0.id')).toBe(false);
  });
});

describe('score sheet draft', () => {
  it('reads a sheet in the order of the criteria and totals what reads', () => {
    const sheet = { evaluator: 'Rūta', scores: [{ criterionId: 'k2', points: 3550 }, { criterionId: 'k1', points: 4000 }], total: 7550 };
    const draft = sheetDraftOf(criteria, sheet, 'lv');
    expect(draft).toEqual({ evaluator: 'Rūta', points: ['40', '35,5'] });
    expect(sheetTotal(draft)).toBe(7550);
    expect(sheetTotal({ evaluator: '', points: ['12,5', 'x'] })).toBe(1250);
  });

  it('flags points over a maximum with the arguments the backend sends', () => {
    expect(overMaximum(criteria, { evaluator: '', points: ['60,01', '40'] })).toEqual({
      'scores.0.points': { code: 'score-above-maximum', args: { max: '60', criterion: 'Naujos darbo vietos' } },
    });
  });

  it('sends the scores by criterion, or the points that do not read', () => {
    expect(toSheetInput(criteria, { evaluator: ' Jonas ', points: ['7.5', '0'] })).toEqual({
      input: { evaluator: 'Jonas', scores: [{ criterionId: 'k1', points: 750 }, { criterionId: 'k2', points: 0 }] },
    });
    expect(toSheetInput(criteria, { evaluator: 'Jonas', points: ['', '1,234'] })).toEqual({
      problems: {
        'scores.0.points': { code: 'required', args: {} },
        'scores.1.points': { code: 'points-too-many-decimals', args: {} },
      },
    });
    expect(['evaluator', 'scores', 'scores.1.points'].every(isSheetField)).toBe(true);
    expect(isSheetField('projectId')).toBe(false);
  });
});
