// The body's figures as the backend counts them: the 49 % limit on counts, not rounded shares,
// and quorum as more than half.
import { describe, expect, it } from 'vitest';
import type { Sector } from '../../lib/bindings/Sector';
import { balanceOf, quorumNeeded } from './body';

const group = (publicCount: number, others: number): Sector[] => [
  ...Array<Sector>(publicCount).fill('public'),
  ...Array<Sector>(others).fill('civil'),
];

describe('body', () => {
  it('lets the public sector hold 49 % of the votes and not a vote more', () => {
    expect(balanceOf(group(49, 51)).publicOverLimit).toBe(false);
    expect(balanceOf(group(50, 50)).publicOverLimit).toBe(true);
    expect(balanceOf(group(4, 5)).sectors[0]).toEqual({ sector: 'public', count: 4, share: 4444 });
    expect(balanceOf(group(5, 4)).publicOverLimit).toBe(true);
    expect(balanceOf([])).toEqual({
      total: 0,
      sectors: [
        { sector: 'public', count: 0, share: 0 },
        { sector: 'business', count: 0, share: 0 },
        { sector: 'civil', count: 0, share: 0 },
      ],
      publicOverLimit: false,
    });
  });

  it('needs more than half of the body for quorum', () => {
    expect([0, 1, 8, 9, 10].map(quorumNeeded)).toEqual([1, 1, 5, 5, 6]);
  });
});
