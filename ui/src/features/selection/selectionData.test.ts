// What the window derives from a selection: the applications to score, the evaluators' names
// once each, the funding and threshold lines of a ranking, and what a passed decision would do.
import { describe, expect, it } from 'vitest';
import type { Selection } from '../../lib/bindings/Selection';
import { blankSelection, selection } from '../../testing/selection';
import { dividerBefore, evaluatorsOf, isScored, scorableProjects, selectionPreview } from './selectionData';

const lines = selection.measures[0].lines;

/** The selection after a decision moved P-2 and P-1 to selected and P-4 to rejected. */
const decided: Selection = {
  ...selection,
  measures: [
    {
      ...selection.measures[0],
      lines: lines.map((line) => ({ ...line, status: ({ 'P-2': 'selected', 'P-1': 'selected', 'P-4': 'rejected' } as const)[line.number] ?? 'reserve' })),
    },
  ],
  unscored: [selection.unscored[0]],
};

describe('scoring', () => {
  it('offers the admissible, evaluated and reserve applications by number, with their sheets', () => {
    const scorable = scorableProjects(selection);
    expect(scorable.map((p) => p.number)).toEqual(['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'P-7']);
    expect(scorable.find((p) => p.number === 'P-2')?.sheets).toHaveLength(2);
    expect(scorable.find((p) => p.number === 'P-7')?.sheets).toEqual([]);
    expect(scorableProjects(decided).map((p) => p.number)).toEqual(['P-3', 'P-5']);
  });

  it('suggests each evaluator once, whatever the case they were typed in', () => {
    expect(evaluatorsOf(selection)).toEqual(['Jonas Jonaitis', 'Rūta Petraitienė']);
    expect(evaluatorsOf(blankSelection)).toEqual([]);
    expect(isScored(selection)).toBe(true);
    expect(isScored(blankSelection)).toBe(false);
  });
});

describe('ranking lines', () => {
  it('draws the funding line above the first reserve project and the threshold line above the first below it', () => {
    expect(lines.map((_, i) => dividerBefore(lines, i))).toEqual([null, null, 'funding', null, 'threshold']);
  });

  it('draws the funding line on top when the money covers not even the first project', () => {
    const short = lines.slice(2);
    expect(short.map((_, i) => dividerBefore(short, i))).toEqual(['funding', null, 'threshold']);
  });
});

describe('selection preview', () => {
  it('groups the scorable projects by the status a passed decision gives them, in ranking order', () => {
    expect(selectionPreview(selection, [])).toEqual({
      groups: [
        { status: 'selected', numbers: ['P-2', 'P-1'] },
        { status: 'reserve', numbers: ['P-5', 'P-3'] },
        { status: 'rejected', numbers: ['P-4'] },
      ],
      waiting: ['P-7'],
    });
  });

  it('leaves out projects moved on, except those the recorded decision moved itself', () => {
    expect(selectionPreview(decided, []).groups).toEqual([{ status: 'reserve', numbers: ['P-5', 'P-3'] }]);
    expect(selectionPreview(decided, ['sp2', 'sp1', 'sp4'])).toEqual({
      groups: [
        { status: 'selected', numbers: ['P-2', 'P-1'] },
        { status: 'reserve', numbers: ['P-5', 'P-3'] },
        { status: 'rejected', numbers: ['P-4'] },
      ],
      waiting: [],
    });
  });
});
