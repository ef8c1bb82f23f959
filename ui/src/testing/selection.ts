// Test data for project selection in call 2024/1 (records.ts): two criteria (60 + 40 points), a
// threshold of 40 points and 500 000,00 € for M1.1. P-2 and P-1 are selected (400 000,00 €); P-5
// does not fit, so it and P-3 (which would) go to the reserve list; P-4 is below the threshold.
// P-6 waits for its admissibility check and P-7 for its first score sheet.
import type { RankingLine } from '../lib/bindings/RankingLine';
import type { ScoreSheet } from '../lib/bindings/ScoreSheet';
import type { Selection } from '../lib/bindings/Selection';

const sheet = (evaluator: string, jobs: number, youth: number): ScoreSheet => ({
  evaluator,
  scores: [
    { criterionId: 'k1', points: jobs },
    { criterionId: 'k2', points: youth },
  ],
  total: jobs + youth,
});

const line = (
  n: number,
  requestedAid: number,
  sheets: ScoreSheet[],
  ranked: Omit<RankingLine['ranked'], 'projectId'>,
  fields: Partial<RankingLine> = {},
): RankingLine => ({
  projectId: `sp${n}`,
  number: `P-${n}`,
  title: `Projektas ${n}`,
  applicantName: `Pareiškėjas ${n}`,
  status: 'evaluated',
  requestedAid,
  sheets,
  ranked: { projectId: `sp${n}`, ...ranked },
  ...fields,
});

export const selection: Selection = {
  callId: 'c1',
  callNumber: '2024/1',
  rules: {
    criteria: [
      { id: 'k1', title: 'Naujos darbo vietos', maxPoints: 6000 },
      { id: 'k2', title: 'Jaunimas', maxPoints: 4000 },
    ],
    threshold: 4000,
  },
  measures: [
    {
      measureId: 'm1',
      measureCode: 'M1.1',
      available: 50_000_000,
      selected: 40_000_000,
      reserve: 17_000_000,
      lines: [
        line(2, 25_000_000, [sheet('Jonas Jonaitis', 5600, 3500), sheet('Rūta Petraitienė', 5500, 3500)], {
          rank: 1,
          average: 9050,
          cumulative: 25_000_000,
          proposal: 'selected',
        }),
        line(1, 15_000_000, [sheet('Rūta Petraitienė', 4500, 3000)], { rank: 2, average: 7500, cumulative: 40_000_000, proposal: 'selected' }),
        line(5, 12_000_000, [sheet('Rūta Petraitienė', 4000, 2500)], { rank: 3, average: 6500, cumulative: 40_000_000, proposal: 'reserve' }, { status: 'admissible' }),
        line(3, 5_000_000, [sheet('Jonas Jonaitis', 3525, 2500)], { rank: 4, average: 6025, cumulative: 40_000_000, proposal: 'reserve' }),
        line(4, 2_000_000, [sheet('rūta petraitienė', 2450, 1000)], { rank: 5, average: 3450, cumulative: 40_000_000, proposal: 'below-threshold' }),
      ],
    },
  ],
  unscored: [
    { projectId: 'sp6', number: 'P-6', title: 'Projektas 6', applicantName: 'Pareiškėjas 6', status: 'submitted', requestedAid: 3_000_000 },
    { projectId: 'sp7', number: 'P-7', title: 'Projektas 7', applicantName: 'Pareiškėjas 7', status: 'admissible', requestedAid: 4_000_000 },
  ],
};

/** The same call before any rule is set or any application scored. */
export const blankSelection: Selection = {
  ...selection,
  rules: { criteria: [], threshold: null },
  measures: [{ ...selection.measures[0], selected: 0, reserve: 0, lines: [] }],
};
