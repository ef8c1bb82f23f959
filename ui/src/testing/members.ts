// Test data of the partnership: five members of the three sectors (one linked to applicants of
// records.ts, one who left), and the board they make today with and without too much public sector.
import type { BoardComposition } from '../lib/bindings/BoardComposition';
import type { Member } from '../lib/bindings/Member';

const member = (fields: Partial<Member> & Pick<Member, 'id' | 'name' | 'sector'>): Member => ({
  kind: 'organisation',
  contact: '',
  joinedOn: '2015-03-01',
  leftOn: null,
  applicantIds: [],
  boardTerms: [],
  ...fields,
});

/** By name, as the backend lists them. */
export const members: Member[] = [
  member({ id: 'mb1', name: 'Alantos bendruomenė', sector: 'civil', applicantIds: ['a1'], boardTerms: [{ startsOn: '2019-01-01', endsOn: null }] }),
  member({ id: 'mb2', name: 'Jonas Petraitis', kind: 'person', sector: 'civil', contact: 'jonas@example.lt', joinedOn: '2018-02-01', leftOn: '2023-12-31' }),
  member({ id: 'mb3', name: 'Molėtų rajono savivaldybė', sector: 'public', contact: 'Rūta, +370 600 00000', boardTerms: [{ startsOn: '2015-03-01', endsOn: null }] }),
  member({ id: 'mb4', name: 'UAB Žalias slėnis', sector: 'business', joinedOn: '2016-05-10', applicantIds: ['a2', 'a3'], boardTerms: [{ startsOn: '2019-01-01', endsOn: null }] }),
  member({ id: 'mb5', name: 'Utenos kolegija', sector: 'public', boardTerms: [{ startsOn: '2015-03-01', endsOn: '2018-12-31' }] }),
];

const board = (on: string, memberIds: string[], counts: [number, number, number], shares: [number, number, number]): BoardComposition => ({
  on,
  memberIds,
  balance: {
    total: counts[0] + counts[1] + counts[2],
    sectors: [
      { sector: 'public', count: counts[0], share: shares[0] },
      { sector: 'business', count: counts[1], share: shares[1] },
      { sector: 'civil', count: counts[2], share: shares[2] },
    ],
    publicOverLimit: counts[0] * 10000 > (counts[0] + counts[1] + counts[2]) * 4900,
  },
});

/** Today's board of the members above: one member of each sector. */
export const balancedBoard = (on: string) => board(on, ['mb1', 'mb3', 'mb4'], [1, 1, 1], [3333, 3333, 3333]);

/** A board where the public sector holds 2 of 3 votes (66.67 %, above the 49 % allowed): as if Utenos kolegija were back. */
export const publicHeavyBoard = (on: string) => board(on, ['mb3', 'mb4', 'mb5'], [2, 1, 0], [6667, 3333, 0]);
